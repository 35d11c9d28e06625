"""Case files kept from their closing, the export history, and which case versions went out."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.archive import ExportBatch, PendingCase
from .orm.archive import ArchivedItemRow, CaseFileRow, ExportBatchRow
from .orm.attachments import AttachmentRow
from .orm.cases import CaseRow


def _batch(r: ExportBatchRow) -> ExportBatch:
    return ExportBatch(r.id, r.name, r.created_at, r.account, r.digest_sm3, r.previous_digest, r.period_from,
                       r.period_to, r.summary, r.profile, r.written_to, r.received_at)


class ArchiveRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def save_case_file(self, case_id: int, version: int, pdf: bytes, now: datetime) -> None:
        row = self.s.get(CaseFileRow, case_id)
        if row is None:
            row = CaseFileRow(case_id=case_id)
            self.s.add(row)
        row.version, row.pdf, row.sha256, row.made_at = version, pdf, hashlib.sha256(pdf).hexdigest(), now

    def case_file(self, case_id: int) -> tuple[int, bytes] | None:
        row = self.s.get(CaseFileRow, case_id)
        return (row.version, row.pdf) if row else None

    def to_export(self) -> list[PendingCase]:
        """Closed cases whose current state has not gone out: (case id, its row version, the archival
        version it goes out as: 1 the first time, 2 for the first correction, …)."""
        sent = select(ArchivedItemRow.case_id, func.max(ArchivedItemRow.version).label("v"),
                      func.count().label("n")).group_by(ArchivedItemRow.case_id).subquery()
        stmt = (select(CaseRow.id, CaseRow.version, sent.c.v, sent.c.n).outerjoin(sent, sent.c.case_id == CaseRow.id)
                .where(CaseRow.state == "closed").order_by(CaseRow.closed_at, CaseRow.id))
        return [PendingCase(cid, version, (sent_count or 0) + 1) for cid, version, last, sent_count in self.s.execute(stmt)
                if last is None or last < version]

    def payload_sizes(self, case_ids: Sequence[int]) -> list[tuple[str, int, int, int | None]]:
        """Per case: (its number, the bytes of its attachments, its largest attachment, the bytes of
        its kept case file or None): what a batch will write, known before it is written. Sizes
        only; no attachment or PDF is read."""
        out = []
        for start in range(0, len(case_ids), 500):  # well under SQLite's limit on bound values
            ids = list(case_ids[start:start + 500])
            attached = {i: (total, biggest) for i, total, biggest in self.s.execute(
                select(AttachmentRow.owner_id, func.sum(AttachmentRow.size), func.max(AttachmentRow.size))
                .where(AttachmentRow.owner == "case", AttachmentRow.owner_id.in_(ids))
                .group_by(AttachmentRow.owner_id))}
            kept = dict(self.s.execute(select(CaseFileRow.case_id, func.length(CaseFileRow.pdf))
                                       .where(CaseFileRow.case_id.in_(ids))).all())
            numbers = dict(self.s.execute(select(CaseRow.id, CaseRow.number).where(CaseRow.id.in_(ids))).all())
            out += [(numbers.get(i, ""), *attached.get(i, (0, 0)), kept.get(i)) for i in ids]
        return out

    def last_batch(self) -> ExportBatch | None:
        row = self.s.scalar(select(ExportBatchRow).order_by(ExportBatchRow.id.desc()).limit(1))
        return _batch(row) if row else None

    def batches(self) -> list[ExportBatch]:
        return [_batch(r) for r in self.s.scalars(select(ExportBatchRow).order_by(ExportBatchRow.id.desc()))]

    def count(self, year: int) -> int:
        return self.s.scalar(select(func.count()).where(ExportBatchRow.name.like(f"%-{year}-%"))) or 0

    def audit_sent(self, name: str | None = None) -> tuple[int, str]:
        """(count, head) of the audit chain the named batch carried, or the last batch's; (0, "")
        before any batch carried one (the next segment then starts at row 1)."""
        stmt = select(ExportBatchRow.audit_count, ExportBatchRow.audit_head)
        stmt = (stmt.where(ExportBatchRow.name == name) if name else
                stmt.where(ExportBatchRow.audit_head != "").order_by(ExportBatchRow.id.desc()).limit(1))
        row = self.s.execute(stmt).first()
        return (row.audit_count, row.audit_head) if row else (0, "")

    def add_batch(self, batch: ExportBatch, items: Sequence[tuple[int, int]],
                  audit: tuple[int, str] = (0, "")) -> int:
        row = ExportBatchRow(name=batch.name, created_at=batch.created_at, account=batch.account,
                             digest_sm3=batch.digest_sm3, previous_digest=batch.previous_digest,
                             period_from=batch.period_from, period_to=batch.period_to, summary=batch.summary,
                             profile=batch.profile, written_to=batch.written_to, received_at=None,
                             audit_count=audit[0], audit_head=audit[1])
        self.s.add(row)
        self.s.flush()
        self.s.add_all(ArchivedItemRow(case_id=c, version=v, batch_id=row.id) for c, v in items)
        return row.id

    def carry_history_from(self, other: "ArchiveRepo") -> int:
        """Batches another copy of this database recorded that this one lacks (a restore of an
        older backup): they left for the township, so the next batch must follow them, not
        repeat their numbers or their audit rows. Items of cases this copy does not hold are
        left out. Returns how many batches were added."""
        have = set(self.s.scalars(select(ExportBatchRow.name)))
        added = 0
        for row in other.s.scalars(select(ExportBatchRow).order_by(ExportBatchRow.id)):
            if row.name in have:
                continue
            copy = ExportBatchRow(**{c.key: getattr(row, c.key) for c in ExportBatchRow.__table__.columns
                                     if c.key != "id"})
            self.s.add(copy)
            self.s.flush()
            cases = set(self.s.scalars(select(CaseRow.id)))
            self.s.add_all(ArchivedItemRow(case_id=i.case_id, version=i.version, batch_id=copy.id)
                           for i in other.s.scalars(select(ArchivedItemRow).where(ArchivedItemRow.batch_id == row.id))
                           if i.case_id in cases)
            added += 1
        self.s.flush()
        return added

    def mark_received(self, digest: str, at: datetime) -> ExportBatch | None:
        row = self.s.scalar(select(ExportBatchRow).where(ExportBatchRow.digest_sm3 == digest))
        if row is None:
            return None
        row.received_at = row.received_at or at
        return _batch(row)
