"""Checking a resident as typed in a dialog or read from a ledger row: one place for the rules."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from .catalogue import Word
from .errors import ValidationError
from .idcard import parse_id_number
from .phones import normalise_phone
from .dictionaries import Dictionary
from .dictionaries.education import EDUCATION_LEVELS
from .dictionaries.ethnicities import ETHNICITIES
from .dictionaries.household_status import HUKOU_KINDS, RESIDENCE_STATUSES
from .dictionaries.marital import MARITAL_STATUSES
from .dictionaries.political import POLITICAL_STATUSES
from .dictionaries.relations import RELATIONSHIPS
from .roster import Resident
from .text import clean_text, plain_text as _plain

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
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        # The ledgers' own form, read without strptime (which asks the locale every call: a
        # tenth of a 10,000-row import went there).
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
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
              "actual_address", "residence_status", "away_reason", "away_destination", "employer", "occupation",
              "temporary_residence", "other_address", "away_address", "hukou_kind")
# The template's shorter columns, with the lengths their database columns hold.
_SHORT_TEXT = {"former_name": 32, "registered_place": 64, "police_station": 64, "religion": 16, "blood_type": 8,
               "family_honour": 32, "relation_note": 64, "email": 64, "home_phone": 20}
_MAX_EXTRA_VALUE = 500
_UNCUT = 1 << 30  # clean_text's limit where the length is checked after it


def _cell_text(value: object) -> str:
    if isinstance(value, (datetime, date)):
        return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def bounded_text(value: object, limit: int, field: str, multiline: bool = False) -> str:
    """clean_text, but a text longer than its column holds is refused (ValidationError saying
    both lengths), never cut: a cut 户号 joins two households, a cut 曾用名 is a wrong name."""
    if isinstance(value, str) and _plain(value):  # clean_text's own fast path, without a second call
        text = value.strip()
    else:
        text = clean_text(value, _UNCUT, field, multiline)
    if len(text) > limit:
        raise ValidationError(field, "invalid.too_long", limit=limit, length=len(text))
    return text


def read_extra(pairs: object) -> tuple[tuple[str, str], ...]:
    """A ledger's own columns as kept with the row: header and value as text, control characters
    refused like any other field, each value at most 500 characters (a longer one is a rejected
    row naming its column: kept whole or not at all)."""
    out = []
    for header, value in pairs:  # type: ignore[attr-defined]
        head = clean_text(header, 64, "extra")
        text = clean_text(_cell_text(value), _UNCUT, "extra")
        if len(text) > _MAX_EXTRA_VALUE:
            raise ValidationError("extra", "resident.extra_too_long", column=head, limit=_MAX_EXTRA_VALUE,
                                  length=len(text))
        out.append((head, text))
    return tuple((h, v) for h, v in out if h and v)


def _height(value: object) -> str:
    text = unicodedata.normalize("NFKC", _cell_text(value or "")).strip().lower().removesuffix("cm").strip()
    if not text:
        return ""
    if not (text.isascii() and text.isdigit() and 30 <= int(text) <= 260):
        raise ValidationError("height_cm", "resident.height", value=str(value))
    return text


# The columns that follow a national list: a value is stored as the list names it (汉 -> 汉族).
_LISTS: dict[str, Dictionary] = {"ethnicity": ETHNICITIES, "political_status": POLITICAL_STATUSES,
                                 "education": EDUCATION_LEVELS, "marital_status": MARITAL_STATUSES,
                                 "residence_status": RESIDENCE_STATUSES, "hukou_kind": HUKOU_KINDS}


def read_listed(field: str, value: str) -> str:
    """A dictionary column's value as its list names it, or ValidationError saying what the list
    offers. Empty stays empty."""
    if not value:
        return value
    reading = _LISTS[field].read(value)
    if reading is None:
        listed = _LISTS[field]
        raise ValidationError(field, "dictionary.no_reading", column=listed.title, value=value,
                              examples=" / ".join(listed.names[:6]))
    return reading.name


def read_relation(value: str, sex: str) -> tuple[str, str]:
    """与户主关系 as GB/T 4761 names it, read with the person's sex (子女 -> 子 or 女), and the
    words typed when the name keeps less than they said (else "")."""
    reading = RELATIONSHIPS.read(value, sex)
    if reading is None:
        raise ValidationError("relation", "resident.relation", value=value)
    return reading.name, (value if reading.lossy else "")


_SEXES = {"男": "男", "男性": "男", "M": "男", "MALE": "男", "1": "男",
          "女": "女", "女性": "女", "F": "女", "FEMALE": "女", "2": "女"}  # GB/T 2261.1: 1 男, 2 女


_SEX_WORDS = {"男": Word("sex.male"), "女": Word("sex.female")}


def check_against_id(r: Resident, sex: object, born: object) -> None:
    """A ledger's 性别 and 出生日期 must agree with what the ID number says (LEDGERS.md): a row
    that disagrees is refused with both values named, since one of them was typed wrong."""
    said = unicodedata.normalize("NFKC", str(sex if sex is not None else "")).strip().upper()
    if isinstance(sex, float) and sex.is_integer():
        said = str(int(sex))
    if said and _SEXES.get(said) != r.sex:
        raise ValidationError("sex", "resident.sex_mismatch", value=str(sex).strip(), sex=_SEX_WORDS[r.sex])
    if born is None or born == "":
        return
    text = unicodedata.normalize("NFKC", str(born)).strip()
    month_only = not isinstance(born, (date, datetime)) and len(text.replace("-", "").replace("/", "")
                                                                  .replace(".", "").replace("年", "")
                                                                  .replace("月", "")) == 6
    day = parse_date(text.replace("年", "-").replace("月", "-").rstrip("日-") if not isinstance(born, (date, datetime))
                     else born, "birth_date")
    same = (day.year, day.month) == (r.birth_date.year, r.birth_date.month) if month_only else day == r.birth_date
    if not same:
        raise ValidationError("birth_date", "resident.birth_mismatch", value=text, born=r.birth_date.isoformat())


_TEXT_LIMITS = (*((f, 128) for f in _FREE_TEXT), *_SHORT_TEXT.items())
# Columns whose values a ledger repeats row after row (民族, 职业, 户籍派出所 ...): each spelling is
# cleaned and read once per run of an import. Addresses and names are not kept here.
_CATEGORICAL = frozenset({*_LISTS, "occupation", "registered_place", "police_station", "religion", "blood_type",
                          "family_honour", "away_reason"})
_SEEN: dict[tuple[str, str], str] = {}
_SEEN_LIMIT = 4096


def _categorical(field: str, value: str, limit: int) -> str:
    try:
        return _SEEN[field, value]
    except KeyError:
        pass
    text = bounded_text(value, limit, field)  # a refusal is raised, never remembered
    if field in _LISTS:
        text = read_listed(field, text)
    if len(_SEEN) >= _SEEN_LIMIT:
        _SEEN.clear()
    _SEEN[field, value] = text
    return text


def check_resident(r: Resident, today: date | None = None) -> Resident:
    """The resident with every field normalised, or ValidationError naming the field."""
    return check_resident_fields(vars(r), today)


def check_resident_fields(r: Mapping[str, Any], today: date | None = None) -> Resident:
    """check_resident over a mapping of every Resident field: an import checks its rows without
    building each person twice."""
    name = bounded_text(r["name"], 32, "name")
    if not name:
        raise ValidationError("name", "resident.name_required")
    if any(c.isdigit() for c in name):
        raise ValidationError("name", "resident.name_digits", name=name)
    parsed = parse_id_number(r["id_number"])
    phone = normalise_phone(r["phone"], "phone") if r["phone"] else ""
    phone2 = normalise_phone(r["phone2"], "phone2") if r["phone2"] else ""
    relation, said = read_relation(bounded_text(r["relation"], 16, "relation"), parsed.sex) if r["relation"] \
        else ("", "")
    if r["away_since"] and r["away_since"] > (today or date.today()):
        raise ValidationError("away_since", "resident.away_future")
    if not r["grid_code"]:
        raise ValidationError("grid_code", "resident.grid_required")
    values = dict(r)
    for f, limit in _TEXT_LIMITS:
        if v := r[f]:  # a ledger leaves most of its columns empty: no call for those
            if f in _CATEGORICAL and isinstance(v, str):
                values[f] = _categorical(f, v, limit)
            else:
                values[f] = read_listed(f, bounded_text(v, limit, f)) if f in _LISTS else bounded_text(v, limit, f)
    notes = clean_text(r["notes"], 2000, "notes", multiline=True)
    if said and said not in notes:
        # The ledger's own words, where the list keeps less (堂兄弟 -> 其他亲属): LEDGERS.md keeps them.
        notes = f"{notes}\n与户主关系：{said}".strip()
    values.update(name=name, id_number=parsed.value, sex=parsed.sex, birth_date=parsed.birth_date, phone=phone,
                  household_number=bounded_text(r["household_number"] or "", 32, "household_number") or None,
                  relation=relation, away=bool(r["away"]), phone2=phone2, notes=notes, extra=tuple(r["extra"]),
                  height_cm=_height(r["height_cm"]))
    return Resident.of(values)
