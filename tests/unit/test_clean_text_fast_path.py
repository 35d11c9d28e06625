"""clean_text's one-scan fast path (issue 17's import budget) must clean exactly as the full
steps do, for any text: the steps are written out again here as they were before it."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from gridDesk.domain.errors import ValidationError
from gridDesk.domain.text import clean_text

_FORMAT = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile("[\t\r\n\u2028\u2029]+")
_LINE_ENDS = re.compile("\r\n?|[\u2028\u2029]")


def reference(text: str, limit: int, multiline: bool) -> str | None:
    """None where clean_text must refuse."""
    if text == "":
        return ""
    if not text.isascii():
        text = _FORMAT.sub("", unicodedata.normalize("NFC", text))
    if _CONTROL.search(text):
        return None
    text = _LINE_ENDS.sub("\n", text) if multiline else _BREAKS.sub(" ", text)
    return text.strip()[:limit]


_TRICKY = st.sampled_from(["\u200b", "\u00ad", "\ufeff", "\t", "\n", "\r\n", "\u2028", "\x07", "\x85", "\u3000",
                           "e\u0301", "Å", "\u212b", "汉", " ", "\xa0", "\x1c"])
_TEXT = st.lists(st.one_of(st.text(max_size=6), _TRICKY), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(1, 40), st.booleans())
def test_the_fast_path_cleans_as_the_full_steps_do(text, limit, multiline):
    want = reference(text, limit, multiline)
    try:
        got = clean_text(text, limit, "x", multiline=multiline)
    except ValidationError:
        got = None
    assert got == want, (text, got, want)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(1, 40))
def test_bounded_text_cleans_as_clean_text_and_refuses_what_is_too_long(text, limit):
    from gridDesk.domain.resident_rules import bounded_text

    want = reference(text, 1 << 30, False)
    try:
        got = bounded_text(text, limit, "x")
    except ValidationError as exc:
        assert want is None or len(want) > limit, (text, exc)
        return
    assert got == want and len(got) <= limit
