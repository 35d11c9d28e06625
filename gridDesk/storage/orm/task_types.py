"""Tables `task_types` (准入清单: the task types the county has approved for grid members) and
`case_task_types` (the type a township-assigned case carries, or the exception and its document)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class TaskTypeRow(Base):
    __tablename__ = "task_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    document: Mapped[str] = mapped_column(String(128), default="")  # the approving document (文号)
    in_force: Mapped[bool] = mapped_column(default=False)
    example: Mapped[bool] = mapped_column(default=False)  # GridDesk's example until the director edits it
    sort: Mapped[int] = mapped_column(default=0)


class CaseTaskTypeRow(Base):
    __tablename__ = "case_task_types"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    task_type_id: Mapped[int | None] = mapped_column(ForeignKey("task_types.id"))  # None: an exception
    name: Mapped[str] = mapped_column(String(64))  # kept as reported, so a renamed type keeps the record
    exception_document: Mapped[str] = mapped_column(String(128), default="")  # the document allowing it
