"""Table `case_escalations`: each escalation of a case to the township (上报乡镇) as the archive
sends it, one row per escalate event: its ordinal on the case (1, 2 ...), the deadline the village
asks of the township, the reason typed, the last attachment the case had then (the 上报件 carries
the photos as of the escalation), and `sent_in`, the batch planned to carry it (as the filed
reports': a batch that failed was never recorded, so the next one carries it again)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CaseEscalationRow(Base):
    __tablename__ = "case_escalations"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("case_events.id"), unique=True)
    ordinal: Mapped[int]
    asked_due: Mapped[date | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    attachments_upto: Mapped[int] = mapped_column(default=0)  # attachment ids up to this one came before
    sent_in: Mapped[str] = mapped_column(String(64), default="", index=True)

    __table_args__ = (UniqueConstraint("case_id", "ordinal"),)
