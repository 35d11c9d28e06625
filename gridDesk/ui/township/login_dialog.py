"""The township's login: user name and password for a file database (its key slot opens it); on
PostgreSQL the server authenticates the staff member's own role (the URL, PGPASSWORD or ~/.pgpass),
so only the user name is asked. Refusals are said under the fields, the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...domain.errors import GridDeskError
from ...services.township import TownshipSession, is_url, open_township
from ..messages import explain
from ..widgets.forms import ErrorLabel, password_field


class TownshipLoginDialog(QDialog):
    def __init__(self, spec: str, last_user: str = "",
                 opener: Callable[[str, str, str | None], TownshipSession] = open_township, parent=None) -> None:
        super().__init__(parent)
        self.spec = str(spec)
        self.opener = opener
        self.session: TownshipSession | None = None
        self.server = is_url(self.spec)
        self.setWindowTitle(self.tr("登录 GridDesk 乡镇版"))
        self.setMinimumWidth(440)
        title = QLabel(self.tr("乡镇综治中心"))
        title.setObjectName("PageTitle")
        hint = QLabel(self.tr("由数据库服务器核对您的数据库账号（不在这里输入密码）。") if self.server
                      else self.tr("请用您自己的账号登录。数据已加密保存。"))
        hint.setObjectName("PageHint")
        hint.setWordWrap(True)
        self.username = QLineEdit(last_user)
        self.username.setPlaceholderText(self.tr("登录名"))
        self.username.setMaxLength(64)
        self.password = password_field(self, self.tr("密码"))
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.username)
        if not self.server:
            form.addRow(self.tr("密码"), self.password)
        else:
            self.password.hide()
        self.error = ErrorLabel(self)
        self.login_button = QPushButton(self.tr("登录"))
        self.login_button.setObjectName("Primary")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        quit_button = QPushButton(self.tr("退出"))
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        (self.password if last_user and not self.server else self.username).setFocus()

    def try_login(self) -> None:
        user = self.username.text().strip()
        if not user:
            self.error.say(self.tr("请输入登录名。"))
            self.username.setFocus()
            return
        try:
            self.session = self.opener(self.spec, user, None if self.server else self.password.text())
        except GridDeskError as exc:
            self.error.say(explain(exc))
            self.password.clear()  # the user name stays: only the password is typed again
            (self.username if self.server else self.password).setFocus()
            return
        self.accept()
