"""Attachments: written with the step or visit they belong to, listed without their bytes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.attachments import Attachment, NewAttachment
from .orm.attachments import AttachmentRow
from .orm.cases import CaseEventRow

_LISTED = (AttachmentRow.id, AttachmentRow.name, AttachmentRow.kind, AttachmentRow.size, AttachmentRow.sha256,
           AttachmentRow.added_by, AttachmentRow.added_at, CaseEventRow.action, AttachmentRow.case_event_id)


class AttachmentsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, owner: str, owner_id: int, files: Sequence[tuple[NewAttachment, str]], account: str,
            now: datetime, case_event_id: int | None = None) -> list[int]:
        rows = [AttachmentRow(owner=owner, owner_id=owner_id, case_event_id=case_event_id, name=f.name, kind=kind,
                              size=len(f.data), sha256=f.sha256, data=f.data, added_by=account, added_at=now)
                for f, kind in files]
        self.s.add_all(rows)
        self.s.flush()
        return [r.id for r in rows]

    def listed(self, owner: str, owner_id: int) -> list[Attachment]:
        stmt = (select(*_LISTED).outerjoin(CaseEventRow, CaseEventRow.id == AttachmentRow.case_event_id)
                .where(AttachmentRow.owner == owner, AttachmentRow.owner_id == owner_id).order_by(AttachmentRow.id))
        return [Attachment(i, n, k, size, sha, by, at, step or "", event) for i, n, k, size, sha, by, at, step, event
                in self.s.execute(stmt)]

    def with_data(self, owner: str, owner_id: int) -> list[tuple[Attachment, bytes]]:
        """Every attachment of one owner with its bytes, in one query (the archive export)."""
        stmt = (select(*_LISTED, AttachmentRow.data)
                .outerjoin(CaseEventRow, CaseEventRow.id == AttachmentRow.case_event_id)
                .where(AttachmentRow.owner == owner, AttachmentRow.owner_id == owner_id).order_by(AttachmentRow.id))
        return [(Attachment(i, n, k, size, sha, by, at, step or "", event), data)
                for i, n, k, size, sha, by, at, step, event, data in self.s.execute(stmt)]

    def get(self, attachment_id: int) -> tuple[str, int, Attachment, bytes] | None:
        """(owner, owner id, the attachment, its bytes)."""
        row = self.s.get(AttachmentRow, attachment_id)
        if row is None:
            return None
        step = self.s.get(CaseEventRow, row.case_event_id).action if row.case_event_id else ""
        return row.owner, row.owner_id, Attachment(row.id, row.name, row.kind, row.size, row.sha256, row.added_by,
                                                   row.added_at, step, row.case_event_id), row.data
