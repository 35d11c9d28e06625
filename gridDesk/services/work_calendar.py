"""The working-day calendar the case clocks run on, and whose word each of its years rests on.

The holiday library carries the State Council's notices for the years it was released after;
the director enters the rest (a holiday, an adjusted working weekend) and confirms a year once
its notice is in. A year that is neither is an estimate: weekends and the festivals' usual dates.
"""

from __future__ import annotations

from datetime import date

from ..domain.audit import Action
from ..domain.calendar_years import CalendarYear, YearSource, year_source, year_to_enter
from ..domain.errors import ValidationError
from ..domain.rules import Permission
from ..domain.resident_rules import clean_text
from ..domain.workdays import WorkCalendar, retimed
from ..storage.cases_repo import CasesRepo
from ..storage.work_calendar_repo import WorkCalendarRepo
from .clock import local_dt
from .guard import rule
from .session import Changes, UserSession


def _published(years: list[int]) -> set[int]:
    """The years whose notice the holiday library carries: every notice since the 1990s moves
    at least one weekend to a working day, and the library's guess for a later year moves none."""
    import holidays

    return {d.year for d in holidays.China(years=years).weekend_workdays}


def _span(today: date) -> list[int]:
    return [today.year - 1, today.year, today.year + 1]


def build_calendar(repo: CasesRepo, calendar_repo: WorkCalendarRepo, today: date) -> WorkCalendar:
    """Statutory holidays and adjusted weekends from `holidays`, then the director's own entries."""
    import holidays

    years = _span(today)
    cn = holidays.China(years=years)
    off, worked = set(cn), set(cn.weekend_workdays)
    for day, kind, _name in repo.calendar_entries():
        (off if kind == "holiday" else worked).add(day)
        (worked if kind == "holiday" else off).discard(day)
    published, entered = _published(years), set(calendar_repo.entered_years())
    estimated = [y for y in years if year_source(y, published, entered) is YearSource.ESTIMATED]
    return WorkCalendar.of(off, worked, estimated)


def retime_open_cases(s, old: WorkCalendar, new: WorkCalendar, open_states) -> list[str]:
    """Move every open case's due date from the old calendar to the new one, in the caller's
    transaction; returns the numbers of the cases whose due date moved."""
    repo = WorkCalendarRepo(s)
    moved = []
    for clock in repo.open_clocks(open_states):
        due = retimed(clock.start, clock.due, old, new)
        if due != clock.due:
            repo.set_due(clock.case_id, due)
            moved.append(clock.number)
    return moved


class CalendarService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(Permission.VIEW_CASES)
    def years(self) -> list[CalendarYear]:
        """Last year, this year and next: whose word each rests on."""
        years = _span(self._today())
        with self.session.db.transaction() as s:
            entered = WorkCalendarRepo(s).entered_years()
        published = _published(years)
        return [entered.get(y) or CalendarYear(y, year_source(y, published, set(entered))) for y in years]

    @rule(Permission.VIEW_CASES)
    def year_to_enter(self) -> int | None:
        """The year whose official holidays should be entered now (this year's while it is a
        guess; next year's from November), or None."""
        return year_to_enter(self._today(), {y.year: y for y in self.years()})

    @rule(Permission.EDIT_RULES)
    def confirm_year(self, year: int, notice: str = "") -> Changes:
        """The director says the year's official holidays and adjusted weekends are entered. The
        days do not change, so no due date moves; the year stops being shown as an estimate."""
        today = self._today()
        if year not in _span(today):
            raise ValidationError("year", "calendar.year_out_of_range", first=today.year - 1, last=today.year + 1)
        notice = clean_text(notice, 64, "notice")
        with self.session.write(Action.SETTINGS_CHANGED.value, "calendar year", f"{year} {notice}".strip()) as s:
            WorkCalendarRepo(s).set_entered(year, notice, local_dt(self.session.clock()),
                                            self.session.account.username)
        return Changes("calendar", (year,))

    @rule(Permission.EDIT_RULES)
    def withdraw_year(self, year: int) -> Changes:
        """Undo a confirmation made too early: the year is an estimate again."""
        with self.session.write(Action.SETTINGS_CHANGED.value, "calendar year", f"{year} withdrawn") as s:
            WorkCalendarRepo(s).clear_entered(year)
        return Changes("calendar", (year,))
