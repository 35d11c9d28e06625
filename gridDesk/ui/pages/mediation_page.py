"""人民调解: the sidebar page of people's mediation (issue 20). Its parts are tabs of their own
files, listed in TABS (the petitions' register of another part may join them at merge); the
sidebar shows the page only when the account may see a tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.changes import Kind
from ...domain.rules import Permission
from ...services.session import UserSession
from ..bundle import SessionBundle
from .mediation_tab import MediationTab
from .tabbed_page import PageTab, TabbedPage, tabs_for


def _tabs() -> list[PageTab]:
    return [PageTab("mediation", QT_TRANSLATE_NOOP("MediationPage", "人民调解"), MediationTab,
                    frozenset({Kind.MEDIATIONS, Kind.CASES}), Permission.VIEW_CASES)]


def visible_tabs(session: UserSession) -> list[PageTab]:
    return tabs_for(session, _tabs())


class MediationPage(TabbedPage):
    CONTEXT = "MediationPage"
    SHOWS = frozenset[Kind]().union(*(t.shows for t in _tabs()))

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__(session, _tabs(), QCoreApplication.translate("MediationPage", "人民调解"),
                         QCoreApplication.translate(
                             "MediationPage",
                             "矛盾纠纷案件的人民调解：受理登记、调查、调解、达成协议或引导至法院、仲裁、信访、乡镇，"
                             "打印人民调解协议书，回访履行情况；协议履行完毕的，案件可按“实质性化解”结案。"))

    def show_part(self, part: str) -> None:
        """A tab by its key, or a mediation by its id (the 事件 page opens the one it registered)."""
        if part.isdigit() and "mediation" in self.parts:
            tab = self.parts["mediation"]
            self.tabs.setCurrentWidget(tab)
            tab.refresh()
            tab.select(int(part))
            return
        super().show_part(part)
