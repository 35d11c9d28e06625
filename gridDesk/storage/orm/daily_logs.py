"""Tables `log_days` (民情日志: one row per member per day, with its sign-off), `log_day_found`
(the problems found that day by class, as counts) and `log_day_cases` (each reported problem's case).
The households visited are not stored here: they are the visit log's, read by member and day."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class LogDayRow(Base):
    __tablename__ = "log_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"))
    day: Mapped[date]
    # Up to two slots as "HH:MM"; '' when unused. `minutes` is what they add up to, kept so sums
    # over a quarter need not parse times.
    slot1_start: Mapped[str] = mapped_column(String(5), default="")
    slot1_end: Mapped[str] = mapped_column(String(5), default="")
    slot2_start: Mapped[str] = mapped_column(String(5), default="")
    slot2_end: Mapped[str] = mapped_column(String(5), default="")
    minutes: Mapped[int] = mapped_column(default=0)
    places: Mapped[str] = mapped_column(Text, default="")
    solved_on_spot: Mapped[int] = mapped_column(default=0)
    nothing_to_report: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(12))  # submitted | signed | returned
    entered_by: Mapped[str] = mapped_column(String(32))
    entered_at: Mapped[datetime]
    reviewed_by: Mapped[str] = mapped_column(String(32), default="")
    reviewed_at: Mapped[datetime | None]
    return_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("member_id", "day", name="uq_log_days_member_day"),
        # Covering the period counts (days per member over a quarter) and the month grid: the
        # range is on the day, the member read from the index without touching the rows.
        Index("ix_log_days_day_member", "day", "member_id", "state"),
        Index("ix_log_days_state", "state"),
    )


log_day_found = Table(
    "log_day_found", Base.metadata,
    Column("log_day_id", ForeignKey("log_days.id", ondelete="CASCADE"), primary_key=True),
    Column("category", String(16), primary_key=True),
    Column("found", Integer, nullable=False),
)

log_day_cases = Table(
    "log_day_cases", Base.metadata,
    Column("log_day_id", ForeignKey("log_days.id", ondelete="CASCADE"), primary_key=True),
    Column("case_id", ForeignKey("cases.id"), primary_key=True),
    Index("ix_log_day_cases_case", "case_id"),
)
