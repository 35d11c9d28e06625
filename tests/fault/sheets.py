"""Ledgers for the fault suite, written with XlsxWriter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from gridDesk.domain.idcard import check_digit

HEADER = ["姓名", "身份证号", "联系电话", "户号", "与户主关系", "所属网格", "现居住地址"]


def valid_id(n: int) -> str:
    """A well-formed number no demo resident has (sequence digits 9x)."""
    first17 = f"140105{date.fromordinal(date(1950, 1, 1).toordinal() + n // 10):%Y%m%d}9{n % 10}1"
    return first17 + check_digit(first17)


def resident_ledger(path: Path, rows: int, grid: str) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    for i, h in enumerate(HEADER):
        sheet.write_string(0, i, h)
    for n in range(rows):
        for i, v in enumerate((f"居民{chr(0x4e00 + n % 20000)}", valid_id(n), "", f"K{n // 4}",
                               "户主" if n % 4 == 0 else "子", grid, "")):
            sheet.write_string(n + 1, i, v)
    book.close()
    return path
