"""The village roster's plain records: grids, households, residents and the grid team."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class GridKind(str, enum.Enum):
    RURAL = "rural"  # 农村网格, about 300 households
    URBAN = "urban"  # 城市网格, about 500 households


class TeamRole(str, enum.Enum):
    LEADER = "leader"  # 网格长
    FULL_TIME = "full_time"  # 专职网格员
    PART_TIME = "part_time"  # 兼职网格员
    ASSISTANT = "assistant"  # 网格辅助员
    MICRO = "micro"  # 微格员


TEAM_ROLE_LABELS = {
    TeamRole.LEADER: "网格长",
    TeamRole.FULL_TIME: "专职网格员",
    TeamRole.PART_TIME: "兼职网格员",
    TeamRole.ASSISTANT: "网格辅助员",
    TeamRole.MICRO: "微格员",
}


@dataclass(frozen=True)
class Grid:
    code: str
    name: str
    kind: GridKind
    description: str = ""
    parent_code: str | None = None


@dataclass(frozen=True)
class Household:
    number: str
    address: str
    grid_code: str


@dataclass(frozen=True)
class Resident:
    name: str
    id_number: str
    sex: str
    birth_date: date
    phone: str
    household_number: str | None
    relation: str
    grid_code: str


@dataclass(frozen=True)
class TeamMember:
    name: str
    id_number: str
    phone: str
    role: TeamRole
    grid_code: str | None
    appointed_on: date


def grid_code(division_code: str, grid_no: int, micro_no: int = 0) -> str:
    """Village code (12) + grid number (3), + micro-grid number (2) for a micro-grid."""
    code = f"{division_code}{grid_no:03d}"
    return f"{code}{micro_no:02d}" if micro_no else code
