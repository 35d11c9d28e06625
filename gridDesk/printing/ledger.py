"""Ledgers (台账) and forms as PDF tables: the header row repeated on every page, "第 N 页 共 M 页",
the village and the print date at the foot of each page. Callers hand in plain, already-masked text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_cjk_font
from .output import markup, pdf_target

HEAD_BG = colors.HexColor("#e3eaf5")


@dataclass(frozen=True)
class Ledger:
    title: str
    village: str
    printed_on: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty
    landscape: bool = False
    note: str = ""  # a line under the title (filters, masking, period)


@dataclass(frozen=True)
class FormSection:
    """A titled block of a form: label/value pairs, then an optional table."""

    title: str
    fields: tuple[tuple[str, str], ...] = ()
    table_headers: tuple[str, ...] = ()
    table_rows: list[tuple[str, ...]] = field(default_factory=list)
    table_widths: tuple[float, ...] = ()
    note: str = ""  # a small footnote under the block, e.g. what a column's values are for


@dataclass(frozen=True)
class Form:
    title: str
    village: str
    printed_on: str
    sections: tuple[FormSection, ...]
    signatures: tuple[str, ...] = ()  # lines to sign at the end, e.g. "经办人"


def _numbered_canvas(font: str, footer: str):
    """A canvas that holds its pages back until the end, so each can say how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.setFont(font, 8.5)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawString(15 * mm, 9 * mm, footer)
                self.drawRightString(width - 15 * mm, 9 * mm, f"第 {number} 页 共 {total} 页")
                super().showPage()
            super().save()

    return NumberedCanvas


def _styles(font: str) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    note = ParagraphStyle("note", fontName=font, fontSize=9, leading=12, alignment=1,
                          textColor=colors.HexColor("#555555"))
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, alignment=1)
    return title, note, cell, head


def _table(headers, rows, widths, total_width: float, cell, head, repeat: bool = True):
    weights = widths or tuple(1.0 for _ in headers)
    col_widths = [total_width * w / sum(weights) for w in weights]
    data = [[Paragraph(markup(h), head) for h in headers]]
    data += [[Paragraph(markup(str(v)), cell) for v in row] for row in rows]
    table = (LongTable if repeat else Table)(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cell.fontName),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _doc(path: Path, pagesize, title: str, village: str, font: str) -> SimpleDocTemplate:
    # The initial font too: otherwise every page names Helvetica, a font the PDF does not embed.
    return SimpleDocTemplate(pdf_target(path), pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
                             topMargin=15 * mm, bottomMargin=16 * mm, title=title, author=village,
                             initialFontName=font)


def write_ledger(ledger: Ledger, path: Path, font_file: Path | None = None) -> int:
    """Returns the number of pages."""
    font = register_cjk_font(font_file)
    title, note, cell, head = _styles(font)
    pagesize = landscape(A4) if ledger.landscape else A4
    doc = _doc(path, pagesize, ledger.title, ledger.village, font)
    story = [Paragraph(markup(ledger.title), title)]
    if ledger.note:
        story.append(Paragraph(markup(ledger.note), note))
    story.append(Spacer(1, 4 * mm))
    if ledger.rows:
        story.append(_table(ledger.headers, ledger.rows, ledger.widths, doc.width, cell, head))
    else:
        story.append(Paragraph("（无记录）", head))
    footer = f"{ledger.village}　打印日期：{ledger.printed_on}"
    doc.build(story, canvasmaker=_numbered_canvas(font, footer))
    return doc.page


def write_form(form: Form, path: Path, font_file: Path | None = None) -> int:
    """A form such as the case filing form or a closed case's file. Returns the number of pages."""
    font = register_cjk_font(font_file)
    title, _note, cell, head = _styles(font)
    label = ParagraphStyle("label", parent=cell, textColor=colors.HexColor("#333333"))
    section_style = ParagraphStyle("section", fontName=font, fontSize=11, leading=16, spaceBefore=6)
    footnote = ParagraphStyle("footnote", fontName=font, fontSize=7.5, leading=10,
                              textColor=colors.HexColor("#555555"), wordWrap="CJK")
    doc = _doc(path, A4, form.title, form.village, font)
    story = [Paragraph(markup(form.title), title), Spacer(1, 4 * mm)]
    for section in form.sections:
        if section.title:
            story.append(Paragraph(markup(section.title), section_style))
            story.append(Spacer(1, 1.5 * mm))
        if section.fields:
            pairs = list(section.fields)
            data = []
            for i in range(0, len(pairs), 2):
                row = []
                for k, v in pairs[i:i + 2]:
                    row += [Paragraph(markup(k), label), Paragraph(markup(v or "—"), cell)]
                data.append(row + [""] * (4 - len(row)))
            quarter = doc.width / 100
            grid = Table(data, colWidths=[16 * quarter, 34 * quarter, 16 * quarter, 34 * quarter])
            style = [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                     ("BACKGROUND", (0, 0), (0, -1), HEAD_BG), ("BACKGROUND", (2, 0), (2, -1), HEAD_BG),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for r in range(len(data)):
                if len(pairs[2 * r:2 * r + 2]) == 1:  # a lone field takes the whole row
                    style.append(("SPAN", (1, r), (3, r)))
            grid.setStyle(TableStyle(style))
            story.append(grid)
        if section.table_headers:
            story.append(Spacer(1, 2 * mm))
            story.append(_table(section.table_headers, section.table_rows, section.table_widths, doc.width, cell,
                                head))
        if section.note:
            story.append(Spacer(1, 1 * mm))
            story.append(Paragraph(markup(section.note), footnote))
    if form.signatures:
        story.append(Spacer(1, 10 * mm))
        story.append(Paragraph("　　　　".join(f"{s}：__________" for s in form.signatures), cell))
    doc.build(story, canvasmaker=_numbered_canvas(font, f"{form.village}　打印日期：{form.printed_on}"))
    return doc.page
