"""Places: rental housing, organisations, risk points."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.places import Place, PlaceKind
from .orm.roster import GridRow, PlaceRow, TeamMemberRow


class PlacesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def list(self, kind: PlaceKind | None = None) -> list[Place]:
        stmt = (select(PlaceRow, GridRow.code, TeamMemberRow.name)
                .outerjoin(GridRow, GridRow.id == PlaceRow.grid_id)
                .outerjoin(TeamMemberRow, TeamMemberRow.id == PlaceRow.responsible_member_id)
                .order_by(PlaceRow.kind, PlaceRow.id))
        if kind is not None:
            stmt = stmt.where(PlaceRow.kind == kind.value)
        return [Place(r.id, PlaceKind(r.kind), r.name, r.address, code or "", r.responsible_member_id,
                      json.loads(r.details or "{}"), r.notes, who or "") for r, code, who in self.s.execute(stmt)]

    def save(self, place: Place, now: datetime) -> int:
        grid_id = self.s.scalar(select(GridRow.id).where(GridRow.code == place.grid_code)) if place.grid_code else None
        row = self.s.get(PlaceRow, place.id) if place.id else None
        if row is None:
            row = PlaceRow(kind=place.kind.value, updated_at=now)
            self.s.add(row)
        row.kind, row.name, row.address, row.grid_id = place.kind.value, place.name, place.address, grid_id
        row.responsible_member_id = place.responsible_member_id
        row.details = json.dumps(place.details, ensure_ascii=False)
        row.notes, row.updated_at = place.notes, now
        self.s.flush()
        return row.id
