"""民情日志: writing a member's day, its sign-off, and the counts the month grid, the week's
report, the monthly meeting and the quarter's assessment read."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..domain.daily_logs import DayVisit, LogDay, LogEntry, LogState, TimeSlot
from ..domain.visits import FindingCategory
from .orm.daily_logs import LogDayRow, log_day_cases, log_day_found
from .orm.roster import GridRow, HouseholdRow
from .orm.visits import VisitFindingRow, VisitRow, visit_households


def log_days_by_member(s: Session, start: date, end: date) -> dict[int, int]:
    """member id -> days with an entry between the two days (both included), 今日无异常 days too.
    One pass over the (day, member) index: no row is read."""
    stmt = (select(LogDayRow.member_id, func.count())
            .where(LogDayRow.day >= start, LogDayRow.day <= end).group_by(LogDayRow.member_id))
    return dict(s.execute(stmt).all())


def log_days_on(s: Session, days: list[date], member_ids: set[int] | None = None) -> dict[int, int]:
    """member id -> entries on the given days (the working days a quarter owes), counted in SQL
    from the (day, member) index: 50,000 rows are not read one by one."""
    if not days:
        return {}
    stmt = select(LogDayRow.member_id, func.count()).where(LogDayRow.day.in_(days))
    if member_ids is not None:
        stmt = stmt.where(LogDayRow.member_id.in_(member_ids))
    return dict(s.execute(stmt.group_by(LogDayRow.member_id)).all())


def log_day_refs(s: Session, member_id: int, start: date, end: date) -> list[tuple[int, date, str]]:
    """(log id, day, state) of a member's entries between the two days, oldest first: evidence."""
    stmt = (select(LogDayRow.id, LogDayRow.day, LogDayRow.state)
            .where(LogDayRow.member_id == member_id, LogDayRow.day >= start, LogDayRow.day <= end)
            .order_by(LogDayRow.day))
    return [(i, _day(d), st) for i, d, st in s.execute(stmt)]


class DailyLogsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- one day ---------------------------------------------------------------------------
    def find(self, member_id: int, day: date) -> LogDay | None:
        row = self.s.scalar(select(LogDayRow).where(LogDayRow.member_id == member_id, LogDayRow.day == day))
        return self._day(row) if row is not None else None

    def get(self, log_id: int) -> LogDay | None:
        row = self.s.get(LogDayRow, log_id)
        return self._day(row) if row is not None else None

    def save(self, entry: LogEntry, minutes: int, account: str, now: datetime) -> int:
        """Insert the day or replace what it says; either way it waits for sign-off again."""
        row = self.s.scalar(select(LogDayRow).where(LogDayRow.member_id == entry.member_id,
                                                    LogDayRow.day == entry.day))
        if row is None:
            row = LogDayRow(member_id=entry.member_id, day=entry.day)
            self.s.add(row)
        slots = list(entry.slots) + [TimeSlot("", "")] * (2 - len(entry.slots))
        row.slot1_start, row.slot1_end = slots[0].start, slots[0].end
        row.slot2_start, row.slot2_end = slots[1].start, slots[1].end
        row.minutes, row.places, row.notes = minutes, entry.places, entry.notes
        row.solved_on_spot, row.nothing_to_report = entry.solved_on_spot, entry.nothing_to_report
        row.state, row.entered_by, row.entered_at = LogState.SUBMITTED.value, account, now
        row.reviewed_by, row.reviewed_at = "", None
        self.s.flush()
        self.s.execute(delete(log_day_found).where(log_day_found.c.log_day_id == row.id))
        counts = [{"log_day_id": row.id, "category": c.value, "found": n} for c, n in entry.found if n]
        if counts:
            self.s.execute(insert(log_day_found), counts)
        return row.id

    def link_case(self, log_id: int, case_id: int) -> None:
        self.s.execute(insert(log_day_cases).values(log_day_id=log_id, case_id=case_id))

    def set_state(self, log_id: int, state: LogState, account: str, now: datetime, reason: str = "") -> None:
        row = self.s.get(LogDayRow, log_id)
        assert row is not None
        row.state, row.reviewed_by, row.reviewed_at, row.return_reason = state.value, account, now, reason

    def _day(self, row: LogDayRow) -> LogDay:
        found = tuple((FindingCategory(c), n) for c, n in self.s.execute(
            select(log_day_found.c.category, log_day_found.c.found).where(log_day_found.c.log_day_id == row.id)))
        cases = tuple(self.s.scalars(select(log_day_cases.c.case_id).where(log_day_cases.c.log_day_id == row.id)
                                     .order_by(log_day_cases.c.case_id)))
        slots = tuple(TimeSlot(a, b) for a, b in ((row.slot1_start, row.slot1_end), (row.slot2_start, row.slot2_end))
                      if a or b)
        entry = LogEntry(row.member_id, _day(row.day), slots, row.places, found, row.solved_on_spot,
                         bool(row.nothing_to_report), row.notes)
        return LogDay(row.id, entry, row.minutes, cases, LogState(row.state), row.entered_by, row.entered_at,
                      row.reviewed_by, row.reviewed_at, row.return_reason)

    def visits_of(self, member_id: int, day: date) -> list[DayVisit]:
        """That member's visits that day, with door numbers and findings: the log shows them."""
        visits = self.s.execute(select(VisitRow.id, VisitRow.slot, GridRow.code)
                                .join(GridRow, GridRow.id == VisitRow.grid_id)
                                .where(VisitRow.member_id == member_id, VisitRow.visited_on == day)
                                .order_by(VisitRow.id)).all()
        out = []
        for vid, slot, code in visits:
            numbers = tuple(self.s.scalars(select(HouseholdRow.number)
                                           .join(visit_households, visit_households.c.household_id == HouseholdRow.id)
                                           .where(visit_households.c.visit_id == vid).order_by(HouseholdRow.number)))
            findings = tuple((f.id, f.category, f.description, f.case_id) for f in self.s.scalars(
                select(VisitFindingRow).where(VisitFindingRow.visit_id == vid).order_by(VisitFindingRow.id)))
            out.append(DayVisit(vid, slot, code, numbers, findings))
        return out

    # -- many days ---------------------------------------------------------------------------
    def states(self, start: date, end: date) -> dict[tuple[int, date], tuple[str, bool]]:
        """(member, day) -> (state, nothing to report) between the two days."""
        stmt = (select(LogDayRow.member_id, LogDayRow.day, LogDayRow.state, LogDayRow.nothing_to_report)
                .where(LogDayRow.day >= start, LogDayRow.day <= end))
        return {(m, _day(d)): (st, bool(n)) for m, d, st, n in self.s.execute(stmt)}

    def day_figures(self, start: date, end: date) -> dict[tuple[int, date], tuple[str, int, int, int, int]]:
        """(member, day) -> (state, minutes, problems found, solved on the spot, reported to cases)."""
        found = dict(self.s.execute(
            select(log_day_found.c.log_day_id, func.sum(log_day_found.c.found))
            .join(LogDayRow, LogDayRow.id == log_day_found.c.log_day_id)
            .where(LogDayRow.day >= start, LogDayRow.day <= end).group_by(log_day_found.c.log_day_id)).all())
        reported = dict(self.s.execute(
            select(log_day_cases.c.log_day_id, func.count())
            .join(LogDayRow, LogDayRow.id == log_day_cases.c.log_day_id)
            .where(LogDayRow.day >= start, LogDayRow.day <= end).group_by(log_day_cases.c.log_day_id)).all())
        stmt = (select(LogDayRow.id, LogDayRow.member_id, LogDayRow.day, LogDayRow.state, LogDayRow.minutes,
                       LogDayRow.solved_on_spot).where(LogDayRow.day >= start, LogDayRow.day <= end))
        return {(m, _day(d)): (st, minutes, int(found.get(i, 0)), solved, reported.get(i, 0))
                for i, m, d, st, minutes, solved in self.s.execute(stmt)}

    def changed_since(self, since: datetime | None) -> list[tuple[int, int, date, str, bool, int, str, str, datetime,
                                                                   str, datetime | None]]:
        """Days entered or signed after `since` (all when None), for the archive batch: (id, member,
        day, state, nothing to report, minutes, places, entered by, entered at, reviewed by,
        reviewed at), by day. A day signed after the last batch travels again with its sign-off."""
        stmt = select(LogDayRow.id, LogDayRow.member_id, LogDayRow.day, LogDayRow.state, LogDayRow.nothing_to_report,
                      LogDayRow.minutes, LogDayRow.places, LogDayRow.entered_by, LogDayRow.entered_at,
                      LogDayRow.reviewed_by, LogDayRow.reviewed_at)
        if since is not None:
            stmt = stmt.where((LogDayRow.entered_at > since) | (LogDayRow.reviewed_at > since))
        return [(i, m, _day(d), st, bool(n), mins, pl, eb, ea, rb, ra)
                for i, m, d, st, n, mins, pl, eb, ea, rb, ra in self.s.execute(stmt.order_by(LogDayRow.day, LogDayRow.id))]

    def submitted(self) -> list[tuple[int, int, date, int, bool]]:
        """Days waiting for sign-off: (log id, member, day, minutes, nothing to report), oldest first."""
        stmt = (select(LogDayRow.id, LogDayRow.member_id, LogDayRow.day, LogDayRow.minutes,
                       LogDayRow.nothing_to_report)
                .where(LogDayRow.state == LogState.SUBMITTED.value).order_by(LogDayRow.day, LogDayRow.member_id))
        return [(i, m, _day(d), minutes, bool(n)) for i, m, d, minutes, n in self.s.execute(stmt)]


def _day(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value
