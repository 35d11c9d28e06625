"""The grid division's figures for `griddesk status` and the dashboard (issue 19 item 6)."""

from __future__ import annotations

from .division import DivisionService
from .division_report import DivisionReportService
from .session import UserSession


def division_status(session: UserSession) -> dict:
    """grids_out_of_size: code -> {households, guidance, band} for the account's grids outside the
    size band; division_report_due: this year's report's due day (ISO) while it is not printed."""
    out = {o.node.code: {"households": o.node.households, "guidance": o.guidance, "band": list(o.band)}
           for o in DivisionService(session).out_of_size()}
    due = DivisionReportService(session).due()
    return {"grids_out_of_size": out, "division_report_due": due.isoformat() if due else None}
