"""A county template's second header row: 户籍地 over 省* | 市* | 区县*, 家庭称号 over 五好家庭 |
平安家庭, 外出去向 over 省 | 市 | 区县 (HOUSEHOLDSTAFF.xls row 5). The header cell is merged across
its parts; the row under it names them; each person's row fills them one cell each.

A ledger filled in from such a template reads as one column per header: the parts of a place
joined into one text (山西省 太原市 小店区 -> 山西省太原市小店区), the ticked parts of a choice named
(五好家庭 ✓, 平安家庭 ✓ -> 五好家庭、平安家庭). The naming row itself is neither data nor a rejected row.
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
    """For each header (`heads`: the known columns and the ledger's own) that spans parts named
    on the row below it: the columns of its parts, first to last. Empty when the row below is not
    such a naming row (`best`'s required columns hold nothing there)."""
    below = line + 1
    if below >= len(matrix):
        return {}
    header, names = matrix[line], matrix[below]
    groups: dict[int, list[int]] = {}
    for (r0, c0), (r1, c1) in merged:
        if r0 <= line <= r1 and r1 < below and c1 > c0 and c0 in heads:
            groups[c0] = list(range(c0, c1 + 1))
    # A file saved without its merges (some WPS and .xls copies): the header's parts are the empty
    # header cells after it that have a name below.
    for i in heads:
        if i in groups:
            continue
        j = i + 1
        while j < len(header) and _blank(header[j]) and j not in heads and j < len(names) and not _blank(names[j]):
            j += 1
        if j > i + 1:
            groups[i] = list(range(i, j))
    if not groups:
        return {}
    # The naming row holds names in the parts and nothing a person's row must have.
    if any(col.required and i < len(names) and not _blank(names[i]) and i not in groups
           for i, col in best.items()):
        return {}
    if not any(not _blank(names[j]) for g in groups.values() for j in g if j < len(names)):
        return {}
    return {i: [j for j in g if j < len(names)] for i, g in groups.items()}


def part_names(matrix: Sequence[Sequence[object]], line: int, groups: dict[int, list[int]]) -> dict[int, str]:
    names = matrix[line + 1]
    return {j: str(names[j]).strip().rstrip("*＊").strip() for g in groups.values() for j in g
            if not _blank(names[j])}


def joined(row: Sequence[object], group: list[int], names: dict[int, str]) -> object:
    """One cell's worth from a header's parts in a person's row."""
    cells = [(j, row[j]) for j in group if j < len(row) and not _blank(row[j])]
    if not cells:
        return ""
    if len(cells) == 1 and cells[0][0] == group[0] and group[0] not in names:
        return cells[0][1]  # written in the first cell only, as one text: as it is
    texts = [(j, str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()) for j, v in cells]
    if all(t in _TICKS for _j, t in texts) and all(j in names for j, _t in texts):
        return "、".join(names[j] for j, _t in texts)
    return "".join(t for _j, t in texts)
