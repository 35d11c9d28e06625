"""培训: sessions and attendance, each member's history and certificates, the yearly rule."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...domain.changes import Kind
from ...services.session import UserSession
from ...services.team import TeamService
from ...services.training import TrainingService
from .header import page_header
from .training_compliance_tab import ComplianceTab
from .training_members_tab import MembersTab
from .training_sessions_tab import SessionsTab
from ..bundle import SessionBundle


class TrainingPage(QWidget):
    # Kinds of change this page shows: redrawn on screen when another page makes one.
    SHOWS = frozenset({Kind.TRAINING, Kind.CERTIFICATES, Kind.TRAINING_RULES, Kind.TEAM})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.service = self.ctx.get(TrainingService)
        team = self.ctx.get(TeamService)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("培训"), self.tr(
            "《办法》要求网格员每年参加县级培训不少于 2 次、乡镇级不少于 3 次；经培训合格方可上岗（持证上岗）。")))
        self.sessions = SessionsTab(self.service, team)
        self.members = MembersTab(self.service, team)
        self.compliance = ComplianceTab(self.service)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("培训场次"))
        self.tabs.addTab(self.members, self.tr("人员与证书"))
        self.tabs.addTab(self.compliance, self.tr("达标情况"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.parts = {"sessions": self.sessions, "members": self.members, "compliance": self.compliance}
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def show_part(self, part: str) -> None:
        if part in self.parts:
            self.tabs.setCurrentWidget(self.parts[part])
