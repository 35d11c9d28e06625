"""Changing one's own password (also forced at the first login of a new account)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ...domain.errors import GridDeskError
from ...services.accounts import AccountsService
from ..messages import explain
from ..widgets.forms import ErrorLabel, password_field


class PasswordDialog(QDialog):
    def __init__(self, accounts: AccountsService, forced: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.setWindowTitle(self.tr("修改密码"))
        self.old = password_field(self)
        self.new = password_field(self)
        self.confirm = password_field(self)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("当前密码"), self.old)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输一遍"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("这是您第一次登录，请把主任给您的初始密码改成只有您自己知道的密码。"))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.new.text() != self.confirm.text():
            self.error.say(self.tr("两次输入的新密码不一样。"))
            return
        try:
            self.accounts.change_password(self.old.text(), self.new.text())
        except GridDeskError as exc:
            self.error.say(explain(exc) if exc.code != "bad_credentials" else self.tr("当前密码不对。"))
            return
        self.accept()
