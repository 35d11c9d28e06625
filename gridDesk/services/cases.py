"""Cases through the six-step loop: intake, each allowed step with who/when/what, the clock in
working days, extensions approved by the director, and the second of two editors told."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from ..domain.accounts import Permission
from ..domain.catalogue import Message, Word
from ..domain.rules import step_permission, step_refusal_message
from ..domain.attachments import NewAttachment
from ..domain.case_approvals import next_stage, refused_at
from ..domain.audit import Action
from ..domain.case_records import CaseReport, CaseView, Category
from ..domain.case_flows import (CLOSURE_WORDS, HANDOVER_WORDS, SATISFACTION, SELF_SOLVE_CLOSURES, ClosureFigures,
                                 ClosureType, HandoverChannel, closure_figures)
from ..domain.case_inputs import (ApproveExtensionInput, AssignInput, CloseInput, EscalateInput, ExtensionInput,
                                  FileInput, OutcomeInput, ResubmitInput, RevisitInput, SelfSolveInput, StepInput)
from ..domain.cases import (ACTION_WORDS, KIND_WORDS, CaseAction, CaseFacts, CaseState, StepOffer,
                            TransitionRefused, WorkKind, check_action, check_event_time, flow_refusal, offered_steps)
from ..domain.errors import Conflict, GridDeskError, NotFound, PermissionDenied, ValidationError
from ..domain.resident_rules import clean_text
from ..domain.workdays import CalendarEntry, WorkCalendar, clock_state
from ..domain.next_step import StepPlan, next_step
from ..domain.certification import CertAct
from ..storage.case_approvals_repo import CaseApprovalsRepo
from ..storage.cases_repo import CasesRepo
from ..storage.team_repo import TeamRepo
from ..storage.work_calendar_repo import WorkCalendarRepo
from . import certification
from .guard import rule
from .attachments import checked, store
from .clock import local_dt
from .people_names import names_for_print
from .roster_scope import grid_scope, inside, refuse_outside, require_grids
from .task_types import admitted_task, keep_task, with_task
from .escalations import escalations_on_list, record_escalation, with_escalations
from .session import Changes, UserSession
from .work_calendar import build_calendar, retime_open_cases

if TYPE_CHECKING:
    from ..printing.escalation_slip import EscalationSlip

OPEN_STATES = (CaseState.REPORTED, CaseState.FILED, CaseState.ASSIGNED, CaseState.IN_PROGRESS,
               CaseState.ESCALATED, CaseState.RETURNED, CaseState.FEEDBACK)


class CasesService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _now(self) -> datetime:
        return local_dt(self.session.clock())

    @cached_property
    def calendar(self) -> WorkCalendar:
        with self.session.db.transaction() as s:
            return build_calendar(CasesRepo(s), WorkCalendarRepo(s), self._now().date())

    @rule(None, "drops a cache of this instance; reads and writes nothing")
    def forget_calendar(self) -> None:
        """Drop the cached calendar (its days changed elsewhere); the next use reads it afresh."""
        self.__dict__.pop("calendar", None)

    @rule(Permission.VIEW_CASES)
    def categories(self) -> list[Category]:
        with self.session.db.transaction() as s:
            return CasesRepo(s).categories()

    # -- the director's lists ------------------------------------------------------------------
    @rule(Permission.EDIT_RULES)
    def save_category(self, category_id: int | None, name: str, parent_id: int | None, limit_days: int) -> Changes:
        """Add or rename a category and set its time limit (working days, filing to closing)."""
        name = clean_text(name, 32, "category")
        if not name:
            raise ValidationError("name", "case.category_name_required")
        if not 0 < limit_days <= 365:
            raise ValidationError("limit_days", "case.category_limit")
        with self.session.write(Action.SETTINGS_CHANGED.value, "case category", f"{name} {limit_days}") as s:
            new_id = CasesRepo(s).save_category(category_id, name, parent_id, limit_days)
        return Changes("categories", (new_id,))

    @rule(Permission.VIEW_CASES)
    def calendar_entries(self) -> list[CalendarEntry]:
        with self.session.db.transaction() as s:
            return CasesRepo(s).calendar_entries()

    @rule(Permission.EDIT_RULES)
    def set_calendar_day(self, day, kind: str | None, name: str = "") -> Changes:
        """A holiday or an adjusted working day the library does not know yet (None removes it)."""
        if kind not in (None, "holiday", "workday"):
            raise ValidationError("kind", "case.calendar_kind")
        name = clean_text(name, 32, "calendar")
        today = self._now().date()
        # One use case, one commit: the day, the open cases' due dates moved onto the new calendar
        # (their working-day allowance kept), and one audit row saying which moved.
        with self.session.db.transaction(writes=True) as s:
            repo, years = CasesRepo(s), WorkCalendarRepo(s)
            old = build_calendar(repo, years, today)
            repo.set_calendar_day(day, kind, name)
            s.flush()
            moved = retime_open_cases(s, old, build_calendar(repo, years, today), OPEN_STATES)
            detail = f"{day} {kind or 'removed'}; {len(moved)} open cases re-timed {' '.join(moved[:50])}".strip()
            self.session.audit_repo(s).append(self.session.now_iso(), self.session.account.username,
                                              Action.SETTINGS_CHANGED.value, "calendar", detail)
        self.__dict__.pop("calendar", None)  # the cached calendar is rebuilt on next use
        return Changes("calendar", (str(day),), moved=len(moved))

    # -- intake ------------------------------------------------------------------------------
    @rule(Permission.CASE_REPORT)
    def report(self, report: CaseReport, attachments: Sequence[NewAttachment] = (),
               within: Callable[[object, int], None] | None = None) -> Changes:
        """问题上报: a new case with its number (village code, year, sequence), with its photos and documents.
        `within(s, case_id)` runs in the same write, so what made the case (a petition turned into
        it) is linked in one transaction or not at all."""
        files = checked(attachments)
        title = clean_text(report.title, field="title")
        if not title:
            raise ValidationError("title", "case.title_required")
        if grid_scope(self.session, Permission.CASE_REPORT) is not None:
            if not report.grid_code:  # else the member could not see what they reported
                raise ValidationError("grid_code", "case.grid_required")
            require_grids(self.session, [report.grid_code], Permission.CASE_REPORT, what=f"case report {report.grid_code}")
        now = self._now()
        if report.reported_at > now + timedelta(minutes=5):
            raise ValidationError("reported_at", "case.reported_future")
        # Whole seconds, as the clock's "now" is: a step taken in the same second must not look earlier.
        report = replace(report, reported_at=report.reported_at.replace(microsecond=0),
                         title=title, description=clean_text(report.description, 4000, "description", multiline=True),
                         place=clean_text(report.place, field="place"),
                         reporter=clean_text(report.reporter, 64, "reporter"),
                         people=self._people(report.people))
        prefix = f"{self.session.centre.division_code}-{report.reported_at.year}-"
        calendar = self.calendar if report.work_kind is WorkKind.EMERGENCY else None  # read before the write
        task = admitted_task(self.session, report)  # 准入清单: a township task names its type (RULES.md)
        with self.session.write(Action.WRITE.value, "case", f"report {title}") as s:
            repo = CasesRepo(s)
            if not any(c.id == report.category_id for c in repo.categories()):
                raise ValidationError("category_id", "case.category_required")
            number = repo.next_number(prefix)
            case_id = repo.insert(number, report, CaseState.REPORTED, now)
            if calendar is not None:  # an emergency's clock starts at the report, not at filing
                row = repo.row(case_id)
                row.due_at = self._due(repo, row, report.reported_at, calendar)
            keep_task(s, case_id, task)
            event = repo.add_event(case_id, report.reported_at, self.session.account.username, "report",
                                   CaseState.REPORTED, CaseState.REPORTED, report.description[:200])
            store(s, self.session, "case", case_id, files, event)
            if within is not None:
                within(s, case_id)
        return Changes("cases", (case_id,))

    def _people(self, people) -> tuple[tuple[int | None, str], ...]:
        """当事人 cleaned as every field is (they are printed on the slip and the case file); a
        resident linked by id exists and is within the account's reach."""
        out = [(rid, name) for rid, raw in people if (name := clean_text(raw, 32, "people"))]
        ids = [rid for rid, _name in out if rid is not None]
        if ids:
            from ..storage.residents_repo import ResidentsRepo

            with self.session.db.transaction() as s:
                found = {i: ResidentsRepo(s).get(i) for i in ids}
            if any(r is None for r in found.values()):
                raise NotFound("case.person_gone")
            scope = grid_scope(self.session)
            outside = [i for i, r in found.items() if not inside(r.grid_code, scope)]
            if outside:
                refuse_outside(self.session, f"case people resident:{outside[0]}")
        return tuple(out)

    # -- steps -------------------------------------------------------------------------------
    @rule(Permission.VIEW_CASES)
    def act(self, case_id: int, version: int, step: StepInput) -> Changes:
        """One step (its typed input, domain/case_inputs.py), with who, when, what and its
        attachments; only what the state and the work kind's flow allow, and only what the rules
        table gives this account on this case (RULES.md). An AssignInput goes to a team member
        (who must hold a valid certificate unless the director gives `cert_override`, a reason)
        or to a village body (words); an EscalateInput names its channel (HandoverChannel) and
        who took it at the township; closing and 自办自结 name the closure (ClosureType)."""
        if not isinstance(step, StepInput):
            raise TypeError(f"a case step is a StepInput, not {type(step).__name__}")
        action = step.action
        self._require_step(case_id, action)
        override = (certification.ask_override(self.session, step.cert_override)
                    if isinstance(step, AssignInput) else "")
        files = checked(step.attachments)
        now = self._now()
        at = step.at or now
        calendar = self.calendar  # read before the write (its first use opens a transaction)
        with self.session.write(Action.WRITE.value, f"case:{case_id}", action.value) as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                raise NotFound("case.not_found")
            if row.version != version:
                raise Conflict("case.changed")
            state = CaseState(row.state)
            facts = self._facts(repo, row)
            target = check_action(facts, action, step.reason)
            missing = self._approval_missing_message(s, row, action)
            if missing is not None:
                raise TransitionRefused(missing.code, **missing.params)
            check_event_time(at, row.reported_at, now + timedelta(minutes=5))
            if isinstance(step, AssignInput):
                self._assign(s, row, clean_text(step.body, 64, "assignee"), step.member_id, override)
            detail = clean_text(step.detail, 2000, "detail", multiline=True)
            result = clean_text(step.result, 4000, "result", multiline=True) if isinstance(step, OutcomeInput) else ""
            self._apply(repo, row, step, at, calendar, detail=detail, result=result)
            handover = None
            if isinstance(step, EscalateInput):
                handover = _handover(step.channel, clean_text(step.taken_by, 64, "taken_by"))
                # The timeline, the slip and the archive read the hand-over in the step's own words.
                detail = "；".join(filter(None, (f"上报方式：{HANDOVER_WORDS[handover[0]]}，接收人：{handover[1]}",
                                                 detail)))
            row.state = target.value
            row.version += 1
            row.updated_at = now
            said = detail or result or (row.assignee if isinstance(step, AssignInput) else "") or \
                (step.satisfaction if isinstance(step, RevisitInput) else "")
            event = repo.add_event(case_id, at, self.session.account.username, action.value, state, target,
                                   clean_text(said, 2000, "detail", multiline=True))
            if handover is not None:
                repo.add_handover(case_id, event, *handover)
            store(s, self.session, "case", case_id, files, event)
            if isinstance(step, EscalateInput):  # its 上报件 leaves in the next archive batch
                record_escalation(s, case_id, event, step, at, clean_text(step.detail, 2000, "detail", multiline=True))
        # One use case, one commit: the case file of a close is made by its own follow-up step
        # (CasePrintouts.make_case_file; the UI runs it off the UI thread and offers it again when
        # it fails), and in any case when the file is printed or the case is archived.
        return Changes("cases", (case_id,))

    def _assign(self, s, row, text: str, member_id: int | None, override: str) -> None:
        """To a person of the team (by id, 持证上岗 checked) or to a village body (words)."""
        team = TeamRepo(s).all()
        if member_id is not None:
            member = next((t for t in team if t.id == member_id), None)
            if member is None:
                raise TransitionRefused("case.assignee_gone")
            name = member.member.name
            if certification.clear(self.session, s, member_id, name, CertAct.ASSIGN, override):
                certification.record(self.session, s, member_id, name, CertAct.ASSIGN, f"case:{row.id}", override)
            row.assignee, row.assignee_member_id = name, member_id
            return
        if not text:
            raise TransitionRefused("case.assignee_required")
        # A person typed as words would escape both "assigned to me" and 持证上岗: people are chosen.
        named = next((t.member.name for t in team if len(t.member.name) >= 2 and t.member.name in text), None)
        if named:
            raise TransitionRefused("case.assignee_is_member", text=text, name=named)
        row.assignee, row.assignee_member_id = text, None

    def _facts(self, repo: CasesRepo, row) -> CaseFacts:
        done = repo.actions_taken(row.id)
        return CaseFacts(CaseState(row.state), bool(row.result), row.revisited_at is not None, row.extension_requested,
                         WorkKind(row.work_kind), escalated=CaseAction.ESCALATE.value in done,
                         township_solved=CaseAction.TOWNSHIP_SOLVED.value in done,
                         township_instructed=CaseAction.TOWNSHIP_INSTRUCTS.value in done)

    def _apply(self, repo: CasesRepo, row, step: StepInput, at: datetime, calendar: WorkCalendar, *, detail: str,
               result: str) -> None:
        """What the step writes on the case besides its state: by the input's type."""
        if isinstance(step, (CloseInput, SelfSolveInput)):
            closure = step.closure
            if closure not in CLOSURE_WORDS:
                raise TransitionRefused("case.closure_required",
                                        closures=[Word(f"case.closure.{c}") for c in CLOSURE_WORDS])
            if isinstance(step, SelfSolveInput) and ClosureType(closure) not in SELF_SOLVE_CLOSURES:
                first, second = SELF_SOLVE_CLOSURES
                raise TransitionRefused("case.self_solve_closure", first=Word(f"case.closure.{first.value}"),
                                        second=Word(f"case.closure.{second.value}"))
            row.closure_type = ClosureType(closure).value
        if isinstance(step, (FileInput, ResubmitInput)):
            row.due_at = self._due(repo, row, at, calendar)
        elif isinstance(step, ExtensionInput):
            if step.days <= 0:
                raise TransitionRefused("case.extension_days")
            if step.days > 365:  # as a category's own limit; the approval counts day by day
                raise TransitionRefused("case.extension_max")
            row.extension_requested, row.extension_days = True, step.days
        elif isinstance(step, ApproveExtensionInput):
            base = row.due_at or at
            row.due_at = calendar.add_working_days(base, row.extension_days)
            row.extension_requested = False
        elif isinstance(step, OutcomeInput):  # FEEDBACK, TOWNSHIP_SOLVED, SELF_SOLVE
            text = result or detail
            if not text:
                raise TransitionRefused("case.result_required")
            row.result = text
            if isinstance(step, SelfSolveInput):
                row.closed_at = at
        elif isinstance(step, RevisitInput):
            if step.satisfaction not in SATISFACTION:
                raise TransitionRefused("case.satisfaction_required")
            row.satisfaction, row.revisited_at = step.satisfaction, at
        elif isinstance(step, CloseInput):
            row.closed_at = at

    @rule(Permission.PRINT)
    def print_escalation_slip(self, case_id: int, out, step_label=lambda a: ACTION_WORDS.get(a, a),
                              kind_label=lambda k: KIND_WORDS[k.value], record: bool = True) -> None:
        """The upward report slip as a PDF (a file, or a buffer for the preview); audited when recorded."""
        from ..printing.escalation_slip import write_escalation_slip

        self.session.require(Permission.PRINT)
        slip = escalation_slip_data(self.session, self.get(case_id), step_label, kind_label)
        write_escalation_slip(slip, out)
        if record:
            self.session.record(Action.PRINT.value, f"case:{case_id} {slip.number}", "上报单")

    def _due(self, repo: CasesRepo, row, at: datetime, calendar: WorkCalendar) -> datetime:
        """The category's limit in working days from filing; for an emergency, from the report.

        An emergency is due at once in the sense of the town guide: its escalation to the township
        is the first step and is owed from the moment of the report (until it is recorded the case
        is red and first on every list, CaseView.awaiting_escalation). The case itself, like any
        other, has its category's limit, which for an emergency starts at the report: that is
        "its limit", after which it is overdue and counted, escalated or not. A resubmitted
        emergency keeps the clock of its report.
        """
        limits = {c.id: c.limit_days for c in repo.categories()}
        start = row.reported_at if WorkKind(row.work_kind) is WorkKind.EMERGENCY else at
        return calendar.add_working_days(start, limits.get(row.category_id, 10))

    # -- reading -----------------------------------------------------------------------------
    @rule(Permission.VIEW_CASES)
    def get(self, case_id: int) -> CaseView:
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                raise NotFound("case.not_found")
            outside = not self._in_scope(repo, row)
            view = None if outside else with_escalations(s, with_task(s, repo.view(row)))
        if view is None:
            self._refuse_outside(case_id)
        return self._clocked(view)

    def _mine(self) -> int | None:
        """The team member this account belongs to: the cases assigned to that person are its."""
        return self.session.account.member_id

    def _in_grids(self, repo: CasesRepo, row) -> bool:
        grids = grid_scope(self.session, Permission.VIEW_CASES)
        return inside(repo.grid_code(row) or None, grids)  # a micro-grid is inside its grid

    def _assigned(self, row) -> bool:
        return row.assignee_member_id is not None and row.assignee_member_id == self._mine()

    def _in_scope(self, repo: CasesRepo, row) -> bool:
        """A grid member's account reaches the cases of its grids and those assigned to it (RULES.md)."""
        return self._in_grids(repo, row) or self._assigned(row)

    def _step_refusal(self, repo: CasesRepo, row, action: CaseAction) -> str:
        message = self._step_refusal_message(repo, row, action)
        return message.render() if message else ""

    def _step_refusal_message(self, repo: CasesRepo, row, action: CaseAction) -> Message | None:
        return step_refusal_message(self.session.account.role, action, WorkKind(row.work_kind),
                                    in_grids=self._in_grids(repo, row), assigned=self._assigned(row))

    @rule(Permission.VIEW_CASES)
    def steps(self, case_id: int) -> list[StepOffer]:
        """The steps the case's state allows, each with '' when this account may take it, or the
        reason it may not (the page greys those, with the reason on hover)."""
        return list(self.step_plan(case_id).offers)

    @rule(Permission.VIEW_CASES)
    def step_plan(self, case_id: int) -> StepPlan:
        """The steps (as `steps`) and which one the case waits for next (domain/next_step.py)."""
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                raise NotFound("case.not_found")
            if not self._in_scope(repo, row):
                inside = False
            else:
                inside = True
                facts = self._facts(repo, row)
                # The domain says which steps the case lists; not this account's says who may, this
                # account's but not yet says what comes first.
                out = StepPlan(next_step(facts), tuple(
                    StepOffer(action, self._step_refusal(repo, row, action) or flow_refusal(facts, action)
                              or self._approval_missing(s, row, action)) for action in offered_steps(facts)))
        if not inside:
            self._refuse_outside(case_id)
        return out

    def _approval_missing(self, s, row, action: CaseAction) -> str:
        """What closing a 需审批 matter still waits for, in Chinese ('' when nothing)."""
        message = self._approval_missing_message(s, row, action)
        return message.render() if message else ""

    def _approval_missing_message(self, s, row, action: CaseAction) -> Message | None:
        """What closing a 需审批 matter still waits for: its chain and notice, as a catalogue
        sentence (the words of domain/case_approvals.closing_refusal)."""
        if action is not CaseAction.CLOSE or WorkKind(row.work_kind) is not WorkKind.APPROVAL:
            return None
        repo = CaseApprovalsRepo(s)
        links, notice = repo.links(row.id), repo.notice(row.id)
        if refused_at(links) is not None:
            return None  # ended by procedure: the refusal and its document are the record
        stage = next_stage(links)
        if stage is not None:
            done = [Word(f"stage.{link.stage.value}") for link in links]
            return Message("case.approval_pending_after" if done else "case.approval_pending",
                           {"stage": Word(f"stage.{stage.value}"), **({"done": done} if done else {})})
        if notice is None:
            return Message("case.notice_missing")
        if self._now().date() <= notice.ends_on:
            return Message("case.notice_running", {"date": f"{notice.ends_on:%Y-%m-%d}"})
        return None

    def _require_step(self, case_id: int, action: CaseAction) -> None:
        """Before the step's transaction: the case in reach, and the step this account's to take.
        (The state is checked again inside it; this is who, not when.)"""
        why: Message | None = None
        permission = None
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                return  # NotFound, said by the step itself
            if not self._in_scope(repo, row):
                why = Message("permission.outside_grids")
            else:
                why = self._step_refusal_message(repo, row, action)
                permission = step_permission(action, WorkKind(row.work_kind))
        if why and permission is None:
            self._refuse_outside(case_id)
        if why:
            try:  # written down, like every refusal; the sentence says who may
                self.session.record(Action.PERMISSION_DENIED.value, f"case:{case_id}", permission.value)
            except GridDeskError:
                pass
            raise PermissionDenied(why.code, **why.params)

    def _refuse_outside(self, case_id: int) -> None:
        """Written down, and said without a word of the case itself."""
        try:
            self.session.record(Action.PERMISSION_DENIED.value, f"case:{case_id}", "outside the account's grids")
        except GridDeskError:
            pass
        raise PermissionDenied("permission.outside_grids")

    def _clocked(self, view: CaseView, now: datetime | None = None) -> CaseView:
        if view.state is CaseState.CLOSED:
            return view
        return replace(view, clock=clock_state(view.reported_at, view.due_at, now or self._now()),
                       due_estimated=self.calendar.is_estimate(view.due_at))

    @rule(Permission.VIEW_CASES)
    def list(self, states: list[CaseState] | None = None) -> list[CaseView]:
        """Overdue first, then by due time: the clock decides what comes to the top."""
        now = self._now()
        with self.session.db.transaction() as s:
            views = escalations_on_list(s, [self._clocked(v, now) for v in CasesRepo(s).list_views(
                states, grid_scope(self.session, Permission.VIEW_CASES), self._mine())])
        order = {"overdue": 0, "warning": 1, "ok": 2, "none": 3}
        return sorted(views, key=lambda v: (not v.awaiting_escalation, order[v.clock], v.due_at or datetime.max,
                                            v.reported_at))

    @rule(Permission.VIEW_CASES)
    def in_scope(self, scope: str) -> list[CaseView]:
        """The list behind a dashboard number: open, all, overdue, due_this_week, unescalated (emergencies
        not yet handed to the township), month:YYYY-MM or a state."""
        if scope in ("open", "overdue", "due_this_week", "unescalated"):
            views = self.list(list(OPEN_STATES))
            if scope == "overdue":
                return [v for v in views if v.clock == "overdue"]
            if scope == "unescalated":
                return [v for v in views if v.awaiting_escalation]
            if scope == "due_this_week":
                week_end = self._now() + timedelta(days=7)
                return [v for v in views if v.due_at and v.clock != "overdue" and v.due_at <= week_end]
            return views
        if scope == "all":
            return self.list(None)
        if scope.startswith("month:"):
            return [v for v in self.list(None) if f"{v.reported_at:%Y-%m}" == scope[6:]]
        return self.list([CaseState(scope)])

    @rule(Permission.VIEW_CASES)
    def counts(self) -> dict[str, int]:
        """The dashboard's figures, counted in the database (the list pages use summarise)."""
        now = self._now()
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            grids = grid_scope(self.session, Permission.VIEW_CASES)
            figures = repo.clock_counts(OPEN_STATES, now, now + timedelta(days=7), grids, self._mine())
            by_state = repo.count_by_state(grids, self._mine())
        return figures | {f"state:{k}": n for k, n in by_state.items()}

    @rule(None, why="sums the cases the caller already holds")
    def summarise(self, open_cases: list[CaseView]) -> dict[str, int]:
        """Open, overdue, warning and due-this-week among these open cases."""
        week_end = self._now() + timedelta(days=7)
        return {"open": len(open_cases), "overdue": sum(v.clock == "overdue" for v in open_cases),
                "warning": sum(v.clock == "warning" for v in open_cases),
                "due_this_week": sum(1 for v in open_cases if v.due_at and v.clock != "overdue"
                                     and v.due_at <= week_end),
                "emergencies_unescalated": sum(v.awaiting_escalation for v in open_cases)}

    @rule(Permission.VIEW_CASES)
    def closures(self, year: int | None = None) -> ClosureFigures:
        """The cases closed in a year (this one by default), by how they ended and by the
        resident's satisfaction at the revisit; over the account's scope."""
        year = year or self._now().year
        with self.session.db.transaction() as s:
            rows = CasesRepo(s).closures(datetime(year, 1, 1), datetime(year + 1, 1, 1),
                                         grid_scope(self.session, Permission.VIEW_CASES), self._mine())
        return closure_figures(year, rows)


def _handover(channel: str, taken_by: str) -> tuple[str, str]:
    if channel not in HANDOVER_WORDS:
        raise TransitionRefused("case.handover_channel", channels=[Word(f"case.handover.{c}") for c in HANDOVER_WORDS])
    if not taken_by:
        raise TransitionRefused("case.handover_taken_by")
    return HandoverChannel(channel).value, taken_by


def escalation_slip_data(session: UserSession, view: CaseView, step_label, kind_label) -> EscalationSlip:
    from ..printing.escalation_slip import EscalationSlip

    handovers = [e for e in view.events if e.action == CaseAction.ESCALATE.value]
    if not handovers:
        raise TransitionRefused("case.no_slip")
    last = handovers[-1]
    names = names_for_print(session)  # people as the township knows them, not their logins
    return EscalationSlip(
        session.centre.village_name, session.centre.township or "乡镇", view.number, view.title, view.category,
        kind_label(view.work_kind), f"{view.reported_at:%Y-%m-%d %H:%M}", view.place, "、".join(view.people),
        view.description, f"{last.detail}（{last.at:%Y-%m-%d %H:%M}，经办人：{names.person(last.account)}）",
        tuple((f"{e.at:%Y-%m-%d %H:%M}", step_label(e.action), e.detail) for e in view.events),
        names.person(session.account.username), f"{local_dt(session.clock()):%Y-%m-%d %H:%M}")
