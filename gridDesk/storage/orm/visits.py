"""Tables `visits`, `visit_households` and `visit_findings`."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Date, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class VisitRow(Base):
    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"))
    grid_id: Mapped[int] = mapped_column(ForeignKey("grids.id"))
    visited_on: Mapped[date]
    slot: Mapped[str] = mapped_column(String(16), default="")
    companions: Mapped[str] = mapped_column(String(128), default="")
    solved_on_spot: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    account: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_visits_grid_day", "grid_id", "visited_on"), Index("ix_visits_day", "visited_on"))


visit_households = Table(
    "visit_households", Base.metadata,
    Column("visit_id", ForeignKey("visits.id"), primary_key=True),
    Column("household_id", ForeignKey("households.id"), primary_key=True),
    # The visit's day again, so "when was this household last visited" is one index seek.
    Column("visited_on", Date, nullable=False),
    Index("ix_visit_households_household", "household_id", "visited_on"),
    # A period's households visited, counted by day without reading the table (issue 20: the
    # summary reports' and the monthly meeting's visit figures).
    Index("ix_visit_households_day", "visited_on", "household_id"),
)


class VisitFindingRow(Base):
    __tablename__ = "visit_findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    category: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
