"""The grid team: real-name records and the grids each serves."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..domain.roster import TeamMember, TeamRecord, TeamRole
from .orm.roster import GridRow, TeamMemberRow, team_member_grids


_LISTED = (TeamMemberRow.id, TeamMemberRow.name, TeamMemberRow.id_number, TeamMemberRow.phone, TeamMemberRow.role,
           TeamMemberRow.grid_id, TeamMemberRow.appointed_on, TeamMemberRow.duties, TeamMemberRow.political_status,
           TeamMemberRow.education, TeamMemberRow.left_on, TeamMemberRow.notes, TeamMemberRow.declaration_confirmed)


class TeamRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def all(self, include_left: bool = False, ids: Iterable[int] | None = None) -> list[TeamRecord]:
        """The team (or, with `ids`, those members only: one member's page need not read 500)."""
        # Named columns: the portrait photos stay on disk until a screen asks for one.
        stmt = select(*_LISTED, TeamMemberRow.photo.is_not(None).label("has_photo")).order_by(
            TeamMemberRow.role, TeamMemberRow.id)
        grids_stmt = select(team_member_grids.c.member_id, team_member_grids.c.grid_id)
        if not include_left:
            stmt = stmt.where(TeamMemberRow.left_on.is_(None))
        if ids is not None:
            wanted = list(ids)
            stmt = stmt.where(TeamMemberRow.id.in_(wanted))
            grids_stmt = grids_stmt.where(team_member_grids.c.member_id.in_(wanted))
        rows = self.s.execute(stmt).all()
        codes = dict(self.s.execute(select(GridRow.id, GridRow.code)).all())
        served: dict[int, list[str]] = {}
        for mid, gid in self.s.execute(grids_stmt):
            served.setdefault(mid, []).append(codes[gid])
        return [TeamRecord(r.id, TeamMember(r.name, r.id_number, r.phone, TeamRole(r.role),
                                            codes.get(r.grid_id) if r.grid_id else None, r.appointed_on,
                                            r.duties),
                           tuple(sorted(served.get(r.id, []))), r.political_status, r.education, r.left_on,
                           bool(r.has_photo), r.notes or "", bool(r.declaration_confirmed)) for r in rows]

    def by_id_numbers(self, numbers: Iterable[str]) -> dict[str, TeamRecord]:
        wanted = set(numbers)
        return {t.member.id_number: t for t in self.all(include_left=True) if t.member.id_number in wanted}

    def upsert(self, member: TeamMember, political_status: str, education: str, declaration: bool,
               notes: str | None = None) -> int:
        """`notes` None keeps the record's own (the dialog has no 备注; a county ledger does)."""
        grid_id = self.s.scalar(select(GridRow.id).where(GridRow.code == member.grid_code)) \
            if member.grid_code else None
        row = self.s.scalar(select(TeamMemberRow).where(TeamMemberRow.id_number == member.id_number))
        values = dict(name=member.name, phone=member.phone, role=member.role.value, grid_id=grid_id,
                      appointed_on=member.appointed_on, duties=member.duties,
                      political_status=political_status, education=education,
                      declaration_confirmed=declaration)
        if notes is not None:
            values["notes"] = notes
        if row is None:
            row = TeamMemberRow(id_number=member.id_number, left_on=None, **({"notes": ""} | values))
            self.s.add(row)
        else:
            for k, v in values.items():
                setattr(row, k, v)
        self.s.flush()
        self.s.execute(delete(team_member_grids).where(team_member_grids.c.member_id == row.id))
        served = [grid_id] if grid_id else list(self.s.scalars(select(GridRow.id).where(GridRow.parent_id.is_(None))))
        if served:
            self.s.execute(insert(team_member_grids), [{"member_id": row.id, "grid_id": g} for g in served])
        return row.id

    def set_photo(self, member_id: int, photo: bytes, thumbnail: bytes) -> None:
        row = self.s.get(TeamMemberRow, member_id)
        assert row is not None
        row.photo, row.thumbnail = photo, thumbnail

    def photo(self, member_id: int, thumbnail: bool = False) -> bytes | None:
        row = self.s.get(TeamMemberRow, member_id)
        if row is None:
            return None
        return row.thumbnail if thumbnail else row.photo

    def set_left(self, member_id: int, on: date) -> None:
        row = self.s.get(TeamMemberRow, member_id)
        assert row is not None
        row.left_on = on
