"""Table `audit_log`: append-only (triggers, see the first migration) and hash-chained."""

from __future__ import annotations

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AuditRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    ts: Mapped[str] = mapped_column(String(32))  # ISO 8601 with offset, as hashed
    account: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    mac: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_ts", "ts"), Index("ix_audit_log_account", "account"))
