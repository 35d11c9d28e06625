"""The 工作台 figures: what the village holds, at a glance."""

from __future__ import annotations

from ..domain.certification import CertOverride
from ..domain.rules import Permission
from ..storage.cert_overrides_repo import CertOverridesRepo
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

    @rule(Permission.VIEW_ROSTER)
    def cert_overrides(self) -> list[CertOverride]:
        """持证上岗例外: every exception the director allowed, newest first; a grid member's
        account sees those of its grids' members."""
        with self.session.db.transaction() as s:
            return CertOverridesRepo(s).list(grid_scope(self.session))
