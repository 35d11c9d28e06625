"""Tables of the grid division (issue 19 item 6): `grid_changes` (every change to the division:
created, split, merged, re-bounded, renamed, retired, with the counts before and after),
`division_rules` (the size guidance as data, the director's) and `division_reports` (the yearly
report to the township as printed: its PDF and data, kept for the archive batch)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class GridChangeRow(Base):
    __tablename__ = "grid_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # domain.division.ChangeKind
    on: Mapped[date]
    what: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[code, name, households], ...]
    after: Mapped[str] = mapped_column(Text, default="[]")
    codes: Mapped[str] = mapped_column(Text, default="")  # " code code " for the scope and the history filter
    recorded_by: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[datetime]

    __table_args__ = (Index("ix_grid_changes_on", "on"),)


class DivisionRuleRow(Base):
    __tablename__ = "division_rules"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int]


class DivisionReportRow(Base):
    __tablename__ = "division_reports"

    year: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[datetime]  # the first print of this content: a reprint of the same data keeps it
    made_by: Mapped[str] = mapped_column(String(32))
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the data CSV: what the report says
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # the CSV of grids and changes
    sent_in: Mapped[str] = mapped_column(String(64), default="")  # the batch planned to carry it
