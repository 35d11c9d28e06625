"""Resident ID numbers (GB 11643-1999): validation, check digit, birth date and sex."""

from __future__ import annotations

import operator
import unicodedata
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError
from .id_regions import county_name, province_exists

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


@dataclass(frozen=True)
class IdNumber:
    value: str
    birth_date: date
    sex: str  # "男" or "女"

    @property
    def county(self) -> str | None:
        """The issuing county's name, None when the division history has never had the code: a
        warning to show, not a reason to refuse (the code may belong to a county since merged)."""
        return county_name(self.value[:6])


def check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 over the first 17 digits."""
    if len(first17) != 17:
        raise ValueError("check_digit takes the first 17 digits")
    total = sum(map(operator.mul, map(int, first17), _WEIGHTS))
    return _CHECK[total % 11]


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def parse_id_number(raw: str) -> IdNumber:
    plain = raw.isascii()  # the usual case: nothing invisible, nothing to fold, no other script
    if not plain and not _INVISIBLE.isdisjoint(raw):
        raise ValidationError("id_number", "id_number.invisible")
    text = (raw if plain else unicodedata.normalize("NFKC", raw)).strip().upper()
    if "*" in text:
        raise ValidationError("id_number", "id_number.masked")
    # str.isdigit() is true of every script's digits (Arabic-Indic ٤, Devanagari ४, Thai ๔ ...)
    # and of characters int() cannot read (U+19DA): only 0-9 make an ID number. NFKC has already
    # turned full-width digits into these.
    foreign = None if plain else next((c for c in text if c.isdigit() and not ("0" <= c <= "9")), None)
    if foreign is not None:
        raise ValidationError("id_number", "id_number.foreign_digits", char=f"U+{ord(foreign):04X}")
    if len(text) == 15 and text.isdigit():
        raise ValidationError("id_number", "id_number.old_15")
    if len(text) != 18:
        raise ValidationError("id_number", "id_number.length", length=len(text))
    if not _ascii_digits(text[:17]) or not (_ascii_digits(text[17]) or text[17] == "X"):
        raise ValidationError("id_number", "id_number.digits")
    if not province_exists(text):
        raise ValidationError("id_number", "id_number.no_such_province", code=text[:2])
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise ValidationError("id_number", "id_number.no_such_date") from None
    if born > date.today() or born.year < 1880:
        raise ValidationError("id_number", "id_number.unlikely_date")
    if check_digit(text[:17]) != text[17]:
        raise ValidationError("id_number", "id_number.check_digit")
    sex = "男" if int(text[16]) % 2 else "女"
    return IdNumber(text, born, sex)


def mask_id_number(value: str) -> str:
    if len(value) < 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def mask_phone(value: str) -> str:
    if len(value) != 11:
        return value[:3] + "*" * max(0, len(value) - 3)
    return value[:3] + "****" + value[-4:]
