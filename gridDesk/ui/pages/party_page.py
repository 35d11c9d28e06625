"""党建: party building in the grid (DB3208/T 200 ch. 5, 7.1.7, 9): the party organisations on
the grids and their members, the households party members contact, the service stations. Each
part is a tab of its own file, listed in _tabs(); the sidebar shows the page only when the
account may see a tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.changes import Kind
from ...domain.rules import Permission
from ...services.session import UserSession
from ..bundle import SessionBundle
from .tabbed_page import PageTab, TabbedPage, tabs_for


def _tabs() -> list[PageTab]:
    """The parts; titles marked with QT_TRANSLATE_NOOP("PartyPage", ...)."""
    from .party_contacts_tab import PartyContactsTab
    from .party_members_tab import PartyMembersTab
    from .party_orgs_tab import PartyOrgsTab
    from .stations_tab import StationsTab

    return [
        PageTab("orgs", QT_TRANSLATE_NOOP("PartyPage", "组织"), PartyOrgsTab, frozenset({Kind.PARTY, Kind.GRIDS}),
                Permission.VIEW_ROSTER),
        PageTab("members", QT_TRANSLATE_NOOP("PartyPage", "党员"), PartyMembersTab,
                frozenset({Kind.PARTY, Kind.ROSTER}), Permission.VIEW_ROSTER),
        PageTab("contacts", QT_TRANSLATE_NOOP("PartyPage", "联户"), PartyContactsTab,
                frozenset({Kind.PARTY, Kind.PARTY_CONTACTS, Kind.VISITS, Kind.ROSTER}), Permission.VIEW_ROSTER),
        PageTab("stations", QT_TRANSLATE_NOOP("PartyPage", "服务站"), StationsTab,
                frozenset({Kind.STATIONS, Kind.ROSTER, Kind.TEAM}), Permission.VIEW_ROSTER),
    ]


def visible_tabs(session: UserSession) -> list[PageTab]:
    return tabs_for(session, _tabs())


class PartyPage(TabbedPage):
    CONTEXT = "PartyPage"
    SHOWS = frozenset[Kind]().union(*(t.shows for t in _tabs()))

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        # The page's own words are translated before the widget exists (self.tr needs it).
        super().__init__(session, _tabs(), QCoreApplication.translate("PartyPage", "党建引领"), QCoreApplication.translate(
            "PartyPage",
            "规范要求把党组织建在网格上：村党组织下设网格党支部、微网格党小组；党员联系农户，"
            "每周走访一次、每月交流一次、每年评议一次；党群服务站就近服务群众。"))
