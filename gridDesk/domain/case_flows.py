"""What the work-kind flows record: how a case was handed to the township (上报乡镇), and how a
closed case ended (RULES.md "Closing"). The words are the ones official forms use."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class HandoverChannel(str, enum.Enum):
    PHONE = "phone"  # an emergency is reported at once, a call is enough (with who took it)
    PAPER = "paper"  # the printed 上报单
    USB = "usb"
    IN_PERSON = "in_person"
    OTHER = "other"


HANDOVER_WORDS = {"phone": "电话", "paper": "纸质上报单", "usb": "U盘", "in_person": "当面报告", "other": "其他方式"}


class ClosureType(str, enum.Enum):
    """How a case ended: not the same fact, and the figures keep them apart."""

    SOLVED = "solved"  # 实质性办结: the problem is solved
    RESOLVED = "resolved"  # 实质性化解: resolved by mediation
    PROCEDURAL = "procedural"  # 程序性终结: closed by procedure, without a remedy
    SUSPENDED = "suspended"  # 问题中止
    UNDER_WATCH = "under_watch"  # 稳控中: not solved, kept stable and watched


CLOSURE_WORDS = {"solved": "实质性办结", "resolved": "实质性化解", "procedural": "程序性终结",
                 "suspended": "问题中止", "under_watch": "稳控中"}
# 自办自结 is a matter solved on the spot (town guide §6): it ends solved or resolved, never
# suspended, under watch or closed by procedure, which are the centre's to decide at closing.
SELF_SOLVE_CLOSURES = (ClosureType.SOLVED, ClosureType.RESOLVED)
# A case closed before closure types were kept says so, rather than a guessed type.
CLOSURE_NOT_RECORDED = "未记录"


def closure_words(value: str) -> str:
    return CLOSURE_WORDS.get(value, CLOSURE_NOT_RECORDED)


@dataclass(frozen=True)
class ClosureFigures:
    """The dashboard's count of a year's closed cases: by how they ended (every type, in order,
    then '' for those closed before types were kept), and by satisfaction at the revisit."""

    year: int
    total: int
    by_type: tuple[tuple[str, int], ...]  # (ClosureType value or '', cases)
    by_satisfaction: tuple[tuple[str, int], ...]  # (满意 | 基本满意 | 不满意 | '' not revisited, cases)


SATISFACTION = ("满意", "基本满意", "不满意")


def closure_figures(year: int, rows: list[tuple[str, str, int]]) -> ClosureFigures:
    """From (closure type, satisfaction, cases) rows."""
    types = {t.value: 0 for t in ClosureType}
    sats = {word: 0 for word in SATISFACTION}
    unrecorded = unrevisited = 0
    for how, sat, n in rows:
        if how in types:
            types[how] += n
        else:
            unrecorded += n
        if sat in sats:
            sats[sat] += n
        else:
            unrevisited += n
    by_type = tuple(types.items()) + ((("", unrecorded),) if unrecorded else ())
    by_sat = tuple(sats.items()) + ((("", unrevisited),) if unrevisited else ())
    return ClosureFigures(year, sum(n for _h, _s, n in rows), by_type, by_sat)
