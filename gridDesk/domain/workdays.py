"""Working days as Chinese offices count them: weekends off, statutory holidays off, and the
adjusted weekends (调休) worked. The calendar is handed its dates; it looks nothing up itself."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date]
    workdays: frozenset[date]  # weekend days that are worked
    # Years whose official holidays nobody has entered: their days are weekends and the festivals'
    # usual dates only, so a due date falling in one is an estimate and is shown as one.
    estimated_years: frozenset[int] = frozenset()

    @classmethod
    def of(cls, holidays: Iterable[date], workdays: Iterable[date],
           estimated_years: Iterable[int] = ()) -> "WorkCalendar":
        return cls(frozenset(holidays), frozenset(workdays), frozenset(estimated_years))

    def is_estimate(self, day: date | datetime | None) -> bool:
        return day is not None and day.year in self.estimated_years

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """The moment `days` working days after `start`: the end of that working day.

        A case reported on a Friday evening with 2 working days is due at the end of Tuesday;
        the day of reporting does not count.
        """
        if days <= 0:
            return start
        day = start.date()
        left = days
        while left:
            day += timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return datetime.combine(day, datetime.max.time()).replace(microsecond=0)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 if end is not after start)."""
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count

    def counter(self, first: date, last: date):
        """working_days_between for many spans inside [first, last], each in constant time."""
        running, day, total = {}, first, 0
        while day <= last:
            total += self.is_working_day(day)
            running[day] = total
            day += timedelta(days=1)
        return lambda start, end: max(0, running[end] - running[start]) if end > start else 0


def retimed(start: datetime, due: datetime, old: WorkCalendar, new: WorkCalendar) -> datetime:
    """The due moment of a clock started at `start`, moved from the `old` calendar to the `new`.

    A due date is `add_working_days(start, n)` (extensions add more working days to it, and
    adding a then b working days is adding a + b), so the count of working days between start
    and due under the old calendar is the case's whole allowance; the same count under the new
    calendar is its new due date. A holiday entered before the start moves nothing.
    """
    if due <= start:
        return due
    days = old.working_days_between(start.date(), due.date())
    return new.add_working_days(start, days) if days else due


def clock_state(started: datetime, due: datetime | None, now: datetime, warn_at: float = 0.7) -> str:
    """'ok', 'warning' (70% of the time used), 'overdue', or 'none' when there is no limit."""
    if due is None:
        return "none"
    if now > due:
        return "overdue"
    total = (due - started).total_seconds()
    if total <= 0 or (now - started).total_seconds() / total >= warn_at:
        return "warning"
    return "ok"


class CalendarEntry(NamedTuple):
    """A day the director entered: a holiday, or a weekend worked (调休上班)."""

    day: date
    kind: str  # holiday | workday
    name: str
