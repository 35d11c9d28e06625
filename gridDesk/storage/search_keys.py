"""Search keys kept beside each row: pinyin, initials and reversed numbers.

Written whenever the row is written, so search is an index lookup rather than a conversion.
Pinyin comes per character from pypinyin's tables (fast, cached); a few surnames read
differently at the start of a name (单 shan, 曾 zeng ...), so the first character uses them.
"""

from __future__ import annotations

from functools import lru_cache

_SURNAMES = {"单": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "区": "ou", "朴": "piao",
             "查": "zha", "盖": "ge", "尉": "yu", "乐": "yue", "覃": "qin", "翟": "zhai", "缪": "miao",
             "万": "wan", "秘": "bi", "种": "chong", "繁": "po", "员": "yun", "长": "chang"}


@lru_cache(maxsize=20000)
def _char(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin

    if not ("\u4e00" <= ch <= "\u9fff"):
        return ch.lower()
    return lazy_pinyin(ch, style=Style.NORMAL, v_to_u=False)[0].replace("ü", "v")


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
