"""Closing a follow-up task: done, with what was done, or cancelled, with why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit

from ...domain.errors import GridDeskError
from ..widgets.forms import FormDialog


class TaskCloseDialog(FormDialog):
    def __init__(self, title: str, label: str, task_title: str, close: Callable[[str], None], parent=None) -> None:
        self.close_with = close
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(90)
        super().__init__(title, [(label, self.text)], task_title, parent,
                         fields={"result": self.text, "reason": self.text})
        self.setMinimumWidth(460)

    def submit(self) -> None:
        try:
            self.close_with(self.text.toPlainText())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
