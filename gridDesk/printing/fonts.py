"""Finding and registering an embeddable CJK TrueType font (TTF/TTC with TrueType outlines)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..domain.catalogue import Word
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


def _load(path: Path, name: str) -> TTFont | None:
    """The font if reportlab can embed it and it has Chinese glyphs; None otherwise."""
    if not path.is_file():
        return None
    try:
        font = TTFont(name, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" else TTFont(name, str(path))
    except (TTFError, OSError):
        return None  # e.g. CFF (OpenType/PostScript) outlines, which reportlab cannot embed
    return font if font.face.charToGlyph.get(ord("网")) is not None else None


def check_font_file(path: Path) -> None:
    """For Settings: refuse, in plain words, a file that cannot print Chinese."""
    if _load(Path(path), "GridDeskCheck") is None:
        raise FontNotFound("font_missing.unusable", file=Path(path).name)


_registered_from: Path | None = None


def register_cjk_font(preferred: Path | None = None) -> str:
    """Register the first usable CJK font under FONT_NAME; say plainly when there is none."""
    global _registered_from
    if FONT_NAME in pdfmetrics.getRegisteredFontNames() and (preferred is None or preferred == _registered_from):
        return FONT_NAME
    looked = _candidates(preferred)
    for path in looked:
        font = _load(path, FONT_NAME)
        if font is not None:
            pdfmetrics.registerFont(font)
            _registered_from = path if path == preferred else None
            return FONT_NAME
    names = tuple(p.name for p in looked[:8]) or Word("font_missing.none_reported")
    raise FontNotFound("font_missing.none", names=names)
