"""The month's figures the monthly meeting looks at (月例会, DB3208/T 200 8.2.1), drawn from the
records: a list of named sections, each computed by one function over the month.

Adding a section is one function here and one line in SECTIONS. Every figure is the whole village's: the meeting is the centre's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.cases import CaseState
from ..domain.meetings import FigureRow, FigureSection
from ..domain.visits import week_of
from ..storage.cases_repo import CasesRepo
from ..storage.training_repo import TrainingRepo
from ..storage.visits_repo import VisitsRepo
from .cases import OPEN_STATES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def month_bounds(month: str) -> tuple[date, date]:
    """('2026-11') -> (first day, last day)."""
    first = date.fromisoformat(f"{month}-01")
    after = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, after - timedelta(days=1)


def visits_section(s: "Session", first: date, last: date, today: date) -> tuple[FigureRow, ...]:
    """The weekly rule (每周至少走访一遍): every week that starts in the month and has begun by
    today, each grid with households: was every household visited that week? Beside it the
    month's visits and the households visited at least once."""
    repo = VisitsRepo(s)
    totals = {g: n for g, n in repo.households_per_grid().items() if n}
    weeks = []
    monday = week_of(first) if week_of(first) == first else week_of(first) + timedelta(days=7)
    while monday <= min(last, today):
        weeks.append(monday)
        monday += timedelta(days=7)
    seen = repo.visited_per_grid_week(weeks[0], weeks[-1] + timedelta(days=6)) if weeks else {}
    complete = sum(1 for w in weeks for g, n in totals.items() if seen.get((g, w), 0) >= n)
    visits, households = repo.month_totals(first, last)
    return (FigureRow("visits", visits), FigureRow("households_visited", households, sum(totals.values())),
            FigureRow("grid_weeks_complete", complete, len(weeks) * len(totals)))


def cases_section(s: "Session", first: date, last: date, today: date) -> tuple[FigureRow, ...]:
    """Cases reported in the month; closed in it and how many of those in time (closed by the due
    time; a case with no time limit counts as in time); the open ones as they stand, by state."""
    return case_rows(CasesRepo(s).list_views(None), first, last, today)


def case_rows(views, first: date, last: date, today: date) -> tuple[FigureRow, ...]:
    """cases_section over case views already read (the summary reports read them once for all
    their case figures)."""
    start, end = datetime.combine(first, datetime.min.time()), datetime.combine(last + timedelta(days=1),
                                                                               datetime.min.time())
    reported = sum(1 for v in views if start <= v.reported_at < end)
    closed = [v for v in views if v.closed_at is not None and start <= v.closed_at < end]
    in_time = sum(1 for v in closed if v.due_at is None or v.closed_at <= v.due_at)
    rows = [FigureRow("cases_reported", reported), FigureRow("cases_closed", len(closed)),
            FigureRow("cases_closed_in_time", in_time, len(closed))]
    now = min(end, datetime.combine(today + timedelta(days=1), datetime.min.time()))
    open_views = [v for v in views if v.state in OPEN_STATES]
    for state in OPEN_STATES:
        rows.append(FigureRow(f"state:{state.value}", sum(1 for v in open_views if v.state is state)))
    rows.append(FigureRow("cases_open_overdue", sum(1 for v in open_views if v.due_at is not None and v.due_at < now)))
    return tuple(rows)


def training_section(s: "Session", first: date, last: date, today: date) -> tuple[FigureRow, ...]:
    """Training sessions that started in the month, their hours and who attended (人次)."""
    held = [v for v in TrainingRepo(s).sessions(first.year) if first <= v.session.starts_at.date() <= last]
    return (FigureRow("training_sessions", len(held)), FigureRow("training_present", sum(v.present for v in held)),
            FigureRow("training_hours", round(sum(v.session.hours for v in held))))


def daily_logs_section(s: "Session", first: date, last: date, today: date) -> tuple[FigureRow, ...]:
    """民情日志 completeness: the working days the members in post owed in the month (days over,
    in post, working days by the calendar) and how many have an entry; of the entries, how many
    a 网格长 or the centre signed off, and how many were 今日无异常."""
    from ..domain.daily_logs import LogState
    from ..storage.daily_logs_repo import DailyLogsRepo
    from ..storage.team_repo import TeamRepo
    from ..storage.work_calendar_repo import WorkCalendarRepo
    from .daily_logs import expected
    from .work_calendar import build_calendar

    calendar = build_calendar(CasesRepo(s), WorkCalendarRepo(s), today)
    states = DailyLogsRepo(s).states(first, last)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    owed = [(t.id, d) for t in TeamRepo(s).all(include_left=True) for d in days if expected(t, d, today, calendar)]
    entered = sum(1 for key in owed if key in states)
    signed = sum(1 for st, _nothing in states.values() if st == LogState.SIGNED.value)
    nothing = sum(1 for _st, n in states.values() if n)
    return (FigureRow("log_days_entered", entered, len(owed)), FigureRow("log_days_missing", len(owed) - entered),
            FigureRow("log_days_signed", signed, len(states)), FigureRow("log_days_nothing", nothing))


def patrols_section(s: "Session", first: date, last: date, today: date) -> tuple[FigureRow, ...]:
    """Patrols of places and risk points: done in the month, the days the plan (frequencies and
    seasons) asked for and how many of those were missed, findings and how many became cases."""
    from ..storage.patrols_repo import finding_counts, patrols_by_member, plans

    month = plans(s, first, last, today)
    days = [d for p in month for d in p.days]
    done = sum(n for n, _due in patrols_by_member(s, first, last, today).values())
    findings, to_cases = finding_counts(s, first, last)
    return (FigureRow("patrols_done", done), FigureRow("patrols_planned", sum(1 for d in days if d.planned)),
            FigureRow("patrols_missed", sum(1 for d in days if d.missed)),
            FigureRow("patrol_findings", findings), FigureRow("patrol_findings_to_cases", to_cases, findings))


# (key, function): the order of the minutes' figures table.
SECTIONS: list[tuple[str, Callable[["Session", date, date, date], tuple[FigureRow, ...]]]] = [
    ("visits", visits_section),
    ("daily_logs", daily_logs_section),
    ("patrols", patrols_section),
    ("cases", cases_section),
    ("training", training_section),
]


def month_figures(s: "Session", month: str, today: date) -> tuple[FigureSection, ...]:
    first, last = month_bounds(month)
    return tuple(FigureSection(key, fn(s, first, last, today)) for key, fn in SECTIONS)
