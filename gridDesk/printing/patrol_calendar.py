"""The month's patrol calendar of a grid (巡查日历), A4 landscape: a row per place, a column per
day; the days the plan asks for a patrol, the patrols done and the ones missed, and a band per
season above the days. One grid a page (a long grid runs on, its header rows repeated)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from ..domain.patrols import PatrolCalendar
from .fonts import register_cjk_font
from .output import markup, pdf_target

DONE, PLANNED, MISSED, EXTRA = "√", "○", "×", "·"
SEASON_COLOURS = ("#cfe2f3", "#f9cb9c", "#d9ead3", "#ead1dc")
MISSED_BG = colors.HexColor("#f4cccc")
HEAD_BG = colors.HexColor("#e3eaf5")
LEGEND = f"{DONE} 按计划巡查　{EXTRA} 计划外巡查　{PLANNED} 计划巡查（未到）　{MISSED} 漏巡　色带：季节"


def _mark(day) -> str:
    if day.done:
        return DONE if day.planned else EXTRA
    if day.missed:
        return MISSED
    return PLANNED if day.planned else ""


def _grid_story(cal: PatrolCalendar, width: float, font: str) -> list:
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=20, alignment=1)
    note = ParagraphStyle("note", fontName=font, fontSize=8.5, leading=11, alignment=1,
                          textColor=colors.HexColor("#555555"))
    cell = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9, wordWrap="CJK")
    days = len(cal.rows[0].days) if cal.rows else 31
    fixed = (42 * mm, 20 * mm, 16 * mm)
    day_w = (width - sum(fixed)) / max(days, 28)
    header = ["场所 / 风险点", "类别", "责任人", *[str(n) for n in range(1, days + 1)]]
    bands = []
    style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 7),
             ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#888888")),
             ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LEFTPADDING", (3, 0), (-1, -1), 0), ("RIGHTPADDING", (3, 0), (-1, -1), 0)]
    for n, (name, covered) in enumerate(cal.seasons):
        r = len(bands)
        bands.append([name, "", "", *["" for _ in range(days)]])
        style += [("SPAN", (0, r), (2, r)), ("ALIGN", (0, r), (2, r), "RIGHT")]
        colour = colors.HexColor(SEASON_COLOURS[n % len(SEASON_COLOURS)])
        for d in covered:  # contiguous runs of the month's days in season, one coloured span each
            style.append(("BACKGROUND", (2 + d, r), (2 + d, r), colour))
        runs = _runs(covered)
        for a, b in runs:
            bands[r][2 + a] = name if b - a >= 2 else ""
            if b > a:
                style.append(("SPAN", (2 + a, r), (2 + b, r)))
    head_row = len(bands)
    data = bands + [header]
    style += [("BACKGROUND", (0, head_row), (-1, head_row), HEAD_BG)]
    for r, row in enumerate(cal.rows, head_row + 1):
        data.append([Paragraph(markup(row.place_name), cell), Paragraph(markup(row.kind), cell),
                     Paragraph(markup(row.responsible), cell), *[_mark(d) for d in row.days]])
        for c, d in enumerate(row.days, 3):
            if d.missed:
                style.append(("BACKGROUND", (c, r), (c, r), MISSED_BG))
    table = LongTable(data, colWidths=[*fixed, *([day_w] * days)], repeatRows=head_row + 1)
    table.setStyle(TableStyle(style))
    story = [Paragraph(markup(f"{cal.village}　{cal.grid_name}（{cal.grid_code}）　{cal.year} 年 {cal.month} 月巡查日历"),
                       title),
             Paragraph(markup(LEGEND), note), Spacer(1, 3 * mm)]
    if cal.rows:
        story.append(table)
    else:
        story.append(Paragraph("（本网格没有需要巡查的场所或风险点）", note))
    missed = sum(1 for row in cal.rows for d in row.days if d.missed)
    done = sum(1 for row in cal.rows for d in row.days if d.done)
    planned = sum(1 for row in cal.rows for d in row.days if d.planned)
    story += [Spacer(1, 3 * mm), Paragraph(markup(f"本月计划巡查 {planned} 次，已巡查 {done} 次，漏巡 {missed} 次。"
                                                  f"　打印日期：{cal.printed_on:%Y-%m-%d}"), note)]
    return story


def _runs(days: Sequence[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for d in sorted(days):
        if runs and runs[-1][1] == d - 1:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return runs


def write_patrol_calendars(calendars: Sequence[PatrolCalendar], out: Path | BinaryIO,
                           font_file: Path | None = None) -> int:
    """One grid a page; returns the number of pages."""
    font = register_cjk_font(font_file)
    village = calendars[0].village if calendars else ""
    doc = SimpleDocTemplate(pdf_target(out), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title="巡查日历", author=village,
                            initialFontName=font)
    story: list = []
    for n, cal in enumerate(calendars):
        if n:
            story.append(PageBreak())
        story += _grid_story(cal, doc.width, font)
    if not story:
        story.append(Paragraph("（无网格）", ParagraphStyle("n", fontName=font)))
    doc.build(story)
    return doc.page
