"""例会考核: the centre's cycle above the daily work (DB3208/T 200 8.2): the monthly meeting, the
quarterly review and its assessment, commendations and performance pay. Each part is a tab of
its own file, listed in TABS; the sidebar shows the page only when the account may see a tab."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...domain.changes import Kind
from ...domain.rules import Permission, can
from ...services.session import UserSession
from ..bundle import SessionBundle
from .header import page_header
from .meetings_tab import MeetingsTab
from .review_tab import ReviewTab


@dataclass(frozen=True)
class CycleTab:
    key: str  # the part the dashboard opens (show_part)
    title: str  # QT_TRANSLATE_NOOP("CyclePage", ...)
    make: Callable[[SessionBundle], QWidget]  # the tab has refresh()
    shows: frozenset[Kind]  # the kinds of change it redraws on
    permission: Permission = Permission.VIEW_ASSESSMENT


def _tabs() -> list[CycleTab]:
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


def visible_tabs(session: UserSession) -> list[CycleTab]:
    return [t for t in _tabs() if can(session.account.role, t.permission)]


class CyclePage(QWidget):
    SHOWS = frozenset[Kind]().union(*(t.shows for t in _tabs()))

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("例会考核"), self.tr(
            "规范要求“月例会、季评议”：每月召开工作例会，每季度由党员和群众代表评议网格员，"
            "村党组织初评、乡镇党委复评；考核结果用于表彰、绩效补贴和调整。")))
        self.tabs = QTabWidget()
        self.parts: dict[str, QWidget] = {}
        for tab in visible_tabs(self.ctx.session):
            widget = tab.make(self.ctx)
            self.parts[tab.key] = widget
            self.tabs.addTab(widget, QCoreApplication.translate("CyclePage", tab.title))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None:
            current.refresh()

    def show_part(self, part: str) -> None:
        if part in self.parts:
            self.tabs.setCurrentWidget(self.parts[part])
