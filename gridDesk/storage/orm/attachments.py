"""Table `attachments`: photos and documents, kept inside the encrypted database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AttachmentRow(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(8))  # case | visit | patrol
    owner_id: Mapped[int]
    case_event_id: Mapped[int | None] = mapped_column(ForeignKey("case_events.id"))
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(8))  # photo | document
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    # In the database, so it is encrypted with everything else and goes into every backup.
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_by: Mapped[str] = mapped_column(String(32))
    added_at: Mapped[datetime]

    __table_args__ = (Index("ix_attachments_owner", "owner", "owner_id"),)
