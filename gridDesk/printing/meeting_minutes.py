"""会议纪要: the minutes of the monthly meeting (月例会, DB3208/T 200 8.2.1) on A4, with the
month's figures as they stood when the minutes were made final and the signature block."""

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
class MinutesData:
    village: str
    held_on: str
    place: str
    host: str
    recorder: str
    attendees: tuple[tuple[str, str], ...]  # (capacity, names)
    figures: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (section, ((figure, value), ...))
    topics: str
    discussion: str
    decisions: str
    followups: tuple[tuple[str, str, str], ...]  # (what, owner, due day)
    draft: bool  # not yet final: the page says so, and its figures are today's
    printed_on: str


def write_minutes(data: MinutesData, out, font_file: Path | None = None) -> int:
    """Writes the minutes; returns the number of pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1)
    head = ParagraphStyle("head", fontName=font, fontSize=12, leading=18, spaceBefore=6)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16)
    small = ParagraphStyle("small", fontName=font, fontSize=9, leading=12)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(markup(text) or "—", style)

    def grid(rows, widths, header: bool = True) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        style = [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8")))
        t.setStyle(TableStyle(style))
        return t

    story = [p(f"{data.village}综治中心月例会会议纪要", title)]
    if data.draft:
        story.append(p("（草稿，未定稿：数据为打印当日的统计）", small))
    story += [Spacer(1, 4 * mm), grid([
        [p("会议时间"), p(data.held_on), p("会议地点"), p(data.place)],
        [p("主持人"), p(data.host), p("记录人"), p(data.recorder)]], [24 * mm, 61 * mm, 24 * mm, 61 * mm], False)]
    story += [p("一、参会人员", head),
              grid([[p(cap), p(names)] for cap, names in data.attendees] or [[p(""), p("")]],
                   [34 * mm, 136 * mm], False)]
    story.append(p("二、本月工作数据", head))
    rows = [[p("类别", small), p("项目", small), p("数据", small)]]
    for section, figures in data.figures:
        for n, (label, value) in enumerate(figures):
            rows.append([p(section, small) if n == 0 else "", p(label, small), p(value, small)])
    story.append(grid(rows, [34 * mm, 96 * mm, 40 * mm]))
    story += [p("三、会议议题", head), p(data.topics), p("四、讨论情况", head), p(data.discussion),
              p("五、会议决定", head), p(data.decisions), p("六、工作落实", head)]
    follow = [[p("序号", small), p("事项", small), p("责任人", small), p("完成时限", small)]]
    follow += [[p(str(n), small), p(what, small), p(owner, small), p(due, small)]
               for n, (what, owner, due) in enumerate(data.followups, 1)]
    story.append(grid(follow, [14 * mm, 100 * mm, 28 * mm, 28 * mm]))
    # One box per person who attended (four to a row) and a spare row: the signatures stay together.
    people = sum(len(names.split("、")) for _cap, names in data.attendees)
    boxes = Table([[""] * 4 for _ in range((people + 3) // 4 + 1)], colWidths=[42.5 * mm] * 4,
                  rowHeights=[11 * mm] * ((people + 3) // 4 + 1))
    boxes.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [Spacer(1, 8 * mm), KeepTogether([
        p("主持人签字：________________        记录人签字：________________"), Spacer(1, 6 * mm),
        p("参会人员签字："), Spacer(1, 2 * mm), boxes, Spacer(1, 4 * mm),
        p(f"打印日期：{data.printed_on}", small)])]
    pages: list[int] = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=f"会议纪要 {data.held_on}",
                            author=data.village, initialFontName=font)
    doc.build(story, onFirstPage=lambda c, d: pages.append(c.getPageNumber()),
              onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages)
