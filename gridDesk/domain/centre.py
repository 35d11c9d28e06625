"""The centre (village or community) that this installation serves."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .errors import ValidationError
from .id_regions import mainland_province
from .text import refuse_controls


@dataclass(frozen=True)
class Centre:
    db_id: str
    village_name: str
    division_code: str  # 12-digit statistical division code (统计用区划代码)
    township: str


def check_division_code(code: str) -> str:
    code = unicodedata.normalize("NFKC", code).strip()
    # isascii(): str.isdigit() also takes other scripts' digits, which no division code has.
    if len(code) != 12 or not (code.isascii() and code.isdigit()):
        raise ValidationError("division_code", "centre.division_code")
    if not mainland_province(code):
        raise ValidationError("division_code", "centre.division_province", code=code[:2])
    return code


def check_village_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name).strip()
    refuse_controls(name, "village_name")
    if not name:
        raise ValidationError("village_name", "centre.village_required")
    if len(name) > 64:
        raise ValidationError("village_name", "centre.village_too_long", limit=64)
    return name
