"""The upward report slip (上报单): what the village hands the township when it escalates a case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .output import pdf_target


@dataclass(frozen=True)
class EscalationSlip:
    village: str
    township: str
    number: str
    title: str
    category: str
    work_kind: str
    reported_at: str
    place: str
    people: str
    description: str
    handover: str  # to whom, when, how
    steps: tuple[tuple[str, str, str], ...]  # (time, step, detail) so far
    contact: str
    printed_at: str


def write_escalation_slip(slip: EscalationSlip, path: Path, font_file: Path | None = None) -> None:
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15)
    small = ParagraphStyle("small", fontName=font, fontSize=9, leading=12)

    def p(text: str, style=body) -> Paragraph:
        safe = (text or "—").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
        return Paragraph(safe, style)

    rows = [[p("案件编号"), p(slip.number), p("上报单位"), p(slip.village)],
            [p("问题"), p(slip.title), p("类别"), p(slip.category)],
            [p("事项类型"), p(slip.work_kind), p("上报时间"), p(slip.reported_at)],
            [p("地点"), p(slip.place), p("当事人"), p(slip.people)],
            [p("情况描述"), p(slip.description), "", ""],
            [p("交接"), p(slip.handover), "", ""]]
    grid = Table(rows, colWidths=[24 * mm, 62 * mm, 24 * mm, 60 * mm])
    grid.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (1, 4), (3, 4)), ("SPAN", (1, 5), (3, 5)),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f8")),
        ("BACKGROUND", (2, 0), (2, 3), colors.HexColor("#eef2f8"))]))
    steps = [[p("时间", small), p("环节", small), p("说明", small)]] + \
        [[p(a, small), p(b, small), p(c, small)] for a, b, c in slip.steps]
    history = Table(steps, colWidths=[38 * mm, 32 * mm, 100 * mm])
    history.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8"))]))
    doc = SimpleDocTemplate(pdf_target(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=f"上报单 {slip.number}",
                            author=slip.village, initialFontName=font)
    doc.build([p(f"{slip.township}综治中心：", body), Spacer(1, 4 * mm), p("事件上报单", title), Spacer(1, 6 * mm),
               grid, Spacer(1, 6 * mm), p("办理经过", body), Spacer(1, 2 * mm), history, Spacer(1, 10 * mm),
               p(f"上报单位（盖章）：{slip.village}        联系人：{slip.contact}        "
                 f"打印时间：{slip.printed_at}", body),
               Spacer(1, 8 * mm), p("乡镇接收人签字：____________        接收时间：____________", body)])
