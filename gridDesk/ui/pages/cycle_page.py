"""例会考核: the centre's cycle above the daily work (DB3208/T 200 8.2): the monthly meeting, the
quarterly review and its assessment, commendations and performance pay. Each part is a tab of
its own file, listed in TABS; the sidebar shows the page only when the account may see a tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.changes import Kind
from ...services.session import UserSession
from ..bundle import SessionBundle
from .meetings_tab import MeetingsTab
from .review_tab import ReviewTab
from .tabbed_page import PageTab, TabbedPage, tabs_for

CycleTab = PageTab


def _tabs() -> list[PageTab]:
    """The parts, in the order of the cycle; titles marked with QT_TRANSLATE_NOOP("CyclePage", ...)."""
    from .pay_tab import PayTab

    return [
        CycleTab("meetings", QT_TRANSLATE_NOOP("CyclePage", "月例会"), MeetingsTab,
                 frozenset({Kind.MEETINGS, Kind.TASKS, Kind.TEAM, Kind.VISITS, Kind.CASES, Kind.TRAINING})),
        CycleTab("review", QT_TRANSLATE_NOOP("CyclePage", "季评议"), ReviewTab,
                 frozenset({Kind.ASSESSMENT, Kind.ASSESSMENT_RULES, Kind.TEAM, Kind.VISITS, Kind.CASES, Kind.TRAINING,
                            Kind.DAILY_LOGS, Kind.PATROLS})),
        CycleTab("pay", QT_TRANSLATE_NOOP("CyclePage", "奖惩与绩效"), PayTab, frozenset({Kind.REWARDS, Kind.PAY, Kind.CASES})),
    ]


def visible_tabs(session: UserSession) -> list[PageTab]:
    return tabs_for(session, _tabs())


class CyclePage(TabbedPage):
    CONTEXT = "CyclePage"
    SHOWS = frozenset[Kind]().union(*(t.shows for t in _tabs()))

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        # The page's own words are translated before the widget exists (self.tr needs it).
        super().__init__(session, _tabs(), QCoreApplication.translate("CyclePage", "例会考核"), QCoreApplication.translate(
            "CyclePage",
            "规范要求“月例会、季评议”：每月召开工作例会，每季度由党员和群众代表评议网格员，"
            "村党组织初评、乡镇党委复评；考核结果用于表彰、绩效补贴和调整。"))
