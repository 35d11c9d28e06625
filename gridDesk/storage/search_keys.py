"""Search keys kept beside each row: pinyin, initials and reversed numbers.

Written whenever the row is written, so search is an index lookup rather than a conversion.
Pinyin comes per character from pypinyin's tables (fast, cached); a few surnames read
differently at the start of a name (单 shan, 曾 zeng ...), so the first character uses them.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

_SURNAMES = {"单": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "区": "ou", "朴": "piao",
             "查": "zha", "盖": "ge", "尉": "yu", "乐": "yue", "覃": "qin", "翟": "zhai", "缪": "miao",
             "万": "wan", "秘": "bi", "种": "chong", "繁": "po", "员": "yun", "长": "chang"}


_TONELESS = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    """pypinyin's own character table, read straight from its data file.

    A name is a few unrelated characters, so a lookup per character is all it needs; importing
    the pypinyin package would also load its phrase dictionary and segmenter (~0.3 s).
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pypinyin")
    data = Path(spec.submodule_search_locations[0]) / "pinyin_dict.json"
    return {int(k): v for k, v in json.loads(data.read_text("utf-8")).items()}


@lru_cache(maxsize=50000)
def _char(ch: str) -> str:
    reading = _readings().get(ord(ch))
    if not reading:
        return ch.lower()
    return reading.split(",", 1)[0].translate(_TONELESS)


def name_keys(name: str) -> tuple[str, str]:
    """('zhangsan', 'zs') for 张三: full pinyin and initials, lower case, no spaces."""
    syllables = []
    for i, ch in enumerate(name.strip()):
        if ch.isspace() or ch in "·•.":
            continue
        syllables.append(_SURNAMES.get(ch) if i == 0 and ch in _SURNAMES else _char(ch))
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def reversed_digits(number: str) -> str:
    """Reversed, so a search by the last digits is a prefix search on an index."""
    return number[::-1].upper()
