"""Masking numbers inside free text (an audit row's reason, a note): what leaves the centre masked
must not carry a full ID or mobile number in a sentence either."""

from __future__ import annotations

import re

from .idcard import mask_id_number, mask_phone

# An 18-digit ID (last may be X) or a 15-digit old one, not part of a longer run of digits;
# then a mobile number. Full-width digits were made ASCII at input (NFKC), so ASCII suffices.
_ID = re.compile(r"(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])")
_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def mask_numbers_in_text(text: str) -> str:
    text = _ID.sub(lambda m: mask_id_number(m.group(0)), text)
    return _MOBILE.sub(lambda m: mask_phone(m.group(0)), text)
