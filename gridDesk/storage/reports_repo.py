"""The reporting calendar and the filed reports (tables in orm/reports.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from ..domain.cases import CaseState, Channel, WorkKind
from ..domain.reports import CaseFacts, DueRule, FiledReport
from .orm.cases import CaseCategoryRow, CaseRow
from .orm.centre import CentreRow
from .orm.reports import FiledReportRow, ReportRuleRow


def _filed(r: FiledReportRow) -> FiledReport:
    return FiledReport(r.id, r.kind, r.period, r.version, r.filed_at.isoformat(timespec="seconds"), r.filed_by,
                       r.digest, r.sent_in)


class ReportsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- the calendar ----------------------------------------------------------------------------
    def rules(self) -> dict[str, DueRule]:
        return {r.kind: DueRule(r.kind, r.due_day, r.active, r.starts_on, r.updated_by)
                for r in self.s.scalars(select(ReportRuleRow))}

    def set_rule(self, rule: DueRule, by: str, at: datetime) -> None:
        row = self.s.get(ReportRuleRow, rule.kind)
        if row is None:
            row = ReportRuleRow(kind=rule.kind)
            self.s.add(row)
        row.due_day, row.active, row.starts_on, row.updated_by, row.updated_at = (
            rule.due_day, rule.active, rule.starts_on, by, at)

    def centre_started(self) -> date | None:
        at = self.s.scalar(select(CentreRow.created_at).limit(1))
        return at.date() if at is not None else None

    # -- the figures ----------------------------------------------------------------------------
    def case_facts(self, start: datetime, end: datetime) -> list[CaseFacts]:
        """What the summary reports count of each case that matters to the period [start, end):
        reported or closed in it, or open now. One lean query (no timeline, no people)."""
        stmt = (select(CaseCategoryRow.name, CaseRow.work_kind, CaseRow.channel, CaseRow.reported_at, CaseRow.state,
                       CaseRow.due_at, CaseRow.closed_at, CaseRow.closure_type)
                .join(CaseCategoryRow, CaseCategoryRow.id == CaseRow.category_id)
                .where(or_(and_(CaseRow.reported_at >= start, CaseRow.reported_at < end),
                           and_(CaseRow.closed_at >= start, CaseRow.closed_at < end),
                           CaseRow.state != CaseState.CLOSED.value)))
        states, kinds, channels = ({s.value: s for s in CaseState}, {k.value: k for k in WorkKind},
                                   {c.value: c for c in Channel})
        return [CaseFacts(cat, kinds[k], channels[ch], at, states[st], due, closed, how or "")
                for cat, k, ch, at, st, due, closed, how in self.s.execute(stmt)]

    def case_totals(self, start: datetime, end: datetime) -> tuple[int, int, int]:
        """(reported, closed, closed in time) in [start, end), counted in the database (the year to
        date); in time as the meeting counts it: closed by the due time, or with no time limit."""
        reported = self.s.scalar(select(func.count()).select_from(CaseRow).where(
            CaseRow.reported_at >= start, CaseRow.reported_at < end)) or 0
        closed, in_time = self.s.execute(select(
            func.count(), func.coalesce(func.sum(case((or_(CaseRow.due_at.is_(None),
                                                           CaseRow.closed_at <= CaseRow.due_at), 1), else_=0)), 0))
            .where(CaseRow.closed_at >= start, CaseRow.closed_at < end)).one()
        return reported, closed, in_time

    # -- filing ----------------------------------------------------------------------------------
    def latest(self, kind: str | None = None) -> dict[tuple[str, str], FiledReport]:
        """(kind, period) -> its newest version (metadata only, no files)."""
        stmt = select(FiledReportRow.id, FiledReportRow.kind, FiledReportRow.period, FiledReportRow.version,
                      FiledReportRow.filed_at, FiledReportRow.filed_by, FiledReportRow.digest, FiledReportRow.sent_in)
        if kind is not None:
            stmt = stmt.where(FiledReportRow.kind == kind)
        out: dict[tuple[str, str], FiledReport] = {}
        for i, k, p, v, at, by, digest, sent in self.s.execute(stmt.order_by(FiledReportRow.version)):
            out[(k, p)] = FiledReport(i, k, p, v, at.isoformat(timespec="seconds"), by, digest, sent)
        return out

    def versions(self, kind: str, period: str) -> list[FiledReport]:
        rows = self.s.scalars(select(FiledReportRow).where(FiledReportRow.kind == kind, FiledReportRow.period == period)
                              .order_by(FiledReportRow.version))
        return [_filed(r) for r in rows]

    def file(self, kind: str, period: str, by: str, at: datetime, digest: str, pdf: bytes, xml: bytes) -> FiledReport:
        """A new version of the period's report; the earlier ones stay as they were."""
        newest = self.s.scalar(select(func.max(FiledReportRow.version)).where(
            FiledReportRow.kind == kind, FiledReportRow.period == period)) or 0
        row = FiledReportRow(kind=kind, period=period, version=newest + 1, filed_at=at, filed_by=by, digest=digest,
                             pdf=pdf, xml=xml, sent_in="")
        self.s.add(row)
        self.s.flush()
        return _filed(row)

    def files(self, report_id: int) -> tuple[FiledReport, bytes, bytes] | None:
        row = self.s.get(FiledReportRow, report_id)
        return None if row is None else (_filed(row), row.pdf, row.xml)

    def to_send(self, recorded: set[str], batch: str) -> list[tuple[FiledReport, bytes, bytes]]:
        """Every filed version no recorded batch has carried; each is marked as going in `batch`
        (a batch that failed was never recorded, so the next one carries it again)."""
        rows = list(self.s.scalars(select(FiledReportRow).where(FiledReportRow.sent_in.not_in(sorted(recorded)))
                                   .order_by(FiledReportRow.id)))
        for r in rows:
            r.sent_in = batch
        return [(_filed(r), r.pdf, r.xml) for r in rows]
