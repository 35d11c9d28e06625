"""The monthly meeting (月例会, DB3208/T 200 8.2.1) and the tasks its follow-ups become.

A meeting is a draft until the centre makes its minutes final; from then on nothing of it
changes, and the month's figures it shows are the ones frozen at that moment, so the printed
minutes read the same every time they are printed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from .errors import ValidationError


class MeetingState(str, enum.Enum):
    DRAFT = "draft"
    FINAL = "final"


class Capacity(str, enum.Enum):
    """In what capacity someone attended (the minutes list attendees by it)."""

    TEAM = "team"  # the centre and the grid team
    PARTY = "party"  # party members
    REPRESENTATIVE = "representative"  # residents' representatives (群众代表)
    GUEST = "guest"  # attending without a vote (列席): the township, a department


@dataclass(frozen=True)
class Attendee:
    name: str
    capacity: Capacity
    member_id: int | None = None  # picked from the team
    resident_id: int | None = None  # picked from the roster (a party member, a representative)


@dataclass(frozen=True)
class FollowUp:
    text: str
    owner_id: int | None = None  # a team member
    due_on: date | None = None
    as_task: bool = False  # made a task when the minutes are made final
    id: int | None = None
    task_id: int | None = None  # the task it became
    owner_name: str = ""


@dataclass(frozen=True)
class FigureRow:
    """One figure: `value`, or `value` of `of` (households visited of all, closed on time of closed)."""

    key: str  # catalogue code meeting.figure.<key>
    value: int
    of: int | None = None


@dataclass(frozen=True)
class FigureSection:
    key: str  # catalogue code meeting.section.<key>
    rows: tuple[FigureRow, ...]


@dataclass(frozen=True)
class Meeting:
    held_on: date
    place: str
    host: str
    recorder: str
    topics: str = ""
    discussion: str = ""
    decisions: str = ""
    attendees: tuple[Attendee, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    state: MeetingState = MeetingState.DRAFT
    figures: tuple[FigureSection, ...] = ()  # frozen when final; drafts show them live
    id: int | None = None
    version: int = 0  # a second window saving over the first is refused
    finalised_at: str = ""

    @property
    def month(self) -> str:
        return f"{self.held_on:%Y-%m}"

    @property
    def final(self) -> bool:
        return self.state is MeetingState.FINAL


class MeetingHeld(NamedTuple):
    """A meeting of a month, as the command line names it."""

    id: int
    held_on: date
    state: str


def check_meeting(m: Meeting, today: date) -> None:
    """What a meeting must say before it is kept; each refusal names its field."""
    if m.held_on > today:
        raise ValidationError("held_on", "meeting.future")
    for name in ("place", "host", "recorder"):
        if not getattr(m, name):
            raise ValidationError(name, f"meeting.{name}_required")
    if not m.attendees:
        raise ValidationError("attendees", "meeting.attendees_required")
    for a in m.attendees:
        if not a.name:
            raise ValidationError("attendees", "meeting.attendee_name")
    for n, f in enumerate(m.followups, 1):
        if not f.text:
            raise ValidationError("followups", "meeting.followup_text", row=n)
        if f.as_task and f.owner_id is None:
            raise ValidationError("followups", "meeting.followup_owner", row=n)
        if f.as_task and f.due_on is None:
            raise ValidationError("followups", "meeting.followup_due", row=n)
        if f.due_on is not None and f.due_on < m.held_on:
            raise ValidationError("followups", "meeting.followup_due_early", row=n)


def check_final(m: Meeting) -> None:
    """Minutes are made final only with what they must record (8.2.1: what was decided)."""
    if not m.decisions and not m.followups:
        raise ValidationError("decisions", "meeting.decisions_required")


# -- tasks ---------------------------------------------------------------------------------------
class TaskState(str, enum.Enum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskSource(str, enum.Enum):
    """Where a task came from: a meeting's follow-up now; the township's assignments later (准入清单)."""

    MEETING = "meeting"


@dataclass(frozen=True)
class Task:
    id: int
    title: str
    details: str
    owner_id: int
    owner_name: str
    due_on: date
    source: TaskSource
    state: TaskState
    meeting_id: int | None = None
    followup_id: int | None = None
    meeting_on: date | None = None
    closed_on: date | None = None  # done or cancelled on
    result: str = ""  # what was done, or why it was cancelled
    created_at: str = field(default="", compare=False)

    def overdue(self, today: date) -> bool:
        return self.state is TaskState.OPEN and self.due_on < today


@dataclass(frozen=True)
class TaskCounts:
    open: int
    overdue: int
