"""报表: what the centre reports to the township (issue 20). Two tabs of their own files: the
reporting calendar with every kind of report (generate, file, print, export, the director's
calendar), and the 矛盾纠纷排查调处情况统计表 as on the paper form, with its layout settings (the
category mapping, the people bands, 填报人 and 审核人). The dispute table used to open from the
打印 page; it is a report to the township, so it lives here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.changes import Kind
from ...domain.rules import Permission
from ...services.session import UserSession
from ..bundle import SessionBundle
from .tabbed_page import PageTab, TabbedPage


def _tabs() -> list[PageTab]:
    from .dispute_report_tab import DisputeReportTab
    from .reports_calendar_tab import ReportsCalendarTab

    return [PageTab("calendar", QT_TRANSLATE_NOOP("ReportsPage", "报送日历"), ReportsCalendarTab,
                    frozenset({Kind.REPORTS, Kind.CASES, Kind.CALENDAR}), Permission.REPORTS),
            PageTab("disputes", QT_TRANSLATE_NOOP("ReportsPage", "矛盾纠纷排查调处情况统计表"), DisputeReportTab,
                    frozenset({Kind.CASES, Kind.MEDIATIONS, Kind.REPORTS}), Permission.REPORTS)]


class ReportsPage(TabbedPage):
    CONTEXT = "ReportsPage"
    SHOWS = frozenset({Kind.REPORTS, Kind.CASES, Kind.CALENDAR, Kind.MEDIATIONS})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__(session, _tabs(), QCoreApplication.translate("ReportsPage", "报表"), QCoreApplication.translate(
            "ReportsPage",
            "按报送日历向乡镇报送的月报、季报、半年报和年报：数据从系统里已有的记录统计，不用重新填。"
            "归档后报表的 PDF 和数据固定下来，随下一批档案上报；数据变了可以重新归档，旧版本保留。"))
