"""The monthly dispute report (矛盾纠纷排查调处情况统计表) as a kind of the report registry: due on
the reporting calendar, filed with its PDF and XML, carried in the archive batch as 统计报表, and
printed or exported through the 报表 page and `griddesk report disputes` like every other kind."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..domain.dispute_report import DisputeReport
from ..domain.report_periods import PeriodKind
from .report_kinds import ReportKind


def _compute(session, period) -> DisputeReport:
    from .dispute_report import DisputeReportService

    return DisputeReportService(session).report(str(period), session.account.display_name)


def _pdf(data: DisputeReport, out, font_file: Path | None = None) -> int:
    from ..printing.dispute_report import write_dispute_report

    return write_dispute_report(data, out, font_file)


def _xlsx(data: DisputeReport, path: Path) -> int:
    from ..sheets.dispute_report import write_dispute_workbook

    write_dispute_workbook(Path(path), data)
    return len(data.table.rows) + 2  # the rows of the form, 小计 and 年度累计


def _xml(data: DisputeReport) -> bytes:
    from ..archive.report_xml import dispute_xml

    return dispute_xml(data)


def _digest(data: DisputeReport) -> str:
    """What the report says (its figures and unit), not the day it was drawn up."""
    return hashlib.sha256(repr((data.table, data.unit, data.township, data.scope)).encode("utf-8")).hexdigest()


def _identity(data: DisputeReport) -> tuple[str, str]:
    return ("disputes", data.table.period) if isinstance(data, DisputeReport) else ("", "")


DISPUTES = ReportKind("disputes", "矛盾纠纷排查调处情况统计表", PeriodKind.MONTH, 5, _compute, _pdf, _xlsx, _xml, _digest,
                      _identity)
