"""The demo village's petitions (信访): three in all. Last month a resident came about a lane a
neighbour's new wall narrowed; it was accepted, answered and closed. This month the same
resident came again about the same lane (a repeat of last month's, linked), and it was accepted
and made a case for the grid (转为事件); and a worker called about unpaid wages, which was
accepted and answered. So this month: two petitions, one repeat (a repeat rate of one half), one
answered in time, one made a case, none overdue."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.petitions import CategoryKind, Petition, PetitionForm, Petitioner, PetitionStep
from ..domain.roster import ResidentFilter
from .cases import CasesService
from .petitions import PetitionsService
from .roster import RosterService
from .session import UserSession


def _category(service: PetitionsService, kind: CategoryKind, name: str) -> int:
    found = service.categories(kind)
    return next((c.id for c in found if c.name == name), found[0].id)


def fill_petitions(session: UserSession) -> list[int]:
    """The three petitions' ids, the earliest first."""
    service = PetitionsService(session)
    today = service.today()
    first = today.replace(day=1)
    last_month = (first - timedelta(days=1)).replace(day=12)
    roster = RosterService(session)
    ids = roster.resident_ids(ResidentFilter())
    resident = roster.resident(ids[3])
    asking, building, labour = (_category(service, CategoryKind.PURPOSE, "求决"),
                                _category(service, CategoryKind.SUBJECT, "城乡建设"),
                                _category(service, CategoryKind.SUBJECT, "劳动社保"))
    lane = "邻居新砌院墙占用村内巷道，巷道只剩一米宽，农用车进不去，要求拆除多占部分。"
    earlier = Petition(last_month, PetitionForm.VISIT, 1, (Petitioner(resident.name, resident.id),), asking, building,
                       lane, respondent="邻户（同组村民）", request="拆除占道部分，恢复巷道宽度")
    earlier_id = int(service.register(earlier).ids[0])
    _walk(service, earlier_id, ((PetitionStep.ACCEPT, last_month + timedelta(days=1), ""),
                                (PetitionStep.START, last_month + timedelta(days=1), ""),
                                (PetitionStep.ANSWER, last_month + timedelta(days=10),
                                 "经村委会现场查看并组织双方协商，邻户同意后退院墙半米；已书面答复信访人。"),
                                (PetitionStep.CLOSE, last_month + timedelta(days=12), "")))
    again_on, call_on = first, min(first + timedelta(days=1), today)
    again = Petition(again_on, PetitionForm.VISIT, 1, (Petitioner(resident.name, resident.id),), asking, building,
                     "上月答复后院墙仍未后退，巷道仍然不通，再次要求处理。", respondent="邻户（同组村民）",
                     request="尽快落实后退院墙", repeat_of=earlier_id)
    again_id = int(service.register(again).ids[0])
    _walk(service, again_id, ((PetitionStep.ACCEPT, again_on, ""),))
    categories = CasesService(session).categories()
    category = next((c.id for c in categories if "邻里" in c.name), categories[0].id)
    service.to_case(again_id, category, "巷道被邻户院墙占用（重复信访）")
    wages = Petition(call_on, PetitionForm.CALL, 1, (Petitioner("赵建军", phone="13912345678"),), asking, labour,
                     "在村里的建筑工地干活三个月，包工头拖欠工资一万二千元。", respondent="某建筑劳务队",
                     request="帮助讨回工资")
    wages_id = int(service.register(wages).ids[0])
    _walk(service, wages_id, ((PetitionStep.ACCEPT, call_on, ""),
                              (PetitionStep.ANSWER, call_on,
                               "已告知可向镇劳动保障所投诉，并为其联系了法律援助工作站。")))
    return [earlier_id, again_id, wages_id]


def _walk(service: PetitionsService, petition_id: int, steps: tuple[tuple[PetitionStep, date, str], ...]) -> None:
    for step, on, text in steps:
        service.step(petition_id, service.get(petition_id).version, step, on, text)
