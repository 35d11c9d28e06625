"""Appending to and reading the hash-chained audit log."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..security.audit_chain import GENESIS, ChainRow, row_mac
from .orm.audit import AuditRow


@dataclass(frozen=True)
class AuditFilter:
    account: str = ""
    action: str = ""
    text: str = ""
    since: str = ""  # ISO date, inclusive
    until: str = ""  # ISO date, inclusive


class AuditRepo:
    def __init__(self, session: Session, chain_key: bytes) -> None:
        self.s = session
        self.key = chain_key

    def append(self, ts: str, account: str, action: str, target: str = "", detail: str = "") -> int:
        last = self.s.execute(select(AuditRow.id, AuditRow.mac).order_by(AuditRow.id.desc())
                              .limit(1)).first()
        row_id = (last.id + 1) if last else 1
        prev = last.mac if last else GENESIS
        mac = row_mac(self.key, prev, row_id, ts, account, action, target, detail)
        self.s.add(AuditRow(id=row_id, ts=ts, account=account, action=action, target=target,
                            detail=detail, mac=mac))
        self.s.flush()
        return row_id

    def all_rows(self, batch: int = 5000) -> Iterator[ChainRow]:
        stmt = select(AuditRow).order_by(AuditRow.id).execution_options(yield_per=batch)
        for r in self.s.scalars(stmt):
            yield ChainRow(r.id, r.ts, r.account, r.action, r.target, r.detail, r.mac)

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
