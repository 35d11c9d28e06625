"""信访: the register of petitions (letters, calls, visits and online petitions) and their
answers within the 信访工作条例's time limits. A page of parts (tabbed_page.py) so the people's
mediation built beside it can join as a tab; the sidebar shows it when the account may see one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.changes import Kind
from ...domain.rules import Permission
from ...services.session import UserSession
from ..bundle import SessionBundle
from .tabbed_page import PageTab, TabbedPage, tabs_for


def _tabs() -> list[PageTab]:
    """The parts; titles marked with QT_TRANSLATE_NOOP("PetitionsPage", ...)."""
    from .petitions_tab import PetitionsTab

    return [PageTab("register", QT_TRANSLATE_NOOP("PetitionsPage", "信访登记"), PetitionsTab,
                    frozenset({Kind.PETITIONS, Kind.CASES}), Permission.VIEW_PETITIONS)]


def visible_tabs(session: UserSession) -> list[PageTab]:
    return tabs_for(session, _tabs())


class PetitionsPage(TabbedPage):
    CONTEXT = "PetitionsPage"
    SHOWS = frozenset[Kind]().union(*(t.shows for t in _tabs()))

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__(session, _tabs(), QCoreApplication.translate("PetitionsPage", "信访"), QCoreApplication.translate(
            "PetitionsPage",
            "登记来信、来电、来访和网上信访：收到后 15 日内决定是否受理，受理后 60 日内答复（信访工作条例）。"
            "超期未办的显示为红色；需要网格处理的可以转为事件。"))

    def show_part(self, part: str) -> None:
        """The dashboard's overdue count opens the register showing the overdue only."""
        if part == "overdue":
            super().show_part("register")
            tab = self.parts.get("register")
            if tab is not None:
                tab.show_overdue()
            return
        super().show_part(part)
