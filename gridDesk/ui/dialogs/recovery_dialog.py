"""Using the recovery key: the director sets a new password (and it is on the record)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ...domain.errors import GridDeskError
from ...security.recovery_key import RecoveryKeyError
from ...services.access import Access
from ...services.session import UserSession
from ..messages import explain
from ..widgets.forms import ErrorLabel, password_field


class RecoveryDialog(QDialog):
    def __init__(self, access: Access, parent=None) -> None:
        super().__init__(parent)
        self.access = access
        self.session: UserSession | None = None
        self.setWindowTitle(self.tr("用恢复密钥重设主任密码"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("请输入建立中心时打印的恢复密钥（分组之间的短横线可省略），"
                               "并为主任账号设置新密码。此操作会记入审计日志。"))
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setPlaceholderText("XXXXX-XXXXX-…")
        self.username = QLineEdit()
        self.password = password_field(self)
        self.confirm = password_field(self)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("恢复密钥"), self.key)
        form.addRow(self.tr("主任登录名"), self.username)
        form.addRow(self.tr("新密码"), self.password)
        form.addRow(self.tr("再输一遍"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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
            self.error.say(explain(exc) if exc.code != "bad_credentials" else self.tr("恢复密钥不对。"))
            return
        self.accept()
