"""Choosing a team member: each in post with their role and grid, the uncertified marked."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ...domain.roster import TeamRecord
from ..words import team_role_label

UNCERTIFIED = ("none", "expired")


class MemberCombo(QComboBox):
    """Item data: the member's id, or None for the first entry (`none_label`) when there is one."""

    def __init__(self, members: list[TeamRecord], none_label: str = "", grid_names: dict[str, str] | None = None,
                 states: dict[int, str] | None = None, chosen: int | None = None) -> None:
        super().__init__()
        names = grid_names or {}
        if none_label:
            self.addItem(none_label, None)
        for t in members:
            grids = "、".join(names.get(c, c) for c in t.grid_codes[:2]) + ("…" if len(t.grid_codes) > 2 else "")
            text = f"{t.member.name}（{team_role_label(t.member.role)}{'，' + grids if grids else ''}）"
            if states is not None and states.get(t.id) in UNCERTIFIED:
                text += self.tr("（未持证）")
            self.addItem(text, t.id)
        if chosen is not None and self.findData(chosen) >= 0:
            self.setCurrentIndex(self.findData(chosen))

    def member_id(self) -> int | None:
        return self.currentData()
