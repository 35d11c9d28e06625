"""Reading and checking the audit log (the auditor's and director's view)."""

from __future__ import annotations

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.audit_entries import AUDIT_LOG_TARGET
from ..domain.errors import ValidationError
from ..domain.text import clean_text
from ..security.audit_chain import ChainReport, ChainRow, Head, verify
from ..storage.audit_repo import AuditFilter, AuditRepo
from .audit_entries import AuditEntry, build
from .guard import rule
from .session import UserSession

__all__ = ["AuditEntry", "AuditFilter", "AuditService", "ChainReport", "ChainRow", "Head"]


class AuditService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.READ_AUDIT)
    def query(self, f: AuditFilter, limit: int = 500, offset: int = 0) -> tuple[list[ChainRow], int]:
        with self.session.db.transaction() as s:
            repo = AuditRepo(s)
            return repo.query(f, limit, offset), repo.count(f)

    @rule(Permission.READ_AUDIT)
    def entries(self, f: AuditFilter, limit: int = 500, offset: int = 0,
                unmask_reason: str = "") -> tuple[list[AuditEntry], int]:
        """The rows as plain data about people and records, titles looked up in bulk; masked
        unless a reason is given by an account that may unmask, and that view is on the log."""
        if unmask_reason:
            self.session.require(Permission.UNMASK)
            reason = clean_text(unmask_reason, 200, "reason")
            if len(reason) < 2:
                raise ValidationError("reason", "audit.unmask_reason")
            self.session.record(Action.UNMASK.value, AUDIT_LOG_TARGET, reason)
        with self.session.db.transaction() as s:
            repo = AuditRepo(s)
            rows = repo.query(f, limit, offset)
            return build(s, rows, masked=not unmask_reason), repo.count(f)

    @rule(Permission.READ_AUDIT)
    def accounts(self) -> list[str]:
        with self.session.db.transaction() as s:
            return AuditRepo(s).accounts()

    @rule(Permission.READ_AUDIT)
    def verify(self) -> ChainReport:
        """Walk the whole chain; name the first row that does not fit. The check is recorded."""
        with self.session.db.transaction() as s:
            report = verify(AuditRepo(s).chain_tuples())
        outcome = "ok" if report.ok else f"broken at {report.first_broken_id}"
        self.session.record(Action.AUDIT_VERIFIED.value, f"{report.rows_checked} rows", outcome)
        return report

    @rule(Permission.READ_AUDIT)
    def head(self) -> Head:
        """The chain's head as it stands: what the meeting record, the handover form and every
        batch carry. Reading it is recorded, so a printed head can be matched to the log."""
        with self.session.db.transaction() as s:
            head = AuditRepo(s).head()
        self.session.record(Action.AUDIT_HEAD_READ.value, f"{head.count}", head.digest)
        return head

    @rule(Permission.READ_AUDIT)
    def head_sheet(self, out) -> Head:
        """A one-page note of the head for the monthly meeting record: who read it and when, the
        count and the digest, lines to sign. A later check compares the log with it."""
        from ..printing.ledger import Form, FormSection, write_form
        from .clock import local_dt
        from .printouts import PrintService

        head = self.head()
        now = local_dt(self.session.clock())
        centre = self.session.centre
        form = Form("审计日志链头记录", centre.village_name, f"{now:%Y-%m-%d}", (
            FormSection("", (("单位", f"{centre.village_name}综治中心"), ("读取时间", f"{now:%Y-%m-%d %H:%M}"),
                             ("读取人", self.session.account.display_name or self.session.account.username),
                             ("日志记录条数", f"{head.count} 条"), ("链头摘要（前 16 位）", head.short),
                             ("完整摘要（SM3）", head.digest))),
            FormSection("说明", (("用途", "记入月度会议记录。以后任何人改动或删除第 1 条到第 "
                                        f"{head.count} 条中的任何一条，日志算出的摘要都会和这里不同。"),
                                 ("核对方法", "在“审计日志”页点“校验日志完整性”，或运行 griddesk audit head，"
                                              "比较同一条数处的摘要。"))),
        ), signatures=("读取人", "主任", "日期"))
        write_form(form, out, PrintService(self.session).font_file())
        return head

    @rule(Permission.READ_AUDIT)
    def record_sheet(self, head: Head, how: str) -> None:
        """The head sheet was printed or saved (the preview's callback)."""
        self.session.record(Action.PRINT.value, "audit head", f"第 {head.count} 条 {head.short}：{how}")
