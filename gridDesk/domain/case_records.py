"""Plain records of cases for the services and screens."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .cases import CaseState, Channel, WorkKind
from .task_types import CaseTask, TaskChoice
from .escalations import EscalationStatus


@dataclass(frozen=True)
class Category:
    id: int
    name: str
    parent_id: int | None
    limit_days: int


@dataclass(frozen=True)
class CaseReport:
    """What intake takes in (问题上报)."""

    title: str
    category_id: int
    work_kind: WorkKind
    channel: Channel
    reported_at: datetime
    grid_code: str = ""
    place: str = ""
    reporter: str = ""
    description: str = ""
    people: tuple[tuple[int | None, str], ...] = ()  # (resident id or None, name)
    task: TaskChoice | None = None  # a township task's type from the 准入清单, or its exception


@dataclass(frozen=True)
class CaseEvent:
    at: datetime
    account: str
    action: str
    from_state: CaseState
    to_state: CaseState
    detail: str
    id: int = 0


@dataclass(frozen=True)
class CaseView:
    id: int
    number: str
    title: str
    description: str
    category: str
    work_kind: WorkKind
    channel: Channel
    grid_code: str
    place: str
    reporter: str
    reported_at: datetime
    state: CaseState
    assignee: str
    due_at: datetime | None
    extension_requested: bool
    result: str
    satisfaction: str
    revisited_at: datetime | None
    closed_at: datetime | None
    version: int
    clock: str = "none"  # ok | warning | overdue | none
    people: tuple[str, ...] = ()
    events: tuple[CaseEvent, ...] = field(default_factory=tuple)
    closure_type: str = ""  # ClosureType value; '' for a case closed before closure types were kept
    escalated_at: datetime | None = None  # the first hand-over to the township

    task: CaseTask | None = None  # the type a township-assigned task carries (准入清单)
    due_estimated: bool = False  # due in a year whose official holidays are not entered: 按周末推算
    # each escalation to the township and how far its 上报件 got (domain/escalations.py)
    escalations: tuple[EscalationStatus, ...] = ()

    @property
    def awaiting_escalation(self) -> bool:
        """An open emergency not yet handed to the township: its escalation was due at the report,
        so it is red and first everywhere until one is recorded (RULES.md)."""
        return (self.work_kind is WorkKind.EMERGENCY and self.escalated_at is None
                and self.state is not CaseState.CLOSED)


# Upper bounds, in working days from report to closing, of the closure-time chart's bars; a last
# bar holds everything longer.
CLOSURE_BUCKETS = (0, 3, 5, 10, 20)


@dataclass(frozen=True)
class CaseCharts:
    """The dashboard's two charts, as plain figures."""

    months: tuple[str, ...]  # "2026-01", oldest first
    by_category: tuple[tuple[str, tuple[int, ...]], ...]  # top-level category, a count per month
    closure_counts: tuple[int, ...]  # one per CLOSURE_BUCKETS bound, then the longer ones
    closure_median: float | None  # working days


def closure_bucket(days: int) -> int:
    return next((i for i, bound in enumerate(CLOSURE_BUCKETS) if days <= bound), len(CLOSURE_BUCKETS))
