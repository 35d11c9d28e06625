"""The task admission list (准入清单, Measures Art. 15) the director keeps, and the check that a
task the township passes down names a type from it, or is an exception with its document."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.audit import Action
from ..domain.case_records import CaseReport, CaseView
from ..domain.errors import NotFound, ValidationError
from ..domain.rules import Permission
from ..domain.task_types import CaseTask, TaskType, admit, check_task_type
from ..storage.task_types_repo import TaskTypesRepo
from .guard import rule
from .roster_scope import grid_scope
from .session import Changes, UserSession


@dataclass(frozen=True)
class TaskUsage:
    """Township tasks by type, within the account's reach."""

    per_type: dict[int, int]  # type id -> cases of that type
    exceptions: tuple[tuple[int, str, str, CaseTask], ...]  # (case id, number, title, task), newest first


class TaskTypesService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_CASES)
    def types(self) -> list[TaskType]:
        """The whole list (intake offers the ones in force)."""
        with self.session.db.transaction() as s:
            return TaskTypesRepo(s).all()

    @rule(Permission.EDIT_RULES)
    def save(self, type_id: int | None, name: str, document: str, in_force: bool) -> Changes:
        """Add or change a task type; in force only with the document that approved it."""
        name, document = check_task_type(name, document, bool(in_force))
        state = "in force" if in_force else "not in force"
        with self.session.write(Action.SETTINGS_CHANGED.value, "task type", f"{name} | {document} | {state}") as s:
            repo = TaskTypesRepo(s)
            same = repo.named(name)
            if same is not None and same != type_id:
                raise ValidationError("task_type", "task_type.exists", name=name)
            if type_id is not None and not any(t.id == type_id for t in repo.all()):
                raise NotFound("task_type.entry_gone")
            new_id = repo.save(type_id, name, document, bool(in_force))
        return Changes("task_types", (new_id,))

    @rule(Permission.EDIT_RULES)
    def delete(self, type_id: int) -> Changes:
        """Remove an entry no case carries (one that cases carry is taken out of force instead)."""
        with self.session.write(Action.SETTINGS_CHANGED.value, "task type", f"delete {type_id}") as s:
            repo = TaskTypesRepo(s)
            entry = next((t for t in repo.all() if t.id == type_id), None)
            if entry is None:
                raise NotFound("task_type.entry_gone")
            used = repo.uses(type_id)
            if used:
                raise ValidationError("task_type", "task_type.in_use", count=used, name=entry.name)
            repo.delete(type_id)
        return Changes("task_types", (type_id,))

    @rule(Permission.VIEW_CASES)
    def usage(self) -> TaskUsage:
        """How many township tasks of each type, and the exceptions with their documents."""
        reach = None
        if grid_scope(self.session, Permission.VIEW_CASES) is not None:
            from .cases import CasesService  # the cases' own scope rule decides which are in reach

            reach = [v.id for v in CasesService(self.session).list(None)]
        with self.session.db.transaction() as s:
            rows = TaskTypesRepo(s).cases(reach)
        per_type: dict[int, int] = {}
        for _id, _number, _title, task in rows:
            if task.type_id is not None and not task.exception:
                per_type[task.type_id] = per_type.get(task.type_id, 0) + 1
        return TaskUsage(per_type, tuple(r for r in rows if r[3].exception))


def admitted_task(session: UserSession, report: CaseReport) -> CaseTask | None:
    """The type a reported case carries (None unless the township assigned it), or the refusal."""
    with session.db.transaction() as s:
        types = TaskTypesRepo(s).all()
    return admit(report.channel, report.task, types)


def keep_task(s, case_id: int, task: CaseTask | None) -> None:
    if task is not None:
        TaskTypesRepo(s).set_case_task(case_id, task)


def with_task(s, view: CaseView) -> CaseView:
    return replace(view, task=TaskTypesRepo(s).of_case(view.id))
