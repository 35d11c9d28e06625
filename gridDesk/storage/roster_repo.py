"""Roster reads for the dashboard and bulk writes for generated villages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from ..domain.roster import DemoTag, Grid, Household, Resident, TeamMember
from .orm.roster import (GridRow, HouseholdRow, KeyGroupTagRow, ResidentRow, TeamMemberRow,
                         team_member_grids)
from .residents_repo import ResidentsRepo


@dataclass(frozen=True)
class GridCount:
    code: str
    name: str
    households: int
    residents: int
    micro_grids: int = 0  # its micro-grids, whose households and people are in the figures above


@dataclass(frozen=True)
class RosterCounts:
    """`grids` counts the rows of `per_grid` (grids, not their micro-grids, which are counted in
    `micro_grids` and whose figures are added to their grid's row): the card and the table agree."""

    grids: int
    households: int
    residents: int
    team: int
    per_grid: list[GridCount]
    micro_grids: int = 0


class RosterRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def counts(self, scope: Sequence[str] | None = None) -> RosterCounts:
        """The figures over the grids in `scope` (grid codes, each with its micro-grids; None: all)."""
        # A retired grid (merged or emptied by the division) is history: not a grid to count.
        every = self.s.execute(select(GridRow.id, GridRow.code, GridRow.name, GridRow.parent_id)
                               .where(GridRow.retired_on.is_(None)).order_by(GridRow.code)).all()
        kept = [g for g in every if scope is None or any(g.code.startswith(c) for c in scope)]
        ids = [g.id for g in kept]

        def n(model, column) -> int:
            stmt = select(func.count()).select_from(model)
            if scope is not None:
                stmt = stmt.where(column.in_(ids))
            return self.s.scalar(stmt) or 0

        hh = dict(self.s.execute(select(HouseholdRow.grid_id, func.count())
                                 .group_by(HouseholdRow.grid_id)).all())
        res = dict(self.s.execute(select(ResidentRow.grid_id, func.count())
                                  .group_by(ResidentRow.grid_id)).all())
        # A row per grid in scope whose parent is not (a micro-grid alone in scope is its own row);
        # each micro-grid's households and people go into its grid's row.
        by_id = {g.id: g for g in kept}

        def root(g):
            while g.parent_id in by_id:
                g = by_id[g.parent_id]
            return g

        tops = [g for g in kept if g.parent_id not in by_id]
        under = {g.id: [k for k in kept if root(k).id == g.id] for g in tops}
        per_grid = [GridCount(g.code, g.name, sum(hh.get(k.id, 0) for k in under[g.id]),
                              sum(res.get(k.id, 0) for k in under[g.id]), len(under[g.id]) - 1) for g in tops]
        active_team = select(func.count()).select_from(TeamMemberRow).where(TeamMemberRow.left_on.is_(None))
        if scope is not None:
            # those who serve these grids, as the team page lists them: a 网格长 serves several
            # grids (team_member_grids) and has no home grid of their own
            serving = select(team_member_grids.c.member_id).where(team_member_grids.c.grid_id.in_(ids))
            active_team = active_team.where(or_(TeamMemberRow.grid_id.in_(ids), TeamMemberRow.id.in_(serving)))
        return RosterCounts(len(tops), n(HouseholdRow, HouseholdRow.grid_id), n(ResidentRow, ResidentRow.grid_id),
                            self.s.scalar(active_team) or 0, per_grid, len(kept) - len(tops))

    def insert_village(self, grids: list[Grid], households: list[Household],
                       residents: list[Resident], team: list[TeamMember], now: datetime,
                       tags: list[DemoTag] | None = None) -> None:
        """Bulk insert through Core: a 100,000-resident village in seconds, not minutes."""
        for g in grids:  # parents first, so a micro-grid finds its grid's id
            parent = self._grid_id(g.parent_code) if g.parent_code else None
            self.s.execute(insert(GridRow), [{"code": g.code, "name": g.name, "kind": g.kind.value,
                                              "parent_id": parent, "description": g.description}])
        grid_ids = dict(self.s.execute(select(GridRow.code, GridRow.id)).all())
        if households:
            self.s.execute(insert(HouseholdRow), [
                {"number": h.number, "address": h.address, "grid_id": grid_ids[h.grid_code]}
                for h in households])
        hh_ids = dict(self.s.execute(select(HouseholdRow.number, HouseholdRow.id)).all())
        ResidentsRepo(self.s).insert_many(residents, grid_ids, hh_ids, now)
        for m in team:
            grid_id = grid_ids.get(m.grid_code) if m.grid_code else None
            member_id = self.s.execute(insert(TeamMemberRow).values(
                name=m.name, id_number=m.id_number, phone=m.phone, role=m.role.value, grid_id=grid_id,
                appointed_on=m.appointed_on, left_on=None, declaration_confirmed=True,
                duties=m.duties)).inserted_primary_key[0]
            served = [grid_id] if grid_id else list(grid_ids.values())
            self.s.execute(insert(team_member_grids), [{"member_id": member_id, "grid_id": g} for g in served])
        if tags:
            ids = dict(self.s.execute(select(ResidentRow.id_number, ResidentRow.id)).all())
            self.s.execute(insert(KeyGroupTagRow), [
                {"resident_id": ids[t.id_number], "kind": t.group.value, "level": t.level.value,
                 "since": t.since, "until": None, "details": json.dumps(t.details, ensure_ascii=False),
                 "notes": "", "updated_at": now} for t in tags])

    def _grid_id(self, code: str) -> int | None:
        return self.s.scalar(select(GridRow.id).where(GridRow.code == code))
