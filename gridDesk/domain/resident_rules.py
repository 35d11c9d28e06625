"""Checking a resident as typed in a dialog or read from a ledger row: one place for the rules."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from .errors import ValidationError
from .idcard import parse_id_number
from .phones import normalise_phone
from .roster import RELATIONS, Resident
from .text import clean_text

__all__ = ["check_resident", "clean_text", "parse_bool", "parse_date"]

_TRUE = {"是", "Y", "YES", "TRUE", "1", "外出", "√"}
_FALSE = {"", "否", "N", "NO", "FALSE", "0"}


def parse_date(value: object, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip().replace("/", "-").replace(".", "-")
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y-%m"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(field, "date.unreadable", value=str(value))


def parse_bool(value: object, field: str) -> bool:
    text = unicodedata.normalize("NFKC", str(value if value is not None else "")).strip().upper()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field, "yes_no.unreadable", value=str(value))


_FREE_TEXT = ("ethnicity", "political_status", "education", "marital_status", "registered_address",
              "actual_address", "residence_status", "away_reason", "away_destination", "employer", "occupation")


def check_resident(r: Resident, today: date | None = None) -> Resident:
    """The resident with every field normalised, or ValidationError naming the field."""
    name = clean_text(r.name, 32, "name")
    if not name:
        raise ValidationError("name", "resident.name_required")
    if any(c.isdigit() for c in name):
        raise ValidationError("name", "resident.name_digits", name=name)
    parsed = parse_id_number(r.id_number)
    phone = normalise_phone(r.phone, "phone") if r.phone else ""
    phone2 = normalise_phone(r.phone2, "phone2") if r.phone2 else ""
    relation = clean_text(r.relation, 16, "relation")
    if relation and relation not in RELATIONS:
        raise ValidationError("relation", "resident.relation", value=relation)
    if r.away_since and r.away_since > (today or date.today()):
        raise ValidationError("away_since", "resident.away_future")
    if not r.grid_code:
        raise ValidationError("grid_code", "resident.grid_required")
    values = {f: clean_text(getattr(r, f), field=f) for f in _FREE_TEXT}
    return Resident(name=name, id_number=parsed.value, sex=parsed.sex, birth_date=parsed.birth_date,
                    phone=phone, household_number=clean_text(r.household_number or "", 32, "household_number") or None,
                    relation=relation, grid_code=r.grid_code, away=bool(r.away), away_since=r.away_since,
                    phone2=phone2, notes=clean_text(r.notes, 2000, "notes", multiline=True), status=r.status, id=r.id, **values)
