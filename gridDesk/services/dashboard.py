"""The 工作台 figures: what the village holds, at a glance."""

from __future__ import annotations

from ..domain.rules import Permission
from ..storage.roster_repo import RosterCounts, RosterRepo
from .guard import rule
from .roster_scope import grid_scope
from .session import UserSession


class DashboardService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_ROSTER)
    def counts(self) -> RosterCounts:
        with self.session.db.transaction() as s:
            return RosterRepo(s).counts(grid_scope(self.session))
