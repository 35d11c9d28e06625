"""Cases through the six-step loop: intake, each allowed step with who/when/what, the clock in
working days, extensions approved by the director, and the second of two editors told."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from ..domain.accounts import Permission
from ..domain.rules import OUTSIDE_GRIDS, step_permission, step_refusal
from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.case_records import CaseReport, CaseView, Category
from ..domain.cases import (ACTION_WORDS, KIND_WORDS, TRANSITIONS, CaseAction, CaseFacts, CaseState, TransitionRefused,
                            WorkKind, check_action, check_event_time)
from ..domain.errors import Conflict, GridDeskError, NotFound, PermissionDenied, ValidationError
from ..domain.resident_rules import clean_text
from ..domain.workdays import WorkCalendar, clock_state
from ..storage.cases_repo import CasesRepo
from .guard import rule
from .attachments import checked, store
from .clock import local_dt
from .roster_scope import grid_scope
from .task_types import admitted_task, keep_task, with_task
from .session import Changes, UserSession

if TYPE_CHECKING:
    from ..printing.escalation_slip import EscalationSlip

SATISFACTION = ("满意", "基本满意", "不满意")
OPEN_STATES = (CaseState.REPORTED, CaseState.FILED, CaseState.ASSIGNED, CaseState.IN_PROGRESS,
               CaseState.ESCALATED, CaseState.RETURNED, CaseState.FEEDBACK)


def china_calendar(years: list[int], own: list[tuple]) -> WorkCalendar:
    """Statutory holidays and adjusted weekends from `holidays`, then the director's own entries."""
    import holidays

    cn = holidays.China(years=years)
    off, worked = set(cn), set(cn.weekend_workdays)
    for day, kind in own:
        (off if kind == "holiday" else worked).add(day)
        (worked if kind == "holiday" else off).discard(day)
    return WorkCalendar.of(off, worked)


class CasesService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _now(self) -> datetime:
        return local_dt(self.session.clock())

    @cached_property
    def calendar(self) -> WorkCalendar:
        year = self._now().year
        with self.session.db.transaction() as s:
            own = CasesRepo(s).calendar_days()
        return china_calendar([year - 1, year, year + 1], own)

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
            raise ValidationError("name", "请填写类别名称。")
        if not 0 < limit_days <= 365:
            raise ValidationError("limit_days", "办理时限应为 1 到 365 个工作日。")
        with self.session.write(Action.SETTINGS_CHANGED.value, "case category", f"{name} {limit_days}") as s:
            new_id = CasesRepo(s).save_category(category_id, name, parent_id, limit_days)
        return Changes("categories", (new_id,))

    @rule(Permission.VIEW_CASES)
    def calendar_entries(self) -> list[tuple]:
        with self.session.db.transaction() as s:
            return CasesRepo(s).calendar_entries()

    @rule(Permission.EDIT_RULES)
    def set_calendar_day(self, day, kind: str | None, name: str = "") -> Changes:
        """A holiday or an adjusted working day the library does not know yet (None removes it)."""
        if kind not in (None, "holiday", "workday"):
            raise ValidationError("kind", "只能是 放假 或 调休上班。")
        with self.session.write(Action.SETTINGS_CHANGED.value, "calendar", f"{day} {kind or 'removed'}") as s:
            CasesRepo(s).set_calendar_day(day, kind, clean_text(name, 32, "calendar"))
        self.__dict__.pop("calendar", None)  # the cached calendar is rebuilt on next use
        return Changes("calendar", (str(day),))

    # -- intake ------------------------------------------------------------------------------
    @rule(Permission.CASE_REPORT)
    def report(self, report: CaseReport, attachments: Sequence[NewAttachment] = ()) -> Changes:
        """问题上报: a new case with its number (village code, year, sequence), with its photos and documents."""
        files = checked(attachments)
        title = clean_text(report.title, field="title")
        if not title:
            raise ValidationError("title", "请用一句话写明是什么问题。")
        now = self._now()
        if report.reported_at > now + timedelta(minutes=5):
            raise ValidationError("reported_at", "上报时间不能晚于现在。")
        # Whole seconds, as the clock's "now" is: a step taken in the same second must not look earlier.
        report = replace(report, reported_at=report.reported_at.replace(microsecond=0),
                         title=title, description=clean_text(report.description, 4000, "description", multiline=True),
                         place=clean_text(report.place, field="place"),
                         reporter=clean_text(report.reporter, 64, "reporter"))
        prefix = f"{self.session.centre.division_code}-{report.reported_at.year}-"
        task = admitted_task(self.session, report)  # 准入清单: a township task names its type (RULES.md)
        with self.session.write(Action.WRITE.value, "case", f"report {title}") as s:
            repo = CasesRepo(s)
            if not any(c.id == report.category_id for c in repo.categories()):
                raise ValidationError("category_id", "请选择问题类别。")
            number = repo.next_number(prefix)
            case_id = repo.insert(number, report, CaseState.REPORTED, now)
            keep_task(s, case_id, task)
            event = repo.add_event(case_id, report.reported_at, self.session.account.username, "report",
                                   CaseState.REPORTED, CaseState.REPORTED, report.description[:200])
            store(s, self.session, "case", case_id, files, event)
        return Changes("cases", (case_id,))

    # -- steps -------------------------------------------------------------------------------
    @rule(Permission.VIEW_CASES)
    def act(self, case_id: int, action: CaseAction, version: int, *, detail: str = "", assignee: str = "",
            result: str = "", satisfaction: str = "", extension_days: int = 0,
            at: datetime | None = None, attachments: Sequence[NewAttachment] = ()) -> Changes:
        """One step, with who, when, what and its attachments; only what the state allows, and
        only what the rules table gives this account on this case (RULES.md)."""
        self._require_step(case_id, action)
        files = checked(attachments)
        now = self._now()
        at = at or now
        with self.session.write(Action.WRITE.value, f"case:{case_id}", action.value) as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                raise NotFound("找不到这个案件。")
            if row.version != version:
                raise Conflict("这个案件刚被别人改过。请刷新，看一下最新情况后再操作。")
            state = CaseState(row.state)
            kind = WorkKind(row.work_kind)
            facts = CaseFacts(state, bool(row.result), row.revisited_at is not None, row.extension_requested, kind)
            reason = detail or result
            target = check_action(facts, action, reason)
            check_event_time(at, row.reported_at, now + timedelta(minutes=5))
            self._apply(repo, row, action, at, detail=clean_text(detail, 2000, "detail", multiline=True),
                        assignee=clean_text(assignee, 64, "assignee"),
                        result=clean_text(result, 4000, "result", multiline=True), satisfaction=satisfaction,
                        extension_days=extension_days)
            row.state = target.value
            row.version += 1
            row.updated_at = now
            event = repo.add_event(case_id, at, self.session.account.username, action.value, state, target,
                                   clean_text(detail or result or assignee or satisfaction, 2000, "detail", multiline=True))
            store(s, self.session, "case", case_id, files, event)
        if target is CaseState.CLOSED:  # closing, self-solving, or a correction appended to a closed case
            from .case_printouts import keep_case_file  # printing loads only when a case is closed

            keep_case_file(self.session, case_id)
        return Changes("cases", (case_id,))

    def _apply(self, repo: CasesRepo, row, action: CaseAction, at: datetime, *, detail: str, assignee: str, result: str,
               satisfaction: str, extension_days: int) -> None:
        if action is CaseAction.FILE:
            row.due_at = self._due(repo, row, at)
        elif action is CaseAction.ASSIGN:
            if not assignee:
                raise TransitionRefused("请写明交给谁办理（网格员或村里的部门）。")
            row.assignee = assignee
        elif action is CaseAction.ESCALATE:
            if not detail:
                raise TransitionRefused("请写明交给乡镇的谁、何时、以什么方式（纸质、U盘、电话）。")
        elif action is CaseAction.REQUEST_EXTENSION:
            if extension_days <= 0:
                raise TransitionRefused("请写明需要延长几个工作日。")
            row.extension_requested, row.extension_days = True, extension_days
        elif action is CaseAction.APPROVE_EXTENSION:
            base = row.due_at or at
            row.due_at = self.calendar.add_working_days(base, row.extension_days)
            row.extension_requested = False
        elif action in (CaseAction.FEEDBACK, CaseAction.TOWNSHIP_SOLVED, CaseAction.SELF_SOLVE):
            text = result or detail
            if not text:
                raise TransitionRefused("请写明处理结果。")
            row.result = text
            if action is CaseAction.SELF_SOLVE:
                row.closed_at = at
        elif action is CaseAction.REVISIT:
            if satisfaction not in SATISFACTION:
                raise TransitionRefused("请选择当事人的满意度：满意、基本满意或不满意。")
            row.satisfaction, row.revisited_at = satisfaction, at
        elif action is CaseAction.CLOSE:
            row.closed_at = at
        elif action is CaseAction.RESUBMIT:
            row.due_at = self._due(repo, row, at)

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

    def _due(self, repo: CasesRepo, row, at: datetime) -> datetime:
        if WorkKind(row.work_kind) is WorkKind.EMERGENCY:
            return at  # emergencies are due at once
        limits = {c.id: c.limit_days for c in repo.categories()}
        return self.calendar.add_working_days(at, limits.get(row.category_id, 10))

    # -- reading -----------------------------------------------------------------------------
    @rule(Permission.VIEW_CASES)
    def get(self, case_id: int) -> CaseView:
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                raise NotFound("找不到这个案件。")
            outside = not self._in_scope(repo, row)
            view = None if outside else with_task(s, repo.view(row))
        if view is None:
            self._refuse_outside(case_id)
        return self._clocked(view)

    def _mine(self) -> tuple[str, ...]:
        """The names a case is assigned to this account by."""
        account = self.session.account
        return tuple({account.display_name, account.username} - {""})

    def _in_grids(self, repo: CasesRepo, row) -> bool:
        grids = grid_scope(self.session, Permission.VIEW_CASES)
        return grids is None or repo.grid_code(row) in grids

    def _assigned(self, row) -> bool:
        return bool(row.assignee) and row.assignee in self._mine()

    def _in_scope(self, repo: CasesRepo, row) -> bool:
        """A grid member's account reaches the cases of its grids and those assigned to it (RULES.md)."""
        return self._in_grids(repo, row) or self._assigned(row)

    def _step_refusal(self, repo: CasesRepo, row, action: CaseAction) -> str:
        return step_refusal(self.session.account.role, action, WorkKind(row.work_kind),
                            in_grids=self._in_grids(repo, row), assigned=self._assigned(row))

    @rule(Permission.VIEW_CASES)
    def steps(self, case_id: int) -> list[tuple[CaseAction, str]]:
        """The steps the case's state allows, each with '' when this account may take it, or the
        reason it may not (the page greys those, with the reason on hover)."""
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                raise NotFound("找不到这个案件。")
            if not self._in_scope(repo, row):
                inside = False
            else:
                inside = True
                state = CaseState(row.state)
                out = []
                for action, (states, _target) in TRANSITIONS.items():
                    if state not in states:
                        continue
                    if action is CaseAction.APPROVE_EXTENSION and not row.extension_requested:
                        continue
                    if action is CaseAction.SELF_SOLVE and WorkKind(row.work_kind) is not WorkKind.ORDINARY:
                        continue
                    out.append((action, self._step_refusal(repo, row, action)))
        if not inside:
            self._refuse_outside(case_id)
        return out

    def _require_step(self, case_id: int, action: CaseAction) -> None:
        """Before the step's transaction: the case in reach, and the step this account's to take.
        (The state is checked again inside it; this is who, not when.)"""
        why, permission = "", None
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                return  # NotFound, said by the step itself
            if not self._in_scope(repo, row):
                why = OUTSIDE_GRIDS
            else:
                why = self._step_refusal(repo, row, action)
                permission = step_permission(action, WorkKind(row.work_kind))
        if why and permission is None:
            self._refuse_outside(case_id)
        if why:
            try:  # written down, like every refusal; the sentence says who may
                self.session.record(Action.PERMISSION_DENIED.value, f"case:{case_id}", permission.value)
            except GridDeskError:
                pass
            raise PermissionDenied(why)

    def _refuse_outside(self, case_id: int) -> None:
        """Written down, and said without a word of the case itself."""
        try:
            self.session.record(Action.PERMISSION_DENIED.value, f"case:{case_id}", "outside the account's grids")
        except GridDeskError:
            pass
        raise PermissionDenied(OUTSIDE_GRIDS)

    def _clocked(self, view: CaseView, now: datetime | None = None) -> CaseView:
        if view.state is CaseState.CLOSED:
            return view
        return replace(view, clock=clock_state(view.reported_at, view.due_at, now or self._now()))

    @rule(Permission.VIEW_CASES)
    def list(self, states: list[CaseState] | None = None) -> list[CaseView]:
        """Overdue first, then by due time: the clock decides what comes to the top."""
        now = self._now()
        with self.session.db.transaction() as s:
            views = [self._clocked(v, now) for v in CasesRepo(s).list_views(states, grid_scope(self.session, Permission.VIEW_CASES), self._mine())]
        order = {"overdue": 0, "warning": 1, "ok": 2, "none": 3}
        return sorted(views, key=lambda v: (order[v.clock], v.due_at or datetime.max, v.reported_at))

    @rule(Permission.VIEW_CASES)
    def in_scope(self, scope: str) -> list[CaseView]:
        """The list behind a dashboard number: open, all, overdue, due_this_week, month:YYYY-MM or a state."""
        if scope in ("open", "overdue", "due_this_week"):
            views = self.list(list(OPEN_STATES))
            if scope == "overdue":
                return [v for v in views if v.clock == "overdue"]
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
                                     and v.due_at <= week_end)}


def escalation_slip_data(session: UserSession, view: CaseView, step_label, kind_label) -> EscalationSlip:
    from ..printing.escalation_slip import EscalationSlip

    handovers = [e for e in view.events if e.action == CaseAction.ESCALATE.value]
    if not handovers:
        raise TransitionRefused("这个案件还没有上报乡镇，没有上报单可打印。")
    last = handovers[-1]
    return EscalationSlip(
        session.centre.village_name, session.centre.township or "乡镇", view.number, view.title, view.category,
        kind_label(view.work_kind), f"{view.reported_at:%Y-%m-%d %H:%M}", view.place, "、".join(view.people),
        view.description, f"{last.detail}（{last.at:%Y-%m-%d %H:%M}，经办：{last.account}）",
        tuple((f"{e.at:%Y-%m-%d %H:%M}", step_label(e.action), e.detail) for e in view.events),
        session.account.display_name, f"{local_dt(session.clock()):%Y-%m-%d %H:%M}")
