"""The report family (issue 20 item 3) and the reporting calendar the director keeps.

A summary report is plain frozen data: named sections of figures, each figure a value or a value
"of" a whole (closed on time of closed). The calendar says, per report kind, by which day of the
month after its period a report is due; a period's report is *filed* when the centre builds it and
freezes its PDF and XML; refiling makes a new version and keeps the old.

Due dates: the due day is a calendar day of the month after the period ("by the 5th"), as the
township's notices write it; when that day is not a working day by the work calendar (a weekend,
a holiday such as 1-7 October) the report is due on the next working day (顺延), the way a
deadline falling on a holiday is read. Days overdue are counted in calendar days from the due day.
A report is *due* from the first day of its period until its due day, *overdue* after it, and
neither once filed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable, NamedTuple

from .cases import CaseState, Channel, WorkKind

from .errors import ValidationError
from .report_periods import Period, PeriodKind

DUE_DAY_MAX = 28  # every month has the day
LOOK_BACK = 120  # periods at most, from the calendar's start, that the calendar walks


class CaseFacts(NamedTuple):
    """What the summary reports count of one case (the case views' names, so the monthly
    meeting's counting reads them too)."""

    category: str
    work_kind: WorkKind
    channel: Channel
    reported_at: datetime
    state: CaseState
    due_at: datetime | None
    closed_at: datetime | None
    closure_type: str


@dataclass(frozen=True)
class Figure:
    key: str  # stable key for the XML and the tests (cases.category:邻里纠纷, cases.on_time)
    label: str  # the row's words in the printed report
    value: int
    of: int | None = None  # value "of" a whole: shown as value / of and a rate

    @property
    def rate(self) -> str:
        """"87.5%" for a value of a whole; "—" when the whole is 0; "" for a plain count."""
        if self.of is None:
            return ""
        return f"{100 * self.value / self.of:.1f}%" if self.of else "—"


@dataclass(frozen=True)
class Section:
    key: str  # cases, visits, patrols, key_groups, team, assessment
    title: str
    rows: tuple[Figure, ...]


@dataclass(frozen=True)
class SummaryData:
    """A summary report as plain data: what the PDF, the xlsx and the XML each print."""

    kind: str
    title: str  # 2026年11月 网格化服务管理工作月报
    period: str  # 2026-11
    period_words: str
    first: date
    last: date
    village: str
    township: str
    division_code: str
    sections: tuple[Section, ...]
    made_on: date
    made_by: str  # 填报人 (who built it)
    ytd_sections: tuple[Section, ...] = ()  # the year to date, for the kinds that print it

    def figure(self, key: str) -> Figure:
        for sec in (*self.sections, *self.ytd_sections):
            for f in sec.rows:
                if f.key == key:
                    return f
        raise KeyError(key)


@dataclass(frozen=True)
class DueRule:
    """One row of the reporting calendar: a kind is due on `due_day` of the month after its period."""

    kind: str
    due_day: int
    active: bool = True  # the centre files this kind
    starts_on: date | None = None  # the first period counted is the one holding this day (None: the centre's set-up)
    updated_by: str = ""


@dataclass(frozen=True)
class FiledReport:
    id: int
    kind: str
    period: str
    version: int
    filed_at: str  # ISO, local time
    filed_by: str
    digest: str  # SHA-256 of the XML: what the report says
    sent_in: str = ""  # the archive batch that carried it


@dataclass(frozen=True)
class CalendarEntry:
    """A period's report on the calendar: due on `due`, filed or not."""

    kind: str
    period: str
    due: date
    filed: FiledReport | None
    today: date

    @property
    def overdue(self) -> bool:
        return self.filed is None and self.today > self.due

    @property
    def days_overdue(self) -> int:
        return (self.today - self.due).days if self.overdue else 0

    @property
    def state(self) -> str:
        """filed | overdue | due"""
        return "filed" if self.filed is not None else "overdue" if self.overdue else "due"

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "period": self.period, "due": self.due.isoformat(),
                "days_overdue": self.days_overdue}


def check_due_day(day: object) -> int:
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= DUE_DAY_MAX:
        raise ValidationError("due_day", "report.due_day", low=1, high=DUE_DAY_MAX, value=str(day)[:12])
    return day


def due_date(period: Period, rule: DueRule, is_working_day: Callable[[date], bool]) -> date:
    """`rule.due_day` of the month after the period, moved on to the next working day."""
    after = period.end + timedelta(days=1)
    day = after.replace(day=check_due_day(rule.due_day))
    for _ in range(30):  # the longest run of days off (Spring Festival and its weekends) is far shorter
        if is_working_day(day):
            return day
        day += timedelta(days=1)
    return day


def calendar_entries(rule: DueRule, kind_of_period: PeriodKind, start: date, today: date,
                     is_working_day: Callable[[date], bool],
                     filed: dict[str, FiledReport]) -> list[CalendarEntry]:
    """Every period of the kind from the one holding `start` to the one holding today (begun
    periods only), each with its due day and its latest filing."""
    if not rule.active or start > today:
        return []
    periods, period = [], Period.containing(today, kind_of_period)
    while len(periods) < LOOK_BACK:
        periods.append(period)
        if period.start <= start or period.year <= 2000 and period.n == 1:
            break
        period = period.previous()
    return [CalendarEntry(rule.kind, str(p), due_date(p, rule, is_working_day), filed.get(str(p)), today)
            for p in reversed(periods)]


_DISPUTE_COLUMNS = (("found", "排查数"), ("found_major", "排查数·重大"), ("handled", "调处数"),
                    ("handled_major", "调处数·重大"), ("succeeded", "调处成功数"),
                    ("succeeded_major", "调处成功数·重大"))


def _dispute_rows(band_words: tuple[str, ...], figures) -> tuple[Figure, ...]:
    rows = [Figure(key, words, getattr(figures, key)) for key, words in _DISPUTE_COLUMNS]
    rows += [Figure(f"people_band:{n}", f"涉及人数 {label}", value)
             for n, (label, value) in enumerate(zip(band_words, figures.bands), 1)]
    return tuple(rows)


def dispute_sections(report) -> tuple[tuple[Section, ...], tuple[Section, ...]]:
    """The monthly dispute report (domain/dispute_report.py's DisputeReport) as sections, for the
    XML and the 报表 page's preview: a section a row of the paper form, a figure a column; 小计;
    and the year to date."""
    t = report.table
    sections = [Section(f"row:{n}", name, _dispute_rows(t.band_labels, f)) for n, (name, f) in enumerate(t.rows, 1)]
    sections.append(Section("subtotal", "小计", _dispute_rows(t.band_labels, t.subtotal)))
    return tuple(sections), (Section("year_to_date", "年度累计", _dispute_rows(t.band_labels, t.year_to_date)),)
