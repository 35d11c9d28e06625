"""Writing ledgers with XlsxWriter in constant-memory mode: GridDesk's template and the county
layout (a version cell, a 填报单位 row, at most 1,000 rows per file)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
import xlsxwriter.utility
import xlsxwriter.exceptions

from ..domain.county_unit import CountyUnit
from ..domain.text import cell_text, formula_like
from ..security.fileio import make_private
from .columns import Column
from .reader import SheetError

COUNTY_ROWS_PER_FILE = 1000


def _partial(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".partial")


# Text goes in as text, never as a formula or a link, whatever it begins with.
OPTIONS = {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
           "strings_to_urls": False}


def _open(path: Path, tmpdir: Path | None):
    # Written under a temporary name and renamed when whole: a cut-off write never looks done.
    # `tmpdir`: XlsxWriter's parts (every cell, in plain XML) go there, not to the system's
    # temporary folder; the services pass a private folder inside the data folder.
    options = OPTIONS | ({"tmpdir": str(tmpdir)} if tmpdir is not None else {})
    return xlsxwriter.Workbook(str(_partial(path)), options)


class Cells:
    """A worksheet with the one way GridDesk writes text into it."""

    def __init__(self, book, name: str) -> None:
        self.book = book
        self.sheet = book.add_worksheet(cell_text(name)[:31])
        self._quoted: dict[int, object] = {}

    def text(self, row: int, col: int, value: object, fmt=None) -> None:
        """A string cell (never a formula or a link), control characters dropped; one that a
        spreadsheet would take for a formula (= + - @ tab CR first) gets Excel's quote prefix,
        what typing ' before it does: shown and kept as text even when edited, value unchanged."""
        text = cell_text(str(value))
        if formula_like(text):
            fmt = self._quote(fmt)
        self.sheet.write_string(row, col, text, fmt)

    def _quote(self, fmt):
        key = id(fmt)
        if key not in self._quoted:
            props: dict[str, object] = {"quote_prefix": True}
            if fmt is not None and fmt.num_format:
                props["num_format"] = fmt.num_format
            self._quoted[key] = self.book.add_format(props)
        return self._quoted[key]


def _close(book, path: Path) -> None:
    """XlsxWriter writes the file on close: a full disk, a read-only folder or an open file fail here."""
    try:
        book.close()
        make_private(_partial(path))
        os.replace(_partial(path), path)
    except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
        with contextlib.suppress(OSError):  # a folder that is not one cannot hold the partial either
            _partial(path).unlink(missing_ok=True)
        raise SheetError("sheet.write_failed", file=Path(path).name, os_error=str(exc)) from None


def write_template(path: Path, title: str, columns: Sequence[Column], rows: Iterable[Sequence[object]],
                   progress: Callable[[int], None] | None = None, note: str = "", tmpdir: Path | None = None) -> int:
    """GridDesk's own layout: a title, a note, the header (* marks required), dropdowns, text IDs."""
    book = _open(path, tmpdir)
    cells = Cells(book, title)
    sheet = cells.sheet
    bold = book.add_format({"bold": True, "bg_color": "#DDE6F3", "border": 1, "text_wrap": True})
    required = book.add_format({"bold": True, "bg_color": "#F8D7A9", "border": 1, "text_wrap": True})
    text = book.add_format({"num_format": "@"})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    big = book.add_format({"bold": True, "font_size": 14})
    cells.text(0, 0, title, big)
    cells.text(1, 0, note or "带 * 的列必须填写；身份证号、电话请保持为文本；日期写成 2024-05-01。")
    for i, c in enumerate(columns):
        sheet.set_column(i, i, c.width, text if c.text else None)
        cells.text(2, i, ("*" if c.required else "") + c.header, required if c.required else bold)
    sheet.freeze_panes(3, 0)
    count = _rows(cells, 3, columns, rows, text, day, progress)
    last = max(count + 3, 1002)
    _dropdowns(book, sheet, columns, 3, last)
    _close(book, path)
    return count


LISTS_SHEET = "字典"


def _dropdowns(book, sheet, columns: Sequence[Column], first: int, last: int) -> None:
    """Each list column's dropdown fed from a hidden sheet, as the county templates do: Excel caps a
    list typed into the rule at 255 characters, and 民族 alone (58 names) is longer than that."""
    listed = [(i, c) for i, c in enumerate(columns) if c.choices]
    if not listed:
        return
    lists = book.add_worksheet(LISTS_SHEET)
    # Row by row: the book is written in constant-memory mode, which keeps only the current row.
    for row in range(1 + max(len(c.choices) for _i, c in listed)):
        for n, (_i, c) in enumerate(listed):
            if row == 0:
                lists.write_string(0, n, c.header)
            elif row <= len(c.choices):
                lists.write_string(row, n, c.choices[row - 1])
    for n, (i, c) in enumerate(listed):
        col = xlsxwriter.utility.xl_col_to_name(n)
        sheet.data_validation(first, i, last, i, {
            "validate": "list", "source": f"='{LISTS_SHEET}'!${col}$2:${col}${len(c.choices) + 1}"})
    lists.hide()


def _rows(cells: Cells, first: int, columns: Sequence[Column], rows: Iterable[Sequence[object]], text, day,
          progress: Callable[[int], None] | None, dates_as_text: bool = False) -> int:
    sheet = cells.sheet
    count = 0
    for count, row in enumerate(rows, start=1):
        r = first + count - 1
        for i, value in enumerate(row):
            if value is None or value == "":
                continue
            if columns[i].text:
                cells.text(r, i, value, text)
            elif dates_as_text and isinstance(value, (date, datetime)):
                # The county layout's dates are YYYY-MM-DD text, as the township systems read them.
                cells.text(r, i, f"{value:%Y-%m-%d}", text)
            elif isinstance(value, (date, datetime)):
                sheet.write_datetime(r, i, datetime(value.year, value.month, value.day), day)
            elif isinstance(value, bool):
                cells.text(r, i, "是" if value else "否")
            elif isinstance(value, (int, float)):
                sheet.write_number(r, i, value)
            else:
                cells.text(r, i, value)
        if progress and count % 5000 == 0:
            progress(count)
    return count


def _batches(rows: Iterable[Sequence[object]], size: int):
    batch: list[Sequence[object]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


COUNTY_NOTE = ("填写说明：第一行的版本号请勿修改；带*的列为必填项；身份证号码、电话请保持为文本；"
               "日期写成 2024-05-01；下拉列表的列请从列表中选择；每个文件不超过 1000 行。")
COUNTY_UNIT_HEADER = "填报单位："
# The 填报单位 row of the county templates: each name, then the level it names (with the template's *).
_UNIT_LEVELS = (("province", "省*"), ("city", "市*"), ("county", "市/县/区*"), ("township", "乡镇/街道*"),
                ("village", "社区/村*"))
COUNTY_HEADER_ROW = 4  # 0-based: version and title, instructions, 填报单位, a blank row, the headers


def write_county(path: Path, title: str, unit: CountyUnit, version: str, columns: Sequence[Column],
                 rows: Iterable[Sequence[object]], progress: Callable[[int], None] | None = None,
                 tmpdir: Path | None = None, sheet_name: str = "", note: str = COUNTY_NOTE) -> list[Path]:
    """The county templates' shape (HOUSEHOLDSTAFF.xls and its kin): A1 the template version and
    the title beside it, an instructions row, the 填报单位 row with the unit's names, a blank row,
    the header row (* after a required column's name), the rows; list columns are dropdowns from a
    hidden sheet; ID numbers and dates are text. More than 1,000 rows go into NAME-001.xlsx, ..."""
    batches = _batches(rows, COUNTY_ROWS_PER_FILE)
    first = next(batches, [])
    second = next(batches, None)
    if second is None:
        targets = [(path, first)]
    else:
        def numbered():
            yield first
            yield second
            yield from batches
        targets = ((path.with_name(f"{path.stem}-{n:03d}{path.suffix}"), chunk)
                   for n, chunk in enumerate(numbered(), start=1))
    written: list[Path] = []
    done = 0
    top = COUNTY_HEADER_ROW + 1
    for target, chunk in targets:
        book = _open(target, tmpdir)
        cells = Cells(book, sheet_name or title)
        sheet = cells.sheet
        text = book.add_format({"num_format": "@"})
        head = book.add_format({"bold": True, "border": 1, "align": "center", "text_wrap": True})
        big = book.add_format({"bold": True, "font_size": 14})
        cells.text(0, 0, version, text)  # "1.0" stays text: a township system compares it as written
        cells.text(0, 1, title, big)
        cells.text(1, 0, note)
        cells.text(2, 0, COUNTY_UNIT_HEADER)
        for n, (field_name, level) in enumerate(_UNIT_LEVELS):
            name = getattr(unit, field_name)
            if name:
                cells.text(2, 1 + 2 * n, name)
            cells.text(2, 2 + 2 * n, level)
        for i, c in enumerate(columns):
            sheet.set_column(i, i, c.width, text if c.text else None)
            cells.text(COUNTY_HEADER_ROW, i, c.header + ("*" if c.required else ""), head)
        sheet.freeze_panes(top, 0)
        done += _rows(cells, top, columns, chunk, text, text, None, dates_as_text=True)
        _dropdowns(book, sheet, columns, top, top + COUNTY_ROWS_PER_FILE - 1)
        _close(book, target)
        written.append(target)
        if progress:
            progress(done)
    return written


def write_rejects(path: Path, headers: Sequence[str], rows: Iterable[tuple[int, Sequence[object], str]],
                  tmpdir: Path | None = None) -> int:
    """The rows an import turned away, with their Excel line and the reason, to fix and import again."""
    book = _open(path, tmpdir)
    cells = Cells(book, "未导入的行")
    sheet = cells.sheet
    head = book.add_format({"bold": True, "bg_color": "#F8D7A9", "border": 1})
    text = book.add_format({"num_format": "@"})
    for i, h in enumerate(["原行号", *headers, "错误原因"]):
        cells.text(0, i, h, head)
        sheet.set_column(i, i, 14, text)
    count = 0
    for count, (line, values, reason) in enumerate(rows, start=1):
        sheet.write_number(count, 0, line)
        for i, v in enumerate(values, start=1):
            if v not in (None, ""):
                cells.text(count, i, v.isoformat() if isinstance(v, (date, datetime)) else v, text)
        cells.text(count, len(headers) + 1, reason)
    _close(book, path)
    return count
