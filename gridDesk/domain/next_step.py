"""Which step a case waits for next, so the page can put that one step in the same place every time
(the primary button) and the others beside it in the loop's fixed order.

The next step is the first of the state's candidates that the case lists (`offered`) and that its
work kind's flow allows now (`flow_refusal_code`): an emergency not yet reported, or a 需协调 matter
not yet passed on, finds its escalation there because the flow refuses the ordinary step first.
Whether this account may take it is not asked here: a step that is next but not theirs is shown
greyed in its place, with the reason, rather than moved.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cases import CaseAction, CaseFacts, CaseState, StepOffer, flow_refusal_code, offered

A, S = CaseAction, CaseState

# Per state, the steps that move the case on, most usual first.
_CANDIDATES: dict[CaseState, tuple[CaseAction, ...]] = {
    S.REPORTED: (A.FILE, A.ESCALATE),
    S.FILED: (A.ASSIGN, A.ESCALATE),
    S.RETURNED: (A.RESUBMIT, A.ASSIGN),
    S.ASSIGNED: (A.START, A.ESCALATE),
    S.IN_PROGRESS: (A.FEEDBACK, A.ESCALATE),
    S.ESCALATED: (A.TOWNSHIP_SOLVED, A.TOWNSHIP_INSTRUCTS),
    S.FEEDBACK: (A.REVISIT, A.CLOSE, A.ESCALATE),
    S.CLOSED: (),  # only a note remains, which is not a step forward
}


def next_step(facts: CaseFacts) -> CaseAction | None:
    for action in _CANDIDATES[facts.state]:
        if action is A.REVISIT and facts.revisited:
            continue  # told once already: closing is what remains
        if offered(facts.state, facts.kind, action, facts) and not flow_refusal_code(facts, action):
            return action
    return None


@dataclass(frozen=True)
class StepPlan:
    """The steps a case lists (in the loop's order), and which of them is next (None: none is)."""

    next: CaseAction | None
    offers: tuple[StepOffer, ...]
