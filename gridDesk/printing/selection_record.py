"""选聘记录: one page recording how a full-time grid member was selected (Measures Art. 11): the
post and grid, the vacancy it filled and who left it, the eight steps with their dates and
results, the member appointed, and a signature block for the file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .output import markup, pdf_target


@dataclass(frozen=True)
class SelectionRecordData:
    village: str
    grid: str  # name (code), or 全村
    post: str
    vacancy: str  # who left, why, since when
    steps: tuple[tuple[str, str, str], ...]  # (step, date or "", result)
    appointed: str  # the member appointed and the day, or "" while nobody is
    note: str
    printed_on: str


def write_selection_record(data: SelectionRecordData, out, font_file: Path | None = None) -> int:
    """Writes the record on one A4 page; returns the number of pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16)
    small = ParagraphStyle("small", fontName=font, fontSize=9, leading=12)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(markup(text) or "—", style)

    def grid(rows, widths, header: bool) -> Table:
        t = Table(rows, colWidths=widths)
        style = [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8")))
        t.setStyle(TableStyle(style))
        return t

    story = [p(f"{data.village}专职网格员选聘记录", title), Spacer(1, 4 * mm),
             grid([[p("岗位"), p(data.post), p("网格"), p(data.grid)],
                   [p("所补空缺"), p(data.vacancy), p("任命"), p(data.appointed or "尚未任命")]],
                  [22 * mm, 63 * mm, 22 * mm, 63 * mm], False),
             Spacer(1, 4 * mm)]
    rows = [[p("序号", small), p("环节（《网格员管理办法》第十一条）", small), p("日期", small), p("结果、说明", small)]]
    rows += [[p(str(n), small), p(step, small), p(day or "未办", small), p(result, small)]
             for n, (step, day, result) in enumerate(data.steps, 1)]
    story.append(grid(rows, [14 * mm, 56 * mm, 30 * mm, 70 * mm], True))
    if data.note:
        story += [Spacer(1, 3 * mm), p(f"说明：{data.note}")]
    story += [Spacer(1, 12 * mm), grid([[p("经办人"), "", p("审核人"), ""], [p("日期"), "", p("（盖章）"), ""]],
                                       [22 * mm, 63 * mm, 22 * mm, 63 * mm], False),
              Spacer(1, 3 * mm), p(f"打印日期：{data.printed_on}", small)]
    pages = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="专职网格员选聘记录",
                            author=data.village, initialFontName=font)  # no Helvetica left unembedded
    doc.build(story, onLaterPages=lambda c, d: pages.append(1), onFirstPage=lambda c, d: pages.append(1))
    return len(pages)
