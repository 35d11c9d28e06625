"""矛盾纠纷排查调处情况统计表: the monthly dispute report the township asks for (issue 20 item 2).

The layout is the one the most widely deployed platform prints: one row per dispute category
(婚姻家庭, 邻里, 房屋宅基地 …, 其他), then 小计 (the month) and 年度累计 (1 January to the month's
end). The rows and the people bands are data the director keeps (tables `dispute_report_rows`,
`dispute_report_categories`, `dispute_report_bands`); this module computes the table from plain
records and knows nothing of the database.

What each column counts (a *dispute* is a case of a dispute category; one record per case):

- 排查数 (found): disputes found or reported in the period: `found_on` (the day the case was
  reported) falls in it.
- 调处数 (handled): disputes whose handling concluded in the period: `handled_on` falls in it.
  The collector sets `handled_on` to the earlier of the mediation's outcome date and the day the
  case was closed (whatever the closure type: a case closed as 程序性终结, 问题中止 or 稳控中 was
  handled, not resolved). A dispute found in an earlier month or year counts where its handling
  concluded; one still in hand has no `handled_on` and counts nowhere under 调处.
- 调处成功数 (succeeded): of the handled ones, those resolved: the mediation reached an agreement,
  or the case was closed as 实质性办结 or 实质性化解. Counted in the period of `handled_on`.
- 其中重大: the same three counts over the disputes marked major (重大) only.
- 涉及人数 bands: the disputes *found* in the period, each counted once in the band of the number
  of people it involves. A band runs from its lower bound to one less than the next band's lower
  bound; the last has no upper bound. GridDesk's default bounds 1 / 50 / 101 / 501 give
  1-49, 50-100, 101-500 and 501 and more: 49 is under 50; 50 and 100 are 50-100; 101 and 500 are
  101-500; 501 is over 500 (the paper form's "<50, 50-100, 100-500, >500" with its shared edges
  settled that way).

A record whose row is not one of the report's rows counts under the catch-all row (其他).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .errors import ValidationError

# GridDesk's default rows (the Tianque layout) and which case categories (migration 0003's
# 矛盾纠纷 subcategories) each takes; the migration seeds these, the director changes them.
DEFAULT_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("婚姻家庭", ("婚姻家庭",)),
    ("邻里", ("邻里纠纷",)),
    ("房屋宅基地", ("房屋宅基地",)),
    ("山林土地水利权属", ("山林土地",)),
    ("劳资", ("劳资纠纷",)),
    ("征地拆迁", ("征地拆迁",)),
    ("村务管理", ()),
    ("合同", ()),
    ("损害赔偿", ()),
    ("医疗", ()),
    ("道路交通", ()),
    ("环境污染", ()),
    ("其他", ("其他纠纷",)),
)
OTHER_ROW = "其他"
DEFAULT_BANDS: tuple[int, ...] = (1, 50, 101, 501)  # lower bounds, people
DISPUTE_TOP_CATEGORY = "矛盾纠纷"  # its subcategories are disputes whether mapped or not
ROW_NAME_MAX = 16
MAX_ROWS = 30
MAX_BANDS = 8
SUCCEEDED = frozenset({"solved", "resolved"})  # closure types that are a success: 实质性办结, 实质性化解
MAX_PEOPLE = 1_000_000  # a bound above which a band's edge is a typing error


@dataclass(frozen=True)
class DisputeFacts:
    """What people's mediation knows of a dispute case (the same fields as the mediation part's
    `domain.mediation.DisputeFacts`; either serves, the collector reads the attributes)."""

    major: bool
    people: int
    concluded_on: date | None
    agreed: bool | None


@dataclass(frozen=True)
class DisputeRecord:
    case_id: int
    row: str  # the report row's name
    found_on: date
    handled_on: date | None
    succeeded: bool
    major: bool
    people: int


@dataclass(frozen=True)
class ReportRow:
    """A row of the report as the director keeps it: its name, its place, the case categories
    (ids) it takes; `other` marks the catch-all row that takes every dispute no row names."""

    id: int | None
    name: str
    sort: int
    category_ids: tuple[int, ...] = ()
    other: bool = False


@dataclass(frozen=True)
class Figures:
    found: int = 0
    found_major: int = 0
    handled: int = 0
    handled_major: int = 0
    succeeded: int = 0
    succeeded_major: int = 0
    bands: tuple[int, ...] = ()

    def cells(self) -> tuple[int, ...]:
        """The row's numbers in the order of the paper form's columns."""
        return (self.found, self.found_major, self.handled, self.handled_major, self.succeeded,
                self.succeeded_major, *self.bands)


@dataclass(frozen=True)
class DisputeTable:
    year: int
    month: int
    rows: tuple[tuple[str, Figures], ...]  # the month, one per report row
    subtotal: Figures  # 小计: the month
    year_to_date: Figures  # 年度累计: 1 January to the month's end
    year_rows: tuple[tuple[str, Figures], ...] = field(default=())  # the year to date per row
    band_labels: tuple[str, ...] = ()

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class DisputeReport:
    """The report as printed: the table, the unit and the month, and who fills and reviews it."""

    table: DisputeTable
    unit: str  # 填报单位
    township: str
    scope: str  # '' for the whole village; the grid codes otherwise
    filled_by: str = ""  # 填报人
    reviewed_by: str = ""  # 审核人
    filled_on: str = ""  # 填报日期 (YYYY-MM-DD)


# The columns of the paper form, in order (the printout and the workbook share them).
COLUMN_GROUPS = (("排查数", "found"), ("调处数", "handled"), ("调处成功数", "succeeded"))
PEOPLE_GROUP = "涉及人数（起）"


_PERIOD = re.compile(r"(\d{4})-(\d{2})")


def parse_period(text: object) -> tuple[int, int]:
    """'2026-11' -> (2026, 11); refused in words otherwise (a month that is not one, before
    2000, or not written YYYY-MM)."""
    # an input method's full-width digits and dash read as what they are, as the report family reads them
    value = unicodedata.normalize("NFKC", text).strip() if isinstance(text, str) else ""
    m = _PERIOD.fullmatch(value)
    if not m:
        raise ValidationError("dispute_period", "dispute_report.bad_period", value=str(text)[:40])
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        raise ValidationError("dispute_period", "dispute_report.no_such_month", value=value)
    if year < 2000:
        raise ValidationError("dispute_period", "dispute_report.too_early", value=value)
    return year, month


def month_span(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    after = date(year + (month == 12), month % 12 + 1, 1)
    return first, after - timedelta(days=1)


def band_labels(bands: Sequence[int]) -> tuple[str, ...]:
    """The column heads of the people bands: '1-49人', '50-100人', …, '501人以上'."""
    labels = []
    for n, low in enumerate(bands):
        if n + 1 < len(bands):
            high = bands[n + 1] - 1
            labels.append(f"{low}人" if high == low else f"{low}-{high}人")
        else:
            labels.append(f"{low}人以上" if n else f"{low}人及以上")
    return tuple(labels)


def band_of(people: int, bands: Sequence[int]) -> int:
    """The index of the band `people` falls in (fewer than the first bound: the first band)."""
    index = 0
    for n, low in enumerate(bands):
        if people >= low:
            index = n
    return index


def check_bands(bounds: Iterable[object]) -> tuple[int, ...]:
    """The director's band bounds: whole numbers, rising, the first 1; refused in words."""
    if not isinstance(bounds, (tuple, list)):  # one number, or a text, is not a list of bounds
        raise ValidationError("dispute_bands", "dispute_report.band_number", value=str(bounds)[:20])
    values = []
    for b in bounds:
        if isinstance(b, bool) or not isinstance(b, int):
            raise ValidationError("dispute_bands", "dispute_report.band_number", value=str(b)[:20])
        if not 1 <= b <= MAX_PEOPLE:
            raise ValidationError("dispute_bands", "dispute_report.band_range", value=b, limit=MAX_PEOPLE)
        values.append(b)
    if not values or values[0] != 1:
        raise ValidationError("dispute_bands", "dispute_report.band_first")
    if len(values) > MAX_BANDS:
        raise ValidationError("dispute_bands", "dispute_report.band_count", limit=MAX_BANDS)
    if any(b <= a for a, b in zip(values, values[1:])):
        raise ValidationError("dispute_bands", "dispute_report.band_order")
    return tuple(values)


class _Tally:
    __slots__ = ("c", "bands")

    def __init__(self, nbands: int) -> None:
        self.c = [0] * 6
        self.bands = [0] * nbands

    def figures(self) -> Figures:
        return Figures(*self.c, bands=tuple(self.bands))


def dispute_table(records: Iterable[DisputeRecord], rows: Sequence[str], other: str, bands: Sequence[int],
                  year: int, month: int) -> DisputeTable:
    """The month's table and the year to date. `rows`: the report's row names in order;
    `other`: the catch-all row (one of `rows`); `bands`: the people bands' lower bounds."""
    first, last = month_span(year, month)
    jan1 = date(year, 1, 1)
    nb = len(bands)
    month_t = {r: _Tally(nb) for r in rows}
    year_t = {r: _Tally(nb) for r in rows}
    for rec in records:
        row = rec.row if rec.row in month_t else other
        found, handled, major = rec.found_on, rec.handled_on, rec.major
        in_year = jan1 <= found <= last
        handled_in_year = handled is not None and jan1 <= handled <= last
        if not (in_year or handled_in_year):
            continue
        band = band_of(rec.people, bands) if in_year else 0
        for tally, start in ((month_t[row], first), (year_t[row], jan1)):
            c = tally.c
            if in_year and start <= found:
                c[0] += 1
                c[1] += major
                tally.bands[band] += 1
            if handled_in_year and start <= handled:
                c[2] += 1
                c[3] += major
                if rec.succeeded:
                    c[4] += 1
                    c[5] += major
    month_rows = tuple((r, month_t[r].figures()) for r in rows)
    year_rows = tuple((r, year_t[r].figures()) for r in rows)
    return DisputeTable(year, month, month_rows, _sum(f for _r, f in month_rows), _sum(f for _r, f in year_rows),
                        year_rows, band_labels(bands))


def _sum(figures: Iterable[Figures]) -> Figures:
    items = list(figures)
    if not items:
        return Figures()
    return Figures(*(sum(f.cells()[i] for f in items) for i in range(6)),
                   bands=tuple(sum(f.bands[i] for f in items) for i in range(len(items[0].bands))))


def handled_and_succeeded(facts: DisputeFacts | None, closed_on: date | None,
                          closure_type: str) -> tuple[date | None, bool]:
    """When a dispute's handling concluded and whether it succeeded (see the module's words):
    the earlier of the mediation's outcome and the case's closing; succeeded when an agreement
    was reached or the case was closed as solved (实质性办结) or resolved by mediation (实质性化解)."""
    concluded = getattr(facts, "concluded_on", None) if facts is not None else None
    dates = [d for d in (concluded, closed_on) if d is not None]
    handled = min(dates) if dates else None
    agreed = bool(getattr(facts, "agreed", None)) if facts is not None and concluded is not None else False
    solved = closed_on is not None and closure_type in SUCCEEDED
    return handled, handled is not None and (agreed or solved)
