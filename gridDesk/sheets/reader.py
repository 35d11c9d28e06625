"""Reading a ledger: find the header row (county templates put a version cell, instructions and
a 填报单位 row above it), fill merged cells down, and hand back plain rows keyed by column."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as pc

from ..domain.errors import GridDeskError
from .columns import Column, header_key, match_headers
from .guard import MAX_CELLS, check_grid, check_workbook, refuse
from .subheaders import header_groups, joined, part_names

HEADER_SEARCH_ROWS = 30


class SheetError(GridDeskError):
    code = "sheet_error"


@dataclass
class LedgerRows:
    """Rows keyed by column key; `line` is the row number a person sees in Excel (1-based)."""

    rows: list[tuple[int, dict[str, object]]]
    header_line: int
    unknown_columns: list[str] = field(default_factory=list)
    sheet_name: str = ""
    # The header row's cells and the text above it (a template's title): which register a file is.
    header: list[str] = field(default_factory=list)
    above: list[str] = field(default_factory=list)


def _open_workbook(path: Path):
    try:
        return pc.CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException (a BaseException)
        if type(exc).__name__ != "PanicException":
            raise
        raise ValueError(str(exc)) from None


def read_matrix(path: Path, index: int = 0) -> tuple[str, list[list[object]], list]:
    """The `index`th sheet's name, its cells from A1 and its merged ranges."""
    path = Path(path)
    if not path.exists():
        raise SheetError("sheet.missing", path=str(path))
    if path.stat().st_size == 0:
        raise SheetError("sheet.empty_file")
    check_workbook(path, index)  # a bomb is refused before calamine sees it (SheetTooLarge)
    try:
        workbook = _open_workbook(path)
    except pc.PasswordError:
        raise SheetError("sheet.password") from None
    except (pc.ZipError, pc.XmlError, pc.CalamineError, ValueError) as exc:
        text = str(exc).lower()
        if "password" in text or "encrypt" in text:
            raise SheetError("sheet.password") from None
        raise SheetError("sheet.not_a_workbook", file=path.name) from None
    names = workbook.sheet_names
    if not names:
        raise SheetError("sheet.no_sheets")
    if index >= len(names):
        raise SheetError("sheet.no_data")
    try:
        sheet = workbook.get_sheet_by_index(index)
        if sheet.end is not None:  # the grid from A1, as to_python pads it, bounded again here
            check_grid(sheet.end[0] + 1, sheet.end[1] + 1)
        matrix = sheet.to_python(skip_empty_area=False)
        merged = sheet.merged_cell_ranges or []
    except (pc.CalamineError, ValueError):
        raise SheetError("sheet.damaged", file=path.name) from None
    except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException (a BaseException)
        if type(exc).__name__ != "PanicException":
            raise
        raise SheetError("sheet.damaged", file=path.name) from None
    _over_merged(merged, len(matrix))
    return names[index], matrix, merged


def sheet_count(path: Path) -> int:
    try:
        return len(_open_workbook(Path(path)).sheet_names)
    except (pc.CalamineError, ValueError):
        return 1


def _over_merged(merged: list, height: int) -> None:
    """Filling merged cells is work in proportion to their area: bounded like the grid."""
    work = 0
    for (r0, c0), (r1, c1) in merged:
        work += max(0, min(r1, height - 1) - r0 + 1) * max(0, c1 - c0 + 1)
        if work > MAX_CELLS:
            raise refuse("cells", work, MAX_CELLS)


def _fill_merged(matrix: list[list[object]], merged: list) -> None:
    """A merged cell's value stands in every cell it covers (户号 merged over a family's rows)."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(matrix) or c0 >= len(matrix[r0]):
            continue
        value = matrix[r0][c0]
        for r in range(r0, min(r1, len(matrix) - 1) + 1):
            for c in range(c0, min(c1, len(matrix[r]) - 1) + 1):
                if matrix[r][c] in ("", None):
                    matrix[r][c] = value


# A row's cells under headers no column knows, as (header, value) pairs under this key: the
# importer keeps them with the row (LEDGERS.md). A hostile sheet's thousands of columns stop here.
EXTRA = "__extra__"
MAX_EXTRA_COLUMNS = 64


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _empty(row: list[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


# The county templates' 填报单位 row (ISSUEJOINT.xls: 发生单位) names the reporting unit, whatever its
# cells say: never the header row, and (above the header) never data.
_UNIT_ROW_HEADS = ("填报单位", "发生单位")


def _unit_row(row: list[object]) -> bool:
    first = next((v for v in row if not _blank(v)), "")
    return header_key(first).startswith(_UNIT_ROW_HEADS)


# A sheet put in front of the ledger (说明, 封面) leaves it the second: the sheets after the first
# are tried, in order, when the first has no header; a file of many sheets is not searched whole.
MAX_SHEETS_TRIED = 8


def read_ledger(path: Path, columns: tuple[Column, ...],
                progress: Callable[[int, int], None] | None = None) -> LedgerRows:
    try:
        return _read_sheet(path, 0, columns, progress)
    except SheetError as first:
        if first.code not in ("sheet.no_header", "sheet.no_data"):
            raise
        for index in range(1, min(sheet_count(path), MAX_SHEETS_TRIED)):
            try:
                return _read_sheet(path, index, columns, progress)
            except SheetError as other:
                if other.code not in ("sheet.no_header", "sheet.no_data"):
                    raise
        raise first from None


def _read_sheet(path: Path, index: int, columns: tuple[Column, ...],
                progress: Callable[[int, int], None] | None) -> LedgerRows:
    sheet_name, matrix, merged = read_matrix(path, index)
    if not matrix or all(_empty(r) for r in matrix):
        raise SheetError("sheet.no_data")
    best, best_line = {}, -1
    for line, row in enumerate(matrix[:HEADER_SEARCH_ROWS]):
        if _unit_row(row):
            continue
        found = match_headers(row, columns)
        if len(found) > len(best):
            best, best_line = found, line
    if len(best) < 2:
        raise SheetError("sheet.no_header", columns=[c.header for c in columns if c.required])
    missing = [c.header for c in columns if c.required and c not in best.values()]
    if missing:
        raise SheetError("sheet.missing_columns", columns=missing, row=best_line + 1)
    header_row = matrix[best_line]
    others = [(i, str(v).strip()) for i, v in enumerate(header_row)
              if i not in best and header_key(v) and not header_key(v).startswith("序号")]
    unknown = [header for _i, header in others]
    others = others[:MAX_EXTRA_COLUMNS]
    groups = header_groups(matrix, best_line, [*best, *(i for i, _h in others)], best, merged)
    parts = part_names(matrix, best_line, groups) if groups else {}
    first = best_line + 2 if groups else best_line + 1  # a second header row names the parts
    # Merged cells in title rows above the header are left alone; below it they are filled.
    _fill_merged(matrix, [m for m in merged if m[0][0] >= first])
    rows: list[tuple[int, dict[str, object]]] = []
    body = matrix[first:]
    keys = [col.key for col in best.values()]
    # Every row of the grid calamine builds is as wide as the widest: one C-level pick per row.
    pick = operator.itemgetter(*best)  # two columns at least (above): it gives a tuple
    width = max(best) + 1
    for offset, row in enumerate(body):
        if _empty(row):
            continue
        values = dict(zip(keys, pick(row))) if len(row) >= width else \
            {col.key: (row[i] if i < len(row) else "") for i, col in best.items()}
        for i, group in groups.items():
            if i in best:
                values[best[i].key] = joined(row, group, parts)
        if others:  # most ledgers have no column GridDesk does not know
            kept = tuple((header, v) for header, v in
                         ((h, joined(row, groups[i], parts) if i in groups else row[i] if i < len(row) else "")
                          for i, h in others) if not _blank(v))
            if kept:
                values[EXTRA] = kept
        rows.append((first + 1 + offset, values))
        if progress and offset % 2000 == 0:
            progress(offset, len(body))
    above = [str(v).strip() for r in matrix[:best_line] for v in r if not _blank(v)]
    return LedgerRows(rows, best_line + 1, unknown, sheet_name, [str(v or "").strip() for v in header_row], above)
