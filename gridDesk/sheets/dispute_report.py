"""矛盾纠纷排查调处情况统计表 as a workbook (XlsxWriter), laid out like the paper form: the title,
the 填报单位（盖章）/ 填报月份 line, a two-row header with merged cells (排查数 / 调处数 / 调处成功数
over 总数 and 其中重大, 涉及人数 over its bands), one row per category, 小计, 年度累计, the
填报人 / 审核人 / 填报日期 line; a second sheet with the year to date per category."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from ..domain.dispute_report import COLUMN_GROUPS, PEOPLE_GROUP, DisputeReport
from .writer import OPTIONS, Cells, _close, _partial

SHEET = "统计表"
YEAR_SHEET = "年度累计分类"


def write_dispute_workbook(path: Path, data: DisputeReport, tmpdir: Path | None = None) -> None:
    # A small sheet with merged header cells: written in memory (constant-memory mode writes row
    # by row and cannot merge down a column), still under a temporary name renamed when whole.
    options = OPTIONS | {"constant_memory": False} | ({"tmpdir": str(tmpdir)} if tmpdir is not None else {})
    book = xlsxwriter.Workbook(str(_partial(path)), options)
    title = book.add_format({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
    head = book.add_format({"bold": True, "bg_color": "#DDE6F3", "border": 1, "text_wrap": True,
                            "align": "center", "valign": "vcenter"})
    name = book.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"})
    number = book.add_format({"border": 1, "align": "center", "valign": "vcenter"})
    total_name = book.add_format({"border": 1, "bold": True, "bg_color": "#F2F2F2", "valign": "vcenter"})
    total = book.add_format({"border": 1, "bold": True, "bg_color": "#F2F2F2", "align": "center"})
    table = data.table
    last_col = 6 + len(table.band_labels)
    scope = f"（网格：{data.scope}）" if data.scope else ""

    def sheet_of(cells: Cells, rows, heading: str, totals) -> None:
        sheet = cells.sheet
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.set_column(0, 0, 18)
        sheet.set_column(1, last_col, 10)
        sheet.merge_range(0, 0, 0, last_col, heading, title)
        sheet.merge_range(1, 0, 1, 4, "")
        cells.text(1, 0, f"填报单位（盖章）：{data.unit}{scope}")  # the village's own name: never a formula
        sheet.merge_range(1, 5, 1, last_col, f"填报月份：{table.year}年{table.month}月")
        sheet.merge_range(2, 0, 3, 0, "类别", head)
        for n, (label, _key) in enumerate(COLUMN_GROUPS):
            sheet.merge_range(2, 1 + 2 * n, 2, 2 + 2 * n, label, head)
            cells.text(3, 1 + 2 * n, "总数", head)
            cells.text(3, 2 + 2 * n, "其中重大", head)
        if len(table.band_labels) > 1:
            sheet.merge_range(2, 7, 2, last_col, PEOPLE_GROUP, head)
        else:
            cells.text(2, 7, PEOPLE_GROUP, head)
        for n, label in enumerate(table.band_labels):
            cells.text(3, 7 + n, label, head)
        r = 4
        for row_name, figures in rows:
            cells.text(r, 0, row_name, name)
            for c, value in enumerate(figures.cells(), 1):
                sheet.write_number(r, c, value, number)
            r += 1
        for label, figures in totals:
            cells.text(r, 0, label, total_name)
            for c, value in enumerate(figures.cells(), 1):
                sheet.write_number(r, c, value, total)
            r += 1
        r += 1
        cells.text(r, 0, f"填报人：{data.filled_by or '__________'}")
        cells.text(r, 4, f"审核人：{data.reviewed_by or '__________'}")
        cells.text(r, 8 if last_col >= 8 else last_col, f"填报日期：{data.filled_on or '____年__月__日'}")

    sheet_of(Cells(book, SHEET), table.rows, "矛盾纠纷排查调处情况统计表",
             (("小计", table.subtotal), ("年度累计", table.year_to_date)))
    sheet_of(Cells(book, YEAR_SHEET), table.year_rows, "矛盾纠纷排查调处情况统计表（年度累计）",
             (("合计", table.year_to_date),))
    _close(book, path)
