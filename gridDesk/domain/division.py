"""The grid division (网格划分): its size guidance, the record of its changes and the yearly report.

Sizes: DB3208/T 200-2023 4.2 says a rural grid is set "300 户左右", an urban one on "500 户" units and
a micro-grid "100 户左右"; the town guide §4 gives "300-500 households" a grid. Neither text sets a
tolerance, so GridDesk warns (never blocks) outside half to one and a half times the guidance: a
villager group is the usual unit and groups differ in size, so a grid of 200 or 420 households is
"about 300" as the village draws it, while 120 or 600 is a grid the township will ask about.
The director changes any of these figures (EDIT_RULES); the migration seeds these defaults.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from .errors import ValidationError
from .roster import GridKind

# key -> default; households for the kinds, percent of the guidance for the band.
DEFAULT_GUIDANCE = {"households.rural": 300, "households.urban": 500, "households.micro": 100,
                    "band.low_percent": 50, "band.high_percent": 150}
GUIDANCE_LIMITS = {"households.rural": (1, 5000), "households.urban": (1, 5000), "households.micro": (1, 1000),
                   "band.low_percent": (1, 100), "band.high_percent": (100, 1000)}

# The yearly division report (town guide §4: "complete the division before January 25 and report
# the results"): the report of year Y is due on 25 January of Y and covers the division year that
# ends that day, from 26 January of Y-1 (the day after last year's report was due).
REPORT_DUE_MONTH_DAY = (1, 25)
FIRST_REPORT_YEAR = 2000  # no village drew grids in GridDesk's sense before


@dataclass(frozen=True)
class SizeGuidance:
    rural: int = 300
    urban: int = 500
    micro: int = 100
    low_percent: int = 50
    high_percent: int = 150

    @classmethod
    def of(cls, values: dict[str, int]) -> "SizeGuidance":
        v = {**DEFAULT_GUIDANCE, **values}
        return cls(v["households.rural"], v["households.urban"], v["households.micro"], v["band.low_percent"],
                   v["band.high_percent"])

    def households(self, kind: GridKind) -> int:
        return {GridKind.RURAL: self.rural, GridKind.URBAN: self.urban, GridKind.MICRO: self.micro}[kind]

    def band(self, kind: GridKind) -> tuple[int, int]:
        """The lowest and highest household counts that raise no warning (both inclusive)."""
        aim = self.households(kind)
        return -(-aim * self.low_percent // 100), aim * self.high_percent // 100

    def verdict(self, kind: GridKind, households: int) -> str:
        """'' inside the band, 'small' or 'large' outside it."""
        low, high = self.band(kind)
        return "small" if households < low else "large" if households > high else ""


def check_guidance(key: str, value: int) -> int:
    if key not in GUIDANCE_LIMITS:
        raise ValidationError("key", "division.guidance_key")
    low, high = GUIDANCE_LIMITS[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(key, "division.guidance_range", low=low, high=high)
    return value


class ChangeKind(str, enum.Enum):
    CREATE = "create"  # 新设
    SPLIT = "split"  # 拆分
    MERGE = "merge"  # 合并
    REBOUND = "rebound"  # 调整边界 (boundary text, map image, villager groups)
    RENAME = "rename"  # 更名
    RETIRE = "retire"  # 撤销


CHANGE_WORDS = {ChangeKind.CREATE: "新设", ChangeKind.SPLIT: "拆分", ChangeKind.MERGE: "合并",
                ChangeKind.REBOUND: "调整边界", ChangeKind.RENAME: "更名", ChangeKind.RETIRE: "撤销"}


@dataclass(frozen=True)
class GridCount:
    """A grid as a change saw it: its code, name and household count at that moment."""

    code: str
    name: str
    households: int


@dataclass(frozen=True)
class DivisionChange:
    kind: ChangeKind
    on: date  # the day it took effect (the approval's date, usually)
    what: str  # one line: "第3网格拆分为第3、第7网格"
    why: str
    document: str  # the approval document (文号)
    before: tuple[GridCount, ...] = ()
    after: tuple[GridCount, ...] = ()
    by: str = ""  # the account that recorded it
    id: int | None = None


@dataclass(frozen=True)
class SplitPlan:
    """One grid into two or more: the households (by id) that go to each new grid; what is not
    listed stays in the source. Residents follow their household; places are listed by id."""

    source: str
    targets: tuple[tuple[str, str, tuple[int, ...], tuple[int, ...]], ...]  # (code, name, households, places)
    on: date
    why: str
    document: str = ""


@dataclass(frozen=True)
class MergePlan:
    """Two or more grids into one: `into` keeps its code; the others are retired, never reused."""

    into: str
    sources: tuple[str, ...]
    on: date
    why: str
    document: str = ""
    name: str = ""  # a new name for the merged grid ('' keeps it)


@dataclass(frozen=True)
class ReportGrid:
    code: str
    name: str
    kind: GridKind
    parent_code: str | None
    leader: str
    members: tuple[str, ...]
    households: int
    residents: int
    villager_groups: str
    verdict: str = ""


@dataclass(frozen=True)
class DivisionReport:
    """What the yearly division report prints: plain data."""

    year: int
    village: str
    township: str
    as_of: date
    window: tuple[date, date]
    grids: tuple[ReportGrid, ...]
    changes: tuple[DivisionChange, ...]
    maps: tuple[tuple[str, bytes], ...] = field(default=())  # (grid name, image bytes)
    reporter: str = ""
    guidance: SizeGuidance = field(default_factory=SizeGuidance)


def report_window(year: int) -> tuple[date, date]:
    """The division year a report covers: 26 January of year-1 to 25 January of year."""
    month, day = REPORT_DUE_MONTH_DAY
    return date(year - 1, month, day + 1), date(year, month, day)


def due_date(year: int) -> date:
    return date(year, *REPORT_DUE_MONTH_DAY)


def check_report_year(value: object, today: date) -> int:
    """A year the report can be for: from 2000 to next year (printed in December for January)."""
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError("year", "division.year_range", low=FIRST_REPORT_YEAR, high=today.year + 1) from None
    if not FIRST_REPORT_YEAR <= year <= today.year + 1:
        raise ValidationError("year", "division.year_range", low=FIRST_REPORT_YEAR, high=today.year + 1)
    return year
