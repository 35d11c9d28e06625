"""Changing one's own password (also forced at the first login of a new account)."""

from __future__ import annotations

from ...domain.errors import GridDeskError
from ...services.accounts import AccountsService
from ..messages import explain
from ..widgets.forms import FormDialog, password_field


class PasswordDialog(FormDialog):
    def __init__(self, accounts: AccountsService, forced: bool = False, parent=None) -> None:
        self.accounts = accounts
        self.old = password_field()
        self.new = password_field()
        self.confirm = password_field()
        intro = self.tr("这是您第一次登录，请把主任给您的初始密码改成只有您自己知道的密码。") if forced else ""
        super().__init__(self.tr("修改密码"), [
            (self.tr("当前密码"), self.old), (self.tr("新密码"), self.new),
            (self.tr("再输一遍"), self.confirm)], intro, parent)

    def submit(self) -> None:
        if self.new.text() != self.confirm.text():
            self.error.say(self.tr("两次输入的新密码不一样。"))
            return
        try:
            self.accounts.change_password(self.old.text(), self.new.text())
        except GridDeskError as exc:
            self.error.say(explain(exc) if exc.family != "bad_credentials" else self.tr("当前密码不对。"))
            return
        self.accept()
