"""Small building blocks for forms: password fields, the inline error line and FormDialog."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit,
                               QVBoxLayout, QWidget)

from .field_errors import FieldErrors


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

    Subclasses validate in submit(), call show_error(exc) when something is refused and
    accept() when all is well. An error naming a field (ValidationError.field) is shown under
    that field's widget: `fields` maps field names to widgets; without it a row widget held in an
    attribute of the same name as the field (self.name, self.id_number) is found by that name.
    A dialog laid out in its own way passes `body` (a layout holding its widgets) instead of rows.
    """

    def __init__(self, title: str, rows: list[tuple[str, QWidget]], intro: str = "",
                 parent: QWidget | None = None, fields: dict[str, QWidget] | None = None,
                 body: QLayout | None = None, buttons: QDialogButtonBox.StandardButton | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            layout.addWidget(note)
        if body is None:
            body = QFormLayout()
            for label, widget in rows:
                body.addRow(label, widget)
        layout.addLayout(body)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(buttons or (QDialogButtonBox.StandardButton.Ok
                                                    | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        named = {key: w for key, w in vars(self).items()
                 if isinstance(w, QWidget) and any(w is r for _l, r in rows)}
        self.field_errors = FieldErrors(self, {**named, **(fields or {})}, self.error)

    def show_error(self, error: BaseException) -> None:
        """Say why the form was refused: under the field it names, else on the error line."""
        self.field_errors.show(error)

    def error_text(self) -> str:
        """Every refusal shown now, the dialog's line and under the fields: what a person reads."""
        return "\n".join(t for t in (self.error.text(), *self.field_errors.shown().values()) if t)

    def clear_errors(self) -> None:
        self.field_errors.clear()

    def submit(self) -> None:
        self.accept()

    runner = None  # the session's operations runner, when the dialog has one (else its own)

    def run_task(self, work, bar, on_failed=None, label: str = "") -> None:
        """Long work off the UI thread with `bar` showing its progress: accepted when it is done,
        the error said in words when it is not. `self.task` is set while it runs."""
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
            self.show_error(exc)

        self.task = self.runner.run(self, work, label or self.windowTitle(), progress=False, on_done=done,
                                    on_failed=failed,
                                    on_progress=lambda n, total: bar.setValue(n * 100 // max(total, 1)))
