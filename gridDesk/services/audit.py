"""Reading and checking the audit log (the auditor's and director's view)."""

from __future__ import annotations

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..security.audit_chain import ChainReport, ChainRow, Head, verify
from ..storage.audit_repo import AuditFilter, AuditRepo
from .session import UserSession

__all__ = ["AuditFilter", "AuditService", "ChainReport", "ChainRow", "Head"]


class AuditService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def query(self, f: AuditFilter, limit: int = 500, offset: int = 0) -> tuple[list[ChainRow], int]:
        self.session.require(Permission.READ_AUDIT)
        with self.session.db.transaction() as s:
            repo = AuditRepo(s)
            return repo.query(f, limit, offset), repo.count(f)

    def accounts(self) -> list[str]:
        self.session.require(Permission.READ_AUDIT)
        with self.session.db.transaction() as s:
            return AuditRepo(s).accounts()

    def verify(self) -> ChainReport:
        """Walk the whole chain; name the first row that does not fit. The check is recorded."""
        self.session.require(Permission.READ_AUDIT)
        with self.session.db.transaction() as s:
            report = verify(AuditRepo(s).chain_tuples())
        outcome = "ok" if report.ok else f"broken at {report.first_broken_id}"
        self.session.record(Action.AUDIT_VERIFIED.value, f"{report.rows_checked} rows", outcome)
        return report

    def head(self) -> Head:
        """The chain's head as it stands: what the meeting record, the handover form and every
        batch carry. Reading it is recorded, so a printed head can be matched to the log."""
        self.session.require(Permission.READ_AUDIT)
        with self.session.db.transaction() as s:
            head = AuditRepo(s).head()
        self.session.record(Action.AUDIT_HEAD_READ.value, f"{head.count}", head.digest)
        return head
