"""The summary reports (月报 / 季报 / 半年报 / 年报, issue 20 item 3) on A4: the village and the
period under the title, 填报单位 with its seal box, each section a table of figures (a count, or
a value of a whole with its rate), the year to date, and the 填报人 / 审核人 lines. Plain data in."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.reports import Figure, SummaryData
from .fonts import register_cjk_font
from .output import markup, pdf_target


def figure_cells(f: Figure) -> tuple[str, str]:
    """(数值, 占比): "12" and "", or "7 / 8" and "87.5%"."""
    return (str(f.value) if f.of is None else f"{f.value} / {f.of}"), f.rate


def write_summary(data: SummaryData, out, font_file: Path | None = None) -> int:
    """Writes the report; returns the number of pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=17, leading=24, alignment=1)
    head = ParagraphStyle("head", fontName=font, fontSize=12, leading=18, spaceBefore=8, spaceAfter=3)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15)
    small = ParagraphStyle("small", fontName=font, fontSize=9, leading=12)

    def p(text: str, style=small) -> Paragraph:
        return Paragraph(markup(text) or "—", style)

    def table(rows, widths) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8"))]))
        return t

    story = [p(data.title, title), Spacer(1, 3 * mm),
             p(f"填报单位：{data.village}综治中心（盖章）　　所属乡镇：{data.township}　　区划代码：{data.division_code}", body),
             p(f"报告期：{data.period_words}（{data.first:%Y-%m-%d} 至 {data.last:%Y-%m-%d}）　　填报日期：{data.made_on:%Y-%m-%d}",
               body)]
    for section in (*data.sections, *data.ytd_sections):
        rows = [[p("序号"), p("项目"), p("数值"), p("占比")]]
        for n, f in enumerate(section.rows, 1):
            value, rate = figure_cells(f)
            rows.append([p(str(n)), p(f.label), p(value), p(rate)])
        story += [KeepTogether([p(section.title, head), table(rows[:2], [14 * mm, 100 * mm, 32 * mm, 24 * mm])])
                  if len(rows) == 2 else p(section.title, head)]
        if len(rows) > 2:
            story.append(table(rows, [14 * mm, 100 * mm, 32 * mm, 24 * mm]))
    seal = Table([[p("（盖章）")]], colWidths=[40 * mm], rowHeights=[28 * mm])
    seal.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story += [Spacer(1, 8 * mm), KeepTogether([
        p(f"填报人：{data.made_by or '________________'}　　　　审核人：________________　　　　"
          f"单位负责人：________________", body), Spacer(1, 4 * mm), seal,
        Spacer(1, 2 * mm), p("说明：按时办结以办结时未超过办理时限计（无时限的事件计为按时）；“期末”指报告期最后一天，"
                             "报告期未结束时为填报当日。", small)])]
    pages: list[int] = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=data.title, author=data.village,
                            initialFontName=font)
    doc.build(story, onFirstPage=lambda c, d: pages.append(c.getPageNumber()),
              onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages)
