"""Search across residents, households, the team and places, on indexed search keys."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from .orm.roster import GridRow, HouseholdRow, PlaceRow, ResidentRow, TeamMemberRow, team_member_grids
from .search_keys import reversed_digits


@dataclass(frozen=True)
class RawHit:
    kind: str  # resident | household | team | place
    id: int
    name: str
    extra: str  # ID number, address, phone ... unmasked; the service masks
    phone: str
    grid_code: str
    match: str  # name | name_prefix | pinyin | initials | id_tail | phone_tail | address


def _prefix(column, text: str):
    """A prefix test an index can serve: text <= column < text + U+FFFF."""
    return (column >= text) & (column < text + "\uffff")


class SearchRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _grid_ids(self, scope: Sequence[str]):
        # or_() of nothing is no condition at all: an account given no grids would search every one
        return select(GridRow.id).where(or_(false(), *[or_(GridRow.code == c, GridRow.code.like(c + "__"))
                                                       for c in scope]))

    def _scope(self, stmt, grid_column, scope: Sequence[str] | None):
        if scope is None:
            return stmt
        return stmt.where(grid_column.in_(self._grid_ids(scope)))

    def residents(self, q: str, limit: int, scope: Sequence[str] | None) -> list[RawHit]:
        """One pass over an index: the covering search index for names, pinyin and initials, or
        the reversed-number indexes for tails; then the rows for the ids found."""
        found: dict[int, str] = {}
        if q.isascii() and q.upper().replace("X", "").isdigit():
            if len(q) < 3:
                return []
            tail = reversed_digits(q)
            for match, column in (("id_tail", ResidentRow.id_rev), ("phone_tail", ResidentRow.phone_rev)):
                stmt = self._scope(select(ResidentRow.id).where(_prefix(column, tail)), ResidentRow.grid_id, scope)
                for (rid,) in self.s.connection().execute(stmt.limit(limit + 10)):
                    found.setdefault(rid, match)
        else:
            low = q.lower()
            if q.isascii() and q.isalpha():
                cond = or_(ResidentRow.name_ini.like(f"{low}%"), ResidentRow.name_py.like(f"%{low}%"))
            else:
                cond = ResidentRow.name.like(f"%{q}%")
            stmt = self._scope(select(ResidentRow.id, ResidentRow.name_ini).where(cond), ResidentRow.grid_id, scope)
            for rid, ini in self.s.connection().execute(stmt.limit(limit + 10)):
                found[rid] = "name" if not q.isascii() else ("initials" if ini.startswith(low) else "pinyin")
        if not found:
            return []
        rows = self.s.connection().execute(
            select(ResidentRow.id, ResidentRow.name, ResidentRow.id_number, ResidentRow.phone, GridRow.code)
            .join(GridRow, GridRow.id == ResidentRow.grid_id)
            .where(ResidentRow.id.in_(list(found)), ResidentRow.status == "active"))
        return [RawHit("resident", rid, name, idn, phone, grid, found[rid])
                for rid, name, idn, phone, grid in rows]

    def households(self, q: str, limit: int, scope: Sequence[str] | None) -> list[RawHit]:
        stmt = (select(HouseholdRow.id, HouseholdRow.number, HouseholdRow.address, GridRow.code)
                .join(GridRow, GridRow.id == HouseholdRow.grid_id)
                .where(or_(HouseholdRow.address.like(f"%{q}%"), _prefix(HouseholdRow.number, q))))
        stmt = self._scope(stmt, HouseholdRow.grid_id, scope)
        return [RawHit("household", i, n, a, "", g, "address")
                for i, n, a, g in self.s.connection().execute(stmt.limit(limit))]

    def team(self, q: str, limit: int, scope: Sequence[str] | None) -> list[RawHit]:
        cond = TeamMemberRow.name.like(f"%{q}%")
        if q.isdigit():
            cond = or_(cond, TeamMemberRow.phone.like(f"%{q}"))
        stmt = (select(TeamMemberRow.id, TeamMemberRow.name, TeamMemberRow.role, TeamMemberRow.phone, GridRow.code)
                .outerjoin(GridRow, GridRow.id == TeamMemberRow.grid_id)
                .where(cond, TeamMemberRow.left_on.is_(None)))
        if scope is not None:  # those who serve the account's grids, as the team page lists them
            grids = self._grid_ids(scope)
            serving = select(team_member_grids.c.member_id).where(team_member_grids.c.grid_id.in_(grids))
            stmt = stmt.where(or_(TeamMemberRow.grid_id.in_(grids), TeamMemberRow.id.in_(serving)))
        return [RawHit("team", i, n, r, p, g or "", "name") for i, n, r, p, g in self.s.execute(stmt.limit(limit))]

    def places(self, q: str, limit: int, scope: Sequence[str] | None) -> list[RawHit]:
        stmt = (select(PlaceRow.id, PlaceRow.name, PlaceRow.address, GridRow.code)
                .outerjoin(GridRow, GridRow.id == PlaceRow.grid_id)
                .where(or_(PlaceRow.name.like(f"%{q}%"), PlaceRow.address.like(f"%{q}%"))))
        stmt = self._scope(stmt, PlaceRow.grid_id, scope)
        return [RawHit("place", i, n, a, "", g or "", "name") for i, n, a, g in self.s.execute(stmt.limit(limit))]

    def bare(self, q: str, limit: int) -> list[int]:
        """The baseline for the benchmark: one query on the same index, nothing else."""
        return list(self.s.scalars(select(ResidentRow.id).where(ResidentRow.name.like(f"%{q}%")).limit(limit)))
