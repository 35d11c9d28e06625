"""Visits: writing a log entry, and the counts that coverage is made of."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..domain.visits import HouseholdToVisit, OpenFinding, Visit
from .orm.roster import GridRow, HouseholdRow, KeyGroupTagRow, ResidentRow
from .orm.visits import VisitFindingRow, VisitRow, visit_households


class VisitsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def insert(self, visit: Visit, grid_id: int, household_ids: Sequence[int], account: str, now: datetime) -> int:
        row = VisitRow(member_id=visit.member_id, grid_id=grid_id, visited_on=visit.visited_on, slot=visit.slot,
                       companions=visit.companions, solved_on_spot=visit.solved_on_spot, notes=visit.notes,
                       account=account, created_at=now)
        self.s.add(row)
        self.s.flush()
        if household_ids:
            self.s.execute(insert(visit_households), [{"visit_id": row.id, "household_id": h,
                                                       "visited_on": visit.visited_on}
                                                      for h in sorted(set(household_ids))])
        for f in visit.findings:
            self.s.add(VisitFindingRow(visit_id=row.id, category=f.category.value, description=f.description,
                                       case_id=f.case_id))
        self.s.flush()
        return row.id

    def link_case(self, finding_id: int, case_id: int) -> None:
        row = self.s.get(VisitFindingRow, finding_id)
        assert row is not None
        row.case_id = case_id

    def exists(self, visit_id: int) -> bool:
        return self.s.get(VisitRow, visit_id) is not None

    def meta(self, visit_id: int) -> tuple[str, str]:
        """(grid code, the first household's address) of a visit: a case made from it starts there."""
        row = self.s.get(VisitRow, visit_id)
        assert row is not None
        code = self.s.scalar(select(GridRow.code).where(GridRow.id == row.grid_id)) or ""
        address = self.s.scalar(select(HouseholdRow.address).join(
            visit_households, visit_households.c.household_id == HouseholdRow.id)
            .where(visit_households.c.visit_id == visit_id).limit(1)) or ""
        return code, address

    def open_findings(self, limit: int = 200) -> list[OpenFinding]:
        """Findings not yet made into cases, newest first: (visit, finding, category, text, day, grid)."""
        stmt = (select(VisitRow.id, VisitFindingRow.id, VisitFindingRow.category, VisitFindingRow.description,
                       VisitRow.visited_on, GridRow.code)
                .join(VisitRow, VisitRow.id == VisitFindingRow.visit_id)
                .join(GridRow, GridRow.id == VisitRow.grid_id)
                .where(VisitFindingRow.case_id.is_(None))
                .order_by(VisitRow.visited_on.desc(), VisitFindingRow.id.desc()).limit(limit))
        return [OpenFinding(*r) for r in self.s.execute(stmt)]

    def findings(self, visit_id: int) -> list[tuple[int, str, str, int | None]]:
        return [(r.id, r.category, r.description, r.case_id) for r in
                self.s.scalars(select(VisitFindingRow).where(VisitFindingRow.visit_id == visit_id))]

    def households_per_grid(self) -> dict[int, int]:
        return dict(self.s.execute(select(HouseholdRow.grid_id, func.count()).group_by(HouseholdRow.grid_id)).all())

    def first_visit_day(self) -> date | None:
        """The day of the earliest visit on record (the index on visited_on answers at once)."""
        value = self.s.scalar(select(func.min(VisitRow.visited_on)))
        return _day(value) if value is not None else None

    def visited_per_grid_week(self, first_day: date, last_day: date) -> dict[tuple[int, date], int]:
        """(grid id, Monday) -> households visited at least once that week."""
        # The Monday of the visit's week: back (weekday + 6) % 7 days, %w counting Sunday as 0.
        # visit_households carries the visit's day: its (day, household) index answers this alone
        day = visit_households.c.visited_on
        week = func.date(day, func.printf("-%d days", (func.strftime("%w", day) + 6) % 7))
        stmt = (select(HouseholdRow.grid_id, week, func.count(func.distinct(visit_households.c.household_id)))
                .select_from(visit_households)
                .join(HouseholdRow, HouseholdRow.id == visit_households.c.household_id)
                .where(day >= first_day, day <= last_day)
                .group_by(HouseholdRow.grid_id, week))
        return {(g, date.fromisoformat(w)): n for g, w, n in self.s.execute(stmt)}

    def unvisited(self, grid_id: int, first_day: date, last_day: date) -> list[HouseholdToVisit]:
        """The grid's households with no visit between the two days: (number, address)."""
        seen = (select(visit_households.c.household_id)
                .join(VisitRow, VisitRow.id == visit_households.c.visit_id)
                .where(VisitRow.visited_on >= first_day, VisitRow.visited_on <= last_day))
        stmt = (select(HouseholdRow.number, HouseholdRow.address)
                .where(HouseholdRow.grid_id == grid_id, HouseholdRow.id.not_in(seen))
                .order_by(HouseholdRow.number))
        return [HouseholdToVisit(n, a) for n, a in self.s.execute(stmt)]

    def last_visits_of_tagged(self, kinds: Sequence[str], today: date, since: date
                              ) -> list[tuple[int, str, str, str, date | None]]:
        """For residents with these tags in force: (id, name, kind, grid code, their household's last
        visit on or after `since`, else None): older visits cannot make anyone not due."""
        in_force = (KeyGroupTagRow.until.is_(None)) | (KeyGroupTagRow.until >= today)
        # Only the tagged people's households: a lookup per household, not a pass over every visit.
        tagged = (select(ResidentRow.household_id.label("household_id")).distinct()
                  .join(KeyGroupTagRow, KeyGroupTagRow.resident_id == ResidentRow.id)
                  .where(KeyGroupTagRow.kind.in_(list(kinds)), in_force).subquery())
        last = (select(tagged.c.household_id, func.max(visit_households.c.visited_on).label("last"))
                .select_from(tagged)
                .join(visit_households, visit_households.c.household_id == tagged.c.household_id)
                .where(visit_households.c.visited_on >= since)
                .group_by(tagged.c.household_id).subquery())
        stmt = (select(ResidentRow.id, ResidentRow.name, KeyGroupTagRow.kind, GridRow.code, last.c.last)
                .join(KeyGroupTagRow, KeyGroupTagRow.resident_id == ResidentRow.id)
                .join(GridRow, GridRow.id == ResidentRow.grid_id)
                .outerjoin(last, last.c.household_id == ResidentRow.household_id)
                .where(KeyGroupTagRow.kind.in_(list(kinds)), ResidentRow.status == "active", in_force))
        rows = []
        for rid, name, kind, code, seen in self.s.execute(stmt):
            if isinstance(seen, str):
                seen = date.fromisoformat(seen)
            rows.append((rid, name, kind, code, seen))
        return rows

    def member_days(self, first_day: date, last_day: date) -> dict[tuple[int, date], tuple[int, int, int]]:
        """(member, day) -> (visits, households visited, solved on the spot)."""
        households = (select(VisitRow.member_id, VisitRow.visited_on,
                             func.count(func.distinct(visit_households.c.household_id)))
                      .join(visit_households, visit_households.c.visit_id == VisitRow.id)
                      .where(VisitRow.visited_on >= first_day, VisitRow.visited_on <= last_day)
                      .group_by(VisitRow.member_id, VisitRow.visited_on))
        seen = {(m, _day(d)): n for m, d, n in self.s.execute(households)}
        visits = (select(VisitRow.member_id, VisitRow.visited_on, func.count(), func.sum(VisitRow.solved_on_spot))
                  .where(VisitRow.visited_on >= first_day, VisitRow.visited_on <= last_day)
                  .group_by(VisitRow.member_id, VisitRow.visited_on))
        return {(m, _day(d)): (n, seen.get((m, _day(d)), 0), solved or 0) for m, d, n, solved in self.s.execute(visits)}

    def member_totals(self, first_day: date, last_day: date) -> dict[int, tuple[int, int, int]]:
        """member -> (distinct households, findings, findings made into cases) between the days."""
        households = dict(self.s.execute(
            select(VisitRow.member_id, func.count(func.distinct(visit_households.c.household_id)))
            .join(visit_households, visit_households.c.visit_id == VisitRow.id)
            .where(VisitRow.visited_on >= first_day, VisitRow.visited_on <= last_day)
            .group_by(VisitRow.member_id)).all())
        found = {m: (n, c) for m, n, c in self.s.execute(
            select(VisitRow.member_id, func.count(VisitFindingRow.id), func.count(VisitFindingRow.case_id))
            .join(VisitRow, VisitRow.id == VisitFindingRow.visit_id)
            .where(VisitRow.visited_on >= first_day, VisitRow.visited_on <= last_day)
            .group_by(VisitRow.member_id))}
        return {m: (households.get(m, 0), *found.get(m, (0, 0))) for m in set(households) | set(found)}

    def month_totals(self, first_day: date, last_day: date) -> tuple[int, int]:
        """(visits, distinct households visited) between the two days: the monthly meeting's figures."""
        visits = self.s.scalar(select(func.count()).where(VisitRow.visited_on >= first_day,
                                                          VisitRow.visited_on <= last_day)) or 0
        households = self.s.scalar(select(func.count(func.distinct(visit_households.c.household_id)))
                                   .where(visit_households.c.visited_on >= first_day,
                                          visit_households.c.visited_on <= last_day)) or 0
        return visits, households


def visit_log_rows(s: Session, first_day: date | None, last_day: date) -> list[list[object]]:
    """Each visit of the period: day, slot, grid, member, households seen, findings, solved on the spot."""
    from .orm.roster import TeamMemberRow

    households = (select(visit_households.c.visit_id, func.count().label("n"))
                  .group_by(visit_households.c.visit_id).subquery())
    found = (select(VisitFindingRow.visit_id, func.count().label("n")).group_by(VisitFindingRow.visit_id).subquery())
    stmt = (select(VisitRow.visited_on, VisitRow.slot, GridRow.code, TeamMemberRow.name, households.c.n, found.c.n,
                   VisitRow.solved_on_spot)
            .join(GridRow, GridRow.id == VisitRow.grid_id)
            .join(TeamMemberRow, TeamMemberRow.id == VisitRow.member_id)
            .outerjoin(households, households.c.visit_id == VisitRow.id)
            .outerjoin(found, found.c.visit_id == VisitRow.id)
            .where(VisitRow.visited_on <= last_day).order_by(VisitRow.visited_on, VisitRow.id))
    if first_day is not None:
        stmt = stmt.where(VisitRow.visited_on > first_day)
    return [[f"{_day(d):%Y-%m-%d}", slot, code, name, n or 0, f or 0, solved]
            for d, slot, code, name, n, f, solved in s.execute(stmt)]


def _day(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value

