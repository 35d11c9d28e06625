"""The township's answers to escalations and the reply packages it wrote (services never see SQL)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...domain.township import TownshipError

from .orm import (AnswerFileRow, AnswerRow, BatchRow, EscalationRow, FileRow, QuarantineRow, ReplyReceiptRow,
                  ReplyRow)


@dataclass(frozen=True)
class PendingAnswer:
    id: int
    case_number: str
    ordinal: int
    kind: str
    text: str
    answered_by: str
    answered_at: str
    files: tuple[tuple[str, str, str], ...]  # (name in the bag, title, sm3)


@dataclass(frozen=True)
class PendingReceipt:
    batch_id: int | None
    quarantine_id: int | None
    batch: str
    digest: str
    passed: bool
    note: str


class TownshipRepliesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- answers ---------------------------------------------------------------------------
    def escalation_id(self, village: str, number: str, ordinal: int) -> int | None:
        return self.s.scalar(select(EscalationRow.id).where(
            EscalationRow.village_code == village, EscalationRow.case_number == number,
            EscalationRow.ordinal == ordinal))

    def add_answer(self, escalation_id: int, kind: str, text: str, answered_by: str, account: str, at: str,
                   files: list[tuple[str, str, str, int]]) -> int:
        """The answer and its files ((name, title, sm3, size) each); the escalation becomes answered."""
        row = AnswerRow(escalation_id=escalation_id, kind=kind, text=text, answered_by=answered_by, account=account,
                        answered_at=at)
        self.s.add(row)
        self.s.flush()
        digests = {d: n for _name, _title, d, n in files}
        known = set(self.s.scalars(select(FileRow.sm3).where(FileRow.sm3.in_(list(digests))))) if digests else set()
        new = [{"sm3": d, "size": n} for d, n in digests.items() if d not in known]
        if new:
            self.s.execute(insert(FileRow), new)
        for n, (name, title, digest, _size) in enumerate(files, 1):
            self.s.add(AnswerFileRow(answer_id=row.id, n=n, name=name, title=title, sm3=digest))
        self.s.execute(update(EscalationRow).where(EscalationRow.id == escalation_id)
                       .values(state="answered", answered_at=at))
        self.s.flush()
        return row.id

    def pending_answers(self, village: str) -> list[PendingAnswer]:
        rows = self.s.execute(
            select(AnswerRow, EscalationRow.case_number, EscalationRow.ordinal)
            .join(EscalationRow, EscalationRow.id == AnswerRow.escalation_id)
            .where(EscalationRow.village_code == village, AnswerRow.reply_id.is_(None))
            .order_by(AnswerRow.id)).all()
        files: dict[int, list[tuple[str, str, str]]] = {}
        ids = [a.id for a, _n, _o in rows]
        for i in range(0, len(ids), 500):
            for f in self.s.scalars(select(AnswerFileRow).where(AnswerFileRow.answer_id.in_(ids[i:i + 500]))
                                    .order_by(AnswerFileRow.answer_id, AnswerFileRow.n)):
                files.setdefault(f.answer_id, []).append((f.name, f.title, f.sm3))
        return [PendingAnswer(a.id, number, ordinal, a.kind, a.text, a.answered_by, a.answered_at,
                              tuple(files.get(a.id, ()))) for a, number, ordinal in rows]

    # -- receipts --------------------------------------------------------------------------
    def pending_receipts(self, village: str) -> list[PendingReceipt]:
        """Every batch of the village loaded, and every package of it quarantined, that no reply
        has receipted yet (in the order they arrived)."""
        sent_batches = select(ReplyReceiptRow.batch_id).where(ReplyReceiptRow.batch_id.is_not(None))
        sent_quarantine = select(ReplyReceiptRow.quarantine_id).where(ReplyReceiptRow.quarantine_id.is_not(None))
        out = [PendingReceipt(b.id, None, b.name, b.digest, True, "")
               for b in self.s.scalars(select(BatchRow).where(BatchRow.village_code == village,
                                                              BatchRow.id.not_in(sent_batches)).order_by(BatchRow.id))]
        out += [PendingReceipt(None, q.id, q.batch_name, q.digest, False, q.reasons)
                for q in self.s.scalars(select(QuarantineRow).where(QuarantineRow.village_code == village,
                                                                    QuarantineRow.id.not_in(sent_quarantine))
                                        .order_by(QuarantineRow.id))]
        return out

    # -- replies ---------------------------------------------------------------------------
    def next_seq(self, village: str, year: int) -> int:
        return int(self.s.scalar(select(func.coalesce(func.max(ReplyRow.seq), 0)).where(
            ReplyRow.village_code == village, ReplyRow.year == year)) or 0) + 1

    def add_reply(self, village: str, year: int, seq: int, name: str, at: str, by: str, folder: str,
                  answers: list[int], receipts: list[PendingReceipt]) -> int:
        """The reply written, and what it carried marked sent (one transaction, after the write)."""
        row = ReplyRow(village_code=village, year=year, seq=seq, name=name, made_at=at, made_by=by,
                       receipts=len(receipts), answers=len(answers), folder=folder)
        try:  # another staff member took the number, or receipted the same batch, a moment before
            self.s.add(row)
            self.s.flush()
            for r in receipts:
                self.s.add(ReplyReceiptRow(reply_id=row.id, batch_id=r.batch_id, quarantine_id=r.quarantine_id))
            self.s.flush()
        except IntegrityError:
            raise TownshipError("township.reply.not_recorded", name=name) from None
        if answers:
            # Only answers no reply carried yet: another staff member's reply may have carried
            # them since they were read (as mark_sent asks of the reviews, tasks and training).
            done = self.s.execute(update(AnswerRow).where(AnswerRow.id.in_(answers), AnswerRow.reply_id.is_(None))
                                  .values(reply_id=row.id))
            if done.rowcount != len(set(answers)):
                raise TownshipError("township.reply.not_recorded", name=name)
            escalations = select(AnswerRow.escalation_id).where(AnswerRow.id.in_(answers))
            # an escalation is sent when none of its answers waits for a reply any more
            waiting = select(AnswerRow.escalation_id).where(AnswerRow.reply_id.is_(None))
            self.s.execute(update(EscalationRow).where(EscalationRow.id.in_(escalations),
                                                       EscalationRow.id.not_in(waiting)).values(state="sent"))
        self.s.flush()
        return row.id

    def replies(self, village: str | None = None) -> list[tuple[str, str, int, int, str]]:
        q = select(ReplyRow).order_by(ReplyRow.id)
        if village is not None:
            q = q.where(ReplyRow.village_code == village)
        return [(r.village_code, r.name, r.receipts, r.answers, r.made_at) for r in self.s.scalars(q)]
