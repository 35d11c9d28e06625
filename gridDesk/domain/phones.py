"""Mobile and landline numbers as typed by people and Excel: normalised, checked."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")


def _clean(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw).strip()
    return re.sub(r"[\s\u200b\u200c\u200d\ufeff()（）]", "", text)


def _shown(raw: str) -> str:
    """What a message may repeat of the input: an ID number typed in the wrong field is masked."""
    digits = sum(ch.isdigit() for ch in unicodedata.normalize("NFKC", raw))
    if digits < 15:
        return raw
    text = unicodedata.normalize("NFKC", raw).strip()
    return text[:4] + "*" * max(0, len(text) - 8) + text[-4:]


def normalise_mobile(raw: str, field: str = "phone") -> str:
    """'+86 138-0013-8000', '0086…', full-width digits -> '13800138000'; '' stays ''."""
    text = _clean(raw).replace("-", "")
    if not text:
        return ""
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    if not text.isdigit():
        raise ValidationError(field, "phone.not_digits", value=_shown(raw))
    if len(text) != 11:
        raise ValidationError(field, "phone.length", value=_shown(raw), length=len(text))
    if not _MOBILE.fullmatch(text):
        raise ValidationError(field, "phone.prefix", value=_shown(raw))
    return text


def normalise_phone(raw: str, field: str = "phone") -> str:
    """A mobile, or a landline with its area code (0351-1234567) where landlines are allowed."""
    text = _clean(raw)
    if text.startswith("0") and not text.startswith("0086") and _LANDLINE.fullmatch(text):
        return text
    return normalise_mobile(raw, field)
