"""The roles an account can have (RULES.md "Roles and their reach")."""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    DIRECTOR = "director"  # 主任
    STAFF = "staff"  # 工作人员
    GRID_LEADER = "grid_leader"  # 网格长: a grid member who also reviews the members of their grids
    GRID_MEMBER = "grid_member"  # 网格员
    AUDITOR = "auditor"  # 审计员

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]

    @property
    def in_grids(self) -> bool:
        """Whether the account works only in the grids it is given (its scope)."""
        return self in (Role.GRID_LEADER, Role.GRID_MEMBER)


ROLE_LABELS = {
    Role.DIRECTOR: "主任",
    Role.STAFF: "工作人员",
    Role.GRID_LEADER: "网格长",
    Role.GRID_MEMBER: "网格员",
    Role.AUDITOR: "审计员",
}
