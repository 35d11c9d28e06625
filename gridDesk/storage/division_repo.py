"""The grid division's records: changes, the size guidance, the yearly reports, and the moves a
split or a merge makes (households, their residents, places, micro-grids, the team's grids)."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from ..domain.cases import CaseState
from ..domain.division import ChangeKind, DivisionChange, GridCount
from .orm.accounts import AccountRow
from .orm.cases import CaseRow
from .orm.division import DivisionReportRow, DivisionRuleRow, GridChangeRow
from .orm.outreach import StationRow, VolunteerReportRow, VolunteerRow
from .orm.party import PartyMemberRow, PartyOrgRow
from .orm.roster import GridRow, HouseholdRow, PlaceRow, ResidentRow, TeamMemberRow, team_member_grids
from .orm.staffing import VacancyRow


def _counts(text: str) -> tuple[GridCount, ...]:
    return tuple(GridCount(c, n, h) for c, n, h in json.loads(text or "[]"))


def _json(counts: tuple[GridCount, ...]) -> str:
    return json.dumps([[c.code, c.name, c.households] for c in counts], ensure_ascii=False)


class DivisionRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- the size guidance ------------------------------------------------------------------
    def guidance(self) -> dict[str, int]:
        return dict(self.s.execute(select(DivisionRuleRow.key, DivisionRuleRow.value)).all())

    def set_guidance(self, key: str, value: int) -> None:
        row = self.s.get(DivisionRuleRow, key)
        if row is None:
            self.s.add(DivisionRuleRow(key=key, value=value))
        else:
            row.value = value

    # -- the record of changes ----------------------------------------------------------------
    def add(self, change: DivisionChange, by: str, at: datetime) -> int:
        codes = {c.code for c in (*change.before, *change.after)}
        row = GridChangeRow(kind=change.kind.value, on=change.on, what=change.what, why=change.why,
                            document=change.document, before=_json(change.before), after=_json(change.after),
                            codes=" " + " ".join(sorted(codes)) + " ", recorded_by=by, recorded_at=at)
        self.s.add(row)
        self.s.flush()
        return row.id

    def changes(self, start: date | None = None, end: date | None = None, code: str = "") -> list[DivisionChange]:
        stmt = select(GridChangeRow).order_by(GridChangeRow.on, GridChangeRow.id)
        if start is not None:
            stmt = stmt.where(GridChangeRow.on >= start)
        if end is not None:
            stmt = stmt.where(GridChangeRow.on <= end)
        if code:
            stmt = stmt.where(GridChangeRow.codes.contains(f" {code} "))
        return [DivisionChange(ChangeKind(r.kind), r.on, r.what, r.why, r.document, _counts(r.before),
                               _counts(r.after), r.recorded_by, r.id) for r in self.s.scalars(stmt)]

    # -- grids and what they hold -------------------------------------------------------------
    def grid(self, code: str) -> GridRow | None:
        return self.s.scalar(select(GridRow).where(GridRow.code == code))

    def parent_code(self, row: GridRow) -> str | None:
        return self.s.scalar(select(GridRow.code).where(GridRow.id == row.parent_id)) if row.parent_id else None

    def household_grids(self, household_ids: tuple[int, ...]) -> dict[int, int]:
        if not household_ids:
            return {}
        return dict(self.s.execute(select(HouseholdRow.id, HouseholdRow.grid_id)
                                   .where(HouseholdRow.id.in_(household_ids))).all())

    def place_grids(self, place_ids: tuple[int, ...]) -> dict[int, int | None]:
        if not place_ids:
            return {}
        return dict(self.s.execute(select(PlaceRow.id, PlaceRow.grid_id).where(PlaceRow.id.in_(place_ids))).all())

    def household_count(self, grid_id: int) -> int:
        return self.s.scalar(select(func.count()).select_from(HouseholdRow).where(HouseholdRow.grid_id == grid_id)) or 0

    def households_of(self, grid_id: int) -> list[tuple[int, str, str, int]]:
        """(id, number, address, residents) of the grid's own households."""
        people = (select(ResidentRow.household_id, func.count().label("n")).where(ResidentRow.status == "active")
                  .group_by(ResidentRow.household_id).subquery())
        rows = self.s.execute(select(HouseholdRow.id, HouseholdRow.number, HouseholdRow.address,
                                     func.coalesce(people.c.n, 0))
                              .outerjoin(people, people.c.household_id == HouseholdRow.id)
                              .where(HouseholdRow.grid_id == grid_id).order_by(HouseholdRow.number)).all()
        return [tuple(r) for r in rows]

    def places_of(self, grid_id: int) -> list[tuple[int, str, str]]:
        return [tuple(r) for r in self.s.execute(select(PlaceRow.id, PlaceRow.name, PlaceRow.address)
                                                 .where(PlaceRow.grid_id == grid_id).order_by(PlaceRow.name)).all()]

    def children(self, grid_id: int) -> list[int]:
        return list(self.s.scalars(select(GridRow.id).where(GridRow.parent_id == grid_id,
                                                           GridRow.retired_on.is_(None))))

    def move_households(self, household_ids: tuple[int, ...], to_grid: int) -> None:
        if not household_ids:
            return
        self.s.execute(update(HouseholdRow).where(HouseholdRow.id.in_(household_ids)).values(grid_id=to_grid))
        self.s.execute(update(ResidentRow).where(ResidentRow.household_id.in_(household_ids)).values(grid_id=to_grid))

    def move_places(self, place_ids: tuple[int, ...], to_grid: int) -> None:
        if place_ids:
            self.s.execute(update(PlaceRow).where(PlaceRow.id.in_(place_ids)).values(grid_id=to_grid))

    def move_everything(self, from_grid: int, to_grid: int, on: date) -> tuple[str, str] | None:
        """A merge: the grid's households, residents (with or without a household), places, the
        team members who served it, its stations, volunteers and what they passed on, its open
        vacancies and open cases, and its party branch or group, all to `to_grid` (a closed case,
        a filled vacancy, a visit or a patrol stays where it happened). Its micro-grids are the
        caller's: they need new codes (`copy_grid`). Returns (ended, into) when the grid's party
        organisation was folded into `to_grid`'s own."""
        self.s.execute(update(HouseholdRow).where(HouseholdRow.grid_id == from_grid).values(grid_id=to_grid))
        self.s.execute(update(ResidentRow).where(ResidentRow.grid_id == from_grid).values(grid_id=to_grid))
        self.s.execute(update(PlaceRow).where(PlaceRow.grid_id == from_grid).values(grid_id=to_grid))
        self.s.execute(update(GridRow).where(GridRow.parent_id == from_grid).values(parent_id=to_grid))
        self.s.execute(update(TeamMemberRow).where(TeamMemberRow.grid_id == from_grid).values(grid_id=to_grid))
        served = set(self.s.scalars(select(team_member_grids.c.member_id).where(team_member_grids.c.grid_id == to_grid)))
        moving = set(self.s.scalars(select(team_member_grids.c.member_id).where(team_member_grids.c.grid_id == from_grid)))
        self.s.execute(delete(team_member_grids).where(team_member_grids.c.grid_id == from_grid))
        if moving - served:
            self.s.execute(insert(team_member_grids), [{"member_id": m, "grid_id": to_grid} for m in moving - served])
        for table in (StationRow, VolunteerRow, VolunteerReportRow):
            self.s.execute(update(table).where(table.grid_id == from_grid).values(grid_id=to_grid))
        self.s.execute(update(VacancyRow).where(VacancyRow.grid_id == from_grid, VacancyRow.filled_on.is_(None))
                       .values(grid_id=to_grid))
        self.s.execute(update(CaseRow).where(CaseRow.grid_id == from_grid, CaseRow.state != CaseState.CLOSED.value)
                       .values(grid_id=to_grid))
        return self._move_party(from_grid, to_grid, on)

    def _move_party(self, from_grid: int, to_grid: int, on: date) -> tuple[str, str] | None:
        live = PartyOrgRow.ended_on.is_(None)
        src = self.s.scalar(select(PartyOrgRow).where(PartyOrgRow.grid_id == from_grid, live))
        if src is None:
            return None
        dst = self.s.scalar(select(PartyOrgRow).where(PartyOrgRow.grid_id == to_grid, live))
        if dst is None:  # the merged grid had none: this one now covers it
            src.grid_id = to_grid
            self.s.flush()
            return None
        self.s.execute(update(PartyMemberRow).where(PartyMemberRow.org_id == src.id).values(org_id=dst.id))
        self.s.execute(update(PartyOrgRow).where(PartyOrgRow.parent_id == src.id, live).values(parent_id=dst.id))
        src.ended_on, src.ended_into_id = on, dst.id
        self.s.flush()
        return src.name, dst.name

    def copy_grid(self, row: GridRow, code: str, parent_id: int) -> int:
        """A new grid like `row` (name, kind, description, groups, boundary, map) under a new code."""
        new = GridRow(code=code, name=row.name, kind=row.kind, parent_id=parent_id, description=row.description,
                      villager_groups=row.villager_groups, boundary=row.boundary, map_image=row.map_image,
                      qr_image=row.qr_image)
        self.s.add(new)
        self.s.flush()
        return new.id

    def recode_accounts(self, old: str, new: str) -> None:
        """Accounts scoped to `old` reach `new` instead (their grids are a comma list of codes)."""
        for row in self.s.scalars(select(AccountRow).where(AccountRow.grid_codes.contains(old))):
            codes = [new if c == old else c for c in row.grid_codes.split(",") if c]
            row.grid_codes = ",".join(dict.fromkeys(codes))

    def accounts_on(self, code: str) -> list[str]:
        return [r.username for r in self.s.scalars(select(AccountRow).where(AccountRow.grid_codes.contains(code),
                                                                          AccountRow.removed_at.is_(None)))
                if code in r.grid_codes.split(",")]

    def retire(self, grid_id: int, on: date) -> None:
        self.s.execute(update(GridRow).where(GridRow.id == grid_id).values(retired_on=on))

    def holds_anything(self, grid_id: int) -> bool:
        for stmt in (select(HouseholdRow.id).where(HouseholdRow.grid_id == grid_id),
                     select(ResidentRow.id).where(ResidentRow.grid_id == grid_id, ResidentRow.status == "active"),
                     select(PlaceRow.id).where(PlaceRow.grid_id == grid_id),
                     select(GridRow.id).where(GridRow.parent_id == grid_id, GridRow.retired_on.is_(None)),
                     select(TeamMemberRow.id).where(TeamMemberRow.grid_id == grid_id, TeamMemberRow.left_on.is_(None)),
                     select(PartyOrgRow.id).where(PartyOrgRow.grid_id == grid_id, PartyOrgRow.ended_on.is_(None)),
                     select(StationRow.id).where(StationRow.grid_id == grid_id),
                     select(VolunteerRow.id).where(VolunteerRow.grid_id == grid_id),
                     select(VacancyRow.id).where(VacancyRow.grid_id == grid_id, VacancyRow.filled_on.is_(None)),
                     select(CaseRow.id).where(CaseRow.grid_id == grid_id, CaseRow.state != CaseState.CLOSED.value)):
            if self.s.scalar(stmt.limit(1)) is not None:
                return True
        return False

    # -- the yearly report ----------------------------------------------------------------------
    def report(self, year: int) -> DivisionReportRow | None:
        return self.s.get(DivisionReportRow, year)

    def keep_report(self, year: int, by: str, at: datetime, digest: str, pdf: bytes, data: bytes) -> bool:
        """Keep the printed report; True when it is new or its content changed (a correction),
        False for a reprint of the same data, which keeps its first date (sent once)."""
        row = self.s.get(DivisionReportRow, year)
        if row is not None and row.digest == digest:
            return False
        if row is None:
            self.s.add(DivisionReportRow(year=year, made_at=at, made_by=by, digest=digest, pdf=pdf, data=data))
        else:
            row.made_at, row.made_by, row.digest, row.pdf, row.data = at, by, digest, pdf, data
            row.sent_in = ""  # a corrected report is a new version: it travels again
        return True

    def reports_to_send(self, recorded: set[str], batch: str) -> list[tuple[int, datetime, str, bytes, bytes]]:
        """The reports no recorded batch has carried; each is marked as going in `batch`."""
        rows = [r for r in self.s.scalars(select(DivisionReportRow).order_by(DivisionReportRow.year))
                if r.sent_in not in recorded]
        for r in rows:
            r.sent_in = batch
        return [(r.year, r.made_at, r.made_by, r.pdf, r.data) for r in rows]
