"""Patrols of places and risk points: recording one (持证上岗 as for visits), turning its finding
into a case, the places due and missed, and the month's figures for the monthly meeting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.case_records import CaseReport
from ..domain.cases import Channel, WorkKind
from ..domain.certification import CertAct
from ..domain.errors import NotFound, ValidationError
from ..domain.patrols import (DuePatrol, MonthPatrols, Patrol, PatrolOutcome, PatrolRecord, month_days,
                              targets_of)
from ..domain.places import Place
from ..domain.resident_rules import clean_text
from ..domain.rules import Permission
from ..storage.grids_repo import GridsRepo
from ..storage.patrols_repo import PatrolsRepo, due_on, finding_counts, plans
from ..storage.places_repo import PlacesRepo
from ..storage.team_repo import TeamRepo
from . import certification
from .attachments import checked, store
from .cases import CasesService
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside, refuse_outside, require_grids, serves_inside
from .session import Changes, UserSession


class PatrolsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    def _places(self, permission: Permission = Permission.VIEW_ROSTER) -> list[Place]:
        scope = grid_scope(self.session, permission)
        with self.session.db.transaction() as s:
            return [p for p in PlacesRepo(s).list() if inside(p.grid_code or None, scope)]

    @rule(Permission.LOG_VISITS)
    def places(self) -> list[Place]:
        """The places and risk points this account may patrol (a grid member: its grids')."""
        return self._places(Permission.LOG_VISITS)

    @rule(Permission.LOG_VISITS)
    def log(self, patrol: Patrol, attachments: Sequence[NewAttachment] = (), cert_override: str = "") -> Changes:
        """A patrol with what was seen and its photos, in one transaction. The patrolling member
        must serve the place's grid and hold a valid certificate (持证上岗), unless the director
        gives `cert_override`."""
        override = certification.ask_override(self.session, cert_override)
        files = checked(attachments)
        if patrol.at > local_dt(self.session.clock()) + timedelta(minutes=5):  # a slow clock on the phone is no lie
            raise ValidationError("at", "patrols.future")
        finding = clean_text(patrol.finding, 2000, "finding", multiline=True)
        if patrol.outcome is PatrolOutcome.FINDING and (patrol.category is None or not finding):
            raise ValidationError("finding", "patrols.finding_required")
        if patrol.outcome is PatrolOutcome.NORMAL:
            patrol = replace(patrol, category=None)
            finding = ""
        patrol = replace(patrol, finding=finding, notes=clean_text(patrol.notes, 2000, "notes", multiline=True))
        with self.session.db.transaction() as s:
            place = next((p for p in PlacesRepo(s).list() if p.id == patrol.place_id), None)
            record = next((t for t in TeamRepo(s).all(include_left=True) if t.id == patrol.member_id), None)
        if place is None:
            raise ValidationError("place", "patrols.no_place")
        require_grids(self.session, [place.grid_code or "-"], Permission.LOG_VISITS, what=f"place:{place.id} patrol")
        if not place.grid_code:
            raise ValidationError("place", "patrols.place_no_grid")
        if record is None:
            raise ValidationError("member_id", "patrols.no_member")
        day = patrol.at.date()
        # as for the daily log: in post from the appointment, up to (not on) the day they left
        if day < record.member.appointed_on or (record.left_on is not None and day >= record.left_on):
            raise ValidationError("member_id", "patrols.not_in_post", name=record.member.name, date=f"{day:%Y-%m-%d}")
        if grid_scope(self.session, Permission.LOG_VISITS) is not None and \
                not serves_inside(record, grid_scope(self.session, Permission.LOG_VISITS)):
            refuse_outside(self.session, f"team:{record.id} patrol")
        # The place's grid or a micro-grid of it, or a grid the place's micro-grid lies in.
        if not any(g.startswith(place.grid_code) or place.grid_code.startswith(g)
                   for g in (*record.grid_codes, record.member.grid_code) if g):
            raise ValidationError("member_id", "patrols.member_elsewhere", name=record.member.name)
        with self.session.write(Action.WRITE.value, f"place:{place.id} patrol", f"{patrol.at:%Y-%m-%d %H:%M}") as s:
            excepted = certification.clear(self.session, s, record.id, record.member.name, CertAct.VISIT, override)
            grid_id = GridsRepo(s).ids().get(place.grid_code)
            pid = PatrolsRepo(s).insert(patrol, grid_id, self.session.account.username, local_dt(self.session.clock()))
            if excepted:
                certification.record(self.session, s, record.id, record.member.name, CertAct.VISIT, f"patrol:{pid}",
                                     override)
            store(s, self.session, "patrol", pid, files)
        return Changes("patrols", (pid,))

    @rule(Permission.VIEW_ROSTER)
    def get(self, patrol_id: int) -> PatrolRecord:
        with self.session.db.transaction() as s:
            found = PatrolsRepo(s).get(patrol_id)
        if found is None:
            raise NotFound("patrols.gone")
        require_grids(self.session, [found.grid_code or "-"], what=f"patrol:{patrol_id}")
        return found

    @rule(Permission.CASE_REPORT)
    def finding_to_case(self, patrol_id: int, category_id: int, title: str,
                        kind: WorkKind = WorkKind.ORDINARY) -> int:
        """One action: the patrol's finding becomes a reported case at the place, linked both ways
        (the patrol names its case; the case's place and description name the patrol's)."""
        patrol = self.get(patrol_id)
        if patrol.outcome is not PatrolOutcome.FINDING:
            raise ValidationError("finding", "patrols.no_finding")
        if patrol.case_id is not None:
            raise ValidationError("finding", "patrols.finding_taken")
        description = f"{patrol.finding}\n（巡查 {patrol.at:%Y-%m-%d %H:%M}，{patrol.member_name}，巡查记录 {patrol.id}）"
        new_case = CasesService(self.session).report(CaseReport(
            title, category_id, kind, Channel.VISIT, local_dt(self.session.clock()), grid_code=patrol.grid_code,
            place=patrol.place_name, reporter=self.session.account.display_name, description=description)).ids[0]
        with self.session.write(Action.WRITE.value, f"patrol:{patrol_id}", f"finding → case {new_case}") as s:
            PatrolsRepo(s).link_case(patrol_id, int(new_case))
        return int(new_case)

    @rule(Permission.VIEW_ROSTER)
    def log_list(self, first: date, last: date, grid_code: str = "") -> list[PatrolRecord]:
        """The patrol log of a period (newest first), within this account's grids."""
        scope = grid_scope(self.session)
        if grid_code:
            require_grids(self.session, [grid_code], what=f"grid {grid_code} patrols")
        with self.session.db.transaction() as s:
            rows = PatrolsRepo(s).listed(first, last)
        return [r for r in rows if inside(r.grid_code or None, scope) and r.grid_code.startswith(grid_code)]

    def _due(self, day: date, places: list[Place]) -> list[DuePatrol]:
        with self.session.db.transaction() as s:
            rows = due_on(s, day, places)
        return sorted((DuePatrol(p.id or 0, p.name, targets_of(p)[0], p.grid_code, every, last, due, owed)
                       for p, every, last, due, owed in rows), key=lambda d: (d.grid_code, d.due_on, d.place_name))

    @rule(Permission.VIEW_ROSTER)
    def due(self, day: date | None = None) -> list[DuePatrol]:
        """Places due on the day (today) or past due (missed), within this account's grids."""
        return self._due(day or self.today(), self._places())

    @rule(Permission.VIEW_ROSTER)
    def due_for_member(self, member_id: int, day: date) -> list[DuePatrol]:
        """What the member owes on the day: places due or missed that are theirs (as responsible
        member, or as a member of the place's grid), for the member's day in the daily log."""
        from .roster_scope import require_member

        with self.session.db.transaction() as s:
            require_member(self.session, s, member_id)
        return [d for d in self._due(day, self._places()) if member_id in d.owed_by]

    @rule(Permission.VIEW_ROSTER)
    def counts(self, day: date | None = None) -> tuple[int, int]:
        """(places missed, places due today) for the dashboard and `griddesk status`."""
        day = day or self.today()
        due = self.due(day)
        return sum(1 for d in due if d.missed(day)), sum(1 for d in due if not d.missed(day))

    @rule(Permission.VIEW_ROSTER)
    def month_figures(self, year: int, month: int, grid_code: str = "") -> MonthPatrols:
        """The month's patrols for the monthly meeting: done, due by the plan, missed, findings and
        findings made into cases (of this account's grids, or one grid)."""
        first, last = month_days(year, month)
        if grid_code:
            require_grids(self.session, [grid_code], what=f"grid {grid_code} patrols")
        places = [p for p in self._places() if p.grid_code.startswith(grid_code)]
        ids = {p.id for p in places}
        with self.session.db.transaction() as s:
            month = plans(s, first, last, self.today(), places)
            findings, to_cases = finding_counts(s, first, last, ids)
        days = [d for p in month for d in p.days]
        return MonthPatrols(sum(1 for r in self.log_list(first, last, grid_code) if r.place_id in ids),
                            sum(1 for d in days if d.planned), sum(1 for d in days if d.missed), findings, to_cases)
