"""How far back a date typed into the grid's records can go: a year box's typo (1900 for 2026)
is refused in words rather than kept as history that never was."""

from __future__ import annotations

from datetime import date

from .errors import ValidationError

# Grid management in the villages began in the 2000s: no visit, tick, appraisal, split or
# volunteer's start can be dated before this.
GRID_ERA = date(2000, 1, 1)
# A village party organisation may be old; none can be older than the Party (1921-07-01).
PARTY_ERA = date(1921, 7, 1)


def not_before(day: date | None, field: str, earliest: date = GRID_ERA) -> date | None:
    if day is not None and day < earliest:
        raise ValidationError(field, "date.too_early", earliest=earliest.isoformat())
    return day
