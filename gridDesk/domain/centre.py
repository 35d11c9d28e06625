"""The centre (village or community) that this installation serves."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .errors import ValidationError
from .text import refuse_controls


@dataclass(frozen=True)
class Centre:
    db_id: str
    village_name: str
    division_code: str  # 12-digit statistical division code (统计用区划代码)
    township: str


def check_division_code(code: str) -> str:
    code = unicodedata.normalize("NFKC", code).strip()
    if len(code) != 12 or not code.isdigit():
        raise ValidationError("division_code", "统计用区划代码应为 12 位数字，例如 140105001001。")
    if code[:2] == "00":
        raise ValidationError("division_code", "统计用区划代码的前两位是省级代码，不能为 00。")
    return code


def check_village_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name).strip()
    refuse_controls(name, "village_name")
    if not name:
        raise ValidationError("village_name", "请填写村（社区）名称。")
    if len(name) > 64:
        raise ValidationError("village_name", "村（社区）名称不能超过 64 个字符。")
    return name
