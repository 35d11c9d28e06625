"""Asking why: unmasking needs a stated reason, and the reason goes on the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from ..widgets.forms import FormDialog


class ReasonDialog(FormDialog):
    def __init__(self, title: str, intro: str, parent=None) -> None:
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：核对低保申请材料"))
        super().__init__(title, [(self.tr("理由"), self.reason)], intro, parent)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        if len(self.reason.text().strip()) < 2:
            self.error.say(self.tr("请写明理由（至少两个字）。"))
            return
        self.accept()

    def value(self) -> str:
        return self.reason.text().strip()
