"""The register of petitions (信访): letters, calls, visits and online petitions registered with a
number of their own (XF-year-sequence, gap-free per year: numbered under the write lock, unique
in the table), decided on, answered and closed within the 信访工作条例's limits; repeats linked
to the earlier petition the clerk confirms; a case made from one (转为事件) or linked to it; the
period's figures for the monthly reports; and the printed register (信访登记台账).

Petitioners' ID numbers and phones are shown masked; the full ones are an UNMASK with a reason,
on the record. A grid member sees their grids' petitions, never a confidential one (揭发控告)."""

from __future__ import annotations

import difflib
from dataclasses import replace
from datetime import date, datetime

from ..domain.audit import Action
from ..domain.case_records import CaseReport
from ..domain.cases import Channel, WorkKind
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.idcard import mask_id_number, mask_phone, parse_id_number
from ..domain.petitions import (EARLIEST, MAX_PETITIONERS, CategoryKind, Petition, PetitionCategory, PetitionFigures,
                                PetitionFilter, PetitionForm, Petitioner, PetitionRules, PetitionState, PetitionStep,
                                RepeatSuggestion, add_days, check_day, check_id, check_people, check_step, check_text,
                                figures_of)
from ..domain.phones import normalise_phone
from ..domain.rules import Permission
from ..domain.text import clean_text
from ..storage.cases_repo import CasesRepo
from ..storage.petitions_repo import PetitionsRepo
from ..storage.work_calendar_repo import WorkCalendarRepo
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside, refuse_outside
from .session import Changes, UserSession
from .work_calendar import build_calendar

_CHANNEL = {PetitionForm.VISIT: Channel.WALK_IN, PetitionForm.CALL: Channel.PHONE,
            PetitionForm.LETTER: Channel.OTHER, PetitionForm.ONLINE: Channel.OTHER}


def number_of(year: int, seq: int) -> str:
    return f"XF-{year}-{seq:04d}"


def masked(p: Petition) -> Petition:
    return replace(p, petitioners=tuple(replace(x, id_number=mask_id_number(x.id_number) if x.id_number else "",
                                                phone=mask_phone(x.phone) if x.phone else "")
                                        for x in p.petitioners))


def _text(value: object, key: str, multiline: bool = False) -> str:
    """Cleaned as every field is, and refused (not cut) when longer than its limit."""
    return check_text(clean_text(value, 100_000, key, multiline), key)


def _kept_numbers(new: tuple[Petitioner, ...], old: tuple[Petitioner, ...]) -> tuple[Petitioner, ...]:
    """A written-in petitioner's ID number or phone left as the masked form shown keeps the one on file."""
    kept = {x.name: x for x in old if x.resident_id is None}
    out = []
    for x in new:
        before = kept.get(x.name) if x.resident_id is None else None
        if before is not None:
            if x.id_number and before.id_number and x.id_number == mask_id_number(before.id_number):
                x = replace(x, id_number=before.id_number)
            if x.phone and before.phone and x.phone == mask_phone(before.phone):
                x = replace(x, phone=before.phone)
        out.append(x)
    return tuple(out)


def _checked_filter(f: PetitionFilter) -> PetitionFilter:
    """A filter as the register page builds it; a state or form as text, days that are not days,
    a yes/no that is not one: refused in words (the first day after the last lists nothing, as
    the page's two date boxes may stand for a moment)."""
    if not isinstance(f, PetitionFilter):
        raise ValidationError("filter", "petition.bad_filter", value=type(f).__name__[:20])
    first, last = (d.date() if isinstance(d, datetime) else d for d in (f.first, f.last))
    for name, value, kind in (("state", f.state, PetitionState), ("form", f.form, PetitionForm),
                              ("first", first, date), ("last", last, date)):
        if value is not None and not isinstance(value, kind):
            raise ValidationError(name, "petition.bad_filter", value=str(value)[:20])
    if not isinstance(f.overdue_only, bool):
        raise ValidationError("overdue_only", "petition.bad_filter", value=str(f.overdue_only)[:20])
    if isinstance(f.subject_id, bool):
        raise ValidationError("subject_id", "petition.subject_required")
    return replace(f, first=first, last=last)


def _same_petition(p: Petition) -> tuple:
    """What makes two registrations one petition: the day, the form, the petitioners (by the roster
    or by name), the matter and its words."""
    return (p.received_on, p.form, p.subject_id, p.purpose_id, p.summary.strip(),
            tuple(sorted((x.resident_id or 0, x.name) for x in p.petitioners)))


class PetitionsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    # -- the data the director keeps ------------------------------------------------------------
    @rule(Permission.VIEW_PETITIONS)
    def rules(self) -> PetitionRules:
        with self.session.db.transaction() as s:
            return PetitionsRepo(s).rules()

    @rule(Permission.EDIT_RULES)
    def set_rules(self, rules: PetitionRules) -> Changes:
        """The time limits (days) and the collective-visit threshold; open petitions keep the due
        days they were given."""
        if not isinstance(rules, PetitionRules):
            raise ValidationError("accept_days", "petition.rule_range", limit=90)
        for key, value, top in (("accept_days", rules.accept_days, 90), ("answer_days", rules.answer_days, 365),
                                ("collective_people", rules.collective_people, 1000)):
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= top:
                raise ValidationError(key, "petition.rule_range", limit=top)
        with self.session.write(Action.SETTINGS_CHANGED.value, "petition rules",
                                f"{rules.accept_days}/{rules.answer_days} {rules.collective_people} "
                                f"{'working' if rules.working_days else 'calendar'}") as s:
            PetitionsRepo(s).set_rules(rules)
        return Changes("petitions")

    @rule(Permission.VIEW_PETITIONS)
    def categories(self, kind: CategoryKind | None = None) -> list[PetitionCategory]:
        with self.session.db.transaction() as s:
            return [c for c in PetitionsRepo(s).categories() if kind is None or c.kind is kind]

    @rule(Permission.EDIT_RULES)
    def add_category(self, kind: CategoryKind, name: str, confidential: bool = False) -> Changes:
        if not isinstance(kind, CategoryKind):
            raise ValidationError("category", "petition.category_required")
        name = _text(name, "category")
        if not name:
            raise ValidationError("category", "petition.category_required")
        if any(c.name == name for c in self.categories(kind)):
            raise ValidationError("category", "petition.category_exists", name=name)
        with self.session.write(Action.SETTINGS_CHANGED.value, "petition category", f"{kind.value} {name}") as s:
            new_id = PetitionsRepo(s).add_category(kind, name, confidential)
        return Changes("petitions", (new_id,))

    # -- reading ---------------------------------------------------------------------------------
    def _visible(self, p: Petition, scope) -> bool:
        if scope is None:
            return True
        return not p.confidential and bool(p.grid_code) and inside(p.grid_code, scope)

    @rule(Permission.VIEW_PETITIONS)
    def listed(self, f: PetitionFilter = PetitionFilter()) -> list[Petition]:
        """The register within the account's reach, newest first, petitioners masked."""
        f = _checked_filter(f)
        text = _text(f.text, "summary") if f.text else ""
        if f.subject_id is not None and not (isinstance(f.subject_id, int) and 0 < f.subject_id <= 2 ** 63 - 1):
            raise ValidationError("subject_id", "petition.subject_required")
        scope = grid_scope(self.session, Permission.VIEW_PETITIONS)
        today = self.today()
        with self.session.db.transaction() as s:
            found = PetitionsRepo(s).listed(replace(f, text=text))
        return [masked(p) for p in found if self._visible(p, scope) and (not f.overdue_only or p.overdue(today))]

    def _get(self, petition_id: int, permission: Permission = Permission.VIEW_PETITIONS) -> Petition:
        check_id(petition_id, "petition.gone")
        with self.session.db.transaction() as s:
            found = PetitionsRepo(s).get(petition_id)
        if found is None:
            raise NotFound("petition.gone")
        if not self._visible(found, grid_scope(self.session, permission)):
            refuse_outside(self.session, f"petition:{petition_id}")
        return found

    @rule(Permission.VIEW_PETITIONS)
    def get(self, petition_id: int) -> Petition:
        return masked(self._get(petition_id))

    @rule(Permission.UNMASK)
    def unmask(self, petition_id: int, reason: str) -> Petition:
        """The petitioners' full ID numbers and phones, for a stated reason; the view is on the record."""
        reason = _text(reason, "reason")
        if len(reason) < 2:
            raise ValidationError("reason", "petition.unmask_reason")
        self.session.require(Permission.VIEW_PETITIONS)
        found = self._get(petition_id)
        self.session.record(Action.UNMASK.value, f"petition:{petition_id} {found.number}", reason)
        return found

    @rule(Permission.VIEW_PETITIONS)
    def of_case(self, case_id: int) -> list[Petition]:
        """The petitions a case follows from (the other way of the link)."""
        check_id(case_id, "case.not_found")
        scope = grid_scope(self.session, Permission.VIEW_PETITIONS)
        with self.session.db.transaction() as s:
            return [masked(p) for p in PetitionsRepo(s).of_case(case_id) if self._visible(p, scope)]

    @rule(Permission.VIEW_PETITIONS)
    def overdue_count(self) -> int:
        """Open petitions past their time limit, within the account's reach."""
        today = self.today()
        scope = grid_scope(self.session, Permission.VIEW_PETITIONS)
        with self.session.db.transaction() as s:
            return sum(1 for state in (PetitionState.REGISTERED, PetitionState.ACCEPTED, PetitionState.IN_PROGRESS)
                       for p in PetitionsRepo(s).listed(PetitionFilter(state=state))
                       if self._visible(p, scope) and p.overdue(today))

    @rule(Permission.VIEW_PETITIONS)
    def figures(self, start: date, end: date) -> PetitionFigures:
        """The period's petitions (received from start to end) for the monthly reports, within the
        account's reach; overdue and answered as at the end (or today, for a period not over)."""
        today = self.today()
        start, end = (d.date() if isinstance(d, datetime) else d for d in (start, end))
        for name, day in (("start", start), ("end", end)):
            if not isinstance(day, date) or day < EARLIEST or day.year > today.year + 1:
                raise ValidationError(name, "petition.bad_period", value=str(day))
        if end < start:
            raise ValidationError("end", "petition.period_backwards")
        scope = grid_scope(self.session, Permission.VIEW_PETITIONS)
        with self.session.db.transaction() as s:
            repo = PetitionsRepo(s)
            rules = repo.rules()
            found = [p for p in repo.listed(PetitionFilter(first=start, last=end)) if self._visible(p, scope)]
        return figures_of(found, start, end, min(end, today), rules)

    # -- registering ----------------------------------------------------------------------------
    def _checked(self, p: Petition, s) -> Petition:
        """The petition's facts cleaned and checked; the roster's petitioners filled from it."""
        repo = PetitionsRepo(s)
        today = self.today()
        p = replace(p, received_on=check_day(p.received_on, "received_on", today))
        if not isinstance(p.form, PetitionForm):
            raise ValidationError("form", "petition.form_required")
        if len(p.petitioners) > MAX_PETITIONERS:
            raise ValidationError("petitioners", "petition.too_many_named", limit=MAX_PETITIONERS)
        people: list[Petitioner] = []
        grid = _text(p.grid_code, "grid_code")
        for person in p.petitioners:
            if person.resident_id is not None:
                check_id(person.resident_id, "petition.resident_gone")
                found = repo.resident(person.resident_id)
                if found is None:
                    raise NotFound("petition.resident_gone")
                name, id_number, phone, home = found
                if grid_scope(self.session, Permission.PETITIONS) is not None and not inside(
                        home, grid_scope(self.session, Permission.PETITIONS)):
                    refuse_outside(self.session, f"petition resident:{person.resident_id}")
                people.append(Petitioner(name, person.resident_id, id_number, phone,
                                         _text(person.address, "address")))
                grid = grid or home
                continue
            name = _text(person.name, "name")
            if not name:
                raise ValidationError("name", "petition.petitioner_name")
            number = clean_text(person.id_number, 100, "id_number")
            if number:
                number = parse_id_number(number).value
            phone = clean_text(person.phone, 100, "phone")
            people.append(Petitioner(name, None, number, normalise_phone(phone) if phone else "",
                                     _text(person.address, "address")))
        if not people:
            raise ValidationError("petitioners", "petition.petitioner_required")
        check_people(p.people, len(people))
        cats = {c.id: c for c in repo.categories()}
        for key, kind in (("purpose_id", CategoryKind.PURPOSE), ("subject_id", CategoryKind.SUBJECT)):
            value = getattr(p, key)
            if not isinstance(value, int) or value not in cats or cats[value].kind is not kind:
                raise ValidationError(key, f"petition.{kind.value}_required")
        summary = _text(p.summary, "summary", multiline=True)
        if not summary:
            raise ValidationError("summary", "petition.summary_required")
        if grid and not repo.grid_exists(grid):
            raise ValidationError("grid_code", "petition.no_grid", grid=grid)
        return replace(p, petitioners=tuple(people), summary=summary, grid_code=grid,
                       respondent=_text(p.respondent, "respondent"), request=_text(p.request, "request", multiline=True))

    def _calendar(self, s):
        return build_calendar(CasesRepo(s), WorkCalendarRepo(s), self.today()).is_working_day

    def _check_repeat(self, repo: PetitionsRepo, petition_id: int | None, received_on: date, earlier_id: int) -> None:
        check_id(earlier_id, "petition.repeat_gone")
        if petition_id is not None and earlier_id == petition_id:
            raise ValidationError("repeat_of", "petition.repeat_self")
        earlier = repo.get(earlier_id)
        if earlier is None:
            raise NotFound("petition.repeat_gone")
        if not self._visible(earlier, grid_scope(self.session, Permission.PETITIONS)):
            refuse_outside(self.session, f"petition:{earlier_id}")
        if petition_id is not None and petition_id in repo.repeat_chain(earlier_id):
            raise ValidationError("repeat_of", "petition.repeat_cycle", number=earlier.number)
        later = earlier.received_on > received_on or (
            earlier.received_on == received_on and petition_id is not None and earlier_id > petition_id)
        if later:
            raise ValidationError("repeat_of", "petition.repeat_later", number=earlier.number)

    @rule(Permission.PETITIONS)
    def register(self, p: Petition) -> Changes:
        """A new petition in the register (登记), numbered XF-<year received>-<sequence>, its
        acceptance due by the rules; a repeat names the earlier petition it repeats."""
        if p.id is not None:
            raise ValidationError("id", "petition.already_registered")
        with self.session.write(Action.WRITE.value, "petition", f"登记 {p.received_on}") as s:
            repo = PetitionsRepo(s)
            p = self._checked(p, s)
            if p.repeat_of is not None:
                self._check_repeat(repo, None, p.received_on, p.repeat_of)
            else:  # the same petition saved twice (OK pressed twice, a script run again) is one petition
                same = _same_petition(p)
                twice = next((o for o in repo.listed(PetitionFilter(first=p.received_on, last=p.received_on))
                              if _same_petition(o) == same), None)
                if twice is not None:
                    raise ValidationError("summary", "petition.duplicate", number=twice.number)
            rules = repo.rules()
            p = replace(p, accept_due=add_days(p.received_on, rules.accept_days, rules, self._calendar(s)),
                        answer_due=None)
            year = p.received_on.year
            seq = repo.next_seq(year)
            petition_id = repo.insert(p, year, seq, number_of(year, seq), self.session.account.username,
                                      local_dt(self.session.clock()))
        return Changes("petitions", (petition_id,))

    @rule(Permission.PETITIONS)
    def edit(self, p: Petition) -> Changes:
        """The facts of a petition corrected (not its number, state or answer); refused once it is
        closed or refused, or when another window saved it first."""
        if p.id is None:
            raise ValidationError("id", "petition.not_registered")
        check_id(p.id, "petition.gone")
        with self.session.write(Action.WRITE.value, f"petition:{p.id}", "修改") as s:
            repo = PetitionsRepo(s)
            before = repo.get(p.id)
            if before is None:
                raise NotFound("petition.gone")
            if not self._visible(before, grid_scope(self.session, Permission.PETITIONS)):
                refuse_outside(self.session, f"petition:{p.id}")
            if before.version != p.version:
                raise Conflict("petition.changed")
            if before.state in (PetitionState.CLOSED, PetitionState.REFUSED):
                raise ValidationError("state", "petition.locked")
            p = replace(p, petitioners=_kept_numbers(p.petitioners, before.petitioners))
            p = self._checked(p, s)
            if p.repeat_of is not None:
                self._check_repeat(repo, p.id, p.received_on, p.repeat_of)
            if any(r.received_on < p.received_on for r in repo.listed() if r.repeat_of == p.id):
                raise ValidationError("received_on", "petition.repeated_earlier")
            rules = repo.rules()
            accept_due = before.accept_due
            if p.received_on != before.received_on:
                accept_due = add_days(p.received_on, rules.accept_days, rules, self._calendar(s))
            repo.update(replace(p, accept_due=accept_due, answer_due=before.answer_due))
        return Changes("petitions", (p.id,))

    # -- the flow ---------------------------------------------------------------------------------
    @rule(Permission.PETITIONS)
    def step(self, petition_id: int, version: int, step: PetitionStep, on: date | None = None, text: str = "",
             by: str = "") -> Changes:
        """受理 / 不予受理 (with the reason) / 办理 / 答复 (the answer, its day and who answered) /
        办结, each on a day not before the one before it and not in the future."""
        check_id(petition_id, "petition.gone")
        if not isinstance(step, PetitionStep):
            raise ValidationError("step", "petition.step_unknown")
        today = self.today()
        on = check_day(on or today, "on", today)
        with self.session.write(Action.WRITE.value, f"petition:{petition_id}", step.value) as s:
            repo = PetitionsRepo(s)
            row = repo.row(petition_id)
            if row is None:
                raise NotFound("petition.gone")
            current = repo.get(petition_id)
            if not self._visible(current, grid_scope(self.session, Permission.PETITIONS)):
                refuse_outside(self.session, f"petition:{petition_id}")
            if row.version != version:
                raise Conflict("petition.changed")
            target = check_step(PetitionState(row.state), step)
            last = max(d for d in (row.received_on, row.decided_on, row.answered_on) if d is not None)
            if on < last:
                raise ValidationError("on", "petition.step_too_early", value=f"{last:%Y-%m-%d}")
            if step in (PetitionStep.ACCEPT, PetitionStep.REFUSE):
                row.decided_on = on
                if step is PetitionStep.REFUSE:
                    reason = _text(text, "reason", multiline=True)
                    if not reason:
                        raise ValidationError("reason", "petition.refuse_reason")
                    row.refuse_reason = reason
                else:
                    rules = repo.rules()
                    row.answer_due = add_days(on, rules.answer_days, rules, self._calendar(s))
            elif step is PetitionStep.ANSWER:
                answer = _text(text, "answer", multiline=True)
                if not answer:
                    raise ValidationError("answer", "petition.answer_required")
                row.answer, row.answered_on = answer, on
                row.answered_by = _text(by, "answered_by") or self.session.account.display_name[:32]
            elif step is PetitionStep.CLOSE:
                row.closed_on = on
            row.state = target.value
            row.version += 1
        return Changes("petitions", (petition_id,))

    # -- repeats --------------------------------------------------------------------------------
    @rule(Permission.VIEW_PETITIONS)
    def suggest_repeats(self, p: Petition, limit: int = 5) -> list[RepeatSuggestion]:
        """Earlier petitions this one likely repeats: the same petitioner (by the roster, the ID
        number, or the name with the phone or the same matter's category) or the same matter (the
        category with the same respondent or a summary much alike). The clerk confirms."""
        if isinstance(limit, bool) or not isinstance(limit, int):
            raise ValidationError("limit", "petition.bad_limit")
        scope = grid_scope(self.session, Permission.VIEW_PETITIONS)
        with self.session.db.transaction() as s:
            others = [o for o in PetitionsRepo(s).listed(PetitionFilter(last=p.received_on))
                      if o.id != p.id and self._visible(o, scope)]
        out: list[RepeatSuggestion] = []
        residents = {x.resident_id for x in p.petitioners if x.resident_id is not None}
        numbers = {x.id_number for x in p.petitioners if x.id_number and "*" not in x.id_number}
        names = {x.name for x in p.petitioners if x.name}
        phones = {x.phone for x in p.petitioners if x.phone and "*" not in x.phone}
        for o in others:
            if o.received_on == p.received_on and p.id is not None and o.id is not None and o.id > p.id:
                continue
            why = []
            same_subject = o.subject_id == p.subject_id
            person = any(x.resident_id in residents or x.id_number in numbers
                         or (x.name in names and (x.phone in phones or same_subject)) for x in o.petitioners)
            if person:
                why.append("petition.why.same_person")
            alike = difflib.SequenceMatcher(None, o.summary[:300], p.summary[:300]).ratio() >= 0.6 if p.summary else False
            if same_subject and ((p.respondent and o.respondent == p.respondent) or alike):
                why.append("petition.why.same_matter")
            if why:
                out.append(RepeatSuggestion(o.id, o.number, o.received_on, o.summary[:80], tuple(why)))
        out.sort(key=lambda r: (-len(r.why), -r.received_on.toordinal(), -r.petition_id))
        return out[:max(0, min(limit, 50))]

    @rule(Permission.PETITIONS)
    def link_repeat(self, petition_id: int, version: int, earlier_id: int | None) -> Changes:
        """Confirm (or with None undo) that this petition repeats an earlier one: not itself, not a
        later one, and never round in a circle."""
        check_id(petition_id, "petition.gone")
        with self.session.write(Action.WRITE.value, f"petition:{petition_id}",
                                f"重复 {earlier_id if earlier_id is not None else '-'}") as s:
            repo = PetitionsRepo(s)
            row = repo.row(petition_id)
            if row is None:
                raise NotFound("petition.gone")
            if not self._visible(repo.get(petition_id), grid_scope(self.session, Permission.PETITIONS)):
                refuse_outside(self.session, f"petition:{petition_id}")
            if row.version != version:
                raise Conflict("petition.changed")
            if earlier_id is not None:
                self._check_repeat(repo, petition_id, row.received_on, earlier_id)
            row.repeat_of = earlier_id
            row.version += 1
        return Changes("petitions", (petition_id,))

    # -- cases ------------------------------------------------------------------------------------
    @rule(Permission.PETITIONS)
    def to_case(self, petition_id: int, category_id: int, title: str = "",
                kind: WorkKind = WorkKind.COORDINATION) -> int:
        """转为事件: a reported case with the petition's facts (its petitioners as the people
        concerned, its number in the description), linked both ways; the new case's id."""
        from .cases import CasesService

        p = self._get(petition_id, Permission.PETITIONS)
        if p.case_id is not None:
            raise ValidationError("case", "petition.case_taken", number=p.case_number)
        if p.state is PetitionState.REFUSED:
            raise ValidationError("state", "petition.refused_no_case")
        title = clean_text(title, 100_000, "title")
        if len(title) > 128:
            raise ValidationError("title", "invalid.too_long", limit=128, length=len(title))
        # a title not typed is the matter's first words (the summary stays whole in the description)
        title = title or f"{p.subject}：{p.summary}"[:60]
        # the summary (2000) and the request (1000) with the number fit the case's 4000 whole
        description = f"信访件 {p.number}（{p.received_on:%Y-%m-%d}）：{p.summary}"
        if p.request:
            description += f"\n诉求：{p.request}"
        def link(s, case_id: int) -> None:
            # in the case's own write: two windows turning the same petition into a case at once
            # make one case, and the second is refused whole (no case left without its petition)
            row = PetitionsRepo(s).row(petition_id)
            if row.case_id is not None:
                raise Conflict("petition.case_taken_meanwhile")
            row.case_id = case_id
            row.version += 1
            self.session.audit_repo(s).append(self.session.now_iso(), self.session.account.username,
                                              Action.WRITE.value, f"petition:{petition_id}", f"→ case {case_id}")

        return int(CasesService(self.session).report(CaseReport(
            title, category_id, kind, _CHANNEL[p.form], local_dt(self.session.clock()).replace(microsecond=0),
            grid_code=p.grid_code, reporter=p.petitioners[0].name if p.petitioners else "",
            description=description, people=tuple((x.resident_id, x.name) for x in p.petitioners[:20])),
            within=link).ids[0])

    @rule(Permission.PETITIONS)
    def link_case(self, petition_id: int, version: int, case_id: int | None) -> Changes:
        """Link the petition to an existing case (or with None undo the link)."""
        check_id(petition_id, "petition.gone")
        if case_id is not None:
            check_id(case_id, "case.not_found")
        with self.session.write(Action.WRITE.value, f"petition:{petition_id}", f"case {case_id}") as s:
            repo = PetitionsRepo(s)
            row = repo.row(petition_id)
            if row is None:
                raise NotFound("petition.gone")
            if row.version != version:
                raise Conflict("petition.changed")
            if case_id is not None:
                if row.state == PetitionState.REFUSED.value:  # as to_case: a petition not accepted follows no case
                    raise ValidationError("state", "petition.refused_no_case")
                if repo.case_exists(case_id) is None:
                    raise NotFound("case.not_found")
                grid = repo.case_grid(case_id)
                scope = grid_scope(self.session, Permission.VIEW_CASES)
                if scope is not None and not inside(grid, scope):
                    refuse_outside(self.session, f"case:{case_id}")
            row.case_id = case_id
            row.version += 1
        return Changes("petitions", (petition_id,))

    # -- the printed register ---------------------------------------------------------------------
    @rule(Permission.VIEW_PETITIONS)
    def register_data(self, month: str):
        """信访登记台账 of a month as plain data for the printout (petitioners masked)."""
        from ..printing.petition_register import RegisterData, RegisterRow
        from .meeting_figures import month_bounds

        shown = str(month)[:40]  # the words typed, not a pasted page of them, in the refusal
        try:
            first, last = month_bounds(month)
        except (ValueError, TypeError):
            raise ValidationError("month", "petition.bad_month", value=shown) from None
        if first < EARLIEST:
            raise ValidationError("month", "petition.bad_month", value=shown)
        if first > self.today():  # a month not begun has no register yet
            raise ValidationError("month", "petition.month_future", value=shown)
        found = sorted(self.listed(PetitionFilter(first=first, last=last)), key=lambda p: (p.received_on, p.number))
        form_words = {"letter": "来信", "call": "来电", "visit": "来访", "online": "网上"}
        state_words = {"registered": "登记", "accepted": "受理", "refused": "不予受理", "in_progress": "办理中",
                       "answered": "已答复", "closed": "办结"}
        today = self.today()
        rows = tuple(RegisterRow(
            p.number, f"{p.received_on:%m-%d}", form_words[p.form.value], str(p.people),
            "、".join(f"{x.name} {x.phone}".strip() for x in p.petitioners), p.subject, p.purpose, p.summary,
            p.respondent, p.repeat_number, p.answer, f"{p.answered_on:%m-%d}" if p.answered_on else "",
            state_words[p.state.value] + ("（超期）" if p.overdue(today) else ""), p.case_number) for p in found)
        centre = self.session.centre
        return RegisterData(centre.village_name, month, rows, f"{local_dt(self.session.clock()):%Y-%m-%d}")

    @rule(Permission.VIEW_PETITIONS)
    def print_register(self, month: str, out, record: bool = True) -> int:
        """信访登记台账 as a PDF (A4 landscape); pages written; audited when recorded."""
        from ..printing.petition_register import write_register
        from .print_files import written_on_record
        from .printouts import PrintService, out_name

        self.session.require(Permission.PRINT)
        data = self.register_data(month)
        font = PrintService(self.session).font_file()
        on_record = (lambda failed: self.session.record(
            Action.PRINT.value, f"petitions {data.month}",
            f"信访登记台账 {len(data.rows)} → {out_name(out)}{failed}")) if record else None
        return written_on_record(out, lambda target: write_register(data, target, font), on_record)
