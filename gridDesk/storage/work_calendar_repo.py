"""The calendar's years (`calendar_years`) and the clocks of the open cases it times."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain.calendar_years import CalendarYear, YearSource
from ..domain.cases import CaseState, WorkKind
from .orm.cases import CalendarYearRow, CaseEventRow, CaseRow

# The steps that start a case's clock (filing; a resubmission starts it again); an emergency's
# clock starts at its report instead (CasesService._due).
_CLOCK_STARTS = ("file", "resubmit")


class OpenClock:
    __slots__ = ("case_id", "number", "start", "due")

    def __init__(self, case_id: int, number: str, start: datetime, due: datetime) -> None:
        self.case_id, self.number, self.start, self.due = case_id, number, start, due


class WorkCalendarRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def entered_years(self) -> dict[int, CalendarYear]:
        return {r.year: CalendarYear(r.year, YearSource.ENTERED, r.notice, r.entered_at, r.entered_by)
                for r in self.s.scalars(select(CalendarYearRow))}

    def set_entered(self, year: int, notice: str, at: datetime, by: str) -> None:
        row = self.s.get(CalendarYearRow, year)
        if row is None:
            self.s.add(CalendarYearRow(year=year, notice=notice, entered_at=at, entered_by=by))
        else:
            row.notice, row.entered_at, row.entered_by = notice, at, by

    def clear_entered(self, year: int) -> bool:
        row = self.s.get(CalendarYearRow, year)
        if row is not None:
            self.s.delete(row)
        return row is not None

    def open_clocks(self, open_states: tuple[CaseState, ...]) -> list[OpenClock]:
        """Every open case with a due date, with the moment its clock started."""
        started = (select(CaseEventRow.case_id, func.max(CaseEventRow.at).label("at"))
                   .where(CaseEventRow.action.in_(_CLOCK_STARTS)).group_by(CaseEventRow.case_id).subquery())
        rows = self.s.execute(
            select(CaseRow.id, CaseRow.number, CaseRow.work_kind, CaseRow.reported_at, CaseRow.due_at, started.c.at)
            .outerjoin(started, started.c.case_id == CaseRow.id)
            .where(CaseRow.state.in_([s.value for s in open_states]), CaseRow.due_at.is_not(None)))
        clocks = []
        for case_id, number, kind, reported_at, due_at, filed_at in rows:
            start = reported_at if kind == WorkKind.EMERGENCY.value else filed_at
            if start is not None:
                clocks.append(OpenClock(case_id, number, start, due_at))
        return clocks

    def set_due(self, case_id: int, due: datetime) -> None:
        # The version is left alone: nobody typed this, and a page holding the case should not be
        # told that someone else changed it.
        self.s.execute(update(CaseRow).where(CaseRow.id == case_id).values(due_at=due))
