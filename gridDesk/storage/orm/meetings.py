"""Tables `meetings` (the monthly meeting, its minutes and, once final, its frozen figures),
`meeting_attendees`, `meeting_followups` and `tasks` (follow-ups made tasks; the table names
where each task came from, so the township's assignments can land in it too)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(64))
    host: Mapped[str] = mapped_column(String(32))
    recorder: Mapped[str] = mapped_column(String(32))
    topics: Mapped[str] = mapped_column(Text, default="")
    discussion: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(8), default="draft")
    figures: Mapped[str] = mapped_column(Text, default="")  # JSON, written once when made final
    finalised_at: Mapped[str] = mapped_column(String(32), default="")
    version: Mapped[int] = mapped_column(default=0)
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]


class MeetingAttendeeRow(Base):
    __tablename__ = "meeting_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    sort: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(32))  # as it stood that day: a later rename keeps the minutes
    capacity: Mapped[str] = mapped_column(String(16))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id"))
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))


class MeetingFollowUpRow(Base):
    __tablename__ = "meeting_followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    sort: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_members.id"))
    due_on: Mapped[date | None]
    as_task: Mapped[bool] = mapped_column(default=False)


class TaskRow(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"), index=True)
    due_on: Mapped[date]
    source: Mapped[str] = mapped_column(String(16))  # meeting | (later) township
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"))
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_followups.id"), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="open")
    closed_on: Mapped[date | None]
    result: Mapped[str] = mapped_column(Text, default="")  # what was done, or why it was cancelled
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_tasks_state_due", "state", "due_on"),)
