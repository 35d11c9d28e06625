"""The monthly meeting's and the tasks' figures for `griddesk status` and the 工作台."""

from __future__ import annotations

from ..domain.rules import Permission
from .meetings import MeetingsService
from .session import UserSession
from .tasks import TasksService


def meeting_status(session: UserSession) -> dict[str, object]:
    """meeting_this_month: held or not (None for an account that does not see the meetings, the
    centre's records); tasks within the account's reach: every task, or its own person's."""
    tasks = TasksService(session).counts()
    held = MeetingsService(session).held_this_month() if session.may(Permission.VIEW_ASSESSMENT) else None
    return {"meeting_this_month": held, "tasks_open": tasks.open, "tasks_overdue": tasks.overdue}
