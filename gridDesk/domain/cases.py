"""Cases and the six-step closed loop (六步闭环, Article 13) as an enforced state machine.

问题上报 -> 案卷建立 -> 任务指派 -> 调查落实 -> 处理反馈 -> 结案归档, plus escalation to the
township (and on to the county), return with a reason, extensions, and 自办自结 (solved on the
spot: registered and closed at once). Only the transitions listed here exist.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from . import catalogue
from .catalogue import Word
from .errors import GridDeskError
from .step_words import RECORD_WORDS, STATE_WORDS


class CaseState(str, enum.Enum):
    REPORTED = "reported"  # 问题上报
    FILED = "filed"  # 案卷建立
    ASSIGNED = "assigned"  # 任务指派
    IN_PROGRESS = "in_progress"  # 调查落实
    ESCALATED = "escalated"  # 已上报乡镇（等待答复）
    RETURNED = "returned"  # 退回（附原因）
    FEEDBACK = "feedback"  # 处理反馈（含回访）
    CLOSED = "closed"  # 结案归档


STATE_LABELS = {state: STATE_WORDS[state.value] for state in CaseState}


class CaseAction(str, enum.Enum):
    FILE = "file"
    SELF_SOLVE = "self_solve"  # 自办自结
    ASSIGN = "assign"
    START = "start"
    ESCALATE = "escalate"
    TOWNSHIP_INSTRUCTS = "township_instructs"  # the township answers with instructions: work goes on here
    TOWNSHIP_SOLVED = "township_solved"  # the township solved it: feedback follows
    RETURN = "return"  # sent back with a reason (by the township, or by the centre to the reporter)
    RESUBMIT = "resubmit"
    REQUEST_EXTENSION = "request_extension"
    APPROVE_EXTENSION = "approve_extension"
    FEEDBACK = "feedback"
    REVISIT = "revisit"  # 回访: the resident told, with satisfaction
    CLOSE = "close"
    NOTE = "note"  # an appended note; the only thing a closed case takes


_S = CaseState
TRANSITIONS: dict[CaseAction, tuple[frozenset[CaseState], CaseState | None]] = {
    CaseAction.FILE: (frozenset({_S.REPORTED}), _S.FILED),
    CaseAction.SELF_SOLVE: (frozenset({_S.REPORTED}), _S.CLOSED),
    CaseAction.ASSIGN: (frozenset({_S.FILED, _S.RETURNED}), _S.ASSIGNED),
    CaseAction.START: (frozenset({_S.ASSIGNED}), _S.IN_PROGRESS),
    # From REPORTED only for an emergency (see offered/flow_refusal): it goes to the township first.
    # From FEEDBACK only for a matter still owed the township's word (see offered/flow_refusal): one
    # that reached 处理反馈 before the flows existed (revision 0007) could otherwise never close.
    CaseAction.ESCALATE: (frozenset({_S.REPORTED, _S.FILED, _S.ASSIGNED, _S.IN_PROGRESS, _S.ESCALATED, _S.FEEDBACK}),
                          _S.ESCALATED),
    CaseAction.TOWNSHIP_INSTRUCTS: (frozenset({_S.ESCALATED}), _S.IN_PROGRESS),
    CaseAction.TOWNSHIP_SOLVED: (frozenset({_S.ESCALATED}), _S.FEEDBACK),
    CaseAction.RETURN: (frozenset({_S.FILED, _S.ASSIGNED, _S.IN_PROGRESS, _S.ESCALATED}), _S.RETURNED),
    CaseAction.RESUBMIT: (frozenset({_S.RETURNED}), _S.FILED),
    CaseAction.REQUEST_EXTENSION: (frozenset({_S.ASSIGNED, _S.IN_PROGRESS, _S.ESCALATED}), None),
    CaseAction.APPROVE_EXTENSION: (frozenset({_S.ASSIGNED, _S.IN_PROGRESS, _S.ESCALATED}), None),
    CaseAction.FEEDBACK: (frozenset({_S.IN_PROGRESS}), _S.FEEDBACK),
    CaseAction.REVISIT: (frozenset({_S.FEEDBACK}), None),
    CaseAction.CLOSE: (frozenset({_S.FEEDBACK}), _S.CLOSED),
    CaseAction.NOTE: (frozenset(CaseState), None),
}


# The Chinese words official forms use (printouts go to the township in Chinese), from the one table.
ACTION_WORDS = RECORD_WORDS


class TransitionRefused(GridDeskError):
    code = "transition_refused"


class WorkKind(str, enum.Enum):
    ORDINARY = "ordinary"  # 一般：现场处置，登记归档
    COORDINATION = "coordination"  # 需协调：受理后转乡镇部门
    EMERGENCY = "emergency"  # 紧急：立即上报乡镇，现场跟踪
    APPROVAL = "approval"  # 需审批：村受理、镇审核、区审批、公示


KIND_WORDS = {"ordinary": "一般事项", "coordination": "需协调事项", "emergency": "紧急事项",
              "approval": "需审批事项"}


class Channel(str, enum.Enum):
    VISIT = "visit"  # 网格员走访
    WALK_IN = "walk_in"  # 来访
    PHONE = "phone"
    WECHAT = "wechat"  # 微信群
    TOWNSHIP = "township"  # 乡镇交办
    OTHER = "other"


@dataclass(frozen=True)
class CaseFacts:
    """What the rules look at when an action is asked for."""

    state: CaseState
    has_feedback: bool
    revisited: bool
    extension_requested: bool
    kind: WorkKind = WorkKind.ORDINARY
    escalated: bool = False  # a hand-over to the township is on record
    township_solved: bool = False  # the township's result (TOWNSHIP_SOLVED) is on record
    township_instructed: bool = False  # the township's instructions (TOWNSHIP_INSTRUCTS) are on record


def township_word_missing(facts: CaseFacts) -> bool:
    """An emergency or a 需协调 matter without the township's word its closing needs."""
    if facts.kind is WorkKind.EMERGENCY:
        return not (facts.township_solved or facts.township_instructed)
    if facts.kind is WorkKind.COORDINATION:
        return not facts.township_solved
    return False


def offered(state: CaseState, kind: WorkKind, action: CaseAction, facts: CaseFacts | None = None) -> bool:
    """Whether the step exists at all for a case of this kind in this state (what the page lists);
    a step that exists may still be refused (flow_refusal) or not be this account's to take."""
    if state not in TRANSITIONS[action][0]:
        return False
    if action is CaseAction.ESCALATE and state is CaseState.FEEDBACK:
        return kind in (WorkKind.EMERGENCY, WorkKind.COORDINATION) and (facts is None or township_word_missing(facts))
    if action is CaseAction.SELF_SOLVE:
        return kind is WorkKind.ORDINARY
    if action is CaseAction.ESCALATE and state is CaseState.REPORTED:
        return kind is WorkKind.EMERGENCY
    return True


def offered_steps(facts: CaseFacts) -> list[CaseAction]:
    """The steps a case lists, in the loop's order: those its state and work kind allow (offered),
    and 批准延期 only while an extension waits for it. The page and the service both read this."""
    return [action for action in TRANSITIONS if offered(facts.state, facts.kind, action, facts)
            and (action is not CaseAction.APPROVE_EXTENSION or facts.extension_requested)]


def flow_refusal(facts: CaseFacts, action: CaseAction) -> str:
    """'' or, in Chinese, why the work kind's flow does not allow this step now (see flow_refusal_code)."""
    code = flow_refusal_code(facts, action)
    return catalogue.render(code, {"kind": Word(f"kind.{facts.kind.value}")}) if code else ""


def flow_refusal_code(facts: CaseFacts, action: CaseAction) -> str:
    """'' or the catalogue code of why the work kind's flow (RULES.md, town guide §6) does not allow
    this step now; its sentence takes the work kind as `kind`."""
    kind = facts.kind
    if action is CaseAction.SELF_SOLVE and kind is not WorkKind.ORDINARY:
        # Town guide §6: only an ordinary matter is solved on the spot and merely registered.
        return "case.flow.self_solve"
    if action is CaseAction.ESCALATE and facts.state is CaseState.REPORTED and kind is not WorkKind.EMERGENCY:
        return "case.flow.file_first"
    if action is CaseAction.ESCALATE and facts.state is CaseState.FEEDBACK and not township_word_missing(facts):
        return "case.flow.has_result"
    # RESUBMIT (from 退回 only) lets an emergency returned before the flows existed reach 上报乡镇 again.
    if kind is WorkKind.EMERGENCY and not facts.escalated and action not in (CaseAction.ESCALATE, CaseAction.NOTE,
                                                                              CaseAction.RESUBMIT):
        return "case.flow.emergency_first"
    if kind is WorkKind.COORDINATION and not facts.escalated and action is CaseAction.ASSIGN:
        return "case.flow.coordination_first"
    if action in (CaseAction.FEEDBACK, CaseAction.CLOSE):
        # Closing needs the township's word; the village's own feedback is refused too, or the case
        # would reach 处理反馈 with nothing that could ever close it.
        if kind is WorkKind.EMERGENCY and not (facts.township_solved or facts.township_instructed):
            return "case.flow.emergency_word"
        if kind is WorkKind.COORDINATION and not facts.township_solved:
            return "case.flow.coordination_word"
    return ""


def check_action(facts: CaseFacts, action: CaseAction, reason: str = "") -> CaseState:
    """The state after `action`, or TransitionRefused saying in plain words why not."""
    allowed, target = TRANSITIONS[action]
    if facts.state not in allowed:
        if facts.state is CaseState.CLOSED:
            raise TransitionRefused("case.closed")
        raise TransitionRefused("case.wrong_state", state=Word(f"state.{facts.state.value}"))
    flow = flow_refusal_code(facts, action)
    if flow:
        raise TransitionRefused(flow, kind=Word(f"kind.{facts.kind.value}"))
    if action in (CaseAction.RETURN, CaseAction.REQUEST_EXTENSION, CaseAction.NOTE) and not reason.strip():
        raise TransitionRefused("case.reason_required")
    if action is CaseAction.APPROVE_EXTENSION and not facts.extension_requested:
        raise TransitionRefused("case.no_extension")
    if action is CaseAction.CLOSE and not facts.has_feedback:
        raise TransitionRefused("case.no_result")
    if action is CaseAction.CLOSE and not facts.revisited:
        raise TransitionRefused("case.no_revisit")
    return target if target is not None else facts.state


def check_event_time(at: datetime, reported_at: datetime, now: datetime) -> None:
    if at > now:
        raise TransitionRefused("case.time_future")
    if at < reported_at:
        raise TransitionRefused("case.time_before_report")

CHANNEL_WORDS = {"visit": "网格员走访", "walk_in": "群众来访", "phone": "电话", "wechat": "微信群",
                 "township": "乡镇交办", "other": "其他"}


class StepOffer(NamedTuple):
    """A step a case lists, with '' when this account may take it now, or why not."""

    action: CaseAction
    refusal: str
