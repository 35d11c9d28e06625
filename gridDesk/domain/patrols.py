"""Patrols of places and risk points (town guide §7.1, DB3208/T 200 8.1): what each kind of place
is patrolled for, how often (the director's rules as data), the seasons that tighten that, and the
day-by-day plan from which a patrol is due or missed.

A frequency is in calendar days, not working days: a river in flood season is watched on Sundays
too, and "every 7 days" means a week whatever holidays fall in it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .errors import ValidationError
from .places import PLACE_FIELDS, Place, PlaceKind
from .visits import FindingCategory

RISK_TYPES: tuple[str, ...] = next(f.choices for f in PLACE_FIELDS[PlaceKind.RISK_POINT][1] if f.key == "risk_type")
HAZARD_LEVELS = ("较大", "重大")  # the hazard levels a frequency row may tighten ("无" and "一般" do not)

# The rows a frequency can be set for: a place kind, a risk-point type, a hazard level.
TARGETS: tuple[str, ...] = ("rental", "organisation", *(f"risk:{t}" for t in RISK_TYPES),
                            *(f"hazard:{h}" for h in HAZARD_LEVELS))
SEASON_TARGETS: tuple[str, ...] = TARGETS[:2 + len(RISK_TYPES)]  # a season changes kinds and types, not hazards
MAX_EVERY_DAYS = 365


def target_label(target: str) -> str:
    """The Chinese word of a frequency row, for printouts (the UI translates the same words)."""
    if target == "rental":
        return "出租房屋"
    if target == "organisation":
        return "单位与场所"
    kind, _, word = target.partition(":")
    return f"风险点·{word}" if kind == "risk" else f"隐患等级{word}"


def targets_of(place: Place) -> tuple[str, ...]:
    """The frequency rows that apply to a place: its kind (a risk point: its type) and its hazard."""
    if place.kind is PlaceKind.RISK_POINT:
        own = f"risk:{place.details.get('risk_type') or '其他'}"
    else:
        own = place.kind.value
    hazard = place.details.get("hazard", "")
    return (own, f"hazard:{hazard}") if hazard in HAZARD_LEVELS else (own,)


@dataclass(frozen=True)
class Season:
    """A season by month and day ("06-01" to "09-30"), both ends inclusive; one that ends before
    it starts runs across the new year ("11-01" to "03-31"). `every_days`: target -> days in season."""

    id: int | None
    name: str
    starts: str
    ends: str
    every_days: Mapping[str, int] = field(default_factory=dict)

    def covers(self, day: date) -> bool:
        md = day.strftime("%m-%d")
        if self.starts <= self.ends:
            return self.starts <= md <= self.ends
        return md >= self.starts or md <= self.ends


@dataclass(frozen=True)
class PatrolRules:
    every_days: Mapping[str, int]  # target -> days (0: no plan of its own)
    seasons: tuple[Season, ...] = ()

    def frequency(self, targets: Iterable[str], day: date) -> int:
        """The tightest frequency that applies on `day` (0: the place has no patrol plan)."""
        found = [self.every_days.get(t, 0) for t in targets]
        for season in self.seasons:
            if season.covers(day):
                found += [season.every_days.get(t, 0) for t in targets]
        found = [n for n in found if n > 0]
        return min(found) if found else 0

    def seasons_on(self, day: date) -> tuple[str, ...]:
        return tuple(s.name for s in self.seasons if s.covers(day))


def check_month_day(text: str, field_name: str) -> str:
    """"MM-DD" of a real day (02-29 allowed: a leap year's day, skipped in other years)."""
    text = (text or "").strip().replace("/", "-").replace("月", "-").rstrip("日")
    parts = text.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        month, day = int(parts[0]), int(parts[1])
        try:
            date(2024, month, day)
        except ValueError:
            pass
        else:
            return f"{month:02d}-{day:02d}"
    raise ValidationError(field_name, "patrols.month_day")


def check_every(days: object, field_name: str = "every_days") -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_EVERY_DAYS:
        raise ValidationError(field_name, "patrols.every_range", limit=MAX_EVERY_DAYS)
    return days


class PatrolOutcome(str, enum.Enum):
    NORMAL = "normal"  # 正常
    FINDING = "finding"  # 发现问题


@dataclass(frozen=True)
class Patrol:
    """One patrol as entered: the place, who, when, what was seen."""

    place_id: int
    member_id: int
    at: datetime
    outcome: PatrolOutcome = PatrolOutcome.NORMAL
    category: FindingCategory | None = None
    finding: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PatrolRecord:
    """One patrol as the log shows it."""

    id: int
    place_id: int
    place_name: str
    grid_code: str
    member_id: int
    member_name: str
    at: datetime
    outcome: PatrolOutcome
    category: FindingCategory | None
    finding: str
    notes: str
    case_id: int | None


@dataclass(frozen=True)
class DuePatrol:
    """A place whose patrol is due (today) or missed (past due): who owes it, since when."""

    place_id: int
    place_name: str
    kind: str  # the target of its kind or type ("risk:河流")
    grid_code: str
    every_days: int
    last_patrol: date | None
    due_on: date
    owed_by: tuple[int, ...]  # team member ids: the responsible member, else the grid's members

    def missed(self, day: date) -> bool:
        return self.due_on < day


def next_due(last: date | None, start: date, frequency: Callable[[date], int], horizon: date) -> date | None:
    """The first day a patrol is due after the last one: the first day d with d - last >= the
    frequency on d (so a season that begins tightens the plan on its first day). Never patrolled:
    due from `start`. None: no plan up to `horizon`."""
    d = start if last is None else max(start, last + timedelta(days=1))
    while d <= horizon:
        every = frequency(d)
        if every and (last is None or (d - last).days >= every):
            return d
        d += timedelta(days=1)
    return None


@dataclass(frozen=True)
class DayPlan:
    day: date
    planned: bool  # a patrol was due that day by the plan
    done: bool  # a patrol was recorded that day
    missed: bool  # planned, not done, and the day is over


def plan(first: date, last: date, before: date | None, done_days: set[date],
         frequency: Callable[[date], int], today: date) -> list[DayPlan]:
    """Day by day from `first` to `last`: a day is planned when the frequency on it has run since
    the last patrol or the last planned day (a missed patrol is counted once, on its day, and the
    plan goes on from there rather than flagging every day after it); a patrol on any day starts
    the count again. `before`: the last patrol before `first`."""
    out = []
    ref = before
    d = first
    while d <= last:
        every = frequency(d)
        planned = bool(every) and (ref is None or (d - ref).days >= every)
        done = d in done_days
        out.append(DayPlan(d, planned, done, planned and not done and d < today))
        if done or planned:
            ref = d
        d += timedelta(days=1)
    return out


def month_days(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def parse_month(text: str, field_name: str = "month") -> tuple[int, int]:
    """"YYYY-MM" -> (year, month)."""
    parts = (text or "").strip().split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12 and 2000 <= int(parts[0]) <= 2100:
        return int(parts[0]), int(parts[1])
    raise ValidationError(field_name, "patrols.month")


@dataclass(frozen=True)
class CalendarRow:
    place_name: str
    kind: str  # the target word, for the printout
    responsible: str
    days: tuple[DayPlan, ...]


@dataclass(frozen=True)
class PatrolCalendar:
    """The month's calendar of one grid, as plain data for the printout."""

    village: str
    grid_code: str
    grid_name: str
    year: int
    month: int
    seasons: tuple[tuple[str, tuple[int, ...]], ...]  # (season name, the days of the month it covers)
    rows: tuple[CalendarRow, ...]
    printed_on: date


@dataclass(frozen=True)
class MonthPatrols:
    """The month's figures for the monthly meeting."""

    done: int  # patrols recorded
    due: int  # planned patrols
    missed: int  # planned days gone by without a patrol
    findings: int  # patrols that found something
    to_cases: int  # findings made into cases
