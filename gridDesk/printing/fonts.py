"""Finding and registering an embeddable CJK TrueType font (TTF/TTC with TrueType outlines)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..domain.errors import GridDeskError

FONT_NAME = "GridDeskCJK"
_WINDOWS = ("simhei.ttf", "simsun.ttc", "msyh.ttc", "msyh.ttf", "simkai.ttf")
_LINUX = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/arphic/ukai.ttc")


class FontNotFound(GridDeskError):
    code = "font_missing"


def _candidates(preferred: Path | None) -> list[Path]:
    found: list[Path] = []
    if preferred:
        found.append(Path(preferred))
    if sys.platform == "win32":
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        found += [fonts / name for name in _WINDOWS]
    else:
        if shutil.which("fc-match"):
            try:
                out = subprocess.run(["fc-match", "-s", "-f", "%{file}\n", ":lang=zh"], capture_output=True,
                                     text=True, timeout=10).stdout
                found += [Path(line) for line in out.splitlines() if line.lower().endswith((".ttf", ".ttc"))]
            except (OSError, subprocess.SubprocessError):
                pass
        found += [Path(p) for p in _LINUX]
    return found


def register_cjk_font(preferred: Path | None = None) -> str:
    """Register the first usable CJK font under FONT_NAME; say plainly when there is none."""
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    for path in _candidates(preferred):
        if not path.is_file():
            continue
        try:
            font = TTFont(FONT_NAME, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" \
                else TTFont(FONT_NAME, str(path))
        except (TTFError, OSError):
            continue  # e.g. CFF outlines, which reportlab cannot embed
        if font.face.charToGlyph.get(ord("网")) is None:
            continue
        pdfmetrics.registerFont(font)
        return FONT_NAME
    raise FontNotFound("找不到可嵌入的中文字体（TrueType）。请在 设置 中指定一个中文字体文件，"
                       "例如 Windows 自带的 黑体 simhei.ttf。")
