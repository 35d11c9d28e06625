"""A new staff account: name, role and a first password the person changes at first login."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from ...domain.accounts import Role, check_password_rule, check_username
from ...domain.errors import GridDeskError
from ..widgets.forms import FormDialog, password_field
from ..widgets.member_combo import MemberCombo
from ..words import role_label


class AccountDialog(FormDialog):
    """Validates and hands back (username, display name, role, password, member id); the caller saves."""

    def __init__(self, parent=None, members=()) -> None:
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in (Role.STAFF, Role.GRID_MEMBER, Role.GRID_LEADER, Role.AUDITOR, Role.DIRECTOR):
            self.role.addItem(role_label(role), role.value)
        self.password = password_field()
        # A grid member's login belongs to a person of the team: the cases assigned to them are its.
        self.member = MemberCombo(list(members), self.tr("（不关联）"))
        super().__init__(self.tr("新增账号"), [
            (self.tr("登录名"), self.username), (self.tr("姓名"), self.display_name),
            (self.tr("角色"), self.role), (self.tr("网格队伍成员"), self.member),
            (self.tr("初始密码"), self.password)], parent=parent, fields={"member_id": self.member})

    def submit(self) -> None:
        try:
            check_username(self.username.text())
            check_password_rule(self.password.text())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()

    def check(self) -> None:
        self.submit()

    def value(self) -> tuple[str, str, Role, str, int | None]:
        return (self.username.text().strip(), self.display_name.text().strip(),
                Role(self.role.currentData()), self.password.text(), self.member.member_id())
