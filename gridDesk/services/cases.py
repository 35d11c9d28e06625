"""Cases through the six-step loop: intake, each allowed step with who/when/what, the clock in
working days, extensions approved by the director, and the second of two editors told."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from ..domain.accounts import Permission, Role
from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.case_records import CaseReport, CaseView, Category
from ..domain.cases import (ACTION_WORDS, KIND_WORDS, CaseAction, CaseFacts, CaseState, TransitionRefused,
                            WorkKind, check_action, check_event_time)
from ..domain.errors import Conflict, GridDeskError, NotFound, PermissionDenied, ValidationError
from ..domain.resident_rules import clean_text
from ..domain.workdays import WorkCalendar, clock_state
from ..storage.cases_repo import CasesRepo
from .attachments import checked, store
from .clock import local_dt
from .roster_scope import grid_scope
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

    def categories(self) -> list[Category]:
        with self.session.db.transaction() as s:
            return CasesRepo(s).categories()

    # -- the director's lists ------------------------------------------------------------------
    def save_category(self, category_id: int | None, name: str, parent_id: int | None, limit_days: int) -> Changes:
        """Add or rename a category and set its time limit (working days, filing to closing)."""
        self.session.require(Permission.MANAGE_ACCOUNTS)
        name = clean_text(name, 32, "category")
        if not name:
            raise ValidationError("name", "请填写类别名称。")
        if not 0 < limit_days <= 365:
            raise ValidationError("limit_days", "办理时限应为 1 到 365 个工作日。")
        with self.session.write(Action.SETTINGS_CHANGED.value, "case category", f"{name} {limit_days}") as s:
            new_id = CasesRepo(s).save_category(category_id, name, parent_id, limit_days)
        return Changes("categories", (new_id,))

    def calendar_entries(self) -> list[tuple]:
        with self.session.db.transaction() as s:
            return CasesRepo(s).calendar_entries()

    def set_calendar_day(self, day, kind: str | None, name: str = "") -> Changes:
        """A holiday or an adjusted working day the library does not know yet (None removes it)."""
        self.session.require(Permission.MANAGE_ACCOUNTS)
        if kind not in (None, "holiday", "workday"):
            raise ValidationError("kind", "只能是 放假 或 调休上班。")
        with self.session.write(Action.SETTINGS_CHANGED.value, "calendar", f"{day} {kind or 'removed'}") as s:
            CasesRepo(s).set_calendar_day(day, kind, clean_text(name, 32, "calendar"))
        self.__dict__.pop("calendar", None)  # the cached calendar is rebuilt on next use
        return Changes("calendar", (str(day),))

    # -- intake ------------------------------------------------------------------------------
    def report(self, report: CaseReport, attachments: Sequence[NewAttachment] = ()) -> Changes:
        """问题上报: a new case with its number (village code, year, sequence), with its photos and documents."""
        self.session.require(Permission.EDIT_ROSTER)
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
        with self.session.write(Action.WRITE.value, "case", f"report {title}") as s:
            repo = CasesRepo(s)
            if not any(c.id == report.category_id for c in repo.categories()):
                raise ValidationError("category_id", "请选择问题类别。")
            number = repo.next_number(prefix)
            case_id = repo.insert(number, report, CaseState.REPORTED, now)
            event = repo.add_event(case_id, report.reported_at, self.session.account.username, "report",
                                   CaseState.REPORTED, CaseState.REPORTED, report.description[:200])
            store(s, self.session, "case", case_id, files, event)
        return Changes("cases", (case_id,))

    # -- steps -------------------------------------------------------------------------------
    def act(self, case_id: int, action: CaseAction, version: int, *, detail: str = "", assignee: str = "",
            result: str = "", satisfaction: str = "", extension_days: int = 0,
            at: datetime | None = None, attachments: Sequence[NewAttachment] = ()) -> Changes:
        """One step, with who, when, what and its attachments; only what the state allows."""
        self.session.require(Permission.EDIT_ROSTER)
        self._require_in_scope(case_id)
        files = checked(attachments)
        if action is CaseAction.APPROVE_EXTENSION and self.session.account.role is not Role.DIRECTOR:
            raise PermissionDenied("延期只能由主任批准。")
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
            facts = CaseFacts(state, bool(row.result), row.revisited_at is not None, row.extension_requested)
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
    def get(self, case_id: int) -> CaseView:
        self.session.require(Permission.VIEW_ROSTER)
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            if row is None:
                raise NotFound("找不到这个案件。")
            outside = not self._in_scope(repo, row)
            view = None if outside else repo.view(row)
        if view is None:
            self._refuse_outside(case_id)
        return self._clocked(view)

    def _in_scope(self, repo: CasesRepo, row) -> bool:
        """A grid member's account reaches only the cases of its grids (RULES.md)."""
        grids = grid_scope(self.session)
        return grids is None or repo.grid_code(row) in grids

    def _require_in_scope(self, case_id: int) -> None:
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            row = repo.row(case_id)
            inside = row is None or self._in_scope(repo, row)  # a missing case is NotFound later
        if not inside:
            self._refuse_outside(case_id)

    def _refuse_outside(self, case_id: int) -> None:
        """Written down, and said without a word of the case itself."""
        try:
            self.session.record(Action.PERMISSION_DENIED.value, f"case:{case_id}", "outside the account's grids")
        except GridDeskError:
            pass
        raise PermissionDenied("这个案件不在您负责的网格里，只有中心工作人员和主任可以查看和办理。")

    def _clocked(self, view: CaseView, now: datetime | None = None) -> CaseView:
        if view.state is CaseState.CLOSED:
            return view
        return replace(view, clock=clock_state(view.reported_at, view.due_at, now or self._now()))

    def list(self, states: list[CaseState] | None = None) -> list[CaseView]:
        """Overdue first, then by due time: the clock decides what comes to the top."""
        self.session.require(Permission.VIEW_ROSTER)
        now = self._now()
        with self.session.db.transaction() as s:
            views = [self._clocked(v, now) for v in CasesRepo(s).list_views(states, grid_scope(self.session))]
        order = {"overdue": 0, "warning": 1, "ok": 2, "none": 3}
        return sorted(views, key=lambda v: (order[v.clock], v.due_at or datetime.max, v.reported_at))

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

    def counts(self) -> dict[str, int]:
        """The dashboard's figures, counted in the database (the list pages use summarise)."""
        self.session.require(Permission.VIEW_ROSTER)
        now = self._now()
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            grids = grid_scope(self.session)
            figures = repo.clock_counts(OPEN_STATES, now, now + timedelta(days=7), grids)
            by_state = repo.count_by_state(grids)
        return figures | {f"state:{k}": n for k, n in by_state.items()}

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
