"""The grid announcement sign (网格公示牌, Article 5): hung outdoors, read from two metres.

A3 landscape by default (A4, A2, A1 too). A blue header with the village, the grid and its code;
the team as photo cards; the boundary, the map, the WeChat group's QR code and the phones on the
right; the date printed at the foot. Every text is fitted into its box: it wraps, then shrinks,
and is cut with an ellipsis only below a readable size, so nothing runs off the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.pagesizes import A1, A2, A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .fonts import register_cjk_font
from .output import markup, pdf_target

SIZES = {"A4": landscape(A4), "A3": landscape(A3), "A2": landscape(A2), "A1": landscape(A1)}
BLUE = colors.HexColor("#1f4e8c")
PALE = colors.HexColor("#eef3fa")
INK = colors.HexColor("#1b2a41")


@dataclass(frozen=True)
class SignMember:
    name: str
    role: str
    phone: str
    duties: str = ""
    photo: bytes | None = None  # a 3:4 portrait JPEG


@dataclass(frozen=True)
class SignData:
    village: str
    grid_name: str
    grid_code: str
    members: tuple[SignMember, ...]
    boundary: str = ""
    map_image: bytes | None = None
    qr_image: bytes | None = None
    qr_link: str = ""  # drawn as a QR code when no image was uploaded
    centre_phone: str = ""
    supervision_phone: str = ""
    printed_on: str = ""
    township: str = ""
    wechat_coverage: int | None = None  # % of households with a representative in the group (一户一代表)


def fit_text(c: Canvas, text: str, font: str, x: float, top: float, width: float, height: float, size: float,
             min_size: float, colour=INK, align: int = 0, leading: float = 1.3) -> tuple[float, float]:
    """Draws `text` inside the box (x, top-height)-(x+width, top): wrap, shrink, then cut.
    Returns (the font size used, the height drawn)."""
    if not text or height < min_size * leading:  # not even one line fits: draw nothing rather than spill
        return size, 0.0
    while True:
        style = ParagraphStyle("fit", fontName=font, fontSize=size, leading=size * leading, textColor=colour,
                               alignment=align, wordWrap="CJK")
        para = Paragraph(markup(text), style)
        _w, h = para.wrap(width, height)
        if h <= height or size <= min_size:
            break
        size = max(min_size, size * 0.9)
    if h > height:  # even the smallest readable size does not fit: keep what fits, end with …
        lines = max(1, int(height // (size * leading)))
        chars = max(1, int(len(text) * lines / max(1, math.ceil(h / (size * leading)))) - 1)
        para = Paragraph(markup(text[:chars] + "…"), style)
        _w, h = para.wrap(width, height)
    para.drawOn(c, x, top - h)
    return size, h


def draw_image(c: Canvas, data: bytes, x: float, y: float, width: float, height: float) -> bool:
    """Draws an image kept in proportion and centred in the box; False when it cannot be read."""
    try:
        reader = ImageReader(BytesIO(data))
        iw, ih = reader.getSize()
    except Exception:  # noqa: BLE001 - a damaged upload must not stop the whole batch
        return False
    scale = min(width / iw, height / ih)
    w, h = iw * scale, ih * scale
    c.drawImage(reader, x + (width - w) / 2, y + (height - h) / 2, w, h, mask="auto")
    return True


def draw_qr(c: Canvas, link: str, x: float, y: float, side: float) -> None:
    """A QR code of `link`, drawn as squares on the canvas (no extra font or image enters the PDF)."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(link)
    code.make()
    n = code.getModuleCount()
    cell = side / (n + 8)  # four modules of quiet zone each side, as readers expect
    c.setFillColor(colors.white)
    c.rect(x, y, side, side, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for row in range(n):
        for col in range(n):
            if code.isDark(row, col):
                c.rect(x + (col + 4) * cell, y + side - (row + 5) * cell, cell, cell, stroke=0, fill=1)


def _card(c: Canvas, font: str, m: SignMember, x: float, y: float, w: float, h: float, k: float) -> None:
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.HexColor("#c9d3e3"))
    c.setLineWidth(1.2 * k)
    c.roundRect(x, y, w, h, 6 * k, stroke=1, fill=1)
    pad = 5 * mm * k
    photo_h = h * 0.5
    photo_w = min(photo_h * 3 / 4, w - 2 * pad)
    photo_h = photo_w * 4 / 3
    px, py = x + (w - photo_w) / 2, y + h - pad - photo_h
    if not (m.photo and draw_image(c, m.photo, px, py, photo_w, photo_h)):
        c.setFillColor(PALE)
        c.rect(px, py, photo_w, photo_h, stroke=0, fill=1)
        fit_text(c, "照片", font, px, py + photo_h / 2 + 8 * k, photo_w, 16 * k, 14 * k, 8, colors.grey, align=1)
    inner = w - 2 * pad
    top = py - 3 * mm * k
    name_h = 13 * mm * k
    fit_text(c, m.name, font, x + pad, top, inner, name_h, 30 * k, 12, INK, align=1, leading=1.15)
    top -= name_h
    role_h = 7 * mm * k
    fit_text(c, m.role, font, x + pad, top, inner, role_h, 15 * k, 8, BLUE, align=1, leading=1.15)
    top -= role_h
    phone_h = 10 * mm * k
    fit_text(c, m.phone, font, x + pad, top, inner, phone_h, 24 * k, 11, colors.HexColor("#b3261e"), align=1,
             leading=1.15)
    top -= phone_h
    fit_text(c, m.duties, font, x + pad, top, inner, max(0.0, top - y - pad), 14 * k, 7, INK, align=0)


def _team_grid(count: int) -> tuple[int, int]:
    """(columns, rows) that keep 1 to 8 cards large: one row up to four, then two."""
    if count <= 4:
        return max(1, count), 1
    return math.ceil(count / 2), 2


def draw_sign(c: Canvas, sign: SignData, page: tuple[float, float], font: str) -> None:
    width, height = page
    k = width / SIZES["A3"][0]  # everything scales with the sheet; A3 is the design size
    margin = 12 * mm * k
    # Header band.
    head_h = height * 0.15
    c.setFillColor(BLUE)
    c.rect(0, height - head_h, width, head_h, stroke=0, fill=1)
    fit_text(c, "网格公示牌", font, margin, height - head_h * 0.12, width - 2 * margin, head_h * 0.5,
             54 * k, 20, colors.white, align=1, leading=1.1)
    fit_text(c, f"{sign.village}　{sign.grid_name}　　网格编码：{sign.grid_code}", font, margin,
             height - head_h * 0.62, width - 2 * margin, head_h * 0.34, 24 * k, 10, colors.white, align=1,
             leading=1.15)
    # Footer.
    foot_h = 12 * mm * k
    c.setFillColor(PALE)
    c.rect(0, 0, width, foot_h, stroke=0, fill=1)
    fit_text(c, f"网格员为群众服务不收取任何费用　　{sign.township}{sign.village}综治中心　　打印日期：{sign.printed_on}",
             font, margin, foot_h * 0.78, width - 2 * margin, foot_h * 0.7, 13 * k, 7, INK, align=1)
    # Body: the team on the left, the grid's facts on the right.
    body_top = height - head_h - margin
    body_bottom = foot_h + margin
    side_w = (width - 3 * margin) * 0.3
    team_w = width - 3 * margin - side_w
    fit_text(c, "网格服务团队", font, margin, body_top, team_w, 10 * mm * k, 22 * k, 10, BLUE)
    cards_top = body_top - 12 * mm * k
    members = sign.members[:8]
    cols, rows = _team_grid(len(members))
    gap = 6 * mm * k
    card_w = (team_w - gap * (cols - 1)) / cols
    card_h = (cards_top - body_bottom - gap * (rows - 1)) / rows
    card_w = min(card_w, card_h * 0.95)  # wider than tall would leave the photo lost in white
    used = card_w * cols + gap * (cols - 1)
    left = margin + (team_w - used) / 2
    for i, m in enumerate(members):
        r, col = divmod(i, cols)
        _card(c, font, m, left + col * (card_w + gap), cards_top - (r + 1) * card_h - r * gap, card_w, card_h, k)
    if not members:
        fit_text(c, "（本网格尚未配备网格员）", font, margin, cards_top - 20 * mm * k, team_w, 20 * mm * k,
                 20 * k, 10, colors.grey, align=1)
    _side(c, font, sign, margin * 2 + team_w, body_top, side_w, body_top - body_bottom, k)


def _side(c: Canvas, font: str, sign: SignData, x: float, top: float, w: float, h: float, k: float) -> None:
    c.setFillColor(PALE)
    c.roundRect(x, top - h, w, h, 6 * k, stroke=0, fill=1)
    pad = 5 * mm * k
    inner = w - 2 * pad
    y = top - pad
    fit_text(c, "网格范围", font, x + pad, y, inner, 9 * mm * k, 18 * k, 9, BLUE)
    y -= 9 * mm * k
    phones_h = 34 * mm * k
    qr_side = min(inner * 0.62, h * 0.3)
    has_qr = bool(sign.qr_image or sign.qr_link)
    has_map = bool(sign.map_image)
    reserve = phones_h + (qr_side + 9 * mm * k if has_qr else 0)
    text_h = (y - (top - h) - reserve - pad) * (0.45 if has_map else 1.0)
    fit_text(c, sign.boundary or "（网格范围以村委会公布为准）", font, x + pad, y, inner, text_h, 20 * k, 8)
    y -= text_h
    if has_map:
        map_h = y - (top - h) - reserve - pad
        if map_h > 20 * mm * k and draw_image(c, sign.map_image, x + pad, y - map_h, inner, map_h):
            y -= map_h
    bottom = top - h + pad
    if has_qr:
        qx = x + (w - qr_side) / 2
        qy = bottom + phones_h
        if not (sign.qr_image and draw_image(c, sign.qr_image, qx, qy, qr_side, qr_side)) and sign.qr_link:
            draw_qr(c, sign.qr_link, qx, qy, qr_side)
        fit_text(c, "扫码加入网格微信群", font, x + pad, qy - 1.5 * mm * k, inner, 7 * mm * k, 12 * k, 7, INK, align=1)
        if sign.wechat_coverage is not None:  # how far "one household, one representative" has got
            # in the 9 mm kept free above the QR code, where it reads as the group's figure
            fit_text(c, f"微信群覆盖 {sign.wechat_coverage}%", font, x + pad, qy + qr_side + 6.5 * mm * k, inner,
                     5.5 * mm * k, 11 * k, 6, INK, align=1)
    lines = []
    if sign.centre_phone:
        lines.append(f"村综治中心：{sign.centre_phone}")
    if sign.supervision_phone:
        lines.append(f"监督电话：{sign.supervision_phone}")
    fit_text(c, "\n".join(lines) or "联系电话见村委会公告栏", font, x + pad, bottom + phones_h - 8 * mm * k, inner,
             phones_h - 8 * mm * k, 22 * k, 9, colors.HexColor("#b3261e"), align=1)


def write_signs(signs: list[SignData], path: Path, size: str = "A3", font_file: Path | None = None,
                progress=None) -> int:
    """Every sign in one PDF, a page each (the batch of all grids, or one)."""
    font = register_cjk_font(font_file)
    page = SIZES[size]
    c = Canvas(pdf_target(path), pagesize=page, pageCompression=1, initialFontName=font)
    c.setTitle("网格公示牌")
    for n, sign in enumerate(signs, 1):
        draw_sign(c, sign, page, font)
        c.showPage()
        if progress:
            progress(n, len(signs))
    c.save()
    return len(signs)
