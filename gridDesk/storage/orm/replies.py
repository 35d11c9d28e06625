"""Tables `reply_imports` (each township reply package imported here: its name, package digest,
who imported it and what came of it) and `reply_items` (every item a reply carried, keyed by the
township's key fingerprint, the item's kind and the township's own key for it: the same item sent
again changes nothing; an item kept, not applied, is retried by the next reply that carries it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class ReplyImportRow(Base):
    __tablename__ = "reply_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(48))  # HF-<township>-<village>-<year>-<seq>
    digest_sm3: Mapped[str] = mapped_column(String(64), unique=True)
    township: Mapped[str] = mapped_column(String(64))  # the signing key's fingerprint
    township_name: Mapped[str] = mapped_column(String(128))
    imported_at: Mapped[datetime]
    account: Mapped[str] = mapped_column(String(32))
    applied: Mapped[int] = mapped_column(default=0)
    kept: Mapped[int] = mapped_column(default=0)


class ReplyItemRow(Base):
    __tablename__ = "reply_items"
    __table_args__ = (UniqueConstraint("township", "kind", "item_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    township: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # receipt | answer | review | task | training
    item_key: Mapped[str] = mapped_column(String(64))
    import_id: Mapped[int] = mapped_column(ForeignKey("reply_imports.id"))  # the import that last touched it
    outcome: Mapped[str] = mapped_column(String(16))  # applied | kept
    reason: Mapped[str] = mapped_column(Text, default="")  # why kept (Chinese), or what applying noted
    reason_code: Mapped[str] = mapped_column(Text, default="")  # the same as a catalogue sentence (JSON), for any language
    target: Mapped[str] = mapped_column(String(64), default="")  # case:12, batch:ZZ-…, training:3 …
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)  # an answer's case
    person: Mapped[str] = mapped_column(String(64), default="")  # who answered / reviewed at the township
    said_at: Mapped[datetime | None]  # when the township said it
    text: Mapped[str] = mapped_column(Text, default="")  # what the township said (an answer's words)
    answer_kind: Mapped[str] = mapped_column(String(16), default="")  # 指导意见 | 退回 | 已办结 | 上报县级
    updated_at: Mapped[datetime]
