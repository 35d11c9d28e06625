"""The monthly meetings: writing a draft whole (attendees and follow-ups replaced with it),
freezing its figures when it is made final, and reading meetings back as domain records."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.meetings import Attendee, Capacity, FigureRow, FigureSection, FollowUp, Meeting, MeetingHeld, MeetingState
from .orm.meetings import MeetingAttendeeRow, MeetingFollowUpRow, MeetingRow, TaskRow
from .orm.roster import TeamMemberRow


def figures_json(sections: tuple[FigureSection, ...]) -> str:
    return json.dumps([{"key": sec.key, "rows": [[r.key, r.value, r.of] for r in sec.rows]} for sec in sections],
                      ensure_ascii=False)


def figures_from_json(text: str) -> tuple[FigureSection, ...]:
    if not text:
        return ()
    return tuple(FigureSection(sec["key"], tuple(FigureRow(k, v, of) for k, v, of in sec["rows"]))
                 for sec in json.loads(text))


class MeetingsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def save(self, m: Meeting, account: str, now: datetime) -> int:
        row = self.s.get(MeetingRow, m.id) if m.id is not None else None
        if row is None:
            row = MeetingRow(account=account, created_at=now, state=MeetingState.DRAFT.value, figures="", version=0)
            self.s.add(row)
        row.held_on, row.place, row.host, row.recorder = m.held_on, m.place, m.host, m.recorder
        row.topics, row.discussion, row.decisions = m.topics, m.discussion, m.decisions
        row.version = (row.version or 0) + 1
        self.s.flush()
        self.s.execute(delete(MeetingAttendeeRow).where(MeetingAttendeeRow.meeting_id == row.id))
        self.s.execute(delete(MeetingFollowUpRow).where(MeetingFollowUpRow.meeting_id == row.id))
        for n, a in enumerate(m.attendees):
            self.s.add(MeetingAttendeeRow(meeting_id=row.id, sort=n, name=a.name, capacity=a.capacity.value,
                                          member_id=a.member_id, resident_id=a.resident_id))
        for n, f in enumerate(m.followups):
            self.s.add(MeetingFollowUpRow(meeting_id=row.id, sort=n, text=f.text, owner_id=f.owner_id,
                                          due_on=f.due_on, as_task=f.as_task))
        self.s.flush()
        return row.id

    def finalise(self, meeting_id: int, sections: tuple[FigureSection, ...], at: str) -> None:
        row = self.s.get(MeetingRow, meeting_id)
        assert row is not None
        row.state, row.figures, row.finalised_at = MeetingState.FINAL.value, figures_json(sections), at
        row.version += 1

    def delete(self, meeting_id: int) -> None:
        self.s.execute(delete(MeetingAttendeeRow).where(MeetingAttendeeRow.meeting_id == meeting_id))
        self.s.execute(delete(MeetingFollowUpRow).where(MeetingFollowUpRow.meeting_id == meeting_id))
        self.s.execute(delete(MeetingRow).where(MeetingRow.id == meeting_id))

    def get(self, meeting_id: int) -> Meeting | None:
        row = self.s.get(MeetingRow, meeting_id)
        return self._meeting(row) if row is not None else None

    def _meeting(self, row: MeetingRow) -> Meeting:
        attendees = tuple(Attendee(a.name, Capacity(a.capacity), a.member_id, a.resident_id) for a in self.s.scalars(
            select(MeetingAttendeeRow).where(MeetingAttendeeRow.meeting_id == row.id).order_by(MeetingAttendeeRow.sort)))
        names = dict(self.s.execute(select(TeamMemberRow.id, TeamMemberRow.name)).all())
        tasks = dict(self.s.execute(select(TaskRow.followup_id, TaskRow.id).where(TaskRow.meeting_id == row.id)).all())
        followups = tuple(FollowUp(f.text, f.owner_id, f.due_on, f.as_task, f.id, tasks.get(f.id),
                                   names.get(f.owner_id, "") if f.owner_id else "")
                          for f in self.s.scalars(select(MeetingFollowUpRow).where(
                              MeetingFollowUpRow.meeting_id == row.id).order_by(MeetingFollowUpRow.sort)))
        return Meeting(row.held_on, row.place, row.host, row.recorder, row.topics, row.discussion, row.decisions,
                       attendees, followups, MeetingState(row.state), figures_from_json(row.figures), row.id,
                       row.version, row.finalised_at)

    def of_year(self, year: int) -> list[Meeting]:
        rows = self.s.scalars(select(MeetingRow).where(MeetingRow.held_on >= date(year, 1, 1),
                                                       MeetingRow.held_on <= date(year, 12, 31))
                              .order_by(MeetingRow.held_on.desc(), MeetingRow.id.desc()))
        return [self._meeting(r) for r in rows]

    def of_month(self, first: date, last: date) -> list[MeetingHeld]:
        """The meetings held between the two days."""
        return [MeetingHeld(i, d, st) for i, d, st in self.s.execute(
            select(MeetingRow.id, MeetingRow.held_on, MeetingRow.state)
            .where(MeetingRow.held_on >= first, MeetingRow.held_on <= last).order_by(MeetingRow.held_on))]
