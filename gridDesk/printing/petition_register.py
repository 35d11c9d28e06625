"""信访登记台账: a month's petitions on A4 landscape, one row each (number, day, form, people,
petitioners masked, category and purpose, the matter, who is complained about, the earlier
petition it repeats, the answer and its day, the state and the case that follows), with the
register keeper's and the reviewer's lines. Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .output import markup, pdf_target


@dataclass(frozen=True)
class RegisterRow:
    number: str
    received: str
    form: str
    people: str
    petitioners: str
    subject: str
    purpose: str
    summary: str
    respondent: str
    repeat_of: str
    answer: str
    answered: str
    state: str
    case: str


@dataclass(frozen=True)
class RegisterData:
    village: str
    month: str
    rows: tuple[RegisterRow, ...]
    printed_on: str


HEADERS = ("编号", "日期", "形式", "人数", "信访人", "问题类别", "诉求类别", "主要诉求", "被反映人或单位",
           "重复信访", "答复意见", "答复日期", "状态", "转为事件")
WIDTHS = (22, 11, 10, 9, 26, 16, 14, 46, 20, 20, 35, 12, 14, 22)  # mm, 277 in all (A4 landscape less margins)


def write_register(data: RegisterData, out, font_file: Path | None = None) -> int:
    """Writes the register; returns the number of pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=14)
    cell = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.5, wordWrap="CJK")

    def p(text: str, style=cell) -> Paragraph:
        return Paragraph(markup(text), style)

    rows = [[p(h) for h in HEADERS]]
    for r in data.rows:
        rows.append([p(v) for v in (r.number, r.received, r.form, r.people, r.petitioners, r.subject, r.purpose,
                                    r.summary, r.respondent, r.repeat_of, r.answer, r.answered, r.state, r.case)])
    if not data.rows:
        rows.append([p("本月无信访登记")] + [""] * (len(HEADERS) - 1))
    table = Table(rows, colWidths=[w * mm for w in WIDTHS], repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8"))]
    if not data.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    year, month = data.month.split("-")
    story = [p(f"{data.village}信访登记台账", title), Spacer(1, 2 * mm),
             p(f"登记月份：{year}年{int(month)}月        共 {len(data.rows)} 件", body), Spacer(1, 3 * mm), table,
             Spacer(1, 8 * mm),
             p("登记人：________________        审核人：________________        "
               f"打印日期：{data.printed_on}", body)]
    pages: list[int] = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm, title=f"信访登记台账 {data.month}",
                            author=data.village, initialFontName=font)
    doc.build(story, onFirstPage=lambda c, d: pages.append(c.getPageNumber()),
              onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages)
