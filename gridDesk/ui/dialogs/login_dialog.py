"""The login dialog: user name, password, 'remember on this PC'; errors inline."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from ...domain.errors import GridDeskError
from ...services.access import Access
from ...services.session import UserSession
from ..messages import explain
from ..widgets.forms import ErrorLabel, password_field


class LoginDialog(QDialog):
    def __init__(self, access: Access, village: str = "", last_user: str = "",
                 hint: str = "", parent=None) -> None:
        super().__init__(parent)
        self.access = access
        self.session: UserSession | None = None
        self.recover_requested = False
        self.setWindowTitle(self.tr("登录 GridDesk"))
        self.setMinimumWidth(420)

        self.title = QLabel(village or self.tr("村综治中心"))
        self.title.setObjectName("PageTitle")
        subtitle = QLabel(self.tr("请用您自己的账号登录。数据已加密保存。"))
        subtitle.setObjectName("PageHint")

        self.username = QLineEdit(last_user)
        self.username.setPlaceholderText(self.tr("登录名"))
        self.password = password_field(self, self.tr("密码"))
        self.remember = QCheckBox(self.tr("在此电脑上记住我（公用电脑请不要勾选）"))
        self.remember.setEnabled(access.cache.available())
        # Greyed out without a word reads as a fault: say why, under the box and on it.
        self.remember_why = QLabel(self.tr("不能勾选：这台电脑没有可用的系统凭据库（Windows 凭据管理器），"
                                           "GridDesk 不会把密钥存在普通文件里。每次请输入密码登录。"))
        self.remember_why.setObjectName("PageHint")
        self.remember_why.setWordWrap(True)
        self.remember_why.setVisible(not self.remember.isEnabled())
        if not self.remember.isEnabled():
            self.remember.setToolTip(self.remember_why.text())
        self.error = ErrorLabel(self)
        self.hint = QLabel(hint)
        self.hint.setObjectName("OkLabel")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))

        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.username)
        form.addRow(self.tr("密码"), self.password)

        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setObjectName("Primary")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.recover_button = QPushButton(self.tr("忘记密码？用恢复密钥"))
        self.recover_button.setFlat(True)
        self.recover_button.clicked.connect(self._recover)
        self.restore_requested = False
        self.restore_button = QPushButton(self.tr("从备份恢复…"))
        self.restore_button.clicked.connect(self._restore)
        self.restore_button.hide()  # offered when the database turns out to be damaged
        quit_button = QPushButton(self.tr("退出"))
        quit_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.recover_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.login_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_why)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.username.textChanged.connect(self._update_remembered)
        self._update_remembered()
        (self.password if last_user else self.username).setFocus()

    def _update_remembered(self) -> None:
        remembered = self.access.is_remembered(self.username.text().strip())
        self.remember.setChecked(remembered)
        self.password.setPlaceholderText(
            self.tr("已记住，可直接点登录") if remembered else self.tr("密码"))

    def try_login(self) -> None:
        name = self.username.text().strip()
        if not name:
            self.error.say(self.tr("请填写登录名。"))
            self.username.setFocus()
            return
        password = self.password.text()
        use_cache = not password and self.access.is_remembered(name)
        if not password and not use_cache:
            self.error.say(self.tr("请填写密码。"))
            self.password.setFocus()
            return
        try:
            self.session = self.access.login(name, None if use_cache else password,
                                             remember=self.remember.isChecked())
        except GridDeskError as exc:
            if exc.family in ("db_damaged", "db_wrong_key"):
                self.error.say(self.tr("打不开数据库：文件已损坏，或不是本中心的。请点“从备份恢复…”，"
                                       "选最近的备份；现在的文件会先另存一份，不会丢。"))
                self.restore_button.show()
                return
            self.error.say(explain(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def _restore(self) -> None:
        self.restore_requested = True
        self.reject()

    def _recover(self) -> None:
        self.recover_requested = True
        self.reject()
