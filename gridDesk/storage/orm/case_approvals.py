"""Tables `case_approval_links` (a 需审批 matter's chain: one row per stage) and `case_notices`
(its public notice, one per case). Each row is also an event on the case's timeline, so the
case file and the archive carry the chain; these tables are what the rules read."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CaseApprovalLinkRow(Base):
    __tablename__ = "case_approval_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    stage: Mapped[str] = mapped_column(String(16))  # village | township | district
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_on: Mapped[date]
    decision: Mapped[str] = mapped_column(String(16))  # approved | refused
    doc_number: Mapped[str] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[datetime]
    event_id: Mapped[int] = mapped_column(ForeignKey("case_events.id"))

    # A stage is decided once: a second township review of the same matter is a new matter.
    __table_args__ = (UniqueConstraint("case_id", "stage"),)


class CaseNoticeRow(Base):
    __tablename__ = "case_notices"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    matter: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    where_to_object: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[datetime]
    event_id: Mapped[int] = mapped_column(ForeignKey("case_events.id"))  # the latest registration's event
