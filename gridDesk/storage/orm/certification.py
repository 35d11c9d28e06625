"""Table `cert_overrides`: the director's one-off exceptions to 持证上岗 (DB3208/T 200 8.3)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CertOverrideRow(Base):
    __tablename__ = "cert_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    account: Mapped[str] = mapped_column(String(32))  # the director who allowed it
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id"))
    member_name: Mapped[str] = mapped_column(String(32))  # kept, as the record of what was allowed
    act: Mapped[str] = mapped_column(String(16))  # assign | visit | sign
    target: Mapped[str] = mapped_column(String(64))  # case:12, visit:40, sign:140105100201001
    reason: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_cert_overrides_at", "at"),)
