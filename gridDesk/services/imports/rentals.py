"""出租房登记表: rental houses (RENTALHOUSE.xls, LETTINGHOUSE.xls, the rented rows of ACTUALHOUSE.xls)
onto RENTAL places, one house per exact address. The template's other columns go into the place's
details; columns GridDesk has no place for are kept there too (`extra:<header>`), so the same file
exported back loses nothing."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from dataclasses import replace
from pathlib import Path

from ...domain import catalogue
from ...domain.catalogue import Message
from ...domain.dictionaries import Dictionary
from ...domain.dictionaries.housing import HAVE_NOT, HAZARD_LEVELS, YES_NO
from ...domain.errors import GridDeskError, ValidationError
from ...domain.idcard import parse_id_number
from ...domain.phones import normalise_phone
from ...domain.places import PLACE_FIELDS, Place, PlaceKind
from ...domain.rental_ledger import ID_FIELDS, ID_KIND_OF, PHONE_FIELDS
from ...domain.resident_rules import clean_text, parse_date, read_extra
from ...sheets.reader import EXTRA, SheetError
from ...storage.places_repo import PlacesRepo
from ..clock import local_dt
from ..rental_columns import RENTAL_CHECKED_COLUMNS
from .base import Cancelled, Grids, ImportPreview, LedgerKind, Progress, RosterImporter, Rows, check_cancel

EXTRA_PREFIX = "extra:"
_SPECS = {f.key: f for f in PLACE_FIELDS[PlaceKind.RENTAL][1]}
_HEADERS = {c.key: c.header for c in RENTAL_CHECKED_COLUMNS}
_LISTS: dict[str, Dictionary] = {"hazard": HAZARD_LEVELS, "security_pledge": YES_NO, "safe_exit": HAVE_NOT,
                                 "fire_exit": HAVE_NOT}
OTHER_GRID_HOUSE = catalogue.render("import.rental.other_grid")


def address_key(address: str) -> str:
    """One house, however its address was spaced or typed (full-width digits, spaces)."""
    return "".join(unicodedata.normalize("NFKC", address).split())


def _cell(value: object) -> str:
    if isinstance(value, (date, datetime)):  # a text column Excel turned into a date (建成年份, 权证号)
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _detail(key: str, value: object, details: dict[str, str]) -> str:
    """A detail cell as the place keeps it (text; dates as 2024-05-01; lists as the list names
    them), or ValidationError naming the template's column."""
    column = _HEADERS[f"detail:{key}"]
    spec = _SPECS[key]
    if spec.kind == "date":
        day = parse_date(value, key)
        return day.isoformat() if day else ""
    text = clean_text(_cell(value), 200, key)
    if not text:
        return ""
    if key in _LISTS:
        reading = _LISTS[key].read(text)
        if reading is None:
            raise ValidationError(key, "dictionary.no_reading", column=column, value=text,
                                  examples=" / ".join(_LISTS[key].names))
        return reading.name
    if spec.kind == "int":
        digits = unicodedata.normalize("NFKC", text)
        if not (digits.isascii() and digits.isdigit()):
            raise ValidationError(key, "import.rental.number", column=column, value=text)
        return str(int(digits))
    if key in ID_FIELDS and "身份证" in (details.get(ID_KIND_OF.get(key, ""), "") or "身份证"):
        try:
            return parse_id_number(text).value
        except GridDeskError as exc:  # the number's own reason, said of the template's column
            raise ValidationError(key, "import.rental.id", column=column,
                                  reason=Message(exc.code, exc.params)) from None
    if key in ID_FIELDS and "*" in text:  # a passport masked by an export is no number either
        raise ValidationError(key, "import.rental.id", column=column, reason=Message("id_number.masked", {}))
    if key in PHONE_FIELDS:
        try:
            return normalise_phone(text, key)
        except GridDeskError as exc:
            raise ValidationError(key, "import.rental.phone", column=column,
                                  reason=Message(exc.code, exc.params)) from None
    return text


def read_rental(values: dict[str, object]) -> tuple[str, str, dict[str, str], str, bool]:
    """(address, name, details given, notes, whether the row has a 备注 column) of one row."""
    address = clean_text(_cell(values.get("address")), 128, "address")
    if not address:
        raise ValidationError("address", "import.address_required")
    details: dict[str, str] = {}
    # The 证件类型 first: it says whether the 证件号码 beside it is an ID number.
    keys = sorted((k.split(":", 1)[1] for k in values if k.startswith("detail:")),
                  key=lambda k: k not in ID_KIND_OF.values())
    for key in keys:
        details[key] = _detail(key, values[f"detail:{key}"], details)
    if EXTRA in values:
        details.update({f"{EXTRA_PREFIX}{h}": v for h, v in read_extra(values[EXTRA])})
    name = clean_text(_cell(values.get("name")), 128, "name") or details.get("house_no", "") or address
    notes = clean_text(_cell(values.get("notes")), 2000, "notes", multiline=True)
    return address, name, details, notes, "notes" in values


def refuse_masked_numbers(rows: Rows, path: Path) -> None:
    """A rental ledger GridDesk exported masked carries its landlords' numbers as 1401**********123X
    and 138****0000: one sentence for the file, never those numbers written over the real ones."""
    numbers = [_cell(v.get(f"detail:{k}")) for _line, v in rows for k in (*ID_FIELDS, *PHONE_FIELDS)]
    numbers = [n for n in numbers if n.strip()]
    masked = sum("*" in n for n in numbers)
    if numbers and masked * 2 >= len(numbers):
        raise SheetError("sheet.masked_export", file=path.name, count=masked)


def _not_rented(values: dict[str, object]) -> bool:
    """ACTUALHOUSE.xls's 是否为出租房 says 否 (blank, or a file without the column: a rental ledger)."""
    reading = YES_NO.read(_cell(values.get("is_rental")).strip())
    return reading is not None and reading.name == "否"


class RentalsImporter(RosterImporter[Place]):
    kind = LedgerKind.RENTALS
    columns = RENTAL_CHECKED_COLUMNS

    def _sort(self, s, rows: Rows, grids: Grids, preview: ImportPreview[Place], cancelled: Cancelled) -> None:
        rows = list(rows)
        refuse_masked_numbers(rows, preview.path)
        existing: dict[str, Place] = {}
        for place in PlacesRepo(s).list(PlaceKind.RENTAL):
            existing.setdefault(address_key(place.address), place)
        seen: dict[str, int] = {}
        for i, (line, values) in enumerate(rows):
            check_cancel(cancelled, i)
            try:
                if _not_rented(values):
                    raise ValidationError("is_rental", "import.rental.not_rented")
                address, name, details, notes, has_notes = read_rental(values)
                code = grids.code(values.get("grid_code"))
                if not self._scope_ok(code):
                    raise ValidationError("grid_code", "import.grid_outside")
            except GridDeskError as exc:
                preview.reject(line, values, exc.message)
                continue
            key = address_key(address)
            if key in seen:
                preview.reject(line, values, catalogue.render("import.rental.repeated", {"line": seen[key]}))
                continue
            seen[key] = line
            old = existing.get(key)
            if old is None:
                preview.add(Place(None, PlaceKind.RENTAL, name, address, code, None,
                                  {k: v for k, v in details.items() if v}, notes), line, values)
                continue
            if not self._scope_ok(old.grid_code):  # nothing of another grid's house is said or changed
                preview.reject(line, values, OTHER_GRID_HOUSE)
                continue
            # The file's columns replace what the place holds; columns it does not have keep theirs.
            merged_details = {k: v for k, v in {**old.details, **details}.items() if v}
            named = name if (values.get("name") not in (None, "") or old.name == old.address) else old.name
            merged = replace(old, name=named, address=address, grid_code=code, details=merged_details,
                             notes=notes if has_notes else old.notes, responsible_name=old.responsible_name)
            if merged == old:
                preview.unchanged += 1
            else:
                preview.change(old, merged, line, values)

    def _write(self, s, preview: ImportPreview[Place], grids: dict[str, int], cancelled: Cancelled,
               progress: Progress | None) -> None:
        repo = PlacesRepo(s)
        now = local_dt(self.session.clock())
        for n, place in enumerate([*preview.new, *preview.changed]):
            repo.save(place, now)
            if progress and n % 500 == 0:
                progress(n, len(preview.new) + len(preview.changed))
