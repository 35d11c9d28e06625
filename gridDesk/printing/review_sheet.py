"""季度考核评议表: one member's quarter on one A4 page, for the file and for signing: the items with
their points and evidence, the appraisals, the total and grade, and both reviews with signature
lines. Plain data in, PDF out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .output import markup, pdf_target


@dataclass(frozen=True)
class SheetItem:
    name: str
    how: str  # 按台账计算 / 群众代表评议 ...
    max_points: float
    figure: str  # "8 / 52 户次（15.4%）", "—"
    evidence: str  # "走访记录 4 条"
    points: str  # "76.9", "暂无数据"


@dataclass(frozen=True)
class SheetReview:
    title: str  # 村党组织初评意见
    reviewer: str
    decided_on: str
    decision: str
    changes: tuple[str, ...]  # "民情日志：— → 120（纸质台账核定）"


@dataclass(frozen=True)
class ReviewSheet:
    village: str
    quarter: str  # 2026年第三季度
    name: str
    role: str
    grids: str
    items: tuple[SheetItem, ...]
    words: tuple[tuple[str, str], ...]  # (whose words, the words): the appraisals and the self-assessment
    total: str
    grade: str
    state: str
    reviews: tuple[SheetReview | None, SheetReview | None]  # first, second (None: not yet)
    printed: str


def write_review_sheets(sheets: list[ReviewSheet], out: Path | BinaryIO, font_file: Path | None = None) -> int:
    """One page per member; returns the pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1)
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=13)
    small = ParagraphStyle("s", fontName=font, fontSize=8, leading=11)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(markup(text or "—"), style)

    doc = SimpleDocTemplate(pdf_target(out), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=12 * mm, title="季度考核评议表",
                            author=sheets[0].village if sheets else "", initialFontName=font)
    story: list = []
    for n, sheet in enumerate(sheets):
        if n:
            story.append(PageBreak())
        story += [p(f"{sheet.village}网格员{sheet.quarter}考核评议表", title), Spacer(1, 4 * mm)]
        head = Table([[p("姓名"), p(sheet.name), p("岗位"), p(sheet.role), p("网格"), p(sheet.grids)]],
                     colWidths=[14 * mm, 30 * mm, 14 * mm, 30 * mm, 14 * mm, 78 * mm])
        head.setStyle(_grid(font, shade_cols=(0, 2, 4)))
        rows = [[p("考核项目"), p("评分方式"), p("分值"), p("完成情况"), p("依据"), p("得分")]]
        rows += [[p(i.name), p(i.how, small), p(f"{i.max_points:g}"), p(i.figure, small), p(i.evidence, small),
                  p(i.points)] for i in sheet.items]
        rows.append([p("合计"), "", p(f"{sum(i.max_points for i in sheet.items):g}"), p(f"等次：{sheet.grade}"), "",
                     p(sheet.total)])
        items = Table(rows, colWidths=[28 * mm, 24 * mm, 14 * mm, 46 * mm, 50 * mm, 18 * mm], repeatRows=1)
        style = _grid(font, shade_rows=(0,))
        style.add("SPAN", (0, len(rows) - 1), (1, len(rows) - 1))
        style.add("SPAN", (3, len(rows) - 1), (4, len(rows) - 1))
        items.setStyle(style)
        story += [head, Spacer(1, 3 * mm), items, Spacer(1, 3 * mm)]
        if sheet.words:
            said = Table([[p(who), p(words)] for who, words in sheet.words], colWidths=[34 * mm, 146 * mm])
            said.setStyle(_grid(font, shade_cols=(0,)))
            story += [said, Spacer(1, 3 * mm)]
        for default_title, review in zip(("村党组织初评意见", "乡镇党委复评意见"), sheet.reviews):
            story += [_review_box(review, default_title, p, small, font), Spacer(1, 3 * mm)]
        story.append(p(f"评议状态：{sheet.state}　　打印：{sheet.printed}", small))
    doc.build(story)
    return len(sheets)


def _review_box(review: SheetReview | None, default_title: str, p, small, font) -> Table:
    if review is None:
        rows = [[p(default_title)], [p("")], [p("")],
                [p("负责人（签字）：________________　　（盖章）　　　　年　　月　　日")]]
    else:
        changed = "；".join(review.changes) if review.changes else "未调整分数"
        rows = [[p(review.title)], [p(f"意见：{review.decision}")], [p(f"分数调整：{changed}", small)],
                [p(f"评议人：{review.reviewer}　　日期：{review.decided_on}　　签字：________________（盖章）")]]
    box = Table(rows, colWidths=[180 * mm], rowHeights=[None, 12 * mm, None, 10 * mm])
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8"))])
    box.setStyle(style)
    return box


def _grid(font: str, shade_cols: tuple[int, ...] = (), shade_rows: tuple[int, ...] = ()) -> TableStyle:
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    for c in shade_cols:
        style.add("BACKGROUND", (c, 0), (c, -1), colors.HexColor("#eef2f8"))
    for r in shade_rows:
        style.add("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef2f8"))
    return style
