"""Draws GridDesk's icon (a blue tile, a 3 x 3 grid, one cell lit: 网格) into resources/icons/ as
PNG for Qt and the Linux desktop, and ICO for Windows. Run once when the design changes:

    uv run python installer/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
BLUE, GOLD, WHITE = (31, 78, 140, 255), (242, 183, 5, 255), (255, 255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pad = size // 16
    pen.rounded_rectangle((pad, pad, size - pad, size - pad), radius=size // 6, fill=BLUE)
    inner, cells = size // 4.2, 3
    left, top = inner, inner * 0.95
    step = (size - 2 * inner) / cells
    lit = (1, 1)
    x0, y0 = left + lit[0] * step, top + lit[1] * step
    pen.rectangle((x0, y0, x0 + step, y0 + step), fill=GOLD)
    width = max(2, size // 40)
    for i in range(cells + 1):
        pen.line((left + i * step, top, left + i * step, top + cells * step), fill=WHITE, width=width)
        pen.line((left, top + i * step, left + cells * step, top + i * step), fill=WHITE, width=width)
    return image


def main() -> None:
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(out / "griddesk.png")
    big.save(out / "griddesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
