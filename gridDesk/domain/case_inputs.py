"""What each step of a case takes, as one frozen dataclass per action: the step is the type, so a
caller cannot hand a satisfaction to an assignment or forget the closure type's field name, and
`CasesService.act(case_id, version, step)` reads typed fields instead of seven keywords.

Every step may carry a note (`detail`), the time it was taken (`at`, default now) and its photos
and documents. `asks` says whether the page opens a form for the step (FILE, START and RESUBMIT
are taken with one click). `STEP_INPUTS` maps each CaseAction to its input type: the one place
that says which input an action takes (tests/unit/test_case_inputs.py holds it complete).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar

from .attachments import NewAttachment
from .cases import CaseAction


@dataclass(frozen=True, kw_only=True)
class StepInput:
    action: ClassVar[CaseAction]
    asks: ClassVar[bool] = True
    detail: str = ""  # the step's note; the reason, for RETURN, REQUEST_EXTENSION and NOTE
    at: datetime | None = None  # when it was done, if not now (an escalation phoned in earlier)
    attachments: tuple[NewAttachment, ...] = ()

    @property
    def reason(self) -> str:
        """What check_action reads as the step's stated reason."""
        return self.detail


@dataclass(frozen=True, kw_only=True)
class OutcomeInput(StepInput):
    """A step that records the outcome (a feedback's, the township's, 自办自结's)."""

    result: str = ""

    @property
    def reason(self) -> str:
        return self.detail or self.result


@dataclass(frozen=True, kw_only=True)
class FileInput(StepInput):
    action = CaseAction.FILE
    asks = False


@dataclass(frozen=True, kw_only=True)
class SelfSolveInput(OutcomeInput):
    """自办自结: solved on the spot, with what was done and how it ended (solved or resolved)."""

    action = CaseAction.SELF_SOLVE
    closure: str = ""  # a ClosureType value


@dataclass(frozen=True, kw_only=True)
class AssignInput(StepInput):
    """To a team member (`member_id`, 持证上岗 checked; the director may give `cert_override`, a
    reason, for an uncertified one) or, with no member, to a village body named in words."""

    action = CaseAction.ASSIGN
    member_id: int | None = None
    body: str = ""
    cert_override: str = ""


@dataclass(frozen=True, kw_only=True)
class StartInput(StepInput):
    action = CaseAction.START
    asks = False


@dataclass(frozen=True, kw_only=True)
class EscalateInput(StepInput):
    """上报乡镇: how it reached the township (a HandoverChannel value) and who took it there."""

    action = CaseAction.ESCALATE
    channel: str = ""
    taken_by: str = ""
    asked_due: date | None = None  # the deadline the village asks of the township, if any (上报件)


@dataclass(frozen=True, kw_only=True)
class TownshipInstructsInput(StepInput):
    action = CaseAction.TOWNSHIP_INSTRUCTS  # `detail` holds the instructions


@dataclass(frozen=True, kw_only=True)
class TownshipSolvedInput(OutcomeInput):
    action = CaseAction.TOWNSHIP_SOLVED


@dataclass(frozen=True, kw_only=True)
class ReturnInput(StepInput):
    action = CaseAction.RETURN  # `detail` holds the reason, which is required


@dataclass(frozen=True, kw_only=True)
class ResubmitInput(StepInput):
    action = CaseAction.RESUBMIT
    asks = False


@dataclass(frozen=True, kw_only=True)
class ExtensionInput(StepInput):
    """申请延期: how many working days more, and why (`detail`)."""

    action = CaseAction.REQUEST_EXTENSION
    days: int = 0


@dataclass(frozen=True, kw_only=True)
class ApproveExtensionInput(StepInput):
    action = CaseAction.APPROVE_EXTENSION


@dataclass(frozen=True, kw_only=True)
class FeedbackInput(OutcomeInput):
    action = CaseAction.FEEDBACK


@dataclass(frozen=True, kw_only=True)
class RevisitInput(StepInput):
    """回访: the resident told of the result, with their satisfaction (满意 | 基本满意 | 不满意)."""

    action = CaseAction.REVISIT
    satisfaction: str = ""


@dataclass(frozen=True, kw_only=True)
class CloseInput(StepInput):
    action = CaseAction.CLOSE
    closure: str = ""  # a ClosureType value


@dataclass(frozen=True, kw_only=True)
class NoteInput(StepInput):
    action = CaseAction.NOTE  # `detail` holds the note, which is required


STEP_INPUTS: dict[CaseAction, type[StepInput]] = {cls.action: cls for cls in (
    FileInput, SelfSolveInput, AssignInput, StartInput, EscalateInput, TownshipInstructsInput, TownshipSolvedInput,
    ReturnInput, ResubmitInput, ExtensionInput, ApproveExtensionInput, FeedbackInput, RevisitInput, CloseInput,
    NoteInput)}


def asks(action: CaseAction) -> bool:
    """Whether the step needs a form before it is taken."""
    return STEP_INPUTS[action].asks
