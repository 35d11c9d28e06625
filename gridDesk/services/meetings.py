"""The monthly meeting (月例会): a draft the centre keeps editing, then minutes made final: the
month's figures frozen into them and the follow-ups marked as tasks made tasks, in one
transaction. A final meeting does not change again; its printed minutes read the same each time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.audit import Action
from ..domain.errors import Conflict, NotFound, ValidationError
from ..domain.meetings import FigureSection, Meeting, MeetingHeld, TaskSource, check_final, check_meeting
from ..domain.resident_rules import clean_text
from ..domain.rules import Permission
from ..printing.meeting_minutes import MinutesData
from ..storage.meetings_repo import MeetingsRepo
from ..storage.tasks_repo import TasksRepo
from ..storage.team_repo import TeamRepo
from .clock import local_dt
from .guard import rule
from .meeting_figures import month_bounds, month_figures
from .minutes_data import minutes_data
from .print_files import written
from .printouts import PrintService, out_name
from .session import Changes, UserSession


class MeetingsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(Permission.VIEW_ASSESSMENT)
    def of_year(self, year: int) -> list[Meeting]:
        with self.session.db.transaction() as s:
            return MeetingsRepo(s).of_year(year)

    @rule(Permission.VIEW_ASSESSMENT)
    def get(self, meeting_id: int) -> Meeting:
        with self.session.db.transaction() as s:
            found = MeetingsRepo(s).get(meeting_id)
        if found is None:
            raise NotFound("meeting.gone")
        return found

    @rule(Permission.VIEW_ASSESSMENT)
    def of_month(self, month: str) -> list[MeetingHeld]:
        """The month's meetings, by day."""
        first, last = _month(month)
        with self.session.db.transaction() as s:
            return MeetingsRepo(s).of_month(first, last)

    @rule(Permission.VIEW_ASSESSMENT)
    def held_this_month(self) -> bool:
        return bool(self.of_month(f"{self.today():%Y-%m}"))

    @rule(Permission.VIEW_ASSESSMENT)
    def figures(self, month: str) -> tuple[FigureSection, ...]:
        """The month's figures as the records stand now (a draft shows these; final minutes their own)."""
        _month(month)
        with self.session.db.transaction() as s:
            return month_figures(s, month, self.today())

    @rule(Permission.VIEW_ASSESSMENT)
    def shown_figures(self, meeting: Meeting) -> tuple[FigureSection, ...]:
        return meeting.figures if meeting.final else self.figures(meeting.month)

    @rule(Permission.MEETINGS)
    def save(self, m: Meeting) -> Changes:
        """A new meeting or a draft changed; a final meeting is refused, as is saving over a newer copy."""
        m = _cleaned(m)
        check_meeting(m, self.today())
        with self.session.write(Action.WRITE.value, f"meeting {m.held_on}", f"{m.place} | {m.host}") as s:
            repo = MeetingsRepo(s)
            if m.id is not None:
                before = repo.get(m.id)
                if before is None:
                    raise NotFound("meeting.gone")
                if before.final:
                    raise ValidationError("state", "meeting.final_locked")
                if before.version != m.version:
                    raise Conflict("meeting.changed")
            # a follow-up's owner is someone in post on the meeting's day (a member who had left
            # cannot be given the task; one appointed later is not yet on the team)
            serving = {t.id for t in TeamRepo(s).all(include_left=True)
                       if t.member.appointed_on <= m.held_on and (t.left_on is None or m.held_on < t.left_on)}
            for f in m.followups:
                if f.owner_id is not None and f.owner_id not in serving:
                    raise ValidationError("followups", "meeting.owner_not_on_team")
            meeting_id = repo.save(m, self.session.account.username, local_dt(self.session.clock()))
        return Changes("meetings", (meeting_id,))

    @rule(Permission.MEETINGS)
    def make_final(self, meeting_id: int) -> Changes:
        """The minutes made final: the month's figures frozen as they stand, each follow-up marked
        as a task made a task of its owner with its due day."""
        with self.session.write(Action.WRITE.value, f"meeting:{meeting_id}", "final") as s:
            repo = MeetingsRepo(s)
            m = repo.get(meeting_id)
            if m is None:
                raise NotFound("meeting.gone")
            if m.final:
                raise ValidationError("state", "meeting.final_locked")
            check_meeting(m, self.today())
            check_final(m)
            repo.finalise(meeting_id, month_figures(s, m.month, self.today()), self.session.now_iso())
            tasks = TasksRepo(s)
            # the title is the follow-up's first 200 characters, the details the whole of it; the
            # meeting it came from is the task's source (shown by its date), not words stored here
            made = [tasks.add(f.text[:200], f.text, f.owner_id, f.due_on, TaskSource.MEETING,
                              self.session.account.username, local_dt(self.session.clock()), meeting_id, f.id)
                    for f in m.followups if f.as_task and f.owner_id is not None and f.due_on is not None]
        return Changes("meetings", (meeting_id,), moved=len(made))

    @rule(Permission.MEETINGS)
    def delete_draft(self, meeting_id: int) -> Changes:
        """A draft entered by mistake; final minutes are kept."""
        with self.session.write(Action.WRITE.value, f"meeting:{meeting_id}", "deleted") as s:
            repo = MeetingsRepo(s)
            m = repo.get(meeting_id)
            if m is None:
                raise NotFound("meeting.gone")
            if m.final:
                raise ValidationError("state", "meeting.final_locked")
            repo.delete(meeting_id)
        return Changes("meetings", (meeting_id,))

    @rule(Permission.VIEW_ASSESSMENT)
    def minutes(self, meeting_id: int) -> MinutesData:
        """The minutes as plain data for the printout (final or draft: a draft prints marked so)."""
        m = self.get(meeting_id)
        return minutes_data(self.session.centre, m, self.shown_figures(m), f"{local_dt(self.session.clock()):%Y-%m-%d}")

    @rule(Permission.VIEW_ASSESSMENT)
    def print_minutes(self, meeting_id: int, out, record: bool = True) -> int:
        """会议纪要 as a PDF (a file, or a buffer for the preview); pages written; audited when recorded."""
        from ..printing.meeting_minutes import write_minutes

        self.session.require(Permission.PRINT)
        data = self.minutes(meeting_id)
        font = PrintService(self.session).font_file()
        pages = written(out, lambda target: write_minutes(data, target, font))
        if record:
            self.session.record(Action.PRINT.value, f"meeting:{meeting_id} {data.held_on}", f"会议纪要 → {out_name(out)}")
        return pages

    @rule(Permission.VIEW_ASSESSMENT)
    def the_one(self, month: str, day: date | None = None) -> int:
        """The meeting of a month (or of that day): refused when there is none, or several and no day."""
        held = self.of_month(month)
        if day is not None:
            held = [h for h in held if h.held_on == day]
        if not held:
            raise NotFound("meeting.none_in_month", month=month)
        if len(held) > 1:
            raise ValidationError("date", "meeting.several_in_month", month=month,
                                  value=[f"{h.held_on:%Y-%m-%d}" for h in held])
        return held[0].id


def _month(month: str) -> tuple[date, date]:
    try:
        return month_bounds(month)
    except ValueError:
        raise ValidationError("month", "meeting.bad_month", value=month) from None


def _cleaned(m: Meeting) -> Meeting:
    return replace(
        m, place=clean_text(m.place, 64, "place"), host=clean_text(m.host, 32, "host"),
        recorder=clean_text(m.recorder, 32, "recorder"), topics=clean_text(m.topics, 2000, "topics", multiline=True),
        discussion=clean_text(m.discussion, 4000, "discussion", multiline=True),
        decisions=clean_text(m.decisions, 4000, "decisions", multiline=True),
        attendees=tuple(replace(a, name=clean_text(a.name, 32, "attendees")) for a in m.attendees),
        followups=tuple(replace(f, text=clean_text(f.text, 500, "followups", multiline=True)) for f in m.followups))
