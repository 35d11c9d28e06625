"""矛盾纠纷排查调处情况统计表 on A4 landscape, laid out like the township's paper form: the
填报单位（盖章）and 填报月份 line, one row per dispute category (long names wrap), 小计 and
年度累计, the columns 排查数 / 调处数 / 调处成功数 each with 其中重大, the people bands, and the
填报人 / 审核人 / 填报日期 lines."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.dispute_report import COLUMN_GROUPS, PEOPLE_GROUP, DisputeReport
from .fonts import register_cjk_font
from .output import markup, pdf_target

PAGE = landscape(A4)
MARGIN = 12 * mm
NOTE = ("说明：排查数为本月发现、受理的矛盾纠纷；调处数为本月调解有结果或结案的纠纷（含以前月份发现的）；"
        "调处成功数为其中达成调解协议或以实质性办结、实质性化解结案的；涉及人数按本月排查的纠纷所涉人数分档计起数。"
        "年度累计为当年1月1日至本月末。")


def write_dispute_report(data: DisputeReport, out, font_file: Path | None = None) -> int:
    """Writes the report; returns the number of pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1)
    line = ParagraphStyle("line", fontName=font, fontSize=11, leading=16)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=13, alignment=1)
    name_style = ParagraphStyle("name", fontName=font, fontSize=10, leading=13)
    small = ParagraphStyle("small", fontName=font, fontSize=8.5, leading=12)

    def p(text: str, style=cell) -> Paragraph:
        return Paragraph(markup(text), style)

    table = data.table
    nb = len(table.band_labels)
    counts = 6 + nb
    usable = PAGE[0] - 2 * MARGIN
    first_col = 38 * mm
    width = (usable - first_col) / counts
    head1 = [p("类别")] + [x for label, _key in COLUMN_GROUPS for x in (p(label), "")]
    head1 += [p(PEOPLE_GROUP)] + [""] * (nb - 1)
    head2 = [""] + [x for _ in COLUMN_GROUPS for x in (p("总数"), p("其中重大"))] + [p(b) for b in table.band_labels]
    body = [[p(name, name_style), *(p(str(v)) for v in f.cells())] for name, f in table.rows]
    body.append([p("小计"), *(p(str(v)) for v in table.subtotal.cells())])
    body.append([p("年度累计"), *(p(str(v)) for v in table.year_to_date.cells())])
    grid = Table([head1, head2, *body], colWidths=[first_col] + [width] * counts, repeatRows=2)
    style = [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (0, 0), (0, 1)),
             ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#eef2f8")),
             ("BACKGROUND", (0, len(body)), (-1, -1), colors.HexColor("#f5f5f5"))]
    for n in range(len(COLUMN_GROUPS)):
        style.append(("SPAN", (1 + 2 * n, 0), (2 + 2 * n, 0)))
    if nb > 1:
        style.append(("SPAN", (7, 0), (6 + nb, 0)))
    grid.setStyle(TableStyle(style))

    def plain(cells, widths) -> Table:
        t = Table([cells], colWidths=widths)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font)]))
        return t

    scope = f"（网格：{data.scope}）" if data.scope else ""
    story = [p("矛盾纠纷排查调处情况统计表", title), Spacer(1, 3 * mm),
             plain([p(f"填报单位（盖章）：{data.unit}{scope}", line), p(f"填报月份：{table.year}年{table.month}月", line)],
                   [usable * 0.65, usable * 0.35]),
             Spacer(1, 2 * mm), grid, Spacer(1, 2 * mm), p(NOTE, small), Spacer(1, 6 * mm),
             KeepTogether([plain([p(f"填报人：{data.filled_by or '____________'}", line),
                                  p(f"审核人：{data.reviewed_by or '____________'}", line),
                                  p(f"填报日期：{data.filled_on or '______年____月____日'}", line)], [usable / 3] * 3)])]
    pages: list[int] = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=14 * mm, bottomMargin=14 * mm,
                            title=f"矛盾纠纷排查调处情况统计表 {table.period}", author=data.unit,
                            initialFontName=font)
    doc.build(story, onFirstPage=lambda c, d: pages.append(c.getPageNumber()),
              onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages)
