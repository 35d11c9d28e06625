"""Case states, actions and work kinds in words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.case_flows import ClosureType, HandoverChannel
from ..domain.cases import CaseAction, CaseState, Channel, WorkKind

_STATES = {
    CaseState.REPORTED: QT_TRANSLATE_NOOP("CaseWords", "问题上报"),
    CaseState.FILED: QT_TRANSLATE_NOOP("CaseWords", "案卷建立"),
    CaseState.ASSIGNED: QT_TRANSLATE_NOOP("CaseWords", "任务指派"),
    CaseState.IN_PROGRESS: QT_TRANSLATE_NOOP("CaseWords", "调查落实"),
    CaseState.ESCALATED: QT_TRANSLATE_NOOP("CaseWords", "已上报乡镇"),
    CaseState.RETURNED: QT_TRANSLATE_NOOP("CaseWords", "已退回"),
    CaseState.FEEDBACK: QT_TRANSLATE_NOOP("CaseWords", "处理反馈"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("CaseWords", "结案归档"),
}
_ACTIONS = {
    CaseAction.FILE: QT_TRANSLATE_NOOP("CaseWords", "建立案卷"),
    CaseAction.SELF_SOLVE: QT_TRANSLATE_NOOP("CaseWords", "自办自结"),
    CaseAction.ASSIGN: QT_TRANSLATE_NOOP("CaseWords", "指派"),
    CaseAction.START: QT_TRANSLATE_NOOP("CaseWords", "开始办理"),
    CaseAction.ESCALATE: QT_TRANSLATE_NOOP("CaseWords", "上报乡镇"),
    CaseAction.TOWNSHIP_INSTRUCTS: QT_TRANSLATE_NOOP("CaseWords", "乡镇批示：继续办理"),
    CaseAction.TOWNSHIP_SOLVED: QT_TRANSLATE_NOOP("CaseWords", "乡镇已处置"),
    CaseAction.RETURN: QT_TRANSLATE_NOOP("CaseWords", "退回"),
    CaseAction.RESUBMIT: QT_TRANSLATE_NOOP("CaseWords", "补充后重新提交"),
    CaseAction.REQUEST_EXTENSION: QT_TRANSLATE_NOOP("CaseWords", "申请延期"),
    CaseAction.APPROVE_EXTENSION: QT_TRANSLATE_NOOP("CaseWords", "批准延期"),
    CaseAction.FEEDBACK: QT_TRANSLATE_NOOP("CaseWords", "处理反馈"),
    CaseAction.REVISIT: QT_TRANSLATE_NOOP("CaseWords", "回访"),
    CaseAction.CLOSE: QT_TRANSLATE_NOOP("CaseWords", "结案归档"),
    CaseAction.NOTE: QT_TRANSLATE_NOOP("CaseWords", "追加说明"),
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
    return _t(_STATES[state])


# Timeline entries that are not steps of the loop: the report, and a 需审批 matter's chain and notice.
_EVENTS = {"approval": QT_TRANSLATE_NOOP("CaseWords", "审批环节"), "public_notice": QT_TRANSLATE_NOOP("CaseWords", "公示")}


def action_label(action: CaseAction | str) -> str:
    try:
        return _t(_ACTIONS[CaseAction(action)])
    except ValueError:
        if action in _EVENTS:
            return _t(_EVENTS[action])
        return QCoreApplication.translate("CaseWords", "上报") if action == "report" else str(action)


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
