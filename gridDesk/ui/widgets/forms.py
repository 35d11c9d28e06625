"""Small building blocks for forms: password fields and the inline error line."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)


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


class FormDialog(QDialog):
    """A titled form: optional intro, labelled rows, the inline error line, OK and Cancel.

    Subclasses validate in submit() and call accept() when all is well.
    """

    def __init__(self, title: str, rows: list[tuple[str, QWidget]], intro: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.accept()

    runner = None  # the session's operations runner, when the dialog has one (else its own)

    def run_task(self, work, bar, on_failed=None, label: str = "") -> None:
        """Long work off the UI thread with `bar` showing its progress: accepted when it is done,
        the error said in words when it is not. `self.task` is set while it runs."""
        from ..messages import explain
        from ..ops import Runner

        if self.runner is None:
            self.runner = Runner(parent=self)
        bar.setValue(0)
        bar.show()

        def done(_result) -> None:
            self.task = None
            self.accept()

        def failed(exc) -> None:
            self.task = None
            bar.hide()
            if on_failed is not None:
                on_failed(exc)
            self.error.say(explain(exc))

        self.task = self.runner.run(self, work, label or self.windowTitle(), progress=False, on_done=done,
                                    on_failed=failed,
                                    on_progress=lambda n, total: bar.setValue(n * 100 // max(total, 1)))
