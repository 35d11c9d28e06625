"""The household number (户号) a new household is given, and the check that it has that form.

The number on the household register (户口簿) has 9 digits; numbers GridDesk suggests keep that
form: the last 3 digits of the village's division code and a 6-digit serial (001000123).
Numbers brought in by a ledger import are kept as they are; only a household made here is checked.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import ValidationError
from .text import clean_text

HOUSEHOLD_NUMBER_DIGITS = 9


def check_household_number(number: str) -> str:
    text = clean_text(number or "", 32, "household_number")
    if not text:
        raise ValidationError("household_number", "household.number_required")
    if not text.isdigit() or not text.isascii() or len(text) != HOUSEHOLD_NUMBER_DIGITS:
        raise ValidationError("household_number", "household.number_format", digits=HOUSEHOLD_NUMBER_DIGITS)
    return text


def next_household_number(division_code: str, taken: Iterable[str]) -> str:
    """The first free number after the highest one of this village's form."""
    prefix = (division_code or "000")[-3:]
    serials = [int(n[3:]) for n in taken
               if len(n) == HOUSEHOLD_NUMBER_DIGITS and n.isdigit() and n.startswith(prefix)]
    return f"{prefix}{max(serials, default=0) + 1:06d}"
