"""Tasks: the follow-ups of the monthly meeting made tasks, each with its owner and due day.
The centre sees and closes every task; a grid member's account sees its own person's tasks
(on its 工作台), and closes none: the centre records what was done."""

from __future__ import annotations

from datetime import date

from ..domain.audit import Action
from ..domain.errors import NotFound, ValidationError
from ..domain.meetings import Task, TaskCounts, TaskState
from ..domain.resident_rules import clean_text
from ..domain.rules import Permission
from ..storage.tasks_repo import TasksRepo
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope
from .session import Changes, UserSession


class TasksService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    def _owners(self) -> tuple[int, ...] | None:
        """None: every task (the centre's); else the account's own person's."""
        if grid_scope(self.session) is None:
            return None
        member = self.session.account.member_id
        return (member,) if member is not None else ()

    @rule(Permission.VIEW_ROSTER)
    def list(self, states: list[TaskState] | None = None) -> list[Task]:
        """Open ones by due day first, then the closed."""
        with self.session.db.transaction() as s:
            tasks = TasksRepo(s).list(self._owners(), states)
        return sorted(tasks, key=lambda t: (t.state is not TaskState.OPEN, t.due_on, t.id))

    @rule(Permission.VIEW_ROSTER)
    def counts(self) -> TaskCounts:
        with self.session.db.transaction() as s:
            return TaskCounts(*TasksRepo(s).counts(self.today(), self._owners()))

    @rule(Permission.MEETINGS)
    def done(self, task_id: int, result: str, on: date | None = None) -> Changes:
        """Done, with what was done (the result is what the next meeting hears)."""
        result = clean_text(result, 1000, "result", multiline=True)
        if not result:
            raise ValidationError("result", "task.result_required")
        return self._close(task_id, TaskState.DONE, on or self.today(), result)

    @rule(Permission.MEETINGS)
    def cancel(self, task_id: int, reason: str) -> Changes:
        reason = clean_text(reason, 1000, "reason", multiline=True)
        if not reason:
            raise ValidationError("reason", "task.reason_required")
        return self._close(task_id, TaskState.CANCELLED, self.today(), reason)

    def _close(self, task_id: int, state: TaskState, on: date, text: str) -> Changes:
        if on > self.today():
            raise ValidationError("closed_on", "task.future")
        with self.session.write(Action.WRITE.value, f"task:{task_id}", f"{state.value} {on}") as s:
            repo = TasksRepo(s)
            task = repo.get(task_id)
            if task is None:
                raise NotFound("task.gone")
            if task.state is not TaskState.OPEN:
                raise ValidationError("state", "task.not_open")
            repo.close(task_id, state, on, text)
        return Changes("tasks", (task_id,))
