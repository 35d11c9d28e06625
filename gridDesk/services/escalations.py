"""Escalations to the township on the case (issue 21 item 1): each escalate step gets its ordinal
and the facts its 上报件 carries (services/archive_escalations.py), and the case's view shows each
escalation's journey: not yet exported, exported in a batch, received by the township."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ..domain.case_records import CaseView
from ..domain.cases import CaseState, TransitionRefused
from ..domain.escalations import MAX_ASKED_DAYS, asked_due_problem
from ..storage.escalations_repo import EscalationsRepo


def record_escalation(s, case_id: int, event_id: int, step, at: datetime, reason: str) -> int:
    """Inside the step's transaction, after the event and its attachments: the escalation's row
    (its ordinal returned). A deadline asked that is not plausible refuses the step, nothing saved."""
    asked = step.asked_due
    problem = asked_due_problem(asked, at.date())
    if problem:
        raise TransitionRefused(problem, value=str(asked), date=f"{at:%Y-%m-%d}", limit=MAX_ASKED_DAYS)
    repo = EscalationsRepo(s)
    previous = repo.last_at(case_id, event_id)
    if previous is not None and at < previous:  # ordinals follow time: the township reads them so
        raise TransitionRefused("escalation.before_previous", date=f"{previous:%Y-%m-%d %H:%M}")
    return repo.record(case_id, event_id, asked, reason)


def with_escalations(s, view: CaseView) -> CaseView:
    """The view with its escalations' statuses (none for a case never escalated)."""
    if view is None or not any(e.action == "escalate" for e in view.events):
        return view
    return replace(view, escalations=EscalationsRepo(s).statuses(view.id))


def escalations_on_list(s, views: list[CaseView]) -> list[CaseView]:
    """The cases waiting at the township with their escalations (the list's marker: exported or
    not, received or not); the others as they are."""
    waiting = [v.id for v in views if v.state is CaseState.ESCALATED]
    if not waiting:
        return views
    found = EscalationsRepo(s).statuses_for(waiting)
    return [replace(v, escalations=found[v.id]) if v.id in found else v for v in views]
