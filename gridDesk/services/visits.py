"""Visits: logging the weekly round, turning a finding into a case, and the coverage the rule
"every household of the grid at least once a week" asks to be shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..domain.accounts import Permission
from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.case_records import CaseReport
from ..domain.cases import Channel, WorkKind
from ..domain.certification import CertAct
from ..domain.errors import ValidationError
from ..domain.key_groups import KeyGroup, visible_groups
from ..domain.resident_rules import clean_text
from ..domain.visits import GridWeek, HouseholdToVisit, MemberWeek, OpenFinding, Visit, visit_frequencies, week_of
from ..storage.centre_repo import centre_set_up
from ..storage.grids_repo import GridsRepo
from ..storage.team_repo import TeamRepo
from ..storage.residents_repo import HouseholdsRepo
from ..storage.visit_frequencies_repo import VisitFrequenciesRepo
from ..storage.visits_repo import VisitsRepo, visit_log_rows
from . import certification
from .guard import rule
from .attachments import checked, store
from .cases import CasesService
from .clock import local_dt
from .daily_logs import day_figures_and_calendar, expected, mark_of
from .roster_scope import grid_scope, refuse_outside, require_grids, serves_inside
from .session import Changes, UserSession


@dataclass(frozen=True)
class DueVisit:
    resident_id: int
    name: str
    group: KeyGroup
    grid_code: str
    last_visit: date | None
    due_since: date


class VisitsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(Permission.LOG_VISITS)
    def log(self, visit: Visit, attachments: Sequence[NewAttachment] = (), cert_override: str = "") -> Changes:
        """A visit with its households, findings and photos, in one transaction. The visiting
        member must hold a valid certificate (持证上岗), unless the director gives `cert_override`."""
        override = certification.ask_override(self.session, cert_override)
        files = checked(attachments)
        if visit.visited_on > self.today():
            raise ValidationError("visited_on", "visits.future")
        if not visit.household_numbers:
            raise ValidationError("household_numbers", "visits.households_required")
        if visit.solved_on_spot < 0 or visit.solved_on_spot > len(visit.findings):
            raise ValidationError("solved_on_spot", "visits.solved_range")
        require_grids(self.session, [visit.grid_code], Permission.LOG_VISITS, what=f"visit {visit.grid_code}")
        visit = replace(visit, notes=clean_text(visit.notes, 2000, "notes", multiline=True),
                        companions=clean_text(visit.companions, field="companions"),
                        findings=tuple(replace(f, description=clean_text(f.description, 2000, "finding", multiline=True))
                                       for f in visit.findings))
        if grid_scope(self.session, Permission.LOG_VISITS) is not None:
            # A grid member's account logs the visits of those who serve its grids: the visit is that
            # member's work on record, and a refusal for 持证上岗 would name them.
            with self.session.db.transaction() as s:
                record = next((t for t in TeamRepo(s).all(include_left=True) if t.id == visit.member_id), None)
            if record is not None and not serves_inside(record, grid_scope(self.session, Permission.LOG_VISITS)):
                refuse_outside(self.session, f"team:{visit.member_id} visit")
        with self.session.write(Action.WRITE.value, f"visit {visit.grid_code}", str(visit.visited_on)) as s:
            grids = GridsRepo(s).ids()
            if visit.grid_code not in grids:
                raise ValidationError("grid_code", "visits.no_grid")
            households = HouseholdsRepo(s).by_numbers(visit.household_numbers)
            missing = [n for n in visit.household_numbers if n not in households]
            if missing:
                raise ValidationError("household_numbers", "visits.no_households", number=list(missing[:5]))
            elsewhere = [n for n, (_i, _a, code, _n) in households.items() if not code.startswith(visit.grid_code)]
            if elsewhere:
                raise ValidationError("household_numbers", "visits.households_elsewhere", number=list(elsewhere[:5]))
            name = next((t.member.name for t in TeamRepo(s).all(include_left=True) if t.id == visit.member_id), None)
            if name is None:
                raise ValidationError("member_id", "visits.no_member")
            excepted = certification.clear(self.session, s, visit.member_id, name, CertAct.VISIT, override)
            visit_id = VisitsRepo(s).insert(visit, grids[visit.grid_code], [h[0] for h in households.values()],
                                            self.session.account.username, local_dt(self.session.clock()))
            if excepted:
                certification.record(self.session, s, visit.member_id, name, CertAct.VISIT, f"visit:{visit_id}", override)
            store(s, self.session, "visit", visit_id, files)
        return Changes("visits", (visit_id,))

    @rule(Permission.CASE_REPORT)
    def finding_to_case(self, visit_id: int, finding_id: int, category_id: int, title: str,
                        kind: WorkKind = WorkKind.ORDINARY) -> int:
        """One action: the finding becomes a reported case, carrying its place and grid along."""
        with self.session.db.transaction() as s:
            exists = VisitsRepo(s).exists(visit_id)
            found = {f[0]: f for f in VisitsRepo(s).findings(visit_id)} if exists else {}
        if exists:  # the grid first: another grid's visit says nothing of its findings
            require_grids(self.session, [self._visit_meta(visit_id)[0]], what=f"visit:{visit_id}")
        if finding_id not in found:
            raise ValidationError("finding", "visits.no_finding")
        _fid, _cat, description, case_id = found[finding_id]
        if case_id is not None:
            raise ValidationError("finding", "visits.finding_taken")
        visit = self._visit_meta(visit_id)
        require_grids(self.session, [visit[0]], what=f"visit:{visit_id}")
        cases = CasesService(self.session)
        new_case = cases.report(CaseReport(title, category_id, kind, Channel.VISIT,
                                           local_dt(self.session.clock()), grid_code=visit[0],
                                           place=visit[1], reporter=self.session.account.display_name,
                                           description=description)).ids[0]
        with self.session.write(Action.WRITE.value, f"visit:{visit_id}", f"finding {finding_id} → case {new_case}") as s:
            VisitsRepo(s).link_case(finding_id, int(new_case))
        return int(new_case)

    @rule(Permission.VIEW_ROSTER)
    def open_findings(self) -> list[OpenFinding]:
        """What visits found and nobody has made into a case yet, within this account's grids."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            rows = VisitsRepo(s).open_findings()
        return [r for r in rows if scope is None or any(r.grid_code.startswith(c) for c in scope)]

    def _visit_meta(self, visit_id: int) -> tuple[str, str]:
        with self.session.db.transaction() as s:
            return VisitsRepo(s).meta(visit_id)

    @rule(Permission.VIEW_ROSTER)
    def matrix(self, weeks: int = 12) -> list[list[GridWeek]]:
        """Grid × week for the last `weeks` weeks (this week last): households visited of all. A
        centre younger than that shows the weeks since it was set up, and none before (a week the
        centre did not exist is no week it missed); a visit logged from before then (the paper book
        typed in) brings its week back."""
        this_week = week_of(self.today())
        first = this_week - timedelta(weeks=weeks - 1)
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            repo = VisitsRepo(s)
            began = [day for day in (centre_set_up(s), repo.first_visit_day()) if day is not None]
            if began:
                first = min(max(first, week_of(min(began))), this_week)
                weeks = (this_week - first).days // 7 + 1
            names = GridsRepo(s).names()
            ids = GridsRepo(s).ids()
            totals = repo.households_per_grid()
            seen = repo.visited_per_grid_week(first, this_week + timedelta(days=6))
        out = []
        for code, gid in sorted(ids.items()):
            if scope is not None and not any(code.startswith(c) for c in scope):
                continue
            if not totals.get(gid):
                continue
            out.append([GridWeek(code, names[code], first + timedelta(weeks=w), totals[gid],
                                 seen.get((gid, first + timedelta(weeks=w)), 0)) for w in range(weeks)])
        return out

    @rule(Permission.VIEW_ROSTER)
    def not_visited(self, grid_code: str, last_week: bool = False) -> list[HouseholdToVisit]:
        """Households of the grid not visited this week (or last week: carried forward)."""
        start = week_of(self.today()) - timedelta(weeks=1 if last_week else 0)
        require_grids(self.session, [grid_code], what=f"grid {grid_code} households")
        with self.session.db.transaction() as s:
            gid = GridsRepo(s).ids().get(grid_code)
            if gid is None:
                raise ValidationError("grid_code", "visits.no_grid")
            return VisitsRepo(s).unvisited(gid, start, start + timedelta(days=6))

    @rule(Permission.VIEW_ROSTER)
    def not_visited_first(self, grid_code: str) -> list[HouseholdToVisit]:
        """All the grid's households, the ones not yet visited this week first."""
        pending = self.not_visited(grid_code)
        with self.session.db.transaction() as s:
            gid = GridsRepo(s).ids()[grid_code]
            everyone = VisitsRepo(s).unvisited(gid, date.max, date.min)  # an empty window: all of them
        seen = {h.number for h in pending}
        return pending + [h for h in everyone if h.number not in seen]

    @rule(Permission.VIEW_ROSTER)
    def key_groups_due(self) -> list[DueVisit]:
        """Members of key groups whose visit frequency (the director's, Settings) has run out."""
        today = self.today()
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            every = {g: f.every_days for g, f in visit_frequencies(VisitFrequenciesRepo(s).own()).items()}
            allowed = [g for g in visible_groups(self.session.account.role) if every[g]]
            window = max((every[g] for g in allowed), default=0)
            rows = VisitsRepo(s).last_visits_of_tagged([g.value for g in allowed], today,
                                                       today - timedelta(days=window)) if allowed else []
        due = []
        for rid, name, kind, code, last in rows:
            if scope is not None and not any(code.startswith(c) for c in scope):
                continue
            group = KeyGroup(kind)
            if last is None or (today - last).days >= every[group]:
                # None: not visited within the longest frequency window, or never.
                next_due = (last + timedelta(days=every[group])) if last else today
                due.append(DueVisit(rid, name, group, code, last, next_due))
        return sorted(due, key=lambda d: (d.last_visit or date.min, d.name))

    @rule(Permission.EXPORT)
    def log_rows(self, after: date | None, until: date) -> list[list[object]]:
        """The whole village's visit log of a period, for the archive package (after `after`, up to
        `until`): the centre's, as the package is."""
        with self.session.db.transaction() as s:
            return visit_log_rows(s, after, until)

    @rule(Permission.VIEW_ROSTER)
    def week_report(self, week: date | None = None) -> list[MemberWeek]:
        """周汇报: each serving grid member's week (this week unless given), day by day (日反馈).
        Whoever reviews the logs (the centre; a 网格长 for its grids' members) sees each member's;
        a grid member's account sees its own person's week only."""
        first = week_of(week or self.today())
        last = first + timedelta(days=6)
        scope = grid_scope(self.session)
        own_only = not self.session.may(Permission.REVIEW_LOGS)
        with self.session.db.transaction() as s:
            team = TeamRepo(s).all(include_left=True)
            names = GridsRepo(s).names()
            repo = VisitsRepo(s)
            days = repo.member_days(first, last)
            totals = repo.member_totals(first, last)
            logs, calendar = day_figures_and_calendar(s, first, last, self.today())
        out = []
        for t in team:
            active = {m for m, _d in days}
            if t.left_on is not None and t.left_on < first and t.id not in active:
                continue
            if scope is not None and not any(g.startswith(c) for g in t.grid_codes for c in scope):
                continue
            if own_only and t.id != self.session.account.member_id:
                continue
            per_day = [days.get((t.id, first + timedelta(days=i)), (0, 0, 0)) for i in range(7)]
            households, findings, reported = totals.get(t.id, (0, 0, 0))
            week_days = [first + timedelta(days=i) for i in range(7)]
            logged = [logs.get((t.id, d)) for d in week_days]
            marks = tuple(mark_of((f[0], f[5]) if f else None, expected(t, d, self.today(), calendar)).value
                          for d, f in zip(week_days, logged))
            out.append(MemberWeek(t.id, t.member.name, tuple(names.get(g, g) for g in t.grid_codes), tuple(d[1] for d in per_day),
                                  sum(d[0] for d in per_day), households, findings,
                                  sum(d[2] for d in per_day), reported, marks,
                                  sum(f[1] for f in logged if f), sum(f[2] for f in logged if f),
                                  sum(f[3] for f in logged if f), sum(f[4] for f in logged if f),
                                  sum(1 for m in marks if m == "missing")))
        return out
