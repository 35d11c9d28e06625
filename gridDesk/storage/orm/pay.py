"""Tables `rewards` (commendations and warnings of a team member, with their documents as
attachments owned by "reward"), `pay_rules` (the performance-pay rules as data, in fen or counts),
`pay_ledgers` (one month's ledger: drawn up, then locked) and `pay_lines` (its lines, frozen once
the month is locked; corrections after that are lines of their own)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class RewardRow(Base):
    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"))
    day: Mapped[date]
    kind: Mapped[str] = mapped_column(String(16))  # RewardKind
    level: Mapped[str] = mapped_column(String(16))  # RewardLevel
    reason: Mapped[str] = mapped_column(Text)
    document_number: Mapped[str] = mapped_column(String(64), default="")
    added_by: Mapped[str] = mapped_column(String(32))
    added_at: Mapped[datetime]

    __table_args__ = (Index("ix_rewards_day", "day", "member_id"), Index("ix_rewards_member", "member_id"))


class PayRuleRow(Base):
    __tablename__ = "pay_rules"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int]  # fen for money, else the count the key names
    example: Mapped[bool] = mapped_column(default=False)  # GridDesk's example until the director sets it


class PayLedgerRow(Base):
    __tablename__ = "pay_ledgers"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    state: Mapped[str] = mapped_column(String(8))  # draft | locked
    minimum_wage: Mapped[int] = mapped_column(default=0)  # fen, as it stood when drawn up
    drawn_by: Mapped[str] = mapped_column(String(32))
    drawn_at: Mapped[datetime]
    locked_by: Mapped[str] = mapped_column(String(32), default="")
    locked_at: Mapped[datetime | None]


class PayLineRow(Base):
    __tablename__ = "pay_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(ForeignKey("pay_ledgers.month"))
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"))
    member_name: Mapped[str] = mapped_column(String(32))  # as it stood: a locked ledger keeps its names
    post: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(12))  # PaySource
    ref: Mapped[str] = mapped_column(String(64), default="")
    basis: Mapped[str] = mapped_column(String(16), default="")
    amount: Mapped[int]  # fen
    n1: Mapped[int] = mapped_column(default=0)
    n2: Mapped[int] = mapped_column(default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(32), default="")
    added_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_pay_lines_month", "month", "member_id"),)
