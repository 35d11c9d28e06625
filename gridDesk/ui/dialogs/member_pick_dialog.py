"""Which team member an account belongs to: cases assigned to that person are the account's."""

from __future__ import annotations

from ...domain.roster import TeamRecord
from ..widgets.forms import FormDialog
from ..widgets.member_combo import MemberCombo


class MemberPickDialog(FormDialog):
    def __init__(self, members: list[TeamRecord], chosen: int | None, username: str, parent=None) -> None:
        self.member = MemberCombo(members, self.tr("（不关联）"), chosen=chosen)
        super().__init__(self.tr("账号 {0} 属于谁").format(username), [(self.tr("网格队伍成员"), self.member)],
                         self.tr("派给这个人的案件，用这个账号登录时可以查看和办理。"), parent)

    def value(self) -> int | None:
        return self.member.member_id()
