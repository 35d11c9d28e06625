"""Tasks: follow-ups made tasks (and, later, the township's), each with an owner and a due day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.meetings import Task, TaskSource, TaskState
from .orm.meetings import MeetingRow, TaskRow
from .orm.roster import TeamMemberRow


class TasksRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, title: str, details: str, owner_id: int, due_on: date, source: TaskSource, account: str,
            now: datetime, meeting_id: int | None = None, followup_id: int | None = None) -> int:
        row = TaskRow(title=title, details=details, owner_id=owner_id, due_on=due_on, source=source.value,
                      meeting_id=meeting_id, followup_id=followup_id, state=TaskState.OPEN.value, result="",
                      account=account, created_at=now)
        self.s.add(row)
        self.s.flush()
        return row.id

    def close(self, task_id: int, state: TaskState, on: date, result: str) -> None:
        row = self.s.get(TaskRow, task_id)
        assert row is not None
        row.state, row.closed_on, row.result = state.value, on, result

    def get(self, task_id: int) -> Task | None:
        found = self._list(select_ids=[task_id])
        return found[0] if found else None

    def list(self, owners: Sequence[int] | None = None, states: Sequence[TaskState] | None = None) -> list[Task]:
        return self._list(owners=owners, states=states)

    def _list(self, owners=None, states=None, select_ids=None) -> list[Task]:
        stmt = (select(TaskRow, TeamMemberRow.name, MeetingRow.held_on)
                .join(TeamMemberRow, TeamMemberRow.id == TaskRow.owner_id)
                .outerjoin(MeetingRow, MeetingRow.id == TaskRow.meeting_id)
                .order_by(TaskRow.due_on, TaskRow.id))
        if owners is not None:
            stmt = stmt.where(TaskRow.owner_id.in_(list(owners)))
        if states is not None:
            stmt = stmt.where(TaskRow.state.in_([s.value for s in states]))
        if select_ids is not None:
            stmt = stmt.where(TaskRow.id.in_(list(select_ids)))
        return [Task(r.id, r.title, r.details, r.owner_id, name, r.due_on, TaskSource(r.source), TaskState(r.state),
                     r.meeting_id, r.followup_id, held, r.closed_on, r.result, str(r.created_at))
                for r, name, held in self.s.execute(stmt)]

    def counts(self, today: date, owners: Sequence[int] | None = None) -> tuple[int, int]:
        """(open, overdue: open and due before today)."""
        stmt = select(func.count(), func.count().filter(TaskRow.due_on < today)).where(
            TaskRow.state == TaskState.OPEN.value)
        if owners is not None:
            stmt = stmt.where(TaskRow.owner_id.in_(list(owners)))
        total, late = self.s.execute(stmt).one()
        return total or 0, late or 0
