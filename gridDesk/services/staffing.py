"""A complete team per grid (Measures Arts. 8-11; DB3208/T 200 ch. 6): which grids lack a 网格长
or members, a member's departure and the vacancy it opens until someone is appointed to it, the
preference facts, the hire guidance and the selection record of a full-time hire."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from ..domain.plausible_dates import not_before
from ..domain.audit import Action
from ..domain.changes import Kind
from ..domain.dictionaries.education import EDUCATION_LEVELS
from ..domain.errors import NotFound, ValidationError
from ..domain.idcard import parse_id_number
from ..domain.key_groups import age_on
from ..domain.roster import TeamMember, TeamRecord, TeamRole
from ..domain.rules import Permission
from ..domain.staffing import (Departure, GridTeamNeed, HireHint, Missing, Preferences, Selection, SelectionStep,
                               StaffingRules, StepEntry, Vacancy, check_departure, check_fill,
                               check_rules, check_step, hire_hints, missing_posts)
from ..domain.resident_rules import bounded_text
from ..storage.grids_repo import GridsRepo
from ..storage.staffing_repo import StaffingRepo
from ..storage.team_repo import TeamRepo
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside, require_member, serves_inside
from .session import Changes, UserSession


@dataclass(frozen=True)
class VacancyView:
    vacancy: Vacancy
    days_open: int
    overdue: bool
    selection_id: int | None


def education_code(text: str) -> str | None:
    reading = EDUCATION_LEVELS.read(text) if text else None
    return reading.entry.code if reading else None


class StaffingService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(None, why="the session's own clock: the day a dialog offers first")
    def today(self) -> date:
        return self._today()

    # -- the rules as data (EDIT_RULES) ---------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def rules(self) -> StaffingRules:
        with self.session.db.transaction() as s:
            return StaffingRepo(s).rules()

    @rule(Permission.EDIT_RULES)
    def save_rules(self, values: Mapping[str, int]) -> Changes:
        values = check_rules(values)
        said = ", ".join(f"{k}={v}" for k, v in sorted(values.items()))
        with self.session.write(Action.SETTINGS_CHANGED.value, "staffing rules", said[:1000]) as s:
            StaffingRepo(s).save_rules(values)
        return Changes(Kind.STAFFING, ("rules",))

    # -- completeness ---------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def incomplete(self) -> dict[str, tuple[Missing, ...]]:
        """Grid code -> what it lacks, for the grids the account sees."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            grids = [GridTeamNeed(g.code, g.kind) for g in GridsRepo(s).tree() if g.parent_code is None]
            team = TeamRepo(s).all()
            rules = StaffingRepo(s).rules()
        return {code: lacks for code, lacks in missing_posts(grids, team, rules).items() if inside(code, scope)}

    # -- departures and vacancies ---------------------------------------------------------------
    @rule(Permission.STAFFING)
    def record_departure(self, d: Departure) -> Changes:
        """离任: the date and why, who decided, the document; the member's post becomes a vacancy."""
        d = replace(d, words=bounded_text(d.words, 200, "words"), decided_by=bounded_text(d.decided_by, 64, "decided_by"),
                    document=bounded_text(d.document, 128, "document"))
        with self.session.db.transaction() as s:
            record = require_member(self.session, s, d.member_id, Permission.STAFFING)
        not_before(d.on, "on")
        check_departure(d, record.member.appointed_on, record.left_on, self._today())
        detail = f"left {d.on} {d.reason.value} {d.document}".strip()
        with self.session.write(Action.WRITE.value, f"team:{d.member_id}", detail) as s:
            vacancy = StaffingRepo(s).record_departure(d, self.session.account.username, local_dt(self.session.clock()))
        return Changes(Kind.STAFFING, (d.member_id, f"vacancy:{vacancy}"))

    @rule(Permission.VIEW_ROSTER)
    def departures(self) -> dict[int, Departure]:
        """member id -> departure, for the members the account sees."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            seen = {t.id for t in TeamRepo(s).all(include_left=True) if serves_inside(t, scope)}
            return StaffingRepo(s).departures(seen)

    @rule(Permission.VIEW_ROSTER)
    def vacancies(self, include_filled: bool = False) -> list[VacancyView]:
        """Oldest first; a grid member's account sees its own grids' (and the village-wide posts)."""
        scope = grid_scope(self.session)
        today = self._today()
        with self.session.db.transaction() as s:
            repo = StaffingRepo(s)
            rules = repo.rules()
            found = repo.vacancies(include_filled)
            picked = {sel.vacancy_id: sel.id for sel in repo.selections()}
        return [VacancyView(v, v.days_open(today), v.overdue(today, rules), picked.get(v.id)) for v in found
                if v.grid_code is None or inside(v.grid_code, scope)]

    @rule(Permission.STAFFING)
    def fill(self, vacancy_id: int, member_id: int) -> Changes:
        """A member appointed to the vacancy's grid and post fills it on their appointment date."""
        with self.session.db.transaction() as s:
            vacancy = self._vacancy(s, vacancy_id)
            member = require_member(self.session, s, member_id, Permission.STAFFING)
        check_fill(vacancy, member)
        with self.session.write(Action.WRITE.value, f"vacancy:{vacancy_id}", f"filled by team:{member_id}") as s:
            repo = StaffingRepo(s)
            other = repo.fills(member_id)
            if other is not None and other != vacancy_id:
                raise ValidationError("member", "staffing.fills_another")
            repo.fill(vacancy_id, member_id, member.member.appointed_on)
        return Changes(Kind.STAFFING, (f"vacancy:{vacancy_id}", member_id))

    @rule(Permission.STAFFING)
    def appoint(self, vacancy_id: int, member: TeamMember, political_status: str, education: str,
                declaration: bool, preferences: Preferences | None = None) -> Changes:
        """任命补缺: a new member to the vacancy's grid and post, and the vacancy filled by them. The
        grid, post and date are checked before anything is saved."""
        from .team import TeamService

        with self.session.db.transaction() as s:
            vacancy = self._vacancy(s, vacancy_id)
        # The member as they will be: the grid, post and date decide before anything is written.
        check_fill(vacancy, TeamRecord(0, member, (), political_status, education, None, False))
        saved = TeamService(self.session).save(member, political_status, education, declaration,
                                               preferences=preferences)
        new_id = int(saved.ids[0])
        return replace(self.fill(vacancy_id, new_id), ids=(f"vacancy:{vacancy_id}", new_id))

    def _vacancy(self, s, vacancy_id: int) -> Vacancy:
        found = StaffingRepo(s).vacancies(True, [vacancy_id])
        if not found:
            raise NotFound("staffing.vacancy_gone")
        v = found[0]
        if v.grid_code is not None and not inside(v.grid_code, grid_scope(self.session)):
            raise NotFound("staffing.vacancy_gone")
        return v

    # -- preference facts and the hire guidance ----------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def preferences(self) -> dict[int, Preferences]:
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            seen = [t.id for t in TeamRepo(s).all(include_left=True) if serves_inside(t, scope)]
            return StaffingRepo(s).preferences(seen)

    @rule(None, why="a sum over what the dialog holds: the rules are read through rules()")
    def hints(self, member: TeamMember, education: str, rules: StaffingRules) -> tuple[HireHint, ...]:
        """DB3208/T 200 6.1 for a full-time hire, from what is typed (an ID number not yet whole gives
        no age hint)."""
        try:
            age = age_on(parse_id_number(member.id_number).birth_date, member.appointed_on)
        except ValidationError:
            age = None
        return hire_hints(member.role, age, education_code(education), education, rules)

    # -- selection records (Art. 11) ------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def selections(self) -> list[Selection]:
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            return [x for x in StaffingRepo(s).selections() if x.grid_code is None or inside(x.grid_code, scope)]

    @rule(Permission.STAFFING)
    def start_selection(self, vacancy_id: int, note: str = "") -> Changes:
        with self.session.db.transaction() as s:
            vacancy = self._vacancy(s, vacancy_id)
            if StaffingRepo(s).selection_for(vacancy_id) is not None:
                raise ValidationError("vacancy", "staffing.selection_exists")
        if vacancy.post is not TeamRole.FULL_TIME:
            raise ValidationError("vacancy", "staffing.selection_full_time")
        with self.session.write(Action.WRITE.value, f"vacancy:{vacancy_id}", "selection started") as s:
            new_id = StaffingRepo(s).add_selection(vacancy_id, bounded_text(note, 500, "note", multiline=True),
                                                   self.session.account.username)
        return Changes(Kind.STAFFING, (f"selection:{new_id}",))

    @rule(Permission.STAFFING)
    def record_step(self, selection_id: int, step: SelectionStep, day: date, note: str = "") -> Changes:
        not_before(day, "day")
        entry = StepEntry(step, day, bounded_text(note, 200, "note"))
        with self.session.db.transaction() as s:
            found = StaffingRepo(s).selections([selection_id])
            if not found or not (found[0].grid_code is None or inside(found[0].grid_code, grid_scope(self.session))):
                raise NotFound("staffing.selection_gone")
        others = {e.step: e for e in found[0].steps if e.step is not step}
        check_step(others, entry, self._today())
        with self.session.write(Action.WRITE.value, f"selection:{selection_id}", f"{step.value} {day}") as s:
            StaffingRepo(s).set_step(selection_id, entry)
        return Changes(Kind.STAFFING, (f"selection:{selection_id}",))

    @rule(Permission.PRINT)
    def print_selection(self, selection_id: int, out, record: bool = True) -> int:
        """选聘记录 on one page (printing/selection_record.py); the print is on the audit log (the
        preview records it when printed or saved: `record=False`, then record_selection_print)."""
        from ..domain.roster import TEAM_ROLE_LABELS
        from ..domain.staffing import LEAVE_REASON_LABELS, STEP_LABELS, STEPS
        from ..printing.selection_record import SelectionRecordData, write_selection_record
        from .printouts import PrintService, out_name

        sel = next((x for x in self.selections() if x.id == selection_id), None)
        if sel is None:
            raise NotFound("staffing.selection_gone")
        v = next(x.vacancy for x in self.vacancies(include_filled=True) if x.vacancy.id == sel.vacancy_id)
        done = {e.step: e for e in sel.steps}
        # The village's paper: in Chinese whatever the window's language, as every printout is.
        why = LEAVE_REASON_LABELS[v.reason] if v.reason else ""
        data = SelectionRecordData(
            self.session.centre.village_name, f"{v.grid_name}（{v.grid_code}）" if v.grid_code else "全村",
            TEAM_ROLE_LABELS[v.post], f"{v.left_member}{why}，{v.opened_on:%Y年%m月%d日}起空缺" if v.left_member
            else f"{v.opened_on:%Y年%m月%d日}起空缺",
            tuple((STEP_LABELS[s], f"{done[s].day:%Y-%m-%d}" if s in done else "", done[s].note if s in done else "")
                  for s in STEPS),
            f"{v.filled_member}，{v.filled_on:%Y年%m月%d日}任职" if v.filled_on else "", sel.note,
            f"{self._today():%Y-%m-%d}")
        pages = write_selection_record(data, out, PrintService(self.session).font_file())
        if record:
            self.record_selection_print(selection_id, out_name(out))
        return pages

    @rule(Permission.PRINT)
    def record_selection_print(self, selection_id: int, how: str) -> None:
        self.session.record(Action.PRINT.value, f"selection:{selection_id}", f"选聘记录 → {how}")
