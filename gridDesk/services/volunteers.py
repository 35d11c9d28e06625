"""The register of volunteers, 微格员, information officers and 五老 (town guide §7.4; DB3208/T
6.2, 7.2), linked to grids, and what they pass on (信息报送): one action makes a piece of
information a reported case, linked both ways, as a visit's finding is. Phones are shown masked
as residents' are; the full number is an UNMASK, with a reason, on the record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.plausible_dates import not_before
from ..domain.audit import Action
from ..domain.case_records import CaseReport
from ..domain.cases import Channel, WorkKind
from ..domain.errors import NotFound, ValidationError
from ..domain.idcard import mask_phone
from ..domain.outreach import Volunteer, VolunteerRecord, VolunteerReport
from ..domain.phones import normalise_phone
from ..domain.rules import Permission
from ..domain.resident_rules import bounded_text
from ..storage.grids_repo import GridsRepo
from ..storage.orm.roster import ResidentRow
from ..storage.outreach_repo import VolunteersRepo
from .cases import CasesService
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside, refuse_outside, require_grids
from .session import Changes, UserSession


def _masked(r: VolunteerRecord) -> VolunteerRecord:
    v = r.volunteer
    return replace(r, volunteer=replace(v, phone=mask_phone(v.phone) if v.phone else ""))


class VolunteersService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(Permission.VIEW_ROSTER)
    def listed(self) -> list[VolunteerRecord]:
        """The account's grids' register, phones masked."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            return [_masked(r) for r in VolunteersRepo(s).listed() if inside(r.volunteer.grid_code, scope)]

    def _get(self, volunteer_id: int, permission: Permission = Permission.VIEW_ROSTER) -> VolunteerRecord:
        with self.session.db.transaction() as s:
            record = VolunteersRepo(s).get(volunteer_id)
        if record is None:
            raise NotFound("outreach.volunteer_gone")
        if not inside(record.volunteer.grid_code, grid_scope(self.session, permission)):
            refuse_outside(self.session, f"volunteer:{volunteer_id}")
        return record

    @rule(Permission.UNMASK)
    def unmask(self, volunteer_id: int, reason: str) -> VolunteerRecord:
        """The full phone, for a stated reason; the view is on the record."""
        reason = bounded_text(reason, 200, "reason")
        if len(reason) < 2:
            raise ValidationError("reason", "outreach.unmask_reason")
        record = self._get(volunteer_id)
        self.session.record(Action.UNMASK.value, f"volunteer:{volunteer_id} {record.volunteer.name}", reason)
        return record

    @rule(Permission.EDIT_ROSTER)
    def save(self, volunteer_id: int | None, v: Volunteer) -> Changes:
        """A new entry (None) or a changed one, within the account's grids. A phone left as the
        masked form shown keeps the number on file."""
        old = self._get(volunteer_id, Permission.EDIT_ROSTER) if volunteer_id is not None else None
        if old is not None:
            kept = old.volunteer.phone
            if v.phone and kept and v.phone == mask_phone(kept):
                v = replace(v, phone=kept)
        v = replace(v, name=bounded_text(v.name, 32, "name"), duties=bounded_text(v.duties, 500, "duties", multiline=True),
                    phone=normalise_phone(v.phone) if v.phone else "")
        if not v.name:
            raise ValidationError("name", "outreach.name_required")
        not_before(v.since, "since")
        if v.since is not None and v.since > self._today():
            raise ValidationError("since", "outreach.day_future")
        require_grids(self.session, [v.grid_code], Permission.EDIT_ROSTER, what=f"volunteer {v.grid_code}")
        if v.resident_id is not None:  # from the roster: a resident of the account's grids only
            with self.session.db.transaction() as s:
                home = VolunteersRepo(s).resident_grid(v.resident_id)
            if home is not None and not inside(home, grid_scope(self.session, Permission.EDIT_ROSTER)):
                refuse_outside(self.session, f"resident:{v.resident_id} volunteer")
        with self.session.write(Action.WRITE.value, f"volunteer:{volunteer_id or 'new'}",
                                f"{v.kind.value} {v.grid_code}") as s:
            grid_id = GridsRepo(s).ids().get(v.grid_code)
            if grid_id is None:
                raise ValidationError("grid_code", "outreach.no_grid", grid=v.grid_code)
            resident = s.get(ResidentRow, v.resident_id) if v.resident_id is not None else None
            if resident is None:
                v = replace(v, resident_id=None)
            elif not v.phone:  # from the roster: the resident's phone on file, shown masked as theirs is
                v = replace(v, phone=resident.phone or "")
            volunteer_id = VolunteersRepo(s).save(volunteer_id, v, grid_id)
        return Changes("volunteers", (volunteer_id,))

    @rule(Permission.VIEW_ROSTER)
    def reports(self) -> list[VolunteerReport]:
        """What was passed on, newest first, within the account's grids."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            return [r for r in VolunteersRepo(s).reports() if inside(r.grid_code, scope)]

    @rule(Permission.VIEW_ROSTER)
    def report_of_case(self, case_id: int) -> VolunteerReport | None:
        """The information a case came from, if it came from a volunteer (the other way of the link)."""
        with self.session.db.transaction() as s:
            found = VolunteersRepo(s).reports(case_id=case_id)
        return found[0] if found and inside(found[0].grid_code, grid_scope(self.session)) else None

    @rule(Permission.EDIT_ROSTER)
    def add_report(self, report: VolunteerReport) -> Changes:
        """A piece of information a volunteer passed on: the day, what, and the grid it concerns."""
        content = bounded_text(report.content, 2000, "content", multiline=True)
        if not content:
            raise ValidationError("content", "outreach.content_required")
        not_before(report.day, "day")
        if report.day > self._today():
            raise ValidationError("day", "outreach.day_future")
        self._get(report.volunteer_id, Permission.EDIT_ROSTER)
        require_grids(self.session, [report.grid_code], Permission.EDIT_ROSTER, what=f"volunteer report {report.grid_code}")
        with self.session.write(Action.WRITE.value, f"volunteer:{report.volunteer_id}", f"信息 {report.day}") as s:
            grid_id = GridsRepo(s).ids().get(report.grid_code)
            if grid_id is None:
                raise ValidationError("grid_code", "outreach.no_grid", grid=report.grid_code)
            rid = VolunteersRepo(s).add_report(replace(report, content=content), grid_id,
                                               self.session.account.username, local_dt(self.session.clock()))
        return Changes("volunteers", (rid,))

    @rule(Permission.CASE_REPORT)
    def to_case(self, report_id: int, category_id: int, title: str, kind: WorkKind = WorkKind.ORDINARY) -> int:
        """One action: the information becomes a reported case in its grid, the volunteer named as
        its source; the report keeps the case's id, and the case finds its report by it."""
        with self.session.db.transaction() as s:
            found = VolunteersRepo(s).reports(report_id=report_id)
        if not found:
            raise NotFound("outreach.report_gone")
        report = found[0]
        require_grids(self.session, [report.grid_code], Permission.CASE_REPORT, what=f"volunteer report:{report_id}")
        if report.case_id is not None:
            raise ValidationError("report", "outreach.report_taken")
        case_id = int(CasesService(self.session).report(CaseReport(
            title, category_id, kind, Channel.OTHER, local_dt(self.session.clock()), grid_code=report.grid_code,
            reporter=report.volunteer_name, description=report.content)).ids[0])
        with self.session.write(Action.WRITE.value, f"volunteer report:{report_id}", f"→ case {case_id}") as s:
            VolunteersRepo(s).link_case(report_id, case_id)
        return case_id
