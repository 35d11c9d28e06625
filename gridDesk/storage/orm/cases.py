"""Tables `case_categories`, `calendar_days`, `calendar_years`, `cases`, `case_people`, `case_events` and `case_handovers`."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CaseCategoryRow(Base):
    __tablename__ = "case_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("case_categories.id"))
    name: Mapped[str] = mapped_column(String(32))
    limit_days: Mapped[int] = mapped_column(default=10)  # working days from filing to closing
    sort: Mapped[int] = mapped_column(default=0)


class CalendarDayRow(Base):
    """The director's own entries, for years the holiday library does not know yet."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # holiday | workday
    name: Mapped[str] = mapped_column(String(32), default="")


class CalendarYearRow(Base):
    """A year whose official holidays the director entered from the State Council's notice."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(primary_key=True)
    notice: Mapped[str] = mapped_column(String(64), default="")
    entered_at: Mapped[datetime]
    entered_by: Mapped[str] = mapped_column(String(32))


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(128))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("case_categories.id"))
    work_kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grids.id"))
    place: Mapped[str] = mapped_column(String(128), default="")
    reporter: Mapped[str] = mapped_column(String(64), default="")
    reported_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16))
    assignee: Mapped[str] = mapped_column(String(64), default="")  # the words shown: a member's name or a body
    assignee_member_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id"))  # None: a body (村调委会)
    due_at: Mapped[datetime | None]
    extension_days: Mapped[int] = mapped_column(default=0)
    extension_requested: Mapped[bool] = mapped_column(default=False)
    result: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str] = mapped_column(String(8), default="")
    revisited_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closure_type: Mapped[str] = mapped_column(String(16), default="", server_default="")  # ClosureType; '' before 0008
    version: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime]

    # The last two cover the dashboard's charts, so they read the index and not the wide rows.
    __table_args__ = (Index("ix_cases_state_due", "state", "due_at"), Index("ix_cases_reported_at", "reported_at"),
                      Index("ix_cases_reported_category", "reported_at", "category_id"),
                      Index("ix_cases_closed", "closed_at", "reported_at"),
                      # A member's closed cases of a quarter (the quarterly review's evidence).
                      Index("ix_cases_assignee_closed", "assignee_member_id", "closed_at"))


class CasePersonRow(Base):
    __tablename__ = "case_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))
    name: Mapped[str] = mapped_column(String(32))  # kept, so the case keeps its record
    role: Mapped[str] = mapped_column(String(16), default="当事人")


class CaseEventRow(Base):
    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime]
    account: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")


class CaseHandoverRow(Base):
    """How an escalation reached the township: the channel and who took it there (for a call,
    who answered). The time is the escalation event's."""

    __tablename__ = "case_handovers"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("case_events.id"), unique=True)
    channel: Mapped[str] = mapped_column(String(16))  # HandoverChannel
    taken_by: Mapped[str] = mapped_column(String(64))
