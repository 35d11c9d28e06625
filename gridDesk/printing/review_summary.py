"""The quarter's summary table (季度考核评议汇总表, A4 landscape): every member's items, total,
grade and both reviews, then the year's appraisal from the four quarters. Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .output import markup, pdf_target


@dataclass(frozen=True)
class ReviewSummary:
    village: str
    quarter: str  # 2026年第三季度
    items: tuple[str, ...]  # the item names, with their points: "入户走访(250)"
    rows: tuple[tuple[str, ...], ...]  # name, role, grids, each item's points, total, grade, first, second
    year: str  # 2026年
    year_rows: tuple[tuple[str, ...], ...]  # name, Q1..Q4, mean, grade
    printed: str


def write_review_summary(summary: ReviewSummary, out: Path | BinaryIO, font_file: Path | None = None) -> None:
    font = register_cjk_font(font_file)
    title = ParagraphStyle("t", fontName=font, fontSize=15, leading=20, alignment=1)
    cell = ParagraphStyle("c", fontName=font, fontSize=7.5, leading=9.5)
    note = ParagraphStyle("n", fontName=font, fontSize=8, leading=11)

    def p(text: str, style=cell) -> Paragraph:
        return Paragraph(markup(text if text != "" else "—"), style)

    width = landscape(A4)[0] - 24 * mm
    doc = SimpleDocTemplate(pdf_target(out), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=10 * mm, title="季度考核评议汇总表",
                            author=summary.village, initialFontName=font)
    head = ["序号", "姓名", "岗位", "网格", *summary.items, "总分", "等次", "村党组织初评", "乡镇党委复评"]
    fixed = [9 * mm, 16 * mm, 16 * mm, 22 * mm]
    tail = [14 * mm, 14 * mm, 30 * mm, 30 * mm]
    each = max(12 * mm, (width - sum(fixed) - sum(tail)) / max(1, len(summary.items)))
    # An item's points under its name: "入户走访 / (250)", not broken inside the brackets.
    rows = [[p(h.replace("(", "\n(", 1) if h in summary.items else h) for h in head]] + [[p(str(n)), *(p(v) for v in r)] for n, r in enumerate(summary.rows, 1)]
    table = Table(rows, colWidths=fixed + [each] * len(summary.items) + tail, repeatRows=1)
    table.setStyle(_style(font))
    story = [p(f"{summary.village}网格员{summary.quarter}考核评议汇总表", title), Spacer(1, 4 * mm), table,
             Spacer(1, 6 * mm), p(f"{summary.year}年度评定（四个季度总分的平均；只计各项均已评分的季度）", note),
             Spacer(1, 2 * mm)]
    year = [[p(h) for h in ("姓名", "一季度", "二季度", "三季度", "四季度", "年度平均", "年度等次")]]
    year += [[p(v) for v in r] for r in summary.year_rows]
    yt = Table(year, colWidths=[24 * mm] + [24 * mm] * 4 + [24 * mm, 24 * mm], repeatRows=1)
    yt.setStyle(_style(font))
    story += [yt, Spacer(1, 6 * mm),
              p("村党组织（盖章）：__________　　负责人：__________　　　乡镇党委（盖章）：__________　　负责人：__________", note),
              Spacer(1, 2 * mm), p(f"打印：{summary.printed}", note)]
    doc.build(story)


def _style(font: str) -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8"))])
