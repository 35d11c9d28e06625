"""The township's reply packages imported here, and each of their items (orm/replies.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .orm.cases import CaseEventRow, CaseRow
from .orm.replies import ReplyImportRow, ReplyItemRow


@dataclass(frozen=True)
class StoredItem:
    kind: str
    item_key: str
    outcome: str
    reason: str
    reason_code: str  # JSON of the catalogue sentence (services/replies.py)
    target: str
    case_id: int | None
    person: str
    said_at: datetime | None
    text: str
    answer_kind: str
    reply: str  # the reply package's name that last touched it


@dataclass(frozen=True)
class StoredImport:
    id: int
    name: str
    digest_sm3: str
    township_name: str
    imported_at: datetime
    account: str
    applied: int
    kept: int


def _import(r: ReplyImportRow) -> StoredImport:
    return StoredImport(r.id, r.name, r.digest_sm3, r.township_name, r.imported_at, r.account, r.applied, r.kept)


class RepliesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def imported(self, digest: str) -> StoredImport | None:
        row = self.s.scalar(select(ReplyImportRow).where(ReplyImportRow.digest_sm3 == digest))
        return _import(row) if row is not None else None

    def imports(self) -> list[StoredImport]:
        return [_import(r) for r in self.s.scalars(select(ReplyImportRow).order_by(ReplyImportRow.id.desc()))]

    def add_import(self, name: str, digest: str, township: str, township_name: str, at: datetime, account: str) -> int:
        row = ReplyImportRow(name=name, digest_sm3=digest, township=township, township_name=township_name,
                             imported_at=at, account=account, applied=0, kept=0)
        self.s.add(row)
        self.s.flush()
        return row.id

    def count(self, import_id: int, applied: int, kept: int) -> None:
        row = self.s.get(ReplyImportRow, import_id)
        row.applied, row.kept = applied, kept

    def item(self, township: str, kind: str, key: str) -> StoredItem | None:
        row = self.s.scalar(select(ReplyItemRow).where(ReplyItemRow.township == township, ReplyItemRow.kind == kind,
                                                       ReplyItemRow.item_key == key))
        return self._stored(row) if row is not None else None

    def _stored(self, row: ReplyItemRow) -> StoredItem:
        reply = self.s.get(ReplyImportRow, row.import_id)
        return StoredItem(row.kind, row.item_key, row.outcome, row.reason, row.reason_code, row.target, row.case_id, row.person,
                          row.said_at, row.text, row.answer_kind, reply.name if reply else "")

    def keep(self, township: str, kind: str, key: str, import_id: int, outcome: str, reason: str, at: datetime,
             reason_code: str = "", target: str = "", case_id: int | None = None, person: str = "", said_at: datetime | None = None,
             text: str = "", answer_kind: str = "") -> None:
        row = self.s.scalar(select(ReplyItemRow).where(ReplyItemRow.township == township, ReplyItemRow.kind == kind,
                                                       ReplyItemRow.item_key == key))
        if row is None:
            row = ReplyItemRow(township=township, kind=kind, item_key=key)
            self.s.add(row)
        row.import_id, row.outcome, row.reason, row.target, row.case_id = import_id, outcome, reason, target, case_id
        row.reason_code = reason_code
        row.person, row.said_at, row.text, row.answer_kind, row.updated_at = person, said_at, text, answer_kind, at
        self.s.flush()

    def of_case(self, case_id: int) -> list[StoredItem]:
        rows = self.s.scalars(select(ReplyItemRow).where(ReplyItemRow.case_id == case_id)
                              .order_by(ReplyItemRow.said_at, ReplyItemRow.id))
        return [self._stored(r) for r in rows]

    def case_by_number(self, number: str) -> tuple[int, str, list[datetime]] | None:
        """(id, state, the times of its escalations in order) of the case with this number."""
        row = self.s.scalar(select(CaseRow).where(CaseRow.number == number))
        if row is None:
            return None
        escalations = list(self.s.scalars(select(CaseEventRow.at).where(
            CaseEventRow.case_id == row.id, CaseEventRow.action == "escalate").order_by(CaseEventRow.at, CaseEventRow.id)))
        return row.id, row.state, escalations
