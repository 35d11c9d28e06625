"""The demo village's admission list: GridDesk's examples put in force under a made-up county
document (marked as the demo's), so township tasks in the demo carry a type as real ones must."""

from __future__ import annotations

from ..domain.task_types import TaskChoice
from .session import UserSession
from .task_types import TaskTypesService

DEMO_DOCUMENT = "（演示）某县委政法委〔2026〕1号"


def demo_admission_list(session: UserSession) -> TaskChoice:
    """Every example in force; the choice a demo township task makes (the hazard survey)."""
    service = TaskTypesService(session)
    types = service.types()
    for t in types:
        service.save(t.id, t.name, DEMO_DOCUMENT, True)
    return TaskChoice(type_id=next((t.id for t in types if "隐患" in t.name), types[0].id))
