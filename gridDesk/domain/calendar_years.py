"""Whose word a year's working days rest on: the State Council's notice, or a guess.

The State Council publishes next year's holidays and adjusted working weekends (调休) in November
or December. Until a centre has them, a year's calendar is weekends plus the festivals' usual
dates, and every time limit that ends in it is an estimate: the centre is told so, and told to
enter the notice, rather than being given a date that may be a day or three wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

NOTICE_MONTH = 11  # from November the coming year's notice may be out: time to ask for it


class YearSource(str, Enum):
    ENTERED = "entered"  # the director entered the notice's days and confirmed it
    PUBLISHED = "published"  # the holiday library GridDesk ships carries that year's notice
    ESTIMATED = "estimated"  # neither: weekends and the festivals' usual dates only


@dataclass(frozen=True)
class CalendarYear:
    year: int
    source: YearSource
    notice: str = ""  # the notice the director entered, e.g. 国办发明电〔2026〕7号
    entered_at: datetime | None = None
    entered_by: str = ""

    @property
    def estimated(self) -> bool:
        return self.source is YearSource.ESTIMATED


def year_source(year: int, published: set[int], entered: set[int]) -> YearSource:
    if year in entered:
        return YearSource.ENTERED
    if year in published:
        return YearSource.PUBLISHED
    return YearSource.ESTIMATED


def year_to_enter(today: date, years: dict[int, CalendarYear]) -> int | None:
    """The year whose official holidays the centre should enter now, or None.

    This year, whenever it is still a guess; next year, from November on."""
    this = years.get(today.year)
    if this is not None and this.estimated:
        return today.year
    following = years.get(today.year + 1)
    if today.month >= NOTICE_MONTH and following is not None and following.estimated:
        return today.year + 1
    return None
