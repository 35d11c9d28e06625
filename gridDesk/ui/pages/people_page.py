"""网格与人口: residents, grids, the grid team and places, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...domain.changes import Kind
from ...domain.accounts import Permission, can
from ...services.grids import GridService
from ...services.places import PlacesService
from ...services.team import TeamService
from ...services.session import UserSession
from .grids_tab import GridsTab
from .places_tab import PlacesTab
from .roster_page import RosterPage
from .team_tab import TeamTab
from .staffing_tab import StaffingTab
from ...services.staffing import StaffingService
from .volunteers_tab import VolunteersTab
from .wechat_tab import WechatTab
from ..bundle import SessionBundle


class PeoplePage(QWidget):
    # Kinds of change this page shows: redrawn on screen when another page makes one.
    SHOWS = frozenset({Kind.ROSTER, Kind.GRIDS, Kind.TEAM, Kind.PLACES, Kind.KEY_GROUPS, Kind.STAFFING, Kind.WECHAT,
                       Kind.VOLUNTEERS})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        editable = can(session.account.role, Permission.EDIT_ROSTER)
        self.residents = RosterPage(self.ctx)
        roster = self.residents.roster
        team = self.ctx.get(TeamService)
        self.grids = GridsTab(roster, self.ctx.get(GridService), editable)
        self.team = TeamTab(roster, team, editable)
        self.places = PlacesTab(roster, self.ctx.get(PlacesService), team, editable)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.residents, self.tr("居民与户"))
        self.tabs.addTab(self.grids, self.tr("网格"))
        self.tabs.addTab(self.team, self.tr("网格队伍"))
        self.tabs.addTab(self.places, self.tr("出租房屋、场所与风险点"))
        self.staffing = StaffingTab(roster, StaffingService(session), team)  # issue 19: a complete team per grid
        self.tabs.addTab(self.staffing, self.tr("队伍配备"))
        self.wechat, self.volunteers = WechatTab(self.ctx), VolunteersTab(self.ctx)  # issue 19: 一户一代表, volunteers
        self.tabs.addTab(self.wechat, self.tr("微信群一户一代表"))
        self.tabs.addTab(self.volunteers, self.tr("志愿者与信息员"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def show_staffing(self, what: str) -> None:
        """From the dashboard: the team list filtered to the incomplete grids, or the vacancies."""
        if what == "incomplete":
            self.team.only_incomplete.setChecked(True)
            self.tabs.setCurrentWidget(self.team)
        else:
            self.tabs.setCurrentWidget(self.staffing)
        self.refresh()
