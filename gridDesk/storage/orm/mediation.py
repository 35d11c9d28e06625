"""Tables `mediations` (people's mediation on a dispute case: the intake, its number, the outcome
and the agreement's words), `mediation_parties` (当事人, from the roster or written in),
`mediation_records` (investigations and sessions, by kind) and `mediation_followups` (回访)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class MediationRow(Base):
    __tablename__ = "mediations"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(32), unique=True)
    source: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(16))
    occurred_on: Mapped[date]
    accepted_on: Mapped[date] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(128))
    people: Mapped[int]
    dispute_type: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    outcome_on: Mapped[date | None]
    agreed: Mapped[bool | None]
    referral: Mapped[str] = mapped_column(String(16), default="")
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    disputed: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[str] = mapped_column(Text, default="")
    performance: Mapped[str] = mapped_column(Text, default="")
    perform_by: Mapped[date | None]
    recorder: Mapped[str] = mapped_column(String(32), default="")
    version: Mapped[int] = mapped_column(default=1)
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]


class MediationPartyRow(Base):
    __tablename__ = "mediation_parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    mediation_id: Mapped[int] = mapped_column(ForeignKey("mediations.id"), index=True)
    sort: Mapped[int]
    name: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(128), default="")
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"))


class MediationRecordRow(Base):
    __tablename__ = "mediation_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    mediation_id: Mapped[int] = mapped_column(ForeignKey("mediations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # investigation | session
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(128), default="")
    who: Mapped[str] = mapped_column(String(200))  # who investigated; the mediators, 、-separated
    attended: Mapped[str] = mapped_column(Text, default="")
    said: Mapped[str] = mapped_column(Text)  # what was found; what was said
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]


class MediationFollowUpRow(Base):
    __tablename__ = "mediation_followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    mediation_id: Mapped[int] = mapped_column(ForeignKey("mediations.id"), index=True)
    visited_on: Mapped[date]
    by: Mapped[str] = mapped_column(String(64))
    performance: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
