"""A reporting period (报告期): a month, a quarter, a half-year or a year, written the way the
command line and the files name it ("2026-11", "2026Q3", "2026H1", "2026") and printed the
same way; its first and last day, the year to date, the one before and after."""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import ValidationError

FIRST_YEAR, LAST_YEAR = 2000, 2099  # a report before GridDesk's century, or past it, is a typing slip


class PeriodKind(str, enum.Enum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


# how many months each kind spans
SPAN = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.HALF: 6, PeriodKind.YEAR: 12}

_PATTERNS = ((re.compile(r"(\d{4})-(\d{2})", re.ASCII), PeriodKind.MONTH),
             (re.compile(r"(\d{4})[Qq](\d)", re.ASCII), PeriodKind.QUARTER),
             (re.compile(r"(\d{4})[Hh](\d)", re.ASCII), PeriodKind.HALF),
             (re.compile(r"(\d{4})", re.ASCII), PeriodKind.YEAR))
_LIMIT = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.HALF: 2, PeriodKind.YEAR: 1}


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: PeriodKind
    n: int = 1  # the month 1-12, the quarter 1-4, the half 1-2; 1 for a year

    def __post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise ValidationError("period", "report.period_year", value=str(self), low=FIRST_YEAR, high=LAST_YEAR)
        if not 1 <= self.n <= _LIMIT[self.kind]:
            raise ValidationError("period", "report.bad_period", value=str(self))

    @classmethod
    def parse(cls, text: object) -> "Period":
        """"2026-11", "2026Q3", "2026H1", "2026"; anything else refused in words."""
        # an input method's full-width digits and Ｑ read as the digits and Q they are
        raw = unicodedata.normalize("NFKC", text).strip() if isinstance(text, str) else ""
        if len(raw) > 16:
            raise ValidationError("period", "report.bad_period", value=raw[:16] + "…")
        for pattern, kind in _PATTERNS:
            m = pattern.fullmatch(raw)
            if m:
                year, n = int(m.group(1)), int(m.group(2)) if kind is not PeriodKind.YEAR else 1
                if not FIRST_YEAR <= year <= LAST_YEAR:  # refused in the words typed ('0000', not '0')
                    raise ValidationError("period", "report.period_year", value=raw, low=FIRST_YEAR, high=LAST_YEAR)
                if not 1 <= n <= _LIMIT[kind]:
                    raise ValidationError("period", "report.bad_period", value=raw)
                return cls(year, kind, n)
        raise ValidationError("period", "report.bad_period", value=raw if isinstance(text, str) else repr(text)[:16])

    @classmethod
    def containing(cls, day: date, kind: PeriodKind) -> "Period":
        return cls(day.year, kind, (day.month - 1) // SPAN[kind] + 1)

    def __str__(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.n:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}Q{self.n}"
        if self.kind is PeriodKind.HALF:
            return f"{self.year}H{self.n}"
        return f"{self.year}"

    @property
    def words(self) -> str:
        """The period as a Chinese heading reads it: 2026年11月, 2026年第三季度, 2026年上半年, 2026年."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}年{self.n}月"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}年第{'一二三四'[self.n - 1]}季度"
        if self.kind is PeriodKind.HALF:
            return f"{self.year}年{'上下'[self.n - 1]}半年"
        return f"{self.year}年"

    @property
    def start(self) -> date:
        return date(self.year, (self.n - 1) * SPAN[self.kind] + 1, 1)

    @property
    def end(self) -> date:
        last_month = self.n * SPAN[self.kind]
        after = date(self.year + 1, 1, 1) if last_month == 12 else date(self.year, last_month + 1, 1)
        return after - timedelta(days=1)

    @property
    def year_to_date(self) -> tuple[date, date]:
        """1 January of the period's year to its last day (年度累计)."""
        return date(self.year, 1, 1), self.end

    def next(self) -> "Period":
        if self.n < _LIMIT[self.kind]:
            return Period(self.year, self.kind, self.n + 1)
        return Period(self.year + 1, self.kind, 1)

    def previous(self) -> "Period":
        if self.n > 1:
            return Period(self.year, self.kind, self.n - 1)
        return Period(self.year - 1, self.kind, _LIMIT[self.kind])

    def quarters(self) -> list[tuple[int, int]]:
        """(year, quarter) of every quarter that ends inside the period (a month's: at most one)."""
        return [(self.year, q) for q in range(1, 5) if self.start <= _quarter_end(self.year, q) <= self.end]


def _quarter_end(year: int, q: int) -> date:
    return (date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)) - timedelta(days=1)
