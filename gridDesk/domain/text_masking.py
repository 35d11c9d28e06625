"""Masking numbers inside free text (an audit row's reason, a note): what leaves the centre masked
must not carry a full ID or mobile number in a sentence either.

Free text is not normalised at input as an ID field is, so the numbers are found however they
were typed: full-width digits (Chinese input methods), an X in either width or case, spaces or
dashes between groups (`110105 19491231 002X`, `138-0013-8000`), a `+86` / `0086` / `86` prefix,
letters right beside them. A number found is shown masked in its canonical form."""

from __future__ import annotations

import re
import unicodedata

from .idcard import mask_id_number, mask_phone

_D = r"\d"  # every script's decimal digits, full-width included
_X = "Xx\uff38\uff58"
_SEP = "[ \u3000\\-\uff0d]"  # one space, ideographic space or dash between two digits
# An 18-digit ID (last may be X) or a 15-digit old one, not part of a longer run of digits;
# then a mobile number with its country prefix, if any.
_ID_BODY = rf"(?:{_D}(?:{_SEP}?{_D}){{16}}{_SEP}?[0-9{_X}\uff10-\uff19]|{_D}(?:{_SEP}?{_D}){{14}})"
_MOBILE_BODY = (rf"(?P<prefix>(?:[+\uff0b]|[0\uff10]{{2}})?{_SEP}?[8\uff18][6\uff16]{_SEP}?)?"
                rf"(?P<number>[1\uff11]{_SEP}?[3-9\uff13-\uff19](?:{_SEP}?{_D}){{9}})")
_ID = re.compile(rf"(?<!\d){_ID_BODY}(?![\d{_X}])")
_MOBILE = re.compile(rf"(?<!\d){_MOBILE_BODY}(?!\d)")
# A whole number still standing in text that was masked: the same shapes, but one touching a
# mask's asterisks is a masked number's kept digits beside other digits, not a number left whole.
_ID_LEFT = re.compile(rf"(?<![\d*{_X}]){_ID_BODY}(?![\d*{_X}])")
_MOBILE_LEFT = re.compile(rf"(?<![\d*{_X}]){_MOBILE_BODY}(?![\d*])")


def _plain(span: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else unicodedata.normalize("NFKC", c).upper()
                   for c in span if not re.fullmatch(_SEP, c))


def mask_numbers_in_text(text: str) -> str:
    text = _ID.sub(lambda m: mask_id_number(_plain(m.group(0))), text)
    return _MOBILE.sub(lambda m: ("+86 " if m.group("prefix") else "") + mask_phone(_plain(m.group("number"))), text)


def whole_numbers_left(text: str) -> bool:
    """Whether masked text still carries a whole ID or mobile number (the township's check of an
    audit row marked masked: masking it again may join a masked number's kept digits with the
    digits next to it, which is not a leak)."""
    return bool(_ID_LEFT.search(text) or _MOBILE_LEFT.search(text))


def mask_name(name: str) -> str:
    """A person's name as the audit page shows it until someone with the right asks, with a
    reason, to see more: the first and last characters kept (李*华, 欧阳**明), a two-character
    name its first (张*)."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
