"""Tables of the report family (issue 20 item 3): `report_calendar` (the reporting calendar the
director keeps: per report kind, the day of the month after its period by which it is due) and
`filed_reports` (each period's report as filed: its PDF and XML frozen, who and when; refiling
adds a version and keeps the old; `sent_in` names the archive batch that carried it)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class ReportRuleRow(Base):
    __tablename__ = "report_calendar"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    due_day: Mapped[int]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    starts_on: Mapped[date | None]
    updated_by: Mapped[str] = mapped_column(String(32), default="")
    updated_at: Mapped[datetime | None]


class FiledReportRow(Base):
    __tablename__ = "filed_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(8))
    version: Mapped[int]
    filed_at: Mapped[datetime]
    filed_by: Mapped[str] = mapped_column(String(32))
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the XML
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    xml: Mapped[bytes] = mapped_column(LargeBinary)
    sent_in: Mapped[str] = mapped_column(String(64), default="")  # the batch planned to carry it

    __table_args__ = (UniqueConstraint("kind", "period", "version"),
                      Index("ix_filed_reports_kind_period", "kind", "period"))
