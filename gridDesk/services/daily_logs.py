"""民情日志 / 日反馈: a grid member's working day (town guide §7.1), the 网格长's sign-off, and
the working days with no entry, shown as missing.

The households of the day are the visit log's (that member's visits that day); the log holds
what visits do not: time slots and hours, where they went, problems found elsewhere by class,
what was solved on the spot and the cases reported. Sign-off: a 网格长 signs the days of the
members of their grids; a leader's own day is the centre's to sign, never their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.case_records import CaseReport
from ..domain.cases import Channel, WorkKind
from ..domain.certification import CertAct
from ..domain.daily_logs import (DayMark, DayVisit, LogDay, LogEntry, LogState, MemberMonth, ToSignOff,
                                 check_entry)
from ..domain.errors import NotFound, ValidationError
from ..domain.resident_rules import clean_text
from ..domain.roster import TeamRecord
from ..domain.rules import Permission, Scope
from ..domain.workdays import WorkCalendar
from ..storage.cases_repo import CasesRepo
from ..storage.daily_logs_repo import DailyLogsRepo
from ..storage.team_repo import TeamRepo
from ..storage.work_calendar_repo import WorkCalendarRepo
from . import certification
from .attachments import checked, store
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, refuse_outside, serves_inside
from .session import Changes, UserSession
from .work_calendar import build_calendar

OWNER = "log_day"  # attachments.owner of a day's photos


def in_post(member: TeamRecord, day: date) -> bool:
    return member.member.appointed_on <= day and (member.left_on is None or day < member.left_on)


def expected(member: TeamRecord, day: date, today: date, calendar: WorkCalendar) -> bool:
    """A day the member owes an entry for: a working day in post that is over (today is not
    missing until it has ended)."""
    return day < today and in_post(member, day) and calendar.is_working_day(day)


def mark_of(state: tuple[str, bool] | None, owed: bool) -> DayMark:
    if state is None:
        return DayMark.MISSING if owed else DayMark.OFF
    st, nothing = state
    if st == LogState.SIGNED.value:
        return DayMark.SIGNED
    if st == LogState.RETURNED.value:
        return DayMark.RETURNED
    return DayMark.NOTHING if nothing else DayMark.ENTERED


def last_working_day_before(day: date, calendar: WorkCalendar) -> date:
    day -= timedelta(days=1)
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def day_figures_and_calendar(s, first: date, last: date, today: date):
    """For the week's report, in its transaction: (member, day) -> (state, minutes, found, solved,
    reported, nothing to report), and the working-day calendar that says which days are owed."""
    repo = DailyLogsRepo(s)
    figures = repo.day_figures(first, last)
    states = repo.states(first, last)
    merged = {k: (*v, states[k][1]) for k, v in figures.items()}
    return merged, build_calendar(CasesRepo(s), WorkCalendarRepo(s), today)


class DailyLogsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    def _calendar(self, s) -> WorkCalendar:
        return build_calendar(CasesRepo(s), WorkCalendarRepo(s), self.today())

    def _team(self, s, permission: Permission) -> list[TeamRecord]:
        """The members whose logs this account reaches for `permission`: those serving its grids;
        a grid member's account without the review right reaches its own person only."""
        scope = grid_scope(self.session, permission)
        team = [t for t in TeamRepo(s).all(include_left=True) if serves_inside(t, scope)]
        if scope is not None and not self.session.may(Permission.REVIEW_LOGS):
            team = [t for t in team if t.id == self.session.account.member_id]
        return team

    def _member(self, s, member_id: int, permission: Permission) -> TeamRecord:
        record = next((t for t in TeamRepo(s).all(include_left=True) if t.id == member_id), None)
        if record is None:
            raise NotFound("daily_log.no_member")
        if record not in self._team(s, permission):
            refuse_outside(self.session, f"team:{member_id} daily log")
        return record

    # -- the people and a day ----------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def members(self) -> list[TeamRecord]:
        """The members in post whose days this account may see."""
        today = self.today()
        with self.session.db.transaction() as s:
            return [t for t in self._team(s, Permission.VIEW_ROSTER) if in_post(t, today)]

    @rule(Permission.VIEW_ROSTER)
    def day(self, member_id: int, day: date) -> tuple[LogDay | None, list[DayVisit]]:
        """The member's entry for the day (None when there is none) and their visits that day."""
        with self.session.db.transaction() as s:
            self._member(s, member_id, Permission.VIEW_ROSTER)
            repo = DailyLogsRepo(s)
            return repo.find(member_id, day), repo.visits_of(member_id, day)

    @rule(Permission.VIEW_ROSTER)
    def get(self, log_id: int) -> LogDay:
        with self.session.db.transaction() as s:
            found = DailyLogsRepo(s).get(log_id)
            if found is None:
                raise NotFound("daily_log.gone")
            self._member(s, found.entry.member_id, Permission.VIEW_ROSTER)
            return found

    # -- writing -------------------------------------------------------------------------------
    @rule(Permission.LOG_VISITS)
    def save(self, entry: LogEntry, attachments: Sequence[NewAttachment] = (), cert_override: str = "",
             seen: str | None = None) -> Changes:
        """Enter or correct a day, with its photos. A signed day is refused; a returned one goes
        back to the 网格长. 持证上岗 as for a visit: the director may let an uncertified member log.
        `seen` is the day's stamp when the dialog opened it ("" for a blank day): if someone has
        changed or signed it since, the save is refused rather than overwriting their work."""
        override = certification.ask_override(self.session, cert_override)
        files = checked(attachments)
        entry = LogEntry(entry.member_id, entry.day, tuple(entry.slots), clean_text(entry.places, 500, "places"),
                         tuple((c, int(n)) for c, n in entry.found if n), int(entry.solved_on_spot),
                         bool(entry.nothing_to_report), clean_text(entry.notes, 2000, "notes", multiline=True))
        with self.session.db.transaction() as s:
            member = self._member(s, entry.member_id, Permission.LOG_VISITS)
            old = DailyLogsRepo(s).find(entry.member_id, entry.day)
        if not in_post(member, entry.day):
            raise ValidationError("day", "daily_log.not_in_post", date=f"{entry.day:%Y-%m-%d}")
        self._still_open(old, seen)
        minutes = check_entry(entry, self.today(), len(old.case_ids) if old else 0)
        with self.session.write(Action.WRITE.value, f"team:{entry.member_id} daily log", f"{entry.day}") as s:
            # Checked again where it is written: a sign-off between the two reads would otherwise be
            # overwritten by a member's late save and the signed day reopened unseen.
            self._still_open(DailyLogsRepo(s).find(entry.member_id, entry.day), seen)
            excepted = certification.clear(self.session, s, member.id, member.member.name, CertAct.VISIT, override)
            log_id = DailyLogsRepo(s).save(entry, minutes, self.session.account.username,
                                           local_dt(self.session.clock()))
            if excepted:
                certification.record(self.session, s, member.id, member.member.name, CertAct.VISIT,
                                     f"log_day:{log_id}", override)
            store(s, self.session, OWNER, log_id, files)
        return Changes("daily_logs", (log_id,))

    @staticmethod
    def _still_open(day: LogDay | None, seen: str | None) -> None:
        if day is not None and day.state is LogState.SIGNED:
            raise ValidationError("day", "daily_log.signed")
        if seen is not None and (day.stamp if day else "") != seen:
            who = (day.reviewed_by if day and day.reviewed_at and day.reviewed_at > day.entered_at
                   else day.entered_by) if day else ""
            raise ValidationError("day", "daily_log.changed_meanwhile", who=who)

    def _open_for_cases(self, log_id: int) -> tuple[LogDay, TeamRecord]:
        with self.session.db.transaction() as s:
            found = DailyLogsRepo(s).get(log_id)
            if found is None:
                raise NotFound("daily_log.gone")
            member = self._member(s, found.entry.member_id, Permission.LOG_VISITS)
        if found.state is LogState.SIGNED:
            raise ValidationError("day", "daily_log.signed")
        room = found.found_total - found.entry.solved_on_spot - len(found.case_ids)
        if room <= 0:
            raise ValidationError("found", "daily_log.no_more_found", found=found.found_total)
        return found, member

    @rule(Permission.CASE_REPORT)
    def report_problem(self, log_id: int, category_id: int, title: str, description: str = "",
                       kind: WorkKind = WorkKind.ORDINARY) -> int:
        """A problem of the day reported (上报): a new case, the way a visit's finding becomes one,
        linked to the day. Returns the case id."""
        from .cases import CasesService

        day, member = self._open_for_cases(log_id)
        grid = member.member.grid_code or (member.grid_codes[0] if member.grid_codes else "")
        new_case = int(CasesService(self.session).report(CaseReport(
            title, category_id, kind, Channel.VISIT, local_dt(self.session.clock()), grid_code=grid,
            reporter=member.member.name, description=description)).ids[0])
        with self.session.write(Action.WRITE.value, f"log_day:{log_id}", f"reported → case {new_case}") as s:
            DailyLogsRepo(s).link_case(log_id, new_case)
        return new_case

    @rule(Permission.LOG_VISITS)
    def link_case(self, log_id: int, case_id: int) -> Changes:
        """A problem of the day reported earlier (a case already on record), linked to the day."""
        from .cases import CasesService

        day, member = self._open_for_cases(log_id)
        case = CasesService(self.session).get(case_id)  # refuses, on the record, a case out of reach
        if case_id in day.case_ids:
            raise ValidationError("case", "daily_log.case_taken")
        served = (*member.grid_codes, member.member.grid_code or "")
        if not any(c and (case.grid_code or "").startswith(c) for c in served) and case.assignee != member.member.name:
            raise ValidationError("case", "daily_log.case_elsewhere")
        with self.session.write(Action.WRITE.value, f"log_day:{log_id}", f"case {case_id}") as s:
            DailyLogsRepo(s).link_case(log_id, case_id)
        return Changes("daily_logs", (log_id,))

    # -- sign-off ------------------------------------------------------------------------------
    def _reviewable(self, log_id: int) -> LogDay:
        with self.session.db.transaction() as s:
            found = DailyLogsRepo(s).get(log_id)
            if found is None:
                raise NotFound("daily_log.gone")
            self._member(s, found.entry.member_id, Permission.REVIEW_LOGS)
        if found.entry.member_id == self.session.account.member_id:
            self.session.record(Action.PERMISSION_DENIED.value, f"log_day:{log_id}", "own day")
            raise ValidationError("day", "daily_log.own_day")
        return found

    @rule(Permission.REVIEW_LOGS)
    def sign_off(self, log_id: int) -> Changes:
        found = self._reviewable(log_id)
        if found.state is not LogState.SUBMITTED:
            raise ValidationError("day", "daily_log.not_submitted")
        if found.entered_by == self.session.account.username:
            # Four eyes: a 网格长 who typed a member's day in for them does not also sign it.
            self.session.record(Action.PERMISSION_DENIED.value, f"log_day:{log_id}", "signing own entry")
            raise ValidationError("day", "daily_log.own_entry")
        with self.session.write(Action.WRITE.value, f"log_day:{log_id}", "signed off") as s:
            DailyLogsRepo(s).set_state(log_id, LogState.SIGNED, self.session.account.username,
                                       local_dt(self.session.clock()))
        return Changes("daily_logs", (log_id,))

    @rule(Permission.REVIEW_LOGS)
    def return_day(self, log_id: int, reason: str) -> Changes:
        """Back to the member with the reason, to correct and resubmit. A signed day is reopened
        this way by the centre only: a 网格长 signs, and what is signed stands."""
        reason = clean_text(reason, 500, "reason", multiline=True)
        if not reason:
            raise ValidationError("reason", "daily_log.reason_required")
        found = self._reviewable(log_id)
        centre = self.session.require(Permission.REVIEW_LOGS) is Scope.ALL
        if not (found.state is LogState.SUBMITTED or (centre and found.state is LogState.SIGNED)):
            raise ValidationError("day", "daily_log.not_submitted")
        with self.session.write(Action.WRITE.value, f"log_day:{log_id}", f"returned: {reason}") as s:
            DailyLogsRepo(s).set_state(log_id, LogState.RETURNED, self.session.account.username,
                                       local_dt(self.session.clock()), reason)
        return Changes("daily_logs", (log_id,))

    @rule(Permission.REVIEW_LOGS)
    def to_sign_off(self) -> list[ToSignOff]:
        """The days waiting for this account's signature: its grids' members', never its own."""
        with self.session.db.transaction() as s:
            team = {t.id: t for t in self._team(s, Permission.REVIEW_LOGS)}
            rows = DailyLogsRepo(s).submitted()
        own = self.session.account.member_id
        return [ToSignOff(i, m, team[m].member.name, d, LogState.SUBMITTED, minutes, nothing)
                for i, m, d, minutes, nothing in rows if m in team and m != own]

    # -- the month, the period, yesterday ----------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def month(self, year: int, month: int) -> list[MemberMonth]:
        """Member × day of the month: entered / nothing to report / signed / returned / missing."""
        if not (1 <= month <= 12 and 1900 <= year <= 9999):
            raise ValidationError("month", "daily_log.bad_month", year=year, month=month)
        first = date(year, month, 1)
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        today = self.today()
        with self.session.db.transaction() as s:
            team = [t for t in self._team(s, Permission.VIEW_ROSTER)
                    if in_post(t, last) or any(in_post(t, first + timedelta(days=i)) for i in range(last.day))]
            states = DailyLogsRepo(s).states(first, last)
            calendar = self._calendar(s)
        days = [first + timedelta(days=i) for i in range(last.day)]
        return [MemberMonth(t.id, t.member.name,
                            tuple(mark_of(states.get((t.id, d)), expected(t, d, today, calendar)) for d in days))
                for t in team]

    @rule(Permission.VIEW_ROSTER)
    def completeness(self, start: date, end: date) -> dict[int, tuple[int, int]]:
        """member id -> (working days with an entry, working days owed) in the period, both ends
        included: the monthly meeting's and the assessment's log completeness. Days not yet over,
        before appointment or after leaving are owed by nobody."""
        if start > end:
            raise ValidationError("period", "daily_log.period")
        today = self.today()
        with self.session.db.transaction() as s:
            team = self._team(s, Permission.VIEW_ROSTER)
            entered = DailyLogsRepo(s).states(start, end)
            calendar = self._calendar(s)
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        out = {}
        for t in team:
            owed = [d for d in days if expected(t, d, today, calendar)]
            out[t.id] = (sum(1 for d in owed if (t.id, d) in entered), len(owed))
        return out

    @rule(Permission.VIEW_ROSTER)
    def missing_on_last_working_day(self) -> list[TeamRecord]:
        """Members in post with no entry for the last working day before today."""
        today = self.today()
        with self.session.db.transaction() as s:
            calendar = self._calendar(s)
            day = last_working_day_before(today, calendar)
            team = self._team(s, Permission.VIEW_ROSTER)
            states = DailyLogsRepo(s).states(day, day)
        return [t for t in team if t.left_on is None and in_post(t, day) and (t.id, day) not in states]


def daily_log_status(session: UserSession) -> dict[str, int]:
    """The two figures of `griddesk status` and the 工作台."""
    logs = DailyLogsService(session)
    waiting = len(logs.to_sign_off()) if session.may(Permission.REVIEW_LOGS) else 0
    return {"logs_missing_yesterday": len(logs.missing_on_last_working_day()), "logs_to_sign_off": waiting}
