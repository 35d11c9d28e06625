"""A new staff account: name, role and a first password the person changes at first login."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from ...domain.accounts import Role, check_password_rule, check_username
from ...domain.errors import GridDeskError
from ..messages import explain
from ..words import role_label
from ..widgets.forms import ErrorLabel, password_field


class AccountDialog(QDialog):
    """Validates and hands back (username, display name, role, password); the caller saves."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增账号"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.STAFF, Role.GRID_MEMBER, Role.AUDITOR, Role.DIRECTOR):
            self.role.addItem(role_label(role), role)
        self.password = password_field(self)
        self.error = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("初始密码"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def check(self) -> None:
        try:
            check_username(self.username.text())
            check_password_rule(self.password.text())
        except GridDeskError as exc:
            self.error.say(explain(exc) if exc.code == "password_rejected" else exc.message)
            return
        self.accept()

    def value(self) -> tuple[str, str, Role, str]:
        return (self.username.text().strip(), self.display_name.text().strip(),
                Role(self.role.currentData()), self.password.text())
