"""The month's performance-pay ledger for the township's finance office (XlsxWriter): a title, the
village and the month, one column per source of pay, the totals, the signature lines (制表人 /
审核人 / 主任), and a second sheet with every line and where it came from. Plain data in; money
arrives in fen and is written as yuan numbers, so the office's own sums work on the cells."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .writer import Cells, _close, _open


def write_pay_ledger(path: Path, title: str, note: str, header: Sequence[str], rows: Sequence[Sequence[object]],
                     money_columns: frozenset[int], totals: Sequence[object], signatures: Sequence[str],
                     detail_header: Sequence[str], detail_rows: Sequence[Sequence[object]],
                     tmpdir: Path | None = None) -> int:
    """`rows` and `totals`: cells in `header`'s order; the columns in `money_columns` hold fen."""
    book = _open(path, tmpdir)
    big = book.add_format({"bold": True, "font_size": 14})
    head = book.add_format({"bold": True, "bg_color": "#DDE6F3", "border": 1, "text_wrap": True, "align": "center"})
    money = book.add_format({"num_format": "#,##0.00", "border": 1})
    plain = book.add_format({"border": 1})
    bold_money = book.add_format({"num_format": "#,##0.00", "border": 1, "bold": True})
    bold = book.add_format({"border": 1, "bold": True})
    cells = Cells(book, "绩效补贴")
    sheet = cells.sheet
    cells.text(0, 0, title, big)
    cells.text(1, 0, note)
    for i, h in enumerate(header):
        sheet.set_column(i, i, 12 if i else 6)
        cells.text(2, i, h, head)
    sheet.freeze_panes(3, 0)

    def put(r: int, values: Sequence[object], strong: bool) -> None:
        for c, value in enumerate(values):
            if c in money_columns and isinstance(value, int):
                sheet.write_number(r, c, value / 100, bold_money if strong else money)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(r, c, value, bold if strong else plain)
            else:
                cells.text(r, c, "" if value is None else value, bold if strong else plain)

    r = 3
    for row in rows:
        put(r, row, False)
        r += 1
    put(r, totals, True)
    r += 2
    for sign in signatures:
        cells.text(r, 0, sign)
        r += 1
    detail = Cells(book, "明细")
    for i, h in enumerate(detail_header):
        detail.sheet.set_column(i, i, 22 if i in (3, 6) else 12)
        detail.text(0, i, h, head)
    for n, row in enumerate(detail_rows, 1):
        for c, value in enumerate(row):
            if isinstance(value, int) and c == len(row) - 2:  # the amount, fen -> yuan
                detail.sheet.write_number(n, c, value / 100, money)
            elif isinstance(value, int):
                detail.sheet.write_number(n, c, value, plain)
            else:
                detail.text(n, c, value, plain)
    _close(book, path)
    return len(rows)
