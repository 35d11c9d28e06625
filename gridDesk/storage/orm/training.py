"""Tables `training_sessions`, `training_attendance`, `certificates` and `training_rules`."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class TrainingSessionRow(Base):
    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(16))
    organiser: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime]
    hours: Mapped[float] = mapped_column(Float)
    place: Mapped[str] = mapped_column(String(128), default="")
    topic: Mapped[str] = mapped_column(String(128))
    trainer: Mapped[str] = mapped_column(String(64), default="")
    assessed: Mapped[bool] = mapped_column(default=False)
    onboarding: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]

    __table_args__ = (Index("ix_training_sessions_starts_at", "starts_at"),)


class AttendanceRow(Base):
    __tablename__ = "training_attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"))
    presence: Mapped[str] = mapped_column(String(8))
    hours: Mapped[float | None] = mapped_column(Float)
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None]
    reason: Mapped[str] = mapped_column(String(128), default="")

    # The second index covers counting a year's attendance per member without reading the rows.
    __table_args__ = (UniqueConstraint("session_id", "member_id"),
                      Index("ix_training_attendance_member", "member_id", "presence"),
                      Index("ix_training_attendance_session", "session_id", "presence", "member_id"))


class CertificateRow(Base):
    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"), index=True)
    number: Mapped[str] = mapped_column(String(64))
    issuer: Mapped[str] = mapped_column(String(64))
    issued_on: Mapped[date]
    expires_on: Mapped[date | None]


class TrainingRuleRow(Base):
    """A year's rule per level; a year without rows follows the defaults of the Measures."""

    __tablename__ = "training_rules"

    year: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(16), primary_key=True)
    min_sessions: Mapped[int]
