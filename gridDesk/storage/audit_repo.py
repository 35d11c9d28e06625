"""Appending to and reading the hash-chained audit log."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..security.audit_chain import GENESIS, ChainRow, Head, row_hash
from .orm.audit import AuditRow


@dataclass(frozen=True)
class AuditFilter:
    account: str = ""
    action: str = ""
    text: str = ""
    since: str = ""  # ISO date, inclusive
    until: str = ""  # ISO date, inclusive


# A row's free text is capped (characters): every row must fit the row limit of the segment the
# township reads (archive/audit_anchor.ROW_LIMIT, 4 MiB a line even were every character escaped
# as \uXXXX), or one pasted reason would fail every archive batch after it.
TEXT_LIMIT = 200_000


def _capped(text: str) -> str:
    if len(text) <= TEXT_LIMIT:
        return text
    return text[:TEXT_LIMIT] + f"……（原文 {len(text)} 字，只记前 {TEXT_LIMIT} 字）"


class AuditRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def append(self, ts: str, account: str, action: str, target: str = "", detail: str = "") -> int:
        target, detail = _capped(target), _capped(detail)
        last = self.s.execute(select(AuditRow.id, AuditRow.mac).order_by(AuditRow.id.desc())
                              .limit(1)).first()
        row_id = (last.id + 1) if last else 1
        prev = last.mac if last else GENESIS
        mac = row_hash(prev, row_id, ts, account, action, target, detail)
        self.s.add(AuditRow(id=row_id, ts=ts, account=account, action=action, target=target,
                            detail=detail, mac=mac))
        self.s.flush()
        return row_id

    def chain_tuples(self, after: int = 0, upto: int | None = None,
                     batch: int = 20000) -> Iterator[tuple[int, str, str, str, str, str, str]]:
        """(id, ts, account, action, target, detail, hash) in id order: plain tuples straight from
        the driver, because the verifier walks a million of them."""
        sql = ("SELECT id, ts, account, action, target, detail, mac FROM audit_log WHERE id > ?"
               + (" AND id <= ?" if upto is not None else "") + " ORDER BY id")
        params = (after,) if upto is None else (after, upto)
        # The driver's own cursor: SQLAlchemy's Row wrappers cost as much as the hashing here.
        cursor = self.s.connection().connection.dbapi_connection.cursor()
        try:
            cursor.execute(sql, params)
            while chunk := cursor.fetchmany(batch):
                yield from chunk
        finally:
            cursor.close()

    def all_rows(self, after: int = 0, upto: int | None = None) -> Iterator[ChainRow]:
        for t in self.chain_tuples(after, upto):
            yield ChainRow(*t)

    def carry_over(self, rows: Iterator[tuple[int, str, str, str, str, str, str]]) -> int:
        """Append rows taken verbatim from another copy of the same log (a restore carries forward
        what was written after the backup). Each must extend this log's chain exactly; returns how
        many were appended."""
        head = self.head()
        n = 0
        for row_id, ts, account, action, target, detail, stored in rows:
            if row_id != head.count + 1 or row_hash(head.digest, row_id, ts, account, action, target,
                                                    detail) != stored:
                raise ValueError(f"audit row {row_id} does not extend the chain")
            self.s.add(AuditRow(id=row_id, ts=ts, account=account, action=action, target=target,
                                detail=detail, mac=stored))
            head = Head(row_id, stored)
            n += 1
        self.s.flush()
        return n

    def head(self) -> Head:
        last = self.s.execute(select(AuditRow.id, AuditRow.mac).order_by(AuditRow.id.desc())
                              .limit(1)).first()
        return Head(last.id, last.mac) if last else Head(0, GENESIS)

    def hash_at(self, row_id: int) -> str | None:
        """The stored chain value after row `row_id` (GENESIS for 0; None if there is no such row)."""
        if row_id == 0:
            return GENESIS
        return self.s.scalar(select(AuditRow.mac).where(AuditRow.id == row_id))

    def _filtered(self, f: AuditFilter):
        stmt = select(AuditRow)
        if f.account:
            stmt = stmt.where(AuditRow.account == f.account)
        if f.action:
            stmt = stmt.where(AuditRow.action == f.action)
        if f.text:
            like = f"%{f.text}%"
            stmt = stmt.where(AuditRow.target.like(like) | AuditRow.detail.like(like))
        if f.since:
            stmt = stmt.where(AuditRow.ts >= f.since)
        if f.until:
            stmt = stmt.where(AuditRow.ts < f.until + "T99")
        return stmt

    def query(self, f: AuditFilter, limit: int = 500, offset: int = 0) -> list[ChainRow]:
        stmt = self._filtered(f).order_by(AuditRow.id.desc()).limit(limit).offset(offset)
        return [ChainRow(r.id, r.ts, r.account, r.action, r.target, r.detail, r.mac)
                for r in self.s.scalars(stmt)]

    def count(self, f: AuditFilter | None = None) -> int:
        if f is None:
            return self.s.scalar(select(func.count(AuditRow.id))) or 0
        return self.s.scalar(select(func.count()).select_from(self._filtered(f).subquery())) or 0

    def accounts(self) -> list[str]:
        return list(self.s.scalars(select(AuditRow.account).distinct().order_by(AuditRow.account)))
