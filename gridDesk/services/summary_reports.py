"""The summary reports (月报, 季报, 半年报, 年报) as report kinds of the registry: computed once
from the records (report_figures.py) into plain frozen data, printed, written as xlsx and as XML."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..domain.report_periods import Period, PeriodKind
from ..domain.reports import SummaryData
from .clock import local_dt
from .report_kinds import ReportKind

TITLES = {PeriodKind.MONTH: "月报", PeriodKind.QUARTER: "季报", PeriodKind.HALF: "半年报", PeriodKind.YEAR: "年报"}


def compute_summary(session, period: Period, kind: str) -> SummaryData:
    """The period's figures as the records stand now (a period not over: up to today)."""
    from .report_figures import summary_sections

    today = local_dt(session.clock()).date()
    with session.db.transaction() as s:
        sections, ytd = summary_sections(s, period.start, period.end, today,
                                         with_ytd=period.kind is not PeriodKind.YEAR)
    centre = session.centre
    return SummaryData(kind, f"{centre.village_name}{period.words}网格化服务管理工作{TITLES[period.kind]}",
                       str(period), period.words, period.start, period.end, centre.village_name, centre.township,
                       centre.division_code, sections, today, session.account.display_name, ytd)


def summary_pdf(data: SummaryData, out, font_file: Path | None = None) -> int:
    from ..printing.summary_report import write_summary

    return write_summary(data, out, font_file)


def summary_xlsx(data: SummaryData, path: Path) -> int:
    from ..sheets.summary_report import write_summary_xlsx

    return write_summary_xlsx(data, path)


def summary_xml(data: SummaryData) -> bytes:
    from ..archive.report_xml import summary_xml as make

    return make(data)


def summary_digest(data: SummaryData) -> str:
    """What the report says: its period and figures (not the day it was made, nor by whom)."""
    text = repr((data.kind, data.period, data.sections, data.ytd_sections, data.village, data.township))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _kind(kind: str, periodicity: PeriodKind, due_day: int) -> ReportKind:
    return ReportKind(kind, TITLES[periodicity], periodicity, due_day,
                      lambda session, period: compute_summary(session, period, kind),
                      summary_pdf, summary_xlsx, summary_xml, summary_digest)


SUMMARY_KINDS = (_kind("monthly", PeriodKind.MONTH, 5), _kind("quarterly", PeriodKind.QUARTER, 10),
                 _kind("halfyear", PeriodKind.HALF, 10), _kind("yearly", PeriodKind.YEAR, 10))
