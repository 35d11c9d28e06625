"""调解信访: one sidebar page for the two ways a dispute reaches the centre from the people, people's
mediation (人民调解) and the petitions' register (信访), each a tab of its own file. One page, not
two: with sixteen entries the sidebar ran past a 1280x800 screen and 审计 scrolled out of sight.
The sidebar shows the page when the account may see one of its tabs; a grid member sees both,
the register masked and scoped to their grids."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.changes import Kind
from ...domain.rules import Permission
from ...services.session import UserSession
from ..bundle import SessionBundle
from .tabbed_page import PageTab, TabbedPage, tabs_for


def _tabs() -> list[PageTab]:
    from .mediation_tab import MediationTab
    from .petitions_tab import PetitionsTab

    return [PageTab("mediation", QT_TRANSLATE_NOOP("DisputesPage", "人民调解"), MediationTab,
                    frozenset({Kind.MEDIATIONS, Kind.CASES}), Permission.VIEW_CASES),
            PageTab("register", QT_TRANSLATE_NOOP("DisputesPage", "信访登记"), PetitionsTab,
                    frozenset({Kind.PETITIONS, Kind.CASES}), Permission.VIEW_PETITIONS)]


def visible_tabs(session: UserSession) -> list[PageTab]:
    return tabs_for(session, _tabs())


class DisputesPage(TabbedPage):
    CONTEXT = "DisputesPage"
    SHOWS = frozenset({Kind.MEDIATIONS, Kind.PETITIONS, Kind.CASES})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__(session, _tabs(), QCoreApplication.translate("DisputesPage", "调解信访"),
                         QCoreApplication.translate(
                             "DisputesPage",
                             "人民调解：受理登记、调查、调解、达成协议或引导至法院、仲裁、信访、乡镇，打印人民调解协议书，"
                             "回访履行情况。信访：登记来信、来电、来访和网上信访，15 日内决定是否受理，受理后 60 日内答复，"
                             "超期的显示为红色；需要网格处理的可以转为事件。"))

    def show_part(self, part: str) -> None:
        """A tab by its key; a mediation by its id (the 事件 page opens the one it registered);
        "overdue" (the dashboard's count) the register showing the overdue petitions only."""
        if part.isdigit() and "mediation" in self.parts:
            tab = self.parts["mediation"]
            self.tabs.setCurrentWidget(tab)
            tab.refresh()
            tab.select(int(part))
            return
        if part == "overdue":
            super().show_part("register")
            tab = self.parts.get("register")
            if tab is not None:
                tab.show_overdue()
            return
        super().show_part(part)
