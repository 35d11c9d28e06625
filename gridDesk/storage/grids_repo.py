"""The grid tree with its always-current counts."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.roster import Grid, GridKind, GridNode
from .orm.roster import GridRow, HouseholdRow, ResidentRow


class GridsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def tree(self) -> list[GridNode]:
        """Every grid and micro-grid with its counts (a grid's include its micro-grids)."""
        grids = self.s.execute(select(GridRow).where(GridRow.retired_on.is_(None))  # a retired grid is history
                               .order_by(GridRow.code)).scalars().all()
        hh = dict(self.s.execute(select(HouseholdRow.grid_id, func.count()).group_by(HouseholdRow.grid_id)).all())
        res = dict(self.s.execute(select(ResidentRow.grid_id, func.count())
                                  .where(ResidentRow.status == "active").group_by(ResidentRow.grid_id)).all())
        code_of = {g.id: g.code for g in grids}
        totals_hh = {g.id: hh.get(g.id, 0) for g in grids}
        totals_res = {g.id: res.get(g.id, 0) for g in grids}
        for g in grids:
            if g.parent_id is not None:
                totals_hh[g.parent_id] += hh.get(g.id, 0)
                totals_res[g.parent_id] += res.get(g.id, 0)
        return [GridNode(g.code, g.name, GridKind(g.kind), code_of.get(g.parent_id) if g.parent_id else None,
                         totals_hh[g.id], totals_res[g.id], g.villager_groups, g.boundary) for g in grids]

    def ids(self, include_retired: bool = False) -> dict[str, int]:
        """code -> id of the grids in use; a retired grid (merged away) takes nothing new, but its
        code stays taken (`include_retired` for whoever issues codes)."""
        stmt = select(GridRow.code, GridRow.id)
        if not include_retired:
            stmt = stmt.where(GridRow.retired_on.is_(None))
        return dict(self.s.execute(stmt).all())

    def names(self) -> dict[str, str]:
        return dict(self.s.execute(select(GridRow.code, GridRow.name)).all())

    def save(self, grid: Grid, villager_groups: str = "", boundary: str = "") -> int:
        row = self.s.scalar(select(GridRow).where(GridRow.code == grid.code))
        parent = self.s.scalar(select(GridRow.id).where(GridRow.code == grid.parent_code)) \
            if grid.parent_code else None
        if row is None:
            row = GridRow(code=grid.code, name=grid.name, kind=grid.kind.value, parent_id=parent,
                          description=grid.description, villager_groups=villager_groups, boundary=boundary)
            self.s.add(row)
        else:
            row.name, row.kind, row.parent_id = grid.name, grid.kind.value, parent
            row.description, row.villager_groups, row.boundary = grid.description, villager_groups, boundary
        self.s.flush()
        return row.id

    def as_saved(self, code: str) -> tuple[str, str, str, bool] | None:
        """(name, villager groups, boundary, retired) as stored; None for a code not yet used."""
        row = self.s.scalar(select(GridRow).where(GridRow.code == code))
        return None if row is None else (row.name, row.villager_groups, row.boundary, row.retired_on is not None)

    def set_image(self, code: str, which: str, data: bytes | None) -> None:
        row = self.s.scalar(select(GridRow).where(GridRow.code == code))
        assert row is not None
        if which == "map":
            row.map_image = data
        else:
            row.qr_image = data

    def image(self, code: str, which: str) -> bytes | None:
        column = GridRow.map_image if which == "map" else GridRow.qr_image
        return self.s.scalar(select(column).where(GridRow.code == code))
