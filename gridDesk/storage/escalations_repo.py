"""Each escalation of a case as the archive sends it (table in orm/escalations.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..domain.escalations import EscalationStatus
from .orm.archive import ExportBatchRow
from .orm.attachments import AttachmentRow
from .orm.cases import CaseEventRow, CaseHandoverRow
from .orm.escalations import CaseEscalationRow

ESCALATE = "escalate"  # CaseAction.ESCALATE's value, the event's action
_HANDOVER_PREFIX = "上报方式："  # services/cases.py writes the channel before the step's note


def reason_of(detail: str) -> str:
    """The reason typed with the step: the event's detail without the hand-over words before it."""
    if detail.startswith(_HANDOVER_PREFIX):
        return detail.split("；", 1)[1] if "；" in detail else ""
    return detail


class EscalationsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _upto(self, case_id: int, event: CaseEventRow) -> int:
        """The last attachment the case had when the escalation was recorded: those of its steps
        up to this one (and any without a step, added before it)."""
        return self.s.scalar(select(func.max(AttachmentRow.id)).where(
            AttachmentRow.owner == "case", AttachmentRow.owner_id == case_id,
            or_(AttachmentRow.case_event_id <= event.id,
                (AttachmentRow.case_event_id.is_(None)) & (AttachmentRow.added_at <= event.at)))) or 0

    def record(self, case_id: int, event_id: int, asked_due: date | None, reason: str) -> int:
        """The escalation just written as event `event_id` (after its attachments): its ordinal."""
        self.backfill(case_id, before=event_id)  # escalations recorded before this table come first
        self.s.flush()
        existing = self.s.scalar(select(CaseEscalationRow).where(CaseEscalationRow.event_id == event_id))
        if existing is not None:
            return existing.ordinal
        ordinal = (self.s.scalar(select(func.max(CaseEscalationRow.ordinal))
                                 .where(CaseEscalationRow.case_id == case_id)) or 0) + 1
        event = self.s.get(CaseEventRow, event_id)
        self.s.add(CaseEscalationRow(case_id=case_id, event_id=event_id, ordinal=ordinal, asked_due=asked_due,
                                     reason=reason, attachments_upto=self._upto(case_id, event), sent_in=""))
        self.s.flush()
        return ordinal

    def find(self, number: str, ordinal: int) -> tuple[int, int] | None:
        """(case id, escalate event id) of the escalation a township answer names by (case number,
        ordinal) — the reply package's key; None when this village has no such escalation."""
        from .orm.cases import CaseRow

        row = self.s.execute(select(CaseEscalationRow.case_id, CaseEscalationRow.event_id)
                             .join(CaseRow, CaseRow.id == CaseEscalationRow.case_id)
                             .where(CaseRow.number == number, CaseEscalationRow.ordinal == ordinal)).first()
        return (row[0], row[1]) if row else None

    def last_at(self, case_id: int, other_than: int) -> datetime | None:
        """When the case's latest escalation before event `other_than` happened."""
        return self.s.scalar(select(func.max(CaseEventRow.at)).where(
            CaseEventRow.case_id == case_id, CaseEventRow.action == ESCALATE, CaseEventRow.id != other_than))

    def backfill(self, case_id: int | None = None, before: int | None = None) -> int:
        """A row for every escalate event that has none (one written before this table, or by a
        path that did not record it), numbered after the case's rows in the order of the events."""
        stmt = (select(CaseEventRow).outerjoin(CaseEscalationRow, CaseEscalationRow.event_id == CaseEventRow.id)
                .where(CaseEventRow.action == ESCALATE, CaseEscalationRow.id.is_(None))
                .order_by(CaseEventRow.case_id, CaseEventRow.at, CaseEventRow.id))
        if case_id is not None:
            stmt = stmt.where(CaseEventRow.case_id == case_id)
        if before is not None:
            stmt = stmt.where(CaseEventRow.id < before)
        events = list(self.s.scalars(stmt))
        last: dict[int, int] = {}
        for e in events:
            if e.case_id not in last:
                last[e.case_id] = self.s.scalar(select(func.max(CaseEscalationRow.ordinal))
                                                .where(CaseEscalationRow.case_id == e.case_id)) or 0
            last[e.case_id] += 1
            self.s.add(CaseEscalationRow(case_id=e.case_id, event_id=e.id, ordinal=last[e.case_id], asked_due=None,
                                         reason=reason_of(e.detail), attachments_upto=self._upto(e.case_id, e),
                                         sent_in=""))
        if events:
            self.s.flush()
        return len(events)

    def to_send(self, recorded: set[str], batch: str) -> list[tuple[CaseEscalationRow, CaseEventRow]]:
        """Every escalation no recorded batch has carried, each marked as going in `batch`; in the
        order they happened."""
        self.backfill()
        rows = list(self.s.execute(
            select(CaseEscalationRow, CaseEventRow).join(CaseEventRow, CaseEventRow.id == CaseEscalationRow.event_id)
            .where(CaseEscalationRow.sent_in.not_in(sorted(recorded)))
            .order_by(CaseEventRow.at, CaseEscalationRow.id)))
        for row, _event in rows:
            row.sent_in = batch
        return rows

    def handover(self, event_id: int) -> tuple[str, str] | None:
        """(channel, who took it at the township) of an escalate event, when recorded."""
        row = self.s.scalar(select(CaseHandoverRow).where(CaseHandoverRow.event_id == event_id))
        return (row.channel, row.taken_by) if row is not None else None

    def statuses(self, case_id: int) -> tuple[EscalationStatus, ...]:
        """The case's escalations and how far each got (a batch planned but never recorded has not
        left)."""
        return self.statuses_for([case_id]).get(case_id, ())

    def statuses_for(self, case_ids: list[int]) -> dict[int, tuple[EscalationStatus, ...]]:
        """As `statuses`, for several cases in two queries (the case list's marker)."""
        out: dict[int, list[EscalationStatus]] = {}
        for start in range(0, len(case_ids), 500):
            chunk = case_ids[start:start + 500]
            stmt = (select(CaseEscalationRow, CaseEventRow, ExportBatchRow)
                    .join(CaseEventRow, CaseEventRow.id == CaseEscalationRow.event_id)
                    .outerjoin(ExportBatchRow, ExportBatchRow.name == CaseEscalationRow.sent_in)
                    .where(CaseEscalationRow.case_id.in_(chunk))
                    .order_by(CaseEscalationRow.case_id, CaseEscalationRow.ordinal))
            for r, e, b in self.s.execute(stmt):
                out.setdefault(r.case_id, []).append(EscalationStatus(
                    r.ordinal, e.at, e.account, r.asked_due, r.reason, b.name if b is not None else "",
                    b.created_at if b is not None else None, b.received_at if b is not None else None))
            # escalations not numbered yet (the next export numbers them): shown as not left
            loose = self.s.scalars(select(CaseEventRow).outerjoin(
                CaseEscalationRow, CaseEscalationRow.event_id == CaseEventRow.id).where(
                CaseEventRow.case_id.in_(chunk), CaseEventRow.action == ESCALATE, CaseEscalationRow.id.is_(None))
                .order_by(CaseEventRow.case_id, CaseEventRow.at, CaseEventRow.id))
            for e in loose:
                mine = out.setdefault(e.case_id, [])
                mine.append(EscalationStatus(len(mine) + 1, e.at, e.account, None, reason_of(e.detail)))
        return {case_id: tuple(found) for case_id, found in out.items()}
