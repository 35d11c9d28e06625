"""Where a PDF goes: a file, or a buffer (the preview renders from memory; no PDF lands on disk)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO


def pdf_target(out: Path | str | BinaryIO):
    return str(out) if isinstance(out, (str, Path)) else out


def markup(text: str | None) -> str:
    """Plain text for a reportlab Paragraph: its markup characters escaped, line breaks kept."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
