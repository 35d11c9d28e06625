"""The admission list (准入清单) and the task type each township-assigned case carries."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.task_types import CaseTask, TaskType
from .orm.cases import CaseRow
from .orm.task_types import CaseTaskTypeRow, TaskTypeRow


class TaskTypesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def all(self) -> list[TaskType]:
        rows = self.s.scalars(select(TaskTypeRow).order_by(TaskTypeRow.sort, TaskTypeRow.id))
        return [TaskType(r.id, r.name, r.document, r.in_force, r.example) for r in rows]

    def named(self, name: str) -> int | None:
        return self.s.scalar(select(TaskTypeRow.id).where(TaskTypeRow.name == name))

    def save(self, type_id: int | None, name: str, document: str, in_force: bool) -> int:
        row = self.s.get(TaskTypeRow, type_id) if type_id else None
        if row is None:
            sort = self.s.scalar(select(func.max(TaskTypeRow.sort))) or 0
            row = TaskTypeRow(sort=sort + 1)
            self.s.add(row)
        # Whatever the director saves is theirs: an example they have looked at is no longer ours.
        row.name, row.document, row.in_force, row.example = name, document, in_force, False
        self.s.flush()
        return row.id

    def uses(self, type_id: int) -> int:
        return self.s.scalar(select(func.count()).where(CaseTaskTypeRow.task_type_id == type_id)) or 0

    def delete(self, type_id: int) -> None:
        row = self.s.get(TaskTypeRow, type_id)
        if row is not None:
            self.s.delete(row)

    def set_case_task(self, case_id: int, task: CaseTask) -> None:
        self.s.add(CaseTaskTypeRow(case_id=case_id, task_type_id=task.type_id, name=task.name,
                                   exception_document=task.exception_document))

    def of_case(self, case_id: int) -> CaseTask | None:
        row = self.s.get(CaseTaskTypeRow, case_id)
        return CaseTask(row.name, row.task_type_id, row.exception_document) if row else None

    def cases(self, case_ids: Sequence[int] | None = None) -> list[tuple[int, str, str, CaseTask]]:
        """(case id, number, title, task) of township tasks, of these cases (None: all), newest first."""
        stmt = (select(CaseRow.id, CaseRow.number, CaseRow.title, CaseTaskTypeRow)
                .join(CaseTaskTypeRow, CaseTaskTypeRow.case_id == CaseRow.id)
                .order_by(CaseRow.reported_at.desc()))
        if case_ids is not None:
            stmt = stmt.where(CaseRow.id.in_(list(case_ids)))
        return [(i, n, t, CaseTask(r.name, r.task_type_id, r.exception_document)) for i, n, t, r in self.s.execute(stmt)]
