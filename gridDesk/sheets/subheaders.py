"""A county template's second header row: 户籍地 over 省* | 市* | 区县*, 家庭称号 over 五好家庭 |
平安家庭, 外出去向 over 省 | 市 | 区县 (HOUSEHOLDSTAFF.xls row 5). The header cell is merged across
its parts; the row under it names them; each person's row fills them one cell each.

A ledger filled in from such a template reads as one column per header: the parts of a place
joined into one text (山西省 太原市 小店区 -> 山西省太原市小店区), the ticked parts of a choice named
(五好家庭 ✓, 平安家庭 ✓ -> 五好家庭、平安家庭). The naming row itself is neither data nor a rejected row.
Only a merged header is taken to have parts (see header_groups).
"""

from __future__ import annotations

from collections.abc import Sequence

from .columns import Column

# What a ticked box in a part column holds, as county staff fill them.
_TICKS = frozenset({"是", "√", "✓", "✔", "☑", "1", "1.0", "Y", "y", "有", "★", "●"})


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def header_groups(matrix: Sequence[Sequence[object]], line: int, heads: Sequence[int], best: dict[int, Column],
                  merged: Sequence) -> dict[int, list[int]]:
    """For each header (`heads`: the known columns and the ledger's own) merged across parts named
    on the row below it: the columns of its parts, first to last. Empty when the row below is not
    such a naming row (`best`'s required columns hold nothing there, every part has a name).
    Only merged headers count: an empty header cell beside a known one is no proof of a second
    header row, and taking a person's row for one would lose it without a word."""
    below = line + 1
    if below >= len(matrix):
        return {}
    names = matrix[below]
    groups: dict[int, list[int]] = {}
    for (r0, c0), (r1, c1) in merged:
        if r0 <= line <= r1 and r1 < below and c1 > c0 and c0 in heads:
            groups[c0] = list(range(c0, c1 + 1))
    if not groups:
        return {}
    # The naming row holds names in the parts and nothing a person's row must have.
    if any(col.required and i < len(names) and not _blank(names[i]) and i not in groups
           for i, col in best.items()):
        return {}
    # Every part has its name, as words: a person's row under merged headers is never taken for one.
    if not all(j < len(names) and isinstance(names[j], str) and not _blank(names[j])
               and not names[j].strip().lstrip("+-").replace(".", "", 1).isdigit()
               for g in groups.values() for j in g):
        return {}
    return groups


def part_names(matrix: Sequence[Sequence[object]], line: int, groups: dict[int, list[int]]) -> dict[int, str]:
    names = matrix[line + 1]
    return {j: str(names[j]).strip().rstrip("*＊").strip() for g in groups.values() for j in g
            if not _blank(names[j])}


def joined(row: Sequence[object], group: list[int], names: dict[int, str]) -> object:
    """One cell's worth from a header's parts in a person's row."""
    cells = [(j, row[j]) for j in group if j < len(row) and not _blank(row[j])]
    if not cells:
        return ""
    texts = [(j, str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()) for j, v in cells]
    if all(t in _TICKS for _j, t in texts) and all(j in names for j, _t in texts):
        return "、".join(names[j] for j, _t in texts)
    return "".join(t for _j, t in texts)
