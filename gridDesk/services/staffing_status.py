"""The staffing figures of the 工作台 and of `griddesk status` (issue 19 item 10): the grids that
lack a 网格长 or members, and the open vacancies with their days."""

from __future__ import annotations

from ..domain.rules import Permission
from .session import UserSession
from .staffing import StaffingService


def staffing_status(session: UserSession) -> dict[str, object]:
    """JSON-ready: grid code -> what is missing (leader / member / full_time), and the vacancies as
    {grid, post, opened, days_open, overdue} (grid None: the village-wide post)."""
    if not session.may(Permission.VIEW_ROSTER):
        return {"grids_incomplete": {}, "vacancies": []}
    service = StaffingService(session)
    incomplete = {code: [m.value for m in lacks] for code, lacks in service.incomplete().items()}
    vacancies = [{"grid": v.vacancy.grid_code, "post": v.vacancy.post.value, "opened": v.vacancy.opened_on.isoformat(),
                  "days_open": v.days_open, "overdue": v.overdue} for v in service.vacancies()]
    return {"grids_incomplete": incomplete, "vacancies": vacancies}
