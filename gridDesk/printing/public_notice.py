"""The public notice (公示) of a 需审批 matter, for the village notice board: A4 portrait, the
village's name, the matter, the decision and the chain behind it, the notice period and where
to object. Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .output import markup, pdf_target


@dataclass(frozen=True)
class NoticeSheet:
    village: str
    number: str  # the case number, small, so a question about the notice finds its file
    matter: str
    decision: str
    chain: tuple[tuple[str, str, str, str, str], ...]  # (stage, who, date, decision, document number)
    starts_on: date
    ends_on: date
    where_to_object: str
    printed_on: date


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def write_public_notice(sheet: NoticeSheet, out, font_file: Path | None = None) -> int:
    """Writes the notice; returns the number of pages (one, unless the matter is very long)."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=30, leading=40, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=13, leading=22, firstLineIndent=26)
    plain = ParagraphStyle("plain", fontName=font, fontSize=13, leading=22)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10.5, leading=14)
    right = ParagraphStyle("right", fontName=font, fontSize=13, leading=22, alignment=2)
    small = ParagraphStyle("small", fontName=font, fontSize=8, leading=10, textColor=colors.grey)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(markup(text or "—"), style)

    rows = [[p(h, cell) for h in ("环节", "审批单位（人）", "日期", "意见", "文号")]] + \
        [[p(v, cell) for v in link] for link in sheet.chain]
    chain = Table(rows, colWidths=[22 * mm, 52 * mm, 26 * mm, 18 * mm, 52 * mm])
    chain.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8"))]))
    pages: list[int] = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=24 * mm, bottomMargin=20 * mm, title=f"公示 {sheet.number}",
                            author=sheet.village, initialFontName=font)
    doc.build([
        p(f"{sheet.village}", ParagraphStyle("village", parent=plain, alignment=1, fontSize=15)),
        Spacer(1, 3 * mm), p("公　示", title), Spacer(1, 8 * mm),
        p("根据有关规定，现将以下事项的审批结果予以公示，接受群众监督。"), Spacer(1, 3 * mm),
        p(f"事项：{sheet.matter}", plain), Spacer(1, 2 * mm),
        p(f"审批结果：{sheet.decision}", plain), Spacer(1, 4 * mm),
        chain, Spacer(1, 6 * mm),
        p(f"公示期：{_day(sheet.starts_on)}至{_day(sheet.ends_on)}。"),
        p(f"公示期间如有异议，请向{sheet.where_to_object}反映。反映情况请实事求是，"
          "署真实姓名并留联系方式，以便核实。"),
        Spacer(1, 16 * mm),
        p(f"{sheet.village}综治中心（盖章）", right), p(_day(sheet.printed_on), right),
        Spacer(1, 10 * mm), p(f"案件编号：{sheet.number}", small),
    ], onFirstPage=lambda c, d: pages.append(1), onLaterPages=lambda c, d: pages.append(1))
    return len(pages)
