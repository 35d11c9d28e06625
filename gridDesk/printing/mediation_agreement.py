"""人民调解协议书: the written agreement of a people's mediation on A4, in the layout committees
use: the number, the parties, the facts and what is disputed, what was agreed, how and by when it
is carried out, the parties', mediators' and recorder's signature lines, the committee's seal box
(人民调解委员会（印）) and the date."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .output import markup, pdf_target


@dataclass(frozen=True)
class AgreementData:
    committee: str  # 某某村人民调解委员会
    number: str
    parties: tuple[tuple[str, str, str, str, str], ...]  # (name, sex, ID number, phone, address), as shown
    facts: str
    disputed: str
    terms: str
    performance: str
    perform_by: str
    mediators: tuple[str, ...]
    recorder: str
    concluded_on: str  # 年 月 日
    printed_on: str


def write_agreement(data: AgreementData, out, font_file: Path | None = None) -> int:
    """Writes the agreement; returns the number of pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=20, leading=28, alignment=1)
    right = ParagraphStyle("right", fontName=font, fontSize=11, leading=16, alignment=2)
    head = ParagraphStyle("head", fontName=font, fontSize=12, leading=18, spaceBefore=8)
    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=18, firstLineIndent=22)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14)
    small = ParagraphStyle("small", fontName=font, fontSize=9, leading=12)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(markup(text) or "—", style)

    rows = [[p(h, cell) for h in ("当事人", "姓名", "性别", "身份证号", "联系电话", "住址")]]
    for n, (name, sex, id_number, phone, address) in enumerate(data.parties, 1):
        rows.append([p(f"当事人{n}", cell), p(name, cell), p(sex, cell), p(id_number, cell), p(phone, cell),
                     p(address, cell)])
    people = Table(rows, colWidths=[18 * mm, 20 * mm, 12 * mm, 42 * mm, 28 * mm, 50 * mm], repeatRows=1)
    people.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8"))]))
    copies = len(data.parties) + 1
    story = [p("人民调解协议书", title), Spacer(1, 2 * mm), p(f"编号：{data.number}", right), Spacer(1, 3 * mm), people,
             p("纠纷主要事实、争议事项：", head), p(data.facts), p(f"争议事项：{data.disputed}"),
             p("经调解，自愿达成如下协议：", head), p(data.terms),
             p("履行方式、时限：", head), p(f"{data.performance}（履行期限：{data.perform_by}）"),
             p(f"本协议一式{copies}份，当事人、人民调解委员会各持一份。", head)]
    centre = ParagraphStyle("centre", fontName=font, fontSize=10, leading=14, alignment=1)
    signature = [[p("当事人（签名盖章或按指印）：", cell)]]
    signature += [[p(f"{name}：________________", cell)] for name, *_rest in data.parties]
    signature += [[p("人民调解员（签名）：" + "  ".join(f"{m}______" for m in data.mediators), cell)],
                  [p(f"记录人（签名）：{data.recorder}________", cell)]]
    lines = Table(signature, colWidths=[104 * mm], rowHeights=[10 * mm] * len(signature))
    lines.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    seal = Table([[p(data.committee.removesuffix("人民调解委员会"), centre)], [p("人民调解委员会（印）", centre)], [""],
                  [p(data.concluded_on, centre)]],
                 colWidths=[62 * mm], rowHeights=[9 * mm, 7 * mm, 22 * mm, 9 * mm])
    seal.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                              ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    closing = Table([[lines, seal]], colWidths=[108 * mm, 62 * mm])
    closing.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 6 * mm), KeepTogether([closing, Spacer(1, 4 * mm),
                                               p(f"打印日期：{data.printed_on}", small)])]
    pages: list[int] = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=f"人民调解协议书 {data.number}",
                            author=data.committee, initialFontName=font)
    doc.build(story, onFirstPage=lambda c, d: pages.append(c.getPageNumber()),
              onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages)
