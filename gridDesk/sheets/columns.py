"""Column maps: our field keys, the header a template prints, and the headers ledgers use."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as GridDesk's template prints it (without the * mark)
    required: bool = False
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()  # a dropdown in the template
    text: bool = False  # numbers that must stay text (ID numbers, phones, codes)
    width: int = 12


def header_key(text: object) -> str:
    """'* 公民身份号码 ' -> '公民身份号码': marks, spaces and brackets of notes dropped."""
    t = unicodedata.normalize("NFKC", str(text or "")).strip()
    t = re.sub(r"[\s*＊※]", "", t)
    t = re.sub(r"[（(][^）)]*[）)]$", "", t)  # 出生日期(YYYY-MM-DD) -> 出生日期
    return t


def match_headers(row: list[object], columns: tuple[Column, ...]) -> dict[int, Column]:
    """Which cell of a header row is which column (by header or alias)."""
    names = {}
    for c in columns:
        for name in (c.header, *c.aliases):
            names[header_key(name)] = c
    found: dict[int, Column] = {}
    for i, cell in enumerate(row):
        col = names.get(header_key(cell))
        if col is not None and col not in found.values():
            found[i] = col
    return found
