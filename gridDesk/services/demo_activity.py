"""The demo village's last 12 weeks: visits on most households every week, and cases in every
state of the loop, some of them overdue. Written through the services, so every rule holds."""

from __future__ import annotations

import random
from datetime import timedelta

from ..domain.case_records import CaseReport
from ..domain.cases import CaseAction, Channel, WorkKind
from ..domain.visits import Finding, FindingCategory, Visit, week_of
from .cases import CasesService
from .clock import local_dt
from .demo_tasks import demo_admission_list
from .roster import RosterService
from .session import UserSession
from .team import TeamService
from .visits import VisitsService

_TITLES = {
    "邻里纠纷": "邻居因宅前排水沟发生争执", "婚姻家庭": "夫妻因赡养老人问题争吵", "劳资纠纷": "务工人员反映工资拖欠",
    "消防隐患": "农户灶台旁堆放柴草", "治安隐患": "村口路灯损坏夜间无照明", "环境卫生": "河道垃圾堆积",
    "社会保障": "独居老人咨询养老金领取", "基础设施": "村道路面塌陷", "地质灾害": "山体护坡出现裂缝",
}


def fill_activity(session: UserSession, weeks: int = 12, seed: int = 2026) -> tuple[int, int]:
    """Returns (visits logged, cases made)."""
    rng = random.Random(seed)
    now = local_dt(session.clock())
    roster, visits, cases = RosterService(session), VisitsService(session), CasesService(session)
    members = [m for m in TeamService(session).members() if m.member.grid_code]
    by_grid = {m.member.grid_code: m.id for m in members}
    made_visits = 0
    for node in [n for n in roster.tree() if n.parent_code is None]:
        member = by_grid.get(node.code) or members[0].id
        numbers = [n for n, _a in visits.not_visited(node.code)]
        for w in range(weeks - 1, -1, -1):
            monday = week_of(now.date()) - timedelta(weeks=w)
            share = 0.6 if w == 0 else rng.uniform(0.85, 1.0)  # this week is under way
            chosen = [n for n in numbers if rng.random() < share]
            for day in range(5):
                batch = chosen[day::5]
                visited_on = monday + timedelta(days=day)
                if not batch or visited_on > now.date():
                    continue
                findings = ()
                if rng.random() < 0.3:
                    findings = (Finding(rng.choice(list(FindingCategory)), "走访中群众反映的情况"),)
                visits.log(Visit(member, node.code, visited_on, "上午" if day % 2 else "下午", tuple(batch),
                                 solved_on_spot=len(findings) if rng.random() < 0.5 else 0, findings=findings))
                made_visits += 1
    categories = {c.name: c.id for c in cases.categories()}
    plans = [  # (category, steps, days ago reported, work kind)
        ("邻里纠纷", ["file", "assign", "start", "feedback", "revisit", "close"], 60, WorkKind.ORDINARY),
        ("婚姻家庭", ["self_solve"], 40, WorkKind.ORDINARY),
        ("劳资纠纷", ["file", "escalate"], 20, WorkKind.COORDINATION),
        ("消防隐患", ["file", "assign", "start"], 12, WorkKind.ORDINARY),
        ("治安隐患", ["file", "assign"], 3, WorkKind.ORDINARY),
        ("环境卫生", ["file", "return"], 8, WorkKind.ORDINARY),
        ("社会保障", ["file", "assign", "start", "feedback"], 9, WorkKind.ORDINARY),
        ("基础设施", [], 1, WorkKind.ORDINARY),
        ("环境卫生", ["file"], 2, WorkKind.ORDINARY),
        ("地质灾害", ["file", "escalate"], 2, WorkKind.EMERGENCY),
        ("邻里纠纷", ["file", "assign", "start"], 30, WorkKind.ORDINARY),
    ]
    grid_codes = [n.code for n in roster.tree() if n.parent_code is None]
    township_task = demo_admission_list(session)  # a township task names its type (准入清单)
    made_cases = 0
    for i, (category, steps, ago, kind) in enumerate(plans):
        at = now - timedelta(days=ago, hours=rng.randrange(1, 8))
        channel = rng.choice(list(Channel))
        case_id = cases.report(CaseReport(_TITLES[category], categories[category], kind, channel,
                                          at, grid_code=grid_codes[i % len(grid_codes)], place="村内",
                                          reporter="网格员",
                                          task=township_task if channel is Channel.TOWNSHIP else None)).ids[0]
        for n, step in enumerate(steps):
            when = min(now, at + timedelta(hours=2 * (n + 1)))
            extra = {"assign": {"assignee": "网格员"}, "feedback": {"result": "已协调处理完毕"},
                     "self_solve": {"result": "当场调解，双方和解"}, "revisit": {"satisfaction": "满意"},
                     "escalate": {"detail": "纸质上报单交镇综治中心"}, "return": {"detail": "信息不全，请补充位置"}}
            cases.act(case_id, CaseAction(step), cases.get(case_id).version, at=when, **extra.get(step, {}))
        made_cases += 1
    return made_visits, made_cases
