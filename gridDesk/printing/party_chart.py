"""党组织架构图: the village party organisation, its grid party branches (with their secretaries
and member counts) and their micro-grid party groups (with their leaders), as a tree on A4
landscape (DB3208/T 200 ch. 5). Plain data in, PDF out."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.party import PartyChart
from .fonts import register_cjk_font
from .output import markup, pdf_target

PER_ROW = 5  # branches side by side; a village with more continues on a band below
_BLUE = colors.HexColor("#eef2f8")
_RED = colors.HexColor("#b3261e")


def write_party_chart(data: PartyChart, out, font_file: Path | None = None) -> int:
    """Writes the chart; returns the number of pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1)
    top = ParagraphStyle("top", fontName=font, fontSize=13, leading=18, alignment=1, textColor=_RED)
    box = ParagraphStyle("box", fontName=font, fontSize=10.5, leading=15, alignment=1)
    small = ParagraphStyle("small", fontName=font, fontSize=9, leading=12, alignment=1)
    note = ParagraphStyle("note", fontName=font, fontSize=9, leading=12)

    def p(text: str, style=box) -> Paragraph:
        return Paragraph(markup(text), style)

    width = 257 * mm
    story = [p(f"{data.village}党组织架构图", title), Spacer(1, 4 * mm)]
    village = Table([[p(data.name or "（村党组织未登记）", top)],
                     [p(f"书记：{data.secretary or '—'}    党员 {data.members} 名", small)]], colWidths=[110 * mm])
    village.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("BOX", (0, 0), (-1, -1), 1.2, _RED), ("BACKGROUND", (0, 0), (-1, -1), _BLUE),
                                 ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story.append(village)
    branches = list(data.branches)
    if not branches:
        story.append(p("还没有登记网格党支部。", note))
    for start in range(0, len(branches), PER_ROW):
        band = branches[start:start + PER_ROW]
        col = width / PER_ROW
        cells = []
        for b in band:
            rows = [[p(b.name)], [p(f"网格：{b.grid}", small)],
                    [p(f"书记：{b.secretary or '—'}    党员 {b.members} 名", small)]]
            for g in b.groups:
                rows.append([p(f"{g.name}<br/>组长：{g.leader or '—'}  党员 {g.members} 名".replace("<br/>", "\n"),
                               small)])
            if not b.groups:
                rows.append([p("（未设党小组）", small)])
            t = Table(rows, colWidths=[col - 6 * mm])
            style = [("FONTNAME", (0, 0), (-1, -1), font), ("BOX", (0, 0), (-1, 2), 1, colors.black), ("BACKGROUND", (0, 0), (-1, 2), _BLUE),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for r in range(3, len(rows)):
                style.append(("BOX", (0, r), (-1, r), 0.5, colors.grey))
            t.setStyle(TableStyle(style))
            cells.append(t)
        # the tree's trunk: a line from the village organisation down to a bar over the band's
        # branches, the band centred under it
        trunk = Table([[""]], colWidths=[1], rowHeights=[4 * mm])
        trunk.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("LINEBEFORE", (0, 0), (0, 0), 1, _RED)]))
        row = Table([cells], colWidths=[col] * len(band))
        row.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LINEABOVE", (0, 0), (-1, 0), 1, _RED),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4 * mm)]))
        story += [trunk, row, Spacer(1, 5 * mm)]
    if data.unassigned:
        story.append(p(f"另有 {data.unassigned} 名党员尚未编入党支部或党小组。", note))
    story.append(p(f"打印日期：{data.printed_on}", note))
    pages: list[int] = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=landscape(A4), leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=f"{data.village}党组织架构图",
                            author=data.village, initialFontName=font)
    doc.build(story, onFirstPage=lambda c, d: pages.append(c.getPageNumber()),
              onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages)
