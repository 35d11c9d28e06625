"""Weekly visits (每周至少走访一遍): the log entry, what was found, and the week's coverage."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from .errors import ValidationError
from .key_groups import KeyGroup


class FindingCategory(str, enum.Enum):
    DISPUTE = "dispute"  # 矛盾纠纷
    DEMAND = "demand"  # 诉求
    OPINION = "opinion"  # 意见建议
    PUBLIC_ORDER = "public_order"  # 治安隐患
    FIRE = "fire"  # 消防隐患
    ENVIRONMENT = "environment"  # 环境问题
    OTHER = "other"


FINDING_LABELS = {
    FindingCategory.DISPUTE: "矛盾纠纷", FindingCategory.DEMAND: "群众诉求", FindingCategory.OPINION: "意见建议",
    FindingCategory.PUBLIC_ORDER: "治安隐患", FindingCategory.FIRE: "消防隐患",
    FindingCategory.ENVIRONMENT: "环境问题", FindingCategory.OTHER: "其他",
}

# How often a member of each key group is visited on their own, in days: GridDesk's defaults,
# stated here once (weekly for a severe mental disorder, monthly for every other group), for the
# director to set in Settings. Every household is visited weekly in any case; 0 means a group gets
# no reminder of its own beyond that round.
WEEKLY, MONTHLY = 7, 30
DEFAULT_VISIT_EVERY_DAYS: dict[KeyGroup, int] = {
    KeyGroup.MENTAL_DISORDER: WEEKLY,
    KeyGroup.FLOATING: MONTHLY, KeyGroup.LEFT_BEHIND_CHILD: MONTHLY, KeyGroup.LEFT_BEHIND_WOMAN: MONTHLY,
    KeyGroup.LEFT_BEHIND_ELDERLY: MONTHLY, KeyGroup.ELDERLY_ALONE: MONTHLY, KeyGroup.DISABLED: MONTHLY,
    KeyGroup.HARDSHIP: MONTHLY, KeyGroup.SUBSISTENCE: MONTHLY, KeyGroup.RELEASED: MONTHLY,
    KeyGroup.CORRECTION: MONTHLY, KeyGroup.CORRECTION_ENDED: MONTHLY, KeyGroup.DRUG_USER: MONTHLY,
    KeyGroup.OTHER: MONTHLY,
}
MAX_EVERY_DAYS = 365


@dataclass(frozen=True)
class VisitFrequency:
    group: KeyGroup
    every_days: int  # 0: no reminder of its own
    default_days: int

    @property
    def is_default(self) -> bool:
        return self.every_days == self.default_days


def visit_frequencies(own: dict[str, int]) -> dict[KeyGroup, VisitFrequency]:
    """The defaults, with what the director has set (key group value -> days) over them."""
    return {g: VisitFrequency(g, own.get(g.value, days), days) for g, days in DEFAULT_VISIT_EVERY_DAYS.items()}


def check_every_days(days: int) -> int:
    if not isinstance(days, int) or not 0 <= days <= MAX_EVERY_DAYS:
        raise ValidationError("every_days", "visits.every_days", limit=MAX_EVERY_DAYS)
    return days


@dataclass(frozen=True)
class Finding:
    category: FindingCategory
    description: str
    case_id: int | None = None


@dataclass(frozen=True)
class Visit:
    member_id: int
    grid_code: str
    visited_on: date
    slot: str  # 上午 / 下午 / 晚上, or a time span
    household_numbers: tuple[str, ...]
    companions: str = ""
    solved_on_spot: int = 0
    findings: tuple[Finding, ...] = ()
    notes: str = ""
    id: int | None = None


def week_of(day: date) -> date:
    """The Monday that starts the week `day` falls in."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class GridWeek:
    grid_code: str
    grid_name: str
    week: date
    households: int
    visited: int

    @property
    def share(self) -> float:
        return self.visited / self.households if self.households else 1.0

    @property
    def complete(self) -> bool:
        return self.visited >= self.households


@dataclass(frozen=True)
class MemberWeek:
    """One grid member's week of visits (周汇报), with each day's households (日反馈)."""

    member_id: int
    name: str
    grids: tuple[str, ...]  # grid names
    households_per_day: tuple[int, ...]  # Monday to Sunday
    visits: int
    households: int  # distinct over the week
    findings: int
    solved_on_spot: int
    reported: int  # findings made into cases
    # The daily log's side of the week (民情日志): each day's mark (a daily_logs.DayMark value,
    # Monday to Sunday), the hours it adds up to, what it found, solved and reported beyond the
    # visits, and the working days with no entry at all.
    log_marks: tuple[str, ...] = ()
    log_minutes: int = 0
    log_found: int = 0
    log_solved: int = 0
    log_reported: int = 0
    missing_days: int = 0

    @property
    def days_out(self) -> int:
        return sum(1 for n in self.households_per_day if n)


class OpenFinding(NamedTuple):
    """Something a visit found that nobody has made into a case yet."""

    visit_id: int
    finding_id: int
    category: str
    description: str
    visited_on: date
    grid_code: str


class HouseholdToVisit(NamedTuple):
    number: str
    address: str
