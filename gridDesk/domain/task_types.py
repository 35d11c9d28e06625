"""The task admission list (准入清单, Measures Art. 15): tasks may be put on grid members only
from a list the county has approved. The list is data the director keeps; a task passed down
to grid members names its type from it, or is recorded as an exception with the document that
allows it (RULES.md "Tasks from above").

In GridDesk a task passed down is a case the township assigned (渠道“乡镇交办”). A campaign
(专项行动) is not a record of its own yet, so it has no type to check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .cases import Channel
from .errors import ValidationError
from .text import clean_text

NAME_LIMIT, DOCUMENT_LIMIT = 64, 128


@dataclass(frozen=True)
class TaskType:
    id: int | None
    name: str
    document: str  # the approving document (文号)
    in_force: bool
    example: bool = False  # one of GridDesk's examples, not yet checked by the director


@dataclass(frozen=True)
class TaskChoice:
    """What intake says of a township task: a type from the list, or (an exception) the name of a
    type not on it with the document that allows it."""

    type_id: int | None = None
    name: str = ""
    document: str = ""


@dataclass(frozen=True)
class CaseTask:
    """The type a township-assigned case carries, as it was when reported."""

    name: str
    type_id: int | None  # None for an exception
    exception_document: str = ""

    @property
    def exception(self) -> bool:
        return bool(self.exception_document)


def check_task_type(name: object, document: object, in_force: bool) -> tuple[str, str]:
    """The cleaned name and document of a list entry, or why not."""
    name = clean_text(name, NAME_LIMIT, "task_type")
    document = clean_text(document, DOCUMENT_LIMIT, "document")
    if not name:
        raise ValidationError("task_type", "task_type.name_required")
    if in_force and not document:
        raise ValidationError("document", "task_type.document_required", name=name)
    return name, document


def admit(channel: Channel, choice: TaskChoice | None, types: Sequence[TaskType]) -> CaseTask | None:
    """The type a case carries: None unless the township assigned it; a type in force on the list;
    or an exception naming its document. Anything else is refused with the reason."""
    if channel is not Channel.TOWNSHIP:
        if choice is not None and (choice.type_id is not None or choice.name or choice.document):
            raise ValidationError("task_type", "task_type.only_township")
        return None
    document = clean_text(choice.document if choice else "", DOCUMENT_LIMIT, "document")
    name = clean_text(choice.name if choice else "", NAME_LIMIT, "task_type")
    if choice is not None and choice.type_id is not None:
        chosen = next((t for t in types if t.id == choice.type_id), None)
        if chosen is None:
            raise ValidationError("task_type", "task_type.gone")
        name = chosen.name
    if not name:
        raise ValidationError("task_type", "task_type.required")
    listed = next((t for t in types if t.in_force and t.name == name), None)
    if listed is not None:
        return CaseTask(listed.name, listed.id)
    if not document:
        raise ValidationError("task_type", "task_type.not_listed", name=name)
    return CaseTask(name, None, document)
