"""网格划分情况报告: the village's yearly report of its grid division to the township (town guide
§4: done and reported before 25 January), on A4: the grid map(s), the list of grids with their
teams and households, the changes of the division year and the signature lines."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.division import CHANGE_WORDS, DivisionReport
from .fonts import register_cjk_font
from .output import markup, pdf_target

KIND_WORDS = {"rural": "农村网格", "urban": "城市网格", "micro": "微网格"}
VERDICT_WORDS = {"small": "偏小", "large": "偏大", "": ""}


def _map(data: bytes, width: float, height: float) -> Image | None:
    """The grid's map scaled into the box; None for bytes that are not a readable image (a file
    that only looked like one is left out rather than failing the whole report)."""
    try:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
    except Exception:  # noqa: BLE001 - PIL's many ways of saying "not an image"
        return None
    if w <= 0 or h <= 0:
        return None
    scale = min(width / w, height / h)
    return Image(io.BytesIO(data), w * scale, h * scale)


def write_division_report(data: DivisionReport, out, font_file: Path | None = None) -> int:
    """Writes the report; returns the number of pages."""
    font = register_cjk_font(font_file)
    title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26, alignment=1)
    head = ParagraphStyle("head", fontName=font, fontSize=12, leading=18, spaceBefore=8)
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16)
    small = ParagraphStyle("small", fontName=font, fontSize=8.5, leading=11)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(markup(text) or "—", style)

    def table(rows, widths) -> Table:
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8"))]))
        return t

    start, end = data.window
    top = [g for g in data.grids if g.parent_code is None]
    micro = [g for g in data.grids if g.parent_code is not None]
    g = data.guidance
    story = [p(f"{data.village}{data.year}年度网格划分情况报告", title),
             p(f"报送：{data.township}社会事务办公室（综治中心）　　截至 {data.as_of:%Y年%m月%d日}", small),
             Spacer(1, 3 * mm),
             p(f"本村共划分网格 {len(top)} 个、微网格 {len(micro)} 个，覆盖 {sum(x.households for x in top)} 户、"
               f"{sum(x.residents for x in top)} 人。规模参考：农村网格约 {g.rural} 户、城市网格约 {g.urban} 户、"
               f"微网格约 {g.micro} 户（低于 {g.low_percent}% 或高于 {g.high_percent}% 标为偏小/偏大）。")]
    story.append(p("一、网格划分图", head))
    maps = [(name, img) for name, raw in data.maps if (img := _map(raw, 170 * mm, 110 * mm)) is not None]
    if not maps:
        story.append(p("（未上传网格地图）", small))
    for name, img in maps:
        story.append(KeepTogether([p(name, small), img, Spacer(1, 2 * mm)]))
    story.append(p("二、网格及网格员一览", head))
    rows = [[p(h, small) for h in ("网格编码", "网格名称", "类型", "网格长", "网格员", "户数", "人数", "规模", "所含村民小组")]]
    for x in data.grids:
        rows.append([p(x.code, small), p(("　└ " if x.parent_code else "") + x.name, small), p(KIND_WORDS[x.kind.value], small),
                     p(x.leader or "（空缺）", small), p("、".join(x.members) or "—", small), p(str(x.households), small),
                     p(str(x.residents), small), p(VERDICT_WORDS[x.verdict], small), p(x.villager_groups, small)])
    story.append(table(rows, [31 * mm, 26 * mm, 17 * mm, 15 * mm, 27 * mm, 11 * mm, 11 * mm, 11 * mm, 31 * mm]))
    story.append(p(f"三、本年度划分调整（{start:%Y年%m月%d日}至{end:%Y年%m月%d日}）", head))
    if not data.changes:
        story.append(p("本年度网格划分无调整。"))
    else:
        rows = [[p(h, small) for h in ("日期", "类别", "调整内容", "调整前（户）", "调整后（户）", "原因", "批准文件")]]
        for c in data.changes:
            rows.append([p(f"{c.on:%Y-%m-%d}", small), p(CHANGE_WORDS[c.kind], small), p(c.what, small),
                         p("；".join(f"{x.name} {x.households}" for x in c.before) or "—", small),
                         p("；".join(f"{x.name} {x.households}" for x in c.after) or "—", small),
                         p(c.why, small), p(c.document, small)])
        story.append(table(rows, [22 * mm, 13 * mm, 42 * mm, 27 * mm, 27 * mm, 30 * mm, 19 * mm]))
    story += [Spacer(1, 10 * mm), KeepTogether([
        p(f"填报单位（盖章）：{data.village}村民委员会"), Spacer(1, 5 * mm),
        p(f"填报人：{data.reporter or '________________'}　　　　审核人：________________"), Spacer(1, 5 * mm),
        p("日期：______年____月____日")])]
    pages: list[int] = []
    doc = SimpleDocTemplate(pdf_target(out), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=f"{data.year}年度网格划分情况报告",
                            author=data.village, initialFontName=font, invariant=1)
    doc.build(story, onFirstPage=lambda c, d: pages.append(c.getPageNumber()),
              onLaterPages=lambda c, d: pages.append(c.getPageNumber()))
    return len(pages)
