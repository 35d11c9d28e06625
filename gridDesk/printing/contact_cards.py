"""Household contact cards (网格员服务联系卡): ten business-card-sized cards per A4 sheet with cut
marks; each names the household it is for, and carries the grid member's photo, name and phone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .fonts import register_cjk_font
from .output import pdf_target
from .sign import BLUE, INK, PALE, draw_image, fit_text

CARD_W, CARD_H = 85 * mm, 54 * mm  # the ISO business card
COLS, ROWS = 2, 5
PROMISE = "有事找网格，网格帮您办。随时联系，热情服务，不收任何费用。"


@dataclass(frozen=True)
class ContactCard:
    household: str  # e.g. "东村3组 12号（户号 H0012）": whom the card is for
    grid_name: str
    member_name: str
    member_role: str
    phone: str
    photo: bytes | None = None
    promise: str = PROMISE
    village: str = ""
    centre_phone: str = ""


def _cut_marks(c: Canvas, x0: float, y0: float) -> None:
    """Short hairlines outside the card block's corners and between cards, where the blade goes."""
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.3)
    mark, gap = 4 * mm, 1.5 * mm
    xs = [x0 + i * CARD_W for i in range(COLS + 1)]
    ys = [y0 + j * CARD_H for j in range(ROWS + 1)]
    for x in xs:
        c.line(x, ys[0] - gap, x, ys[0] - gap - mark)
        c.line(x, ys[-1] + gap, x, ys[-1] + gap + mark)
    for y in ys:
        c.line(xs[0] - gap, y, xs[0] - gap - mark, y)
        c.line(xs[-1] + gap, y, xs[-1] + gap + mark, y)


def _card(c: Canvas, font: str, card: ContactCard, x: float, y: float) -> None:
    c.setStrokeColor(colors.HexColor("#d0d7e2"))
    c.setLineWidth(0.3)
    c.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    band = 10 * mm
    c.setFillColor(BLUE)
    c.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
    fit_text(c, "网格员服务联系卡", font, x + 3 * mm, y + CARD_H - 2 * mm, CARD_W - 6 * mm, 7 * mm, 13, 8,
             colors.white, align=1, leading=1.1)
    photo_w, photo_h = 21 * mm, 28 * mm
    px, py = x + 3 * mm, y + CARD_H - band - 2 * mm - photo_h
    if not (card.photo and draw_image(c, card.photo, px, py, photo_w, photo_h)):
        c.setFillColor(PALE)
        c.rect(px, py, photo_w, photo_h, stroke=0, fill=1)
    tx, tw = px + photo_w + 3 * mm, CARD_W - photo_w - 9 * mm
    top = y + CARD_H - band - 2 * mm
    fit_text(c, f"{card.member_name}　{card.member_role}", font, tx, top, tw, 7 * mm, 12, 7, INK, leading=1.15)
    fit_text(c, card.phone, font, tx, top - 7 * mm, tw, 7 * mm, 14, 8, colors.HexColor("#b3261e"), leading=1.15)
    fit_text(c, card.grid_name, font, tx, top - 14 * mm, tw, 5 * mm, 8.5, 6, BLUE, leading=1.15)
    fit_text(c, card.promise, font, tx, top - 19 * mm, tw, 9 * mm, 7, 5.5, INK)
    fit_text(c, f"致：{card.household}", font, x + 3 * mm, y + 7 * mm, CARD_W - 6 * mm, 5 * mm, 7.5, 5.5, INK,
             leading=1.15)
    footer = f"{card.village}综治中心 {card.centre_phone}".strip() if card.village else ""
    fit_text(c, footer, font, x + 3 * mm, y + 3.5 * mm, CARD_W - 6 * mm, 4 * mm, 6.5, 5, colors.grey, leading=1.1)


def write_cards(cards: list[ContactCard], path: Path, font_file: Path | None = None, progress=None) -> int:
    """Ten cards to an A4 sheet, as many sheets as there are households."""
    font = register_cjk_font(font_file)
    width, height = A4
    x0 = (width - COLS * CARD_W) / 2
    y0 = (height - ROWS * CARD_H) / 2
    c = Canvas(pdf_target(path), pagesize=A4, pageCompression=1, initialFontName=font)
    c.setTitle("网格员服务联系卡")
    per_page = COLS * ROWS
    for start in range(0, len(cards), per_page):
        for i, card in enumerate(cards[start:start + per_page]):
            row, col = divmod(i, COLS)
            _card(c, font, card, x0 + col * CARD_W, y0 + (ROWS - 1 - row) * CARD_H)
        _cut_marks(c, x0, y0)
        c.showPage()
        if progress:
            progress(min(start + per_page, len(cards)), len(cards))
    if not cards:
        c.showPage()
    c.save()
    return len(cards)
