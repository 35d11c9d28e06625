"""The township's codes in words: escalation states, answer kinds, import outcomes, roles, the
matrix's cell states (one place, so the legend and the tooltips say the same)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.township import Outcome, PeriodCell, TownshipRole

C = "TownshipWords"

_STATES = {"waiting": QT_TRANSLATE_NOOP("TownshipWords", "待答复"),
           "answered": QT_TRANSLATE_NOOP("TownshipWords", "已答复，待回复包"),
           "sent": QT_TRANSLATE_NOOP("TownshipWords", "已随回复包发出")}
KINDS = (("instruct", QT_TRANSLATE_NOOP("TownshipWords", "指导意见")),
         ("return", ""),  # 退回 is a case step's word: the one table's (ui/case_words.py), see kind_words()
         ("solved", QT_TRANSLATE_NOOP("TownshipWords", "已办结")),
         ("county", QT_TRANSLATE_NOOP("TownshipWords", "上报县级")))
_OUTCOMES = {Outcome.LOADED: QT_TRANSLATE_NOOP("TownshipWords", "已导入"),
             Outcome.ALREADY: QT_TRANSLATE_NOOP("TownshipWords", "已有（同一批次，未重复导入）"),
             Outcome.QUARANTINED: QT_TRANSLATE_NOOP("TownshipWords", "已隔离（未导入）"),
             Outcome.NOT_REACHED: QT_TRANSLATE_NOOP("TownshipWords", "未处理（导入中途停止）")}
_ROLES = {TownshipRole.DIRECTOR: QT_TRANSLATE_NOOP("TownshipWords", "主任"),
          TownshipRole.STAFF: QT_TRANSLATE_NOOP("TownshipWords", "工作人员"),
          TownshipRole.AUDITOR: QT_TRANSLATE_NOOP("TownshipWords", "审计员（只读）")}

# The matrix's cell states, worst first: a cell shows the worst that is true of it.
CELL_STATES = (("failed", "#f4c7c3", QT_TRANSLATE_NOOP("TownshipWords", "有包未通过检测（已隔离）")),
               ("missing", "#d9dde3", QT_TRANSLATE_NOOP("TownshipWords", "应报未报")),
               ("chain", "#fde0b2", QT_TRANSLATE_NOOP("TownshipWords", "批次链不完整")),
               ("late", "#fff3b0", QT_TRANSLATE_NOOP("TownshipWords", "已收到，逾期")),
               ("on_time", "#c8e6c9", QT_TRANSLATE_NOOP("TownshipWords", "已收到，按时")),
               ("none", "#ffffff", QT_TRANSLATE_NOOP("TownshipWords", "未到期或无需上报")))
CELL_COLOUR = {key: colour for key, colour, _w in CELL_STATES}


def t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def state_word(state: str) -> str:
    return t(_STATES[state]) if state in _STATES else state


def kind_word(kind: str) -> str:
    if kind == "return":
        from ..case_words import action_label

        return action_label("return")
    return next((t(w) for k, w in KINDS if k == kind), kind)


def kind_words() -> list[tuple[str, str]]:
    """(kind, its words) in the order the answer form offers them."""
    return [(k, kind_word(k)) for k, _w in KINDS]


def outcome_word(outcome: Outcome) -> str:
    return t(_OUTCOMES.get(outcome, outcome.value))


def role_word(role: TownshipRole) -> str:
    return t(_ROLES.get(role, role.value))


def cell_state(cell: PeriodCell) -> str:
    if cell.failed:
        return "failed"
    if cell.missing:
        return "missing"
    if not cell.received:
        return "none"
    if not cell.chain_complete:
        return "chain"
    return "on_time" if cell.on_time == cell.received else "late"


def cell_word(state: str) -> str:
    return next(t(w) for k, _c, w in CELL_STATES if k == state)


def cell_text(cell: PeriodCell) -> str:
    """What the cell shows: batches received (late ones marked), failures, a dash when missing."""
    if cell.missing and not cell.failed:
        return "—"
    parts = []
    if cell.received:
        late = cell.received - cell.on_time
        parts.append(f"{cell.received}" + (QCoreApplication.translate("TownshipWords", "（迟{0}）").format(late) if late else ""))
        if not cell.chain_complete:
            parts.append(QCoreApplication.translate("TownshipWords", "断链"))
    if cell.failed:
        parts.append(QCoreApplication.translate("TownshipWords", "✗{0}").format(cell.failed))
    return " ".join(parts)


def cell_tip(village: str, cell: PeriodCell) -> str:
    lines = [f"{village} · {cell.period}", cell_word(cell_state(cell)),
             QCoreApplication.translate("TownshipWords", "收到批次：{0}，其中按时：{1}").format(cell.received, cell.on_time)]
    if cell.received:
        lines.append(QCoreApplication.translate("TownshipWords", "批次链：完整") if cell.chain_complete else QCoreApplication.translate("TownshipWords", "批次链：不完整（有包被隔离或缺号）"))
    if cell.failed:
        lines.append(QCoreApplication.translate("TownshipWords", "未通过检测（已隔离）的包：{0}，原因见“村情”").format(cell.failed))
    if cell.missing:
        lines.append(QCoreApplication.translate("TownshipWords", "这个月应报而没有收到任何批次"))
    return "\n".join(lines)
