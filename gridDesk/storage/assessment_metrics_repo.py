"""The records the quarterly assessment counts, for every member at once: a few grouped queries
over a period (services/assessment_metrics.py turns them into ratios), and one member's records
behind a figure (the evidence a reviewer clicks through to)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Integer, and_, func, or_, select
from sqlalchemy.orm import Session

from .orm.cases import CaseRow
from .orm.roster import GridRow, HouseholdRow
from .orm.training import AttendanceRow, TrainingSessionRow
from .orm.visits import VisitRow, visit_households


# Up to this many members the queries ask for them by id (a member's quarter opened); more, and
# one pass over the period is cheaper than a long IN list.
_FEW = 20
_JULIAN_1970 = 2440587  # the integer part of julianday('1970-01-01') (2440587.5: days start at noon)


def _day(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def households_per_grid(s: Session) -> dict[int, int]:
    return dict(s.execute(select(HouseholdRow.grid_id, func.count()).group_by(HouseholdRow.grid_id)).all())


def grid_codes(s: Session) -> dict[int, str]:
    return dict(s.execute(select(GridRow.id, GridRow.code)).all())


def household_weeks(s: Session, first_monday: date, last_day: date, grids: set[int] | None = None
                    ) -> dict[tuple[int, int], int]:
    """(grid, week number from `first_monday`) -> households of that grid visited at least once
    that week, whoever of the team walked the round. The distinct (household, week) pairs come
    from the covering index on visit_households alone (no visit row is read), then each household
    is put in its grid: a tenth of the time of grouping the visits themselves."""
    origin = _JULIAN_1970 + (first_monday - date(1970, 1, 1)).days
    week = ((func.cast(func.julianday(visit_households.c.visited_on), Integer) - origin) // 7).label("w")
    pairs = (select(visit_households.c.household_id.label("hh"), week).distinct()
             .where(visit_households.c.visited_on >= first_monday, visit_households.c.visited_on <= last_day))
    if grids is not None and len(grids) <= _FEW:  # one member's grids: seek their households' visits only
        pairs = pairs.where(visit_households.c.household_id.in_(
            select(HouseholdRow.id).where(HouseholdRow.grid_id.in_(grids))))
    x = pairs.subquery()
    stmt = (select(HouseholdRow.grid_id, x.c.w, func.count()).join(HouseholdRow, HouseholdRow.id == x.c.hh)
            .group_by(HouseholdRow.grid_id, x.c.w))
    return {(g, w): n for g, w, n in s.execute(stmt)}


def cases_closed(s: Session, start: date, end: date, members: set[int] | None = None) -> dict[int, tuple[int, int]]:
    """member -> (cases assigned to them closed in the period, of which on time: closed by their
    due time, extensions the director approved included; a case with no time limit is on time)."""
    on_time = or_(CaseRow.due_at.is_(None), CaseRow.closed_at <= CaseRow.due_at)
    stmt = (select(CaseRow.assignee_member_id, func.count(), func.count().filter(on_time))
            .where(CaseRow.closed_at >= _start(start), CaseRow.closed_at < _start(end + timedelta(days=1)),
                   CaseRow.assignee_member_id.is_not(None))
            .group_by(CaseRow.assignee_member_id))
    if members is not None and len(members) <= _FEW:
        stmt = stmt.where(CaseRow.assignee_member_id.in_(members))
    return {m: (n, ok) for m, n, ok in s.execute(stmt)}


def training_hours(s: Session, start: date, end: date, members: set[int] | None = None) -> dict[int, float]:
    """member -> hours of training attended in the period (their own hours where recorded)."""
    hours = func.sum(func.coalesce(AttendanceRow.hours, TrainingSessionRow.hours))
    stmt = (select(AttendanceRow.member_id, hours)
            .join(TrainingSessionRow, TrainingSessionRow.id == AttendanceRow.session_id)
            .where(AttendanceRow.presence == "present", TrainingSessionRow.starts_at >= _start(start),
                   TrainingSessionRow.starts_at < _start(end + timedelta(days=1)))
            .group_by(AttendanceRow.member_id))
    if members is not None and len(members) <= _FEW:
        stmt = stmt.where(AttendanceRow.member_id.in_(members))
    return {m: float(h or 0) for m, h in s.execute(stmt)}


# -- one member's records ----------------------------------------------------------------------
def member_cases(s: Session, member_id: int, start: date, end: date
                 ) -> list[tuple[int, str, str, datetime, datetime | None, bool]]:
    """(case id, number, title, closed at, due at, on time) of the cases assigned to the member
    closed in the period."""
    stmt = (select(CaseRow.id, CaseRow.number, CaseRow.title, CaseRow.closed_at, CaseRow.due_at)
            .where(CaseRow.assignee_member_id == member_id, CaseRow.closed_at >= _start(start),
                   CaseRow.closed_at < _start(end + timedelta(days=1)))
            .order_by(CaseRow.closed_at))
    return [(i, n, t, c, d, d is None or c <= d) for i, n, t, c, d in s.execute(stmt)]


def member_training(s: Session, member_id: int, start: date, end: date
                    ) -> list[tuple[int, datetime, str, str, float]]:
    """(session id, starts at, level, topic, hours) of the training the member attended."""
    stmt = (select(TrainingSessionRow.id, TrainingSessionRow.starts_at, TrainingSessionRow.level,
                   TrainingSessionRow.topic, func.coalesce(AttendanceRow.hours, TrainingSessionRow.hours))
            .join(AttendanceRow, AttendanceRow.session_id == TrainingSessionRow.id)
            .where(and_(AttendanceRow.member_id == member_id, AttendanceRow.presence == "present",
                        TrainingSessionRow.starts_at >= _start(start),
                        TrainingSessionRow.starts_at < _start(end + timedelta(days=1))))
            .order_by(TrainingSessionRow.starts_at))
    return [(i, at, level, topic, float(h)) for i, at, level, topic, h in s.execute(stmt)]


def _start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)

