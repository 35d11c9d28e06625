"""Case states, actions and work kinds in words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.case_flows import ClosureType, HandoverChannel
from ..domain.cases import CaseAction, CaseState, Channel, WorkKind

# The words of domain/step_words.py, marked here for translation (lupdate reads literals under ui/
# only); tests/unit/test_step_words.py holds the two tables equal, word for word.
_STEPS = {
    "report": QT_TRANSLATE_NOOP("CaseWords", "问题上报"),
    "file": QT_TRANSLATE_NOOP("CaseWords", "案卷建立"),
    "assign": QT_TRANSLATE_NOOP("CaseWords", "任务指派"),
    "investigate": QT_TRANSLATE_NOOP("CaseWords", "调查落实"),
    "feedback": QT_TRANSLATE_NOOP("CaseWords", "处理反馈"),
    "close": QT_TRANSLATE_NOOP("CaseWords", "结案归档"),
}
_STATES = {
    "reported": _STEPS["report"], "filed": _STEPS["file"], "assigned": _STEPS["assign"],
    "in_progress": _STEPS["investigate"], "escalated": QT_TRANSLATE_NOOP("CaseWords", "已上报乡镇"),
    "returned": QT_TRANSLATE_NOOP("CaseWords", "已退回"), "feedback": _STEPS["feedback"], "closed": _STEPS["close"],
}
_RECORDS = {
    "report": _STEPS["report"], "file": _STEPS["file"], "self_solve": QT_TRANSLATE_NOOP("CaseWords", "自办自结"),
    "assign": _STEPS["assign"], "start": _STEPS["investigate"], "escalate": QT_TRANSLATE_NOOP("CaseWords", "上报乡镇"),
    "township_instructs": QT_TRANSLATE_NOOP("CaseWords", "乡镇批示"),
    "township_solved": QT_TRANSLATE_NOOP("CaseWords", "乡镇处置"), "return": QT_TRANSLATE_NOOP("CaseWords", "退回"),
    "resubmit": QT_TRANSLATE_NOOP("CaseWords", "重新提交"),
    "request_extension": QT_TRANSLATE_NOOP("CaseWords", "申请延期"),
    "approve_extension": QT_TRANSLATE_NOOP("CaseWords", "批准延期"), "feedback": _STEPS["feedback"],
    "revisit": QT_TRANSLATE_NOOP("CaseWords", "回访"), "close": _STEPS["close"],
    "note": QT_TRANSLATE_NOOP("CaseWords", "追加说明"),
    # A 需审批 matter's chain and notice: timeline entries that are not steps of the loop.
    "approval": QT_TRANSLATE_NOOP("CaseWords", "审批环节"), "public_notice": QT_TRANSLATE_NOOP("CaseWords", "公示"),
}
_BUTTON_VERBS = {
    "file": QT_TRANSLATE_NOOP("CaseWords", "建立案卷"),
    "assign": QT_TRANSLATE_NOOP("CaseWords", "指派"),
    "start": QT_TRANSLATE_NOOP("CaseWords", "开始办理"),
    "township_instructs": QT_TRANSLATE_NOOP("CaseWords", "乡镇批示：继续办理"),
    "township_solved": QT_TRANSLATE_NOOP("CaseWords", "乡镇已处置"),
    "resubmit": QT_TRANSLATE_NOOP("CaseWords", "补充后重新提交"),
}
_KINDS = {
    WorkKind.ORDINARY: QT_TRANSLATE_NOOP("CaseWords", "一般事项"),
    WorkKind.COORDINATION: QT_TRANSLATE_NOOP("CaseWords", "需协调事项"),
    WorkKind.EMERGENCY: QT_TRANSLATE_NOOP("CaseWords", "紧急事项"),
    WorkKind.APPROVAL: QT_TRANSLATE_NOOP("CaseWords", "需审批事项"),
}
_CHANNELS = {
    Channel.VISIT: QT_TRANSLATE_NOOP("CaseWords", "网格员走访"), Channel.WALK_IN: QT_TRANSLATE_NOOP("CaseWords", "群众来访"),
    Channel.PHONE: QT_TRANSLATE_NOOP("CaseWords", "电话"), Channel.WECHAT: QT_TRANSLATE_NOOP("CaseWords", "微信群"),
    Channel.TOWNSHIP: QT_TRANSLATE_NOOP("CaseWords", "乡镇交办"), Channel.OTHER: QT_TRANSLATE_NOOP("CaseWords", "其他"),
}
_CLOSURES = {
    ClosureType.SOLVED: QT_TRANSLATE_NOOP("CaseWords", "实质性办结"),
    ClosureType.RESOLVED: QT_TRANSLATE_NOOP("CaseWords", "实质性化解"),
    ClosureType.PROCEDURAL: QT_TRANSLATE_NOOP("CaseWords", "程序性终结"),
    ClosureType.SUSPENDED: QT_TRANSLATE_NOOP("CaseWords", "问题中止"),
    ClosureType.UNDER_WATCH: QT_TRANSLATE_NOOP("CaseWords", "稳控中"),
}
_HANDOVERS = {
    HandoverChannel.PHONE: QT_TRANSLATE_NOOP("CaseWords", "电话"),
    HandoverChannel.PAPER: QT_TRANSLATE_NOOP("CaseWords", "纸质上报单"),
    HandoverChannel.USB: QT_TRANSLATE_NOOP("CaseWords", "U盘"),
    HandoverChannel.IN_PERSON: QT_TRANSLATE_NOOP("CaseWords", "当面报告"),
    HandoverChannel.OTHER: QT_TRANSLATE_NOOP("CaseWords", "其他方式"),
}
_UNRECORDED = QT_TRANSLATE_NOOP("CaseWords", "未记录")
_AWAITING = QT_TRANSLATE_NOOP("CaseWords", "紧急事项未上报")
_CLOCK = {"overdue": QT_TRANSLATE_NOOP("CaseWords", "已超期"), "warning": QT_TRANSLATE_NOOP("CaseWords", "即将到期"),
          "ok": QT_TRANSLATE_NOOP("CaseWords", "正常"), "none": ""}


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseWords", text) if text else ""


def state_label(state: CaseState) -> str:
    return _t(_STATES[CaseState(state).value])


def step_label(step: str) -> str:
    """One of the six steps (a key of domain/step_words.STEP_WORDS)."""
    return _t(_STEPS[step])


def action_label(action: CaseAction | str) -> str:
    """What a timeline entry says was done (the step's own word where it is one of the six)."""
    code = action.value if isinstance(action, CaseAction) else str(action)
    return _t(_RECORDS[code]) if code in _RECORDS else code


def button_label(action: CaseAction) -> str:
    """The verb on a step's button."""
    return _t(_BUTTON_VERBS.get(action.value) or _RECORDS[action.value])


def kind_label(kind: WorkKind) -> str:
    return _t(_KINDS[kind])


def channel_label(channel: Channel) -> str:
    return _t(_CHANNELS[channel])


def clock_label(clock: str) -> str:
    return _t(_CLOCK[clock])


def closure_label(value: str) -> str:
    """How a case ended; '' (closed before closure types were kept) reads 未记录."""
    try:
        return _t(_CLOSURES[ClosureType(value)])
    except ValueError:
        return _t(_UNRECORDED)


def handover_label(channel: HandoverChannel) -> str:
    return _t(_HANDOVERS[channel])


def awaiting_label() -> str:
    """An open emergency not yet handed to the township."""
    return _t(_AWAITING)


_ESTIMATED = QT_TRANSLATE_NOOP("CaseWords", "按周末推算")


def due_text(due_at, estimated: bool, with_time: bool = False) -> str:
    """A due date, marked when it falls in a year whose official holidays are not entered."""
    if due_at is None:
        return ""
    text = f"{due_at:%Y-%m-%d %H:%M}" if with_time else f"{due_at:%Y-%m-%d}"
    return f"{text}（{_t(_ESTIMATED)}）" if estimated else text
