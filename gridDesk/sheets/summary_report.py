"""A summary report (月报 / 季报 / 半年报 / 年报) as an xlsx sheet for the township: the title, the
填报单位 and the period, one row per figure (section, item, value, of, rate as a number), the
year to date, and the 填报人 / 审核人 lines. Plain data in; numbers stay numbers, text stays text."""

from __future__ import annotations

from pathlib import Path

from ..domain.reports import SummaryData
from .writer import Cells, _close, _open


def write_summary_xlsx(data: SummaryData, path: Path, tmpdir: Path | None = None) -> int:
    """Writes the sheet; returns the number of figure rows."""
    book = _open(path, tmpdir)
    big = book.add_format({"bold": True, "font_size": 14})
    head = book.add_format({"bold": True, "bg_color": "#DDE6F3", "border": 1, "align": "center"})
    plain = book.add_format({"border": 1})
    strong = book.add_format({"border": 1, "bold": True})
    rate = book.add_format({"border": 1, "num_format": "0.0%"})
    cells = Cells(book, data.period)
    sheet = cells.sheet
    for col, width in enumerate((20, 44, 10, 10, 10)):
        sheet.set_column(col, col, width)
    cells.text(0, 0, data.title, big)
    cells.text(1, 0, f"填报单位：{data.village}综治中心（盖章）　所属乡镇：{data.township}　区划代码：{data.division_code}")
    cells.text(2, 0, f"报告期：{data.period_words}（{data.first:%Y-%m-%d} 至 {data.last:%Y-%m-%d}）　填报日期：{data.made_on:%Y-%m-%d}")
    for col, words in enumerate(("类别", "项目", "数值", "总数", "占比")):
        cells.text(3, col, words, head)
    r, count = 4, 0
    for section in (*data.sections, *data.ytd_sections):
        for n, f in enumerate(section.rows):
            cells.text(r, 0, section.title if n == 0 else "", strong if n == 0 else plain)
            cells.text(r, 1, f.label, plain)
            sheet.write_number(r, 2, f.value, plain)
            if f.of is None:
                cells.text(r, 3, "", plain)
                cells.text(r, 4, "", plain)
            else:
                sheet.write_number(r, 3, f.of, plain)
                if f.of:
                    sheet.write_number(r, 4, f.value / f.of, rate)
                else:
                    cells.text(r, 4, "—", plain)
            r += 1
            count += 1
    r += 1
    cells.text(r, 0, f"填报人：{data.made_by}")
    cells.text(r, 2, "审核人：")
    _close(book, path)
    return count
