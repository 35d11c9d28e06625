"""The director's 持证上岗 overrides, and one member's certificate state read where an act needs it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.certification import CertAct, CertOverride
from ..domain.training import certificate_state
from .orm.certification import CertOverrideRow
from .orm.roster import GridRow, TeamMemberRow, team_member_grids
from .training_repo import TrainingRepo


class CertOverridesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def state(self, member_id: int, today: date) -> str:
        """valid | expiring | expired | none, as the training page shows it."""
        return self.states([member_id], today)[member_id]

    def states(self, member_ids: Sequence[int], today: date) -> dict[int, str]:
        training = TrainingRepo(self.s)
        passed, certs = training.onboarding_passed(), training.certificates()
        return {m: certificate_state([c for c in certs if c.member_id == m], m in passed, today) for m in member_ids}

    def add(self, at: datetime, account: str, member_id: int, member_name: str, act: CertAct, target: str,
            reason: str) -> int:
        row = CertOverrideRow(at=at, account=account, member_id=member_id, member_name=member_name, act=act.value,
                              target=target, reason=reason)
        self.s.add(row)
        self.s.flush()
        return row.id

    def list(self, grids: Sequence[str] | None = None) -> list[CertOverride]:
        """Newest first; `grids`: only those whose member serves one of these grids (None: all)."""
        stmt = select(CertOverrideRow).order_by(CertOverrideRow.at.desc(), CertOverrideRow.id.desc())
        if grids is not None:
            if not grids:  # an account given no grids reaches nobody (an empty or_() would mean everybody)
                return []
            # A grid includes its micro-grids (codes extend it), as everywhere in the roster; a
            # member serves the grids listed for them and their main grid.
            within = or_(*[GridRow.code.startswith(code) for code in grids])
            listed = (select(team_member_grids.c.member_id).join(GridRow, GridRow.id == team_member_grids.c.grid_id)
                      .where(within))
            main = select(TeamMemberRow.id).join(GridRow, GridRow.id == TeamMemberRow.grid_id).where(within)
            stmt = stmt.where(or_(CertOverrideRow.member_id.in_(listed), CertOverrideRow.member_id.in_(main)))
        return [CertOverride(r.id, r.at, r.account, r.member_id, r.member_name, CertAct(r.act), r.target, r.reason)
                for r in self.s.scalars(stmt)]
