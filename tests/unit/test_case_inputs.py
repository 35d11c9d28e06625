"""Each case step takes its own typed input (domain/case_inputs.py) instead of seven loose
keywords: a field of another step is refused when the input is made, not silently dropped, and
the domain says which steps a case lists and which of them need a form."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields

import pytest

from gridDesk.domain.case_inputs import (STEP_INPUTS, AssignInput, CloseInput, ExtensionInput, FeedbackInput,
                                         RevisitInput, StepInput, asks)
from gridDesk.domain.cases import CaseAction, CaseFacts, CaseState, WorkKind, offered_steps


def test_every_action_has_one_input_type_that_names_it() -> None:
    assert set(STEP_INPUTS) == set(CaseAction)
    assert all(cls.action is action and issubclass(cls, StepInput) for action, cls in STEP_INPUTS.items())
    assert len(set(STEP_INPUTS.values())) == len(CaseAction)


def test_a_field_of_another_step_is_refused_when_the_input_is_made() -> None:
    # The old act(**values) took satisfaction= on a close, or result= on an assignment, and dropped it.
    with pytest.raises(TypeError):
        CloseInput(closure="solved", satisfaction="满意")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        AssignInput(body="村调委会", result="已处理")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ExtensionInput(extension_days=5)  # type: ignore[call-arg]
    with pytest.raises(FrozenInstanceError):
        RevisitInput(satisfaction="满意").satisfaction = "不满意"  # type: ignore[misc]
    assert {f.name for f in fields(FeedbackInput)} == {"detail", "at", "attachments", "result"}


def test_one_click_steps_are_the_ones_that_take_nothing_of_their_own() -> None:
    base = {f.name for f in fields(StepInput)}
    for action, cls in STEP_INPUTS.items():
        if not asks(action):
            assert {f.name for f in fields(cls)} == base, action
    assert {a for a in CaseAction if not asks(a)} == {CaseAction.FILE, CaseAction.START, CaseAction.RESUBMIT}


def test_the_domain_lists_the_steps_and_approval_of_an_extension_only_when_one_waits() -> None:
    facts = CaseFacts(CaseState.IN_PROGRESS, False, False, extension_requested=False, kind=WorkKind.ORDINARY)
    listed = offered_steps(facts)
    assert CaseAction.APPROVE_EXTENSION not in listed and CaseAction.REQUEST_EXTENSION in listed
    waiting = CaseFacts(CaseState.IN_PROGRESS, False, False, extension_requested=True, kind=WorkKind.ORDINARY)
    assert CaseAction.APPROVE_EXTENSION in offered_steps(waiting)
    assert offered_steps(CaseFacts(CaseState.CLOSED, True, True, False)) == [CaseAction.NOTE]
    reported = offered_steps(CaseFacts(CaseState.REPORTED, False, False, False, kind=WorkKind.EMERGENCY))
    assert CaseAction.ESCALATE in reported and CaseAction.SELF_SOLVE not in reported
