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
    # Names that outrank the header: a county ledger with both 联系手机 and 联系电话 means the
    # mobile by the first, so 联系手机 takes the phone column and 联系电话 goes to the next column
    # that accepts it (备用电话).
    prefer: tuple[str, ...] = ()


def header_key(text: object) -> str:
    """'* 公民身份号码 ' -> '公民身份号码': marks, spaces, a closing colon and brackets of notes
    (after the name or before it) dropped; full-width forms read as their ASCII ones (NFKC)."""
    t = unicodedata.normalize("NFKC", str(text or "")).strip()
    t = re.sub(r"[\s*＊※]", "", t).rstrip(":")  # NFKC has made ： a colon: 姓名： -> 姓名
    t = re.sub(r"[（(][^）)]*[）)]$", "", t)  # 出生日期(YYYY-MM-DD) -> 出生日期
    # A note in front, as some ledgers write it: (必填)姓名 -> 姓名; a bracket alone stays.
    return re.sub(r"^[（(][^）)]*[）)](?=.)", "", t)


def match_headers(row: list[object], columns: tuple[Column, ...]) -> dict[int, Column]:
    """Which cell of a header row is which column: first the names a column prefers, then the
    headers, then the aliases; in each pass a cell and a column are taken once, left to right.
    The result is in the sheet's column order: a row's values follow the row (a preview names a
    row by its first filled cell, the 姓名 of a county ledger, not a preferred column's address)."""
    keys = [header_key(cell) for cell in row]
    found: dict[int, Column] = {}
    for names_of in (lambda c: c.prefer, lambda c: (c.header,), lambda c: c.aliases):
        names: dict[str, list[Column]] = {}
        for c in columns:
            for name in names_of(c):
                names.setdefault(header_key(name), []).append(c)
        for i, k in enumerate(keys):
            if i in found:
                continue
            col = next((c for c in names.get(k, ()) if c not in found.values()), None)
            if col is not None:
                found[i] = col
    return dict(sorted(found.items()))
