"""Photos and documents kept with a case step or a visit: what is accepted and how it is described."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from .errors import ValidationError

MAX_BYTES = 20 * 1024 * 1024  # a phone photo is 3–8 MB; a scanned document rarely passes 20
PHOTO_TYPES = {".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff", ".png": b"\x89PNG", ".gif": b"GIF8",
               ".bmp": b"BM", ".webp": b"RIFF"}
DOCUMENT_TYPES = {".pdf": b"%PDF", ".doc": b"", ".docx": b"PK", ".xls": b"", ".xlsx": b"PK", ".wps": b"",
                  ".et": b"", ".ofd": b"PK", ".txt": b"", ".rtf": b"{\\rtf"}


@dataclass(frozen=True)
class NewAttachment:
    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Attachment:
    id: int
    name: str
    kind: str  # photo | document
    size: int
    sha256: str
    added_by: str
    added_at: datetime
    step: str = ""  # the case step (action code) it came with, "" for a visit
    event_id: int | None = None


def check_attachment(name: str, data: bytes) -> str:
    """'photo' or 'document'; refused in plain words when it is neither, empty, too big or not what it says."""
    base = PurePath(name.replace("\\", "/")).name
    suffix = PurePath(base).suffix.lower()
    if not data:
        raise ValidationError("attachment", "attachment.empty", file=base)
    if len(data) > MAX_BYTES:
        raise ValidationError("attachment", "attachment.too_large", file=base, mb=len(data) / 1024 / 1024)
    magic = PHOTO_TYPES.get(suffix, DOCUMENT_TYPES.get(suffix))
    if magic is None:
        raise ValidationError("attachment", "attachment.kind", file=base)
    if magic and not data.startswith(magic):
        raise ValidationError("attachment", "attachment.mismatch", file=base)
    return "photo" if suffix in PHOTO_TYPES else "document"


def clean_name(name: str) -> str:
    """The file's own name, without its folder, at most 120 characters (the extension kept)."""
    base = PurePath(name.replace("\\", "/")).name.strip() or "附件"
    suffix = PurePath(base).suffix
    return base if len(base) <= 120 else base[: 120 - len(suffix)] + suffix
