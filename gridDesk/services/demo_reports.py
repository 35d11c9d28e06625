"""The demo village's reports (issue 20 item 6): the monthly report counted from the month before
last, last month's report filed, this month's due (not yet overdue) and the month before last's
never filed, so overdue: the 报表 page, the dashboard's card and `griddesk status` each have one
of every state to show. The monthly dispute report counts from last month and last month's is
filed (its mediations are last month's). The other kinds count from the demo's set-up, so only
their current period is due: at any date the demo shows 2 filed, 5 due (this month's two, the
quarter, the half-year, the year) and 1 overdue."""

from __future__ import annotations

from ..domain.report_periods import Period, PeriodKind
from .clock import local_dt
from .reports import ReportsService
from .session import UserSession


def fill_reports(session: UserSession) -> str:
    """The period filed (last month), e.g. "2026-10"."""
    reports = ReportsService(session)
    today = local_dt(session.clock()).date()
    this_month = Period.containing(today, PeriodKind.MONTH)
    last_month = this_month.previous()
    before = last_month.previous()
    rule = next(r for r in reports.rules() if r.kind == "monthly")
    reports.set_rule("monthly", rule.due_day, True, before.start)
    reports.file("monthly", str(last_month))
    disputes = next(r for r in reports.rules() if r.kind == "disputes")
    reports.set_rule("disputes", disputes.due_day, True, last_month.start)
    reports.file("disputes", str(last_month))
    return str(last_month)
