"""Tables `case_files` (each closed case's file, made once at closing), `export_batches` (the
export history) and `archived_items` (which version of which case went in which batch)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CaseFileRow(Base):
    __tablename__ = "case_files"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    version: Mapped[int]  # the case's version the file shows; a correction makes it anew
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    made_at: Mapped[datetime]


class ExportBatchRow(Base):
    __tablename__ = "export_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(48), unique=True)
    created_at: Mapped[datetime]
    account: Mapped[str] = mapped_column(String(32))
    digest_sm3: Mapped[str] = mapped_column(String(64))
    previous_digest: Mapped[str] = mapped_column(String(64))
    period_from: Mapped[datetime | None]
    period_to: Mapped[datetime]
    summary: Mapped[str] = mapped_column(Text, default="")  # what went in, in words
    profile: Mapped[str] = mapped_column(Text, default="")
    written_to: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime | None]
    # The audit chain's head the batch carried (anchoring: the township checks the next one extends it)
    audit_count: Mapped[int] = mapped_column(default=0, server_default="0")
    audit_head: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ArchivedItemRow(Base):
    __tablename__ = "archived_items"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    version: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("export_batches.id"), index=True)
