"""The reports to the township (issue 20 item 3): build a kind's report for a period, print it,
export it as xlsx or XML, file it (its PDF and XML frozen, a new version on refiling), and the
reporting calendar the director keeps: when each kind is due, what is filed, due and overdue.

Every kind comes from the registry (report_kinds.py); this service checks the account, the kind
and the period, and puts every print, export and filing on the audit log."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain.audit import Action
from ..domain.errors import NotFound, ValidationError
from ..domain.report_periods import Period
from ..domain.reports import CalendarEntry, DueRule, FiledReport, calendar_entries, check_due_day, due_date
from ..domain.rules import Permission
from ..storage.reports_repo import ReportsRepo
from ..storage.work_calendar_repo import WorkCalendarRepo
from ..storage.cases_repo import CasesRepo
from .clock import local_dt
from .guard import rule
from .print_files import saved_on_record, written_on_record
from .printouts import PrintService, out_name
from .report_kinds import ReportKind, all_kinds, kind_named, kind_word
from .session import Changes, UserSession
from .work_calendar import build_calendar

_ID_MAX = 2**62


class ReportsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(None, why="the registry's kinds: their names and periodicity, nothing of the village")
    def kinds(self) -> list[ReportKind]:
        return all_kinds()

    @rule(Permission.REPORTS)
    def period_of(self, kind: str, period: object) -> Period:
        """The period, refused when it is not one, not of the kind's periodicity, or has not begun."""
        k = kind_named(kind)
        p = Period.parse(period)
        if p.kind is not k.periodicity:
            raise ValidationError("period", "report.period_kind", value=str(p), kind=kind_word(k),
                                  example=str(Period.containing(self._today(), k.periodicity)))
        if p.start > self._today():
            raise ValidationError("period", "report.period_future", value=str(p))
        return p

    @rule(Permission.REPORTS)
    def compute(self, kind: str, period: object) -> Any:
        """The report's data as the records stand now: plain frozen data, computed once."""
        p = self.period_of(kind, period)
        return kind_named(kind).compute(self.session, p)

    def _data(self, k: ReportKind, p: Period, data: Any) -> Any:
        """The period's data: computed now, or the data given (a preview's) when it is this kind's
        and this period's; another period's figures are not printed or filed as this one's."""
        if data is None:
            return k.compute(self.session, p)
        kind, period = k.data_of(data)
        if (kind, period) != (k.kind, str(p)):
            raise ValidationError("period", "report.data_mismatch", value=f"{k.kind} {p}",
                                  got=f"{kind or '?'} {period or '?'}"[:40])
        return data

    # -- output ------------------------------------------------------------------------------
    @rule(Permission.REPORTS)
    def print_report(self, kind: str, period: object, out, data: Any = None, record: bool = True) -> int:
        """The report as a PDF (a file, or a buffer for the preview); pages written; audited.
        `data`: the figures already computed (the page's preview), else computed now."""
        self.session.require(Permission.PRINT)
        k = kind_named(kind)
        p = self.period_of(kind, period)
        data = self._data(k, p, data)
        font = PrintService(self.session).font_file()
        on_record = (lambda failed: self.session.record(Action.PRINT.value, f"report {k.kind} {p}",
                                                        f"{k.title} → {out_name(out)}{failed}")) if record else None
        return written_on_record(out, lambda target: k.pdf(data, target, font), on_record)

    @rule(Permission.REPORTS)
    def export_xlsx(self, kind: str, period: object, out: Path, data: Any = None) -> int:
        """The report as xlsx for the township (an export: the centre's); rows written; audited."""
        self.session.require(Permission.EXPORT)
        k = kind_named(kind)
        p = self.period_of(kind, period)
        data = self._data(k, p, data)
        return saved_on_record(lambda: k.xlsx(data, Path(out)), lambda failed: self.session.record(
            Action.EXPORT.value, f"report {k.kind} {p}", f"{k.title} xlsx → {out_name(out)}{failed}"))

    @rule(Permission.REPORTS)
    def export_xml(self, kind: str, period: object, data: Any = None) -> bytes:
        """The report as structured XML (the archive's form of it); audited as an export."""
        self.session.require(Permission.EXPORT)
        k = kind_named(kind)
        p = self.period_of(kind, period)
        data = self._data(k, p, data)
        xml = k.xml(data)
        self.session.record(Action.EXPORT.value, f"report {k.kind} {p}", f"{k.title} XML")
        return xml

    # -- filing ------------------------------------------------------------------------------
    @rule(Permission.REPORTS)
    def file(self, kind: str, period: object, data: Any = None) -> FiledReport:
        """File the period's report once the period is over: built now, its PDF and XML frozen with
        who and when. A second filing of the same figures is refused; changed figures make a new
        version, the old kept."""
        k = kind_named(kind)
        p = self.period_of(kind, period)
        data = self.check_filing(kind, period, data)
        digest = k.content_digest(data)
        pdf = io.BytesIO()
        k.pdf(data, pdf, PrintService(self.session).font_file())
        xml = k.xml(data)
        with self.session.write(Action.WRITE.value, f"report {k.kind} {p}", f"{k.title} 归档") as s:
            repo = ReportsRepo(s)
            versions = repo.versions(k.kind, str(p))
            if versions and versions[-1].digest == digest:
                raise ValidationError("period", "report.unchanged", value=str(p), version=versions[-1].version)
            return repo.file(k.kind, str(p), self.session.account.username,
                             local_dt(self.session.clock()).replace(tzinfo=None, microsecond=0), digest,
                             pdf.getvalue(), xml)

    @rule(Permission.REPORTS)
    def check_filing(self, kind: str, period: object, data: Any = None) -> Any:
        """What file() would refuse, asked before anything is printed or saved (the command line's
        --file): a period still running, or figures already filed unchanged. The data, computed
        when not given."""
        k = kind_named(kind)
        p = self.period_of(kind, period)
        if p.end >= self._today():  # a period still running: its figures are not yet the period's
            raise ValidationError("period", "report.period_open", value=str(p), end=f"{p.end:%Y-%m-%d}")
        data = self._data(k, p, data)
        with self.session.db.transaction() as s:
            versions = ReportsRepo(s).versions(k.kind, str(p))
        if versions and versions[-1].digest == k.content_digest(data):
            raise ValidationError("period", "report.unchanged", value=str(p), version=versions[-1].version)
        return data

    @rule(Permission.REPORTS)
    def versions(self, kind: str, period: object) -> list[FiledReport]:
        p = self.period_of(kind, period)
        with self.session.db.transaction() as s:
            return ReportsRepo(s).versions(kind_named(kind).kind, str(p))

    @rule(Permission.REPORTS)
    def filed_pdf(self, report_id: object, out) -> FiledReport:
        """A filed version's PDF as it was filed (a reprint); audited as a print."""
        self.session.require(Permission.PRINT)
        if isinstance(report_id, bool) or not isinstance(report_id, int) or not 0 < report_id < _ID_MAX:
            raise NotFound("report.filed_gone")
        with self.session.db.transaction() as s:
            found = ReportsRepo(s).files(report_id)
        if found is None:
            raise NotFound("report.filed_gone")
        filed, pdf, _xml = found
        written_on_record(out, lambda target: target.write(pdf), lambda failed: self.session.record(
            Action.PRINT.value, f"report {filed.kind} {filed.period} v{filed.version}",
            f"已归档报表 → {out_name(out)}{failed}"))
        return filed

    # -- the calendar ------------------------------------------------------------------------
    @rule(Permission.REPORTS)
    def rules(self) -> list[DueRule]:
        """Each kind's due day (the director's, or the kind's default) and whether it is filed."""
        with self.session.db.transaction() as s:
            kept = ReportsRepo(s).rules()
        return [kept.get(k.kind) or DueRule(k.kind, k.default_due_day) for k in all_kinds()]

    @rule(Permission.EDIT_RULES)
    def set_rule(self, kind: str, due_day: object, active: bool = True, starts_on: object = None) -> Changes:
        """The director changes the calendar: a kind's due day, whether the centre files it, and
        from which day its periods count."""
        k = kind_named(kind)
        day = check_due_day(due_day)
        if not isinstance(active, bool):  # 'no' is not yes
            raise ValidationError("active", "report.bad_active", value=str(active)[:20])
        if isinstance(starts_on, datetime):  # a date picker's or a script's time of day: its day
            starts_on = starts_on.date()
        if starts_on is not None:
            if not isinstance(starts_on, date):
                raise ValidationError("starts_on", "report.bad_start", value=str(starts_on)[:20])
            if starts_on.year < 2000 or starts_on > self._today():
                raise ValidationError("starts_on", "report.start_range", value=f"{starts_on:%Y-%m-%d}")
        rule_ = DueRule(k.kind, day, active, starts_on)
        with self.session.write(Action.SETTINGS_CHANGED.value, f"report calendar {k.kind}",
                                f"{k.title} 次月{day}日前 {'报送' if active else '不报送'}"
                                f"{f' 自{starts_on:%Y-%m-%d}' if starts_on else ''}") as s:
            ReportsRepo(s).set_rule(rule_, self.session.account.username,
                                    local_dt(self.session.clock()).replace(tzinfo=None, microsecond=0))
        return Changes("reports", ())

    @rule(Permission.REPORTS)
    def calendar(self) -> list[CalendarEntry]:
        """Every active kind's periods from the calendar's start to today's, with its due day (by
        the work calendar) and its newest filing; oldest first within a kind."""
        today = self._today()
        with self.session.db.transaction() as s:
            repo = ReportsRepo(s)
            kept, filed = repo.rules(), repo.latest()
            started = repo.centre_started() or today
            work = build_calendar(CasesRepo(s), WorkCalendarRepo(s), today)
        out: list[CalendarEntry] = []
        for k in all_kinds():
            r = kept.get(k.kind) or DueRule(k.kind, k.default_due_day)
            mine = {p: f for (kind, p), f in filed.items() if kind == k.kind}
            start = r.starts_on or started
            counted = calendar_entries(r, k.periodicity, start, today, work.is_working_day, mine)
            # a period filed before the calendar's start stays in sight, filed (the months between
            # it and the start are not made overdue by it)
            shown = {e.period for e in counted}
            earlier = sorted((Period.parse(p) for p in mine if p not in shown), key=lambda p: p.start)
            out += [CalendarEntry(k.kind, str(p), due_date(p, r, work.is_working_day), mine[str(p)], today)
                    for p in earlier if r.active] + counted
        return out

    @rule(None, why="the calendar within the account's reach: none for an account whose reports these are not")
    def due_and_overdue(self) -> tuple[list[CalendarEntry], list[CalendarEntry]]:
        """(due, overdue): not filed, due day to come / passed. Empty for accounts that do not
        file reports (a grid member's, the auditor's)."""
        if not self.session.may(Permission.REPORTS):
            return [], []
        entries = [e for e in self.calendar() if e.filed is None]
        return [e for e in entries if not e.overdue], [e for e in entries if e.overdue]


def report_status(session: UserSession) -> dict[str, object]:
    """reports_due and reports_overdue for `griddesk status --json` and the 工作台: each a list of
    {kind, period, due, days_overdue}."""
    due, overdue = ReportsService(session).due_and_overdue()
    return {"reports_due": [e.as_dict() for e in due], "reports_overdue": [e.as_dict() for e in overdue]}

