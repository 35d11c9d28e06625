"""Small building blocks for forms: password fields and the inline error line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


def password_field(parent: QWidget | None = None, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMaxLength(256)
    return field


class ErrorLabel(QLabel):
    """Sits under the fields; empty and hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorLabel")
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
