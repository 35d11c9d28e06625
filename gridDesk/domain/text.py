"""Text coming in (typed or read from a ledger) and going out (CSV and XLSX cells).

In: control characters (NUL, BEL, ESC, DEL, the C1 range ...) are refused with the field named;
a line break or tab in a one-line field becomes a space (Excel's Alt+Enter in an address cell),
and only the multi-line notes keep them. Out: a text cell that a spreadsheet would read as a
formula (OWASP's CSV-injection rule: it begins with = + - @, a tab or a carriage return) is
neutralised by every writer through `formula_like` / `neutralise`; numbers stay numbers.
"""

from __future__ import annotations

import re
import unicodedata

from .catalogue import Word
from .errors import ValidationError

# Invisible format characters that input methods and Excel leave (removed, not refused).
_FORMAT_CHARS = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
# C0 controls but tab, line feed and carriage return; DEL; the C1 range; and what no UTF-8 or XML
# can carry (a lone surrogate: a non-UTF-8 byte on the command line; the noncharacters U+FFFE,
# U+FFFF): kept, they would fail the database's encoder or every package and reply written later.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("[\t\r\n\u2028\u2029]+")
# Anything clean_text would remove, refuse or turn into a space: the other three sets together.
_UNUSUAL = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064"
                      "\u2066-\u206f\ufeff\ud800-\udfff\ufffe\uffff]")
_LINE_ENDS = re.compile("\r\n?|[\u2028\u2029]")

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

def refuse_controls(text: str, field: str, word: str = "") -> None:
    """Refused in words naming the field: by `word` (a catalogue code: the township's forms name
    their fields in catalogue/township_downlinks.py) or else by the village's word for `field`
    (catalogue/words.py), which for a township field would be another field's or none."""
    bad = _CONTROL.search(text)
    if bad:
        named = {"field": Word(word)} if word else {}
        raise ValidationError(field or "text", "invalid.control_chars", char=f"U+{ord(bad.group()):04X}", **named)


def control_at(text: str) -> int:
    """Where the first character refuse_controls refuses lies in `text` (a whole file in one scan:
    most hold none), or -1."""
    bad = _CONTROL.search(text)
    return bad.start() if bad else -1


def plain_text(text: str) -> bool:
    """Nothing in `text` that clean_text would remove, refuse or change but the spaces around it."""
    return _UNUSUAL.search(text) is None and (text.isascii() or unicodedata.is_normalized("NFC", text))


def clean_text(value: object, limit: int = 128, field: str = "", multiline: bool = False) -> str:
    """Trimmed, NFC, without invisible format characters; control characters refused
    (ValidationError naming the field); line breaks and tabs kept only when `multiline`."""
    if value is None or value == "":
        return ""
    text = value if isinstance(value, str) else str(value)
    # Most cells hold nothing to remove or refuse: one scan says so (an import cleans some thirty
    # cells a row), and the steps below run only for the rest.
    if plain_text(text):
        return text.strip()[:limit]
    if not text.isascii():
        text = _FORMAT_CHARS.sub("", unicodedata.normalize("NFC", text))
    refuse_controls(text, field)
    if multiline:
        text = _LINE_ENDS.sub("\n", text)
    elif "\t" in text or "\n" in text or "\r" in text or "\u2028" in text or "\u2029" in text:
        text = _BREAKS.sub(" ", text)
    return text.strip()[:limit]


# -- going out --------------------------------------------------------------------------------
def formula_like(text: str) -> bool:
    """A text cell a spreadsheet would take for a formula (or a DDE call) when it opens the file."""
    return text.startswith(FORMULA_TRIGGERS)


def cell_text(text: str) -> str:
    """A text cell's value without control characters (data stored before they were refused);
    tabs and line breaks inside the text stay."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def neutralise(text: str) -> str:
    """OWASP's rule for CSV: a formula-like cell is prefixed with a single quote, so Excel and
    WPS show it as text and never evaluate it."""
    text = cell_text(text)
    return "'" + text if formula_like(text) else text
