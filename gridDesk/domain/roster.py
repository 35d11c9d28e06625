"""The village roster's plain records: grids, households, residents and the grid team."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import NamedTuple

from .dictionaries.education import EDUCATION_LEVELS
from .dictionaries.ethnicities import ETHNICITIES
from .dictionaries.household_status import RESIDENCE_STATUSES as _RESIDENCE
from .dictionaries.marital import MARITAL_STATUSES
from .dictionaries.political import POLITICAL_STATUSES
from .dictionaries.relations import RELATIONSHIPS
from .key_groups import AttentionLevel, KeyGroup


class GridKind(str, enum.Enum):
    RURAL = "rural"  # 农村网格, about 300 households
    URBAN = "urban"  # 城市网格, about 500 households
    MICRO = "micro"  # 微网格, about 100 households, inside a grid


# What each level of the tree may be: a micro-grid is never a rural or urban grid of its own.
GRID_KINDS = (GridKind.RURAL, GridKind.URBAN)
MICRO_GRID_KINDS = (GridKind.MICRO,)


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
    """One person, as county ledgers carry them. Birth date and sex come from the ID number."""

    name: str
    id_number: str
    sex: str
    birth_date: date
    phone: str
    household_number: str | None
    relation: str
    grid_code: str
    ethnicity: str = ""
    political_status: str = ""
    education: str = ""
    marital_status: str = ""
    registered_address: str = ""
    actual_address: str = ""
    residence_status: str = ""  # 人户状态
    away: bool = False
    away_reason: str = ""
    away_since: date | None = None
    away_destination: str = ""
    employer: str = ""
    occupation: str = ""
    phone2: str = ""
    notes: str = ""
    status: str = "active"
    id: int | None = None
    # The rest of the county template's person columns (HOUSEHOLDSTAFF and the key-group registers).
    former_name: str = ""          # 曾用名
    registered_place: str = ""     # 户籍地 (province, city, county)
    police_station: str = ""       # 户籍派出所
    temporary_residence: str = ""  # 临时居所
    other_address: str = ""        # 其他地址
    hukou_kind: str = ""           # 户口类别
    religion: str = ""             # 宗教信仰
    blood_type: str = ""           # 血型
    height_cm: str = ""            # 身高(CM), as written: digits only
    home_phone: str = ""           # 住宅电话
    email: str = ""                # 电子邮箱
    family_honour: str = ""        # 家庭称号 (五好家庭, 平安家庭)
    away_address: str = ""         # 外出详址
    relation_note: str = ""        # 与户主关系备注
    # Columns of an imported ledger GridDesk has no place for, (header, value) in the file's order:
    # kept with the person so the same ledger exported back loses nothing (LEDGERS.md).
    extra: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, values: Mapping[str, object]) -> Resident:
        """A resident from a mapping that names every field exactly once: what the checks build
        for each row of a ledger. The dataclass's frozen __init__ sets its 45 fields one
        object.__setattr__ at a time, the largest single cost of an import after the checks."""
        if values.keys() != _RESIDENT_KEYS:
            raise TypeError(f"Resident.of: fields {sorted(set(values) ^ _RESIDENT_KEYS)}")
        r = object.__new__(cls)
        r.__dict__.update(values)
        return r


_RESIDENT_KEYS = frozenset(f.name for f in fields(Resident))

# The fields a person edits or a ledger carries, in ledger order (the ID number decides sex and birth).
RESIDENT_FIELDS = ("name", "id_number", "phone", "phone2", "household_number", "relation", "grid_code",
                   "ethnicity", "political_status", "education", "marital_status",
                   "registered_address", "actual_address", "residence_status", "away",
                   "away_reason", "away_since", "away_destination", "employer", "occupation", "notes",
                   "former_name", "registered_place", "police_station", "temporary_residence", "other_address",
                   "hukou_kind", "religion", "blood_type", "height_cm", "home_phone", "email", "family_honour",
                   "away_address", "relation_note")

# What the dropdowns offer: the national lists, as data in domain/dictionaries/.
RELATIONS = RELATIONSHIPS.names
RESIDENCE_STATUSES = _RESIDENCE.names
MARITAL = MARITAL_STATUSES.names
POLITICAL = POLITICAL_STATUSES.names
EDUCATION = EDUCATION_LEVELS.names
ETHNICITY = ETHNICITIES.names


@dataclass(frozen=True)
class ResidentListItem:
    """A row of the roster table: masked unless unmasking was allowed and asked for."""

    id: int
    name: str
    sex: str
    birth_date: date
    id_number: str
    phone: str
    grid_code: str
    grid_name: str
    household_number: str
    relation: str
    away: bool
    status: str


@dataclass(frozen=True)
class ResidentFilter:
    grid_code: str = ""  # a grid includes its micro-grids
    key_group: str = ""
    min_age: int | None = None
    max_age: int | None = None
    away: bool | None = None
    include_inactive: bool = False


@dataclass(frozen=True)
class GridNode:
    code: str
    name: str
    kind: GridKind
    parent_code: str | None
    households: int
    residents: int
    villager_groups: str = ""
    boundary: str = ""


@dataclass(frozen=True)
class HouseholdChoice:
    """A household as the resident form offers it: who heads it and where it is registered."""

    number: str
    address: str
    registered_address: str
    head: str
    members: int


@dataclass(frozen=True)
class HouseholdView:
    id: int
    number: str
    address: str
    grid_code: str
    members: tuple[ResidentListItem, ...]


@dataclass(frozen=True)
class TeamMember:
    name: str
    id_number: str
    phone: str
    role: TeamRole
    grid_code: str | None
    appointed_on: date
    duties: str = ""


@dataclass(frozen=True)
class TeamRecord:
    """A team member as stored: the record plus what the team table shows beside it."""

    id: int
    member: TeamMember
    grid_codes: tuple[str, ...]
    political_status: str
    education: str
    left_on: date | None
    has_photo: bool
    notes: str = ""       # 备注, as the county's GRIDTEAM.xls carries it
    declared: bool = True  # Article 9's declaration confirmed (a county ledger does not carry it)


@dataclass(frozen=True)
class DemoTag:
    """A key-group tag as a generator or an import names it: by the person's ID number."""

    id_number: str
    group: KeyGroup
    level: AttentionLevel
    since: date | None
    details: dict[str, str]


def grid_code(division_code: str, grid_no: int, micro_no: int = 0) -> str:
    """Village code (12) + grid number (3), + micro-grid number (2) for a micro-grid."""
    code = f"{division_code}{grid_no:03d}"
    return f"{code}{micro_no:02d}" if micro_no else code


class ResidentMove(NamedTuple):
    """A person moved from one household to another, and why."""

    moved_at: datetime
    from_household: str
    to_household: str
    reason: str
