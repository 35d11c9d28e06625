"""Using the recovery key: the director sets a new password (and it is on the record)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox

from ...domain.errors import GridDeskError
from ...security.recovery_key import RecoveryKeyError
from ...services.access import Access
from ...services.session import UserSession
from ..messages import explain
from ..widgets.forms import FormDialog, password_field


class RecoveryDialog(FormDialog):
    def __init__(self, access: Access, parent=None) -> None:
        self.access = access
        self.session: UserSession | None = None
        self.key = QLineEdit()
        self.key.setPlaceholderText("XXXXX-XXXXX-…")
        self.username = QLineEdit()
        self.password = password_field()
        self.confirm = password_field()
        super().__init__(self.tr("用恢复密钥重设主任密码"), [
            (self.tr("恢复密钥"), self.key), (self.tr("主任登录名"), self.username),
            (self.tr("新密码"), self.password), (self.tr("再输一遍"), self.confirm)],
            self.tr("请输入建立中心时打印的恢复密钥（分组之间的短横线可省略），"
                    "并为主任账号设置新密码。此操作会记入审计日志。"), parent)
        self.setMinimumWidth(560)

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.say(self.tr("两次输入的新密码不一样。"))
            return
        try:
            self.session = self.access.recover(self.key.text(), self.username.text().strip(),
                                               self.password.text())
        except RecoveryKeyError as exc:
            if exc.group:
                self.error.say(self.tr("恢复密钥第 {0} 组有误，请核对这一组。").format(exc.group))
            else:
                self.error.say(self.tr("恢复密钥的长度或字符不对，请逐组核对。"))
            return
        except GridDeskError as exc:
            self.error.say(explain(exc) if exc.family != "bad_credentials" else self.tr("恢复密钥不对。"))
            return
        # Said plainly before the main window opens, as a bank's client confirms a reset.
        QMessageBox.information(self, self.tr("密码已重设"), self.tr(
            "密码已重设。主任账号 {0} 从现在起用新密码登录。\n\n"
            "这次使用恢复密钥已记入审计日志。恢复密钥仍然有效，请放回保险柜。").format(
                self.session.account.username))
        self.accept()
