"""The demo village's last 12 weeks: visits on most households every week, and cases in every
state of the loop, some of them overdue. Written through the services, so every rule holds."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from ..domain.case_inputs import (STEP_INPUTS, AssignInput, CloseInput, EscalateInput, FeedbackInput, ReturnInput,
                                  RevisitInput, SelfSolveInput, TownshipInstructsInput)
from ..domain.case_records import CaseReport
from ..domain.cases import CaseAction, Channel, WorkKind
from ..domain.certification import blocks
from ..domain.visits import Finding, FindingCategory, Visit, week_of
from .cases import CasesService
from .clock import local_dt
from .demo_approvals import fill_approval_matter
from .demo_tasks import demo_admission_list
from .roster import RosterService
from .session import UserSession
from .team import TeamService
from .training import TrainingService
from .visits import VisitsService

_TITLES = {
    "邻里纠纷": "邻居因宅前排水沟发生争执", "婚姻家庭": "夫妻因赡养老人问题争吵", "劳资纠纷": "务工人员反映工资拖欠",
    "消防隐患": "农户灶台旁堆放柴草", "治安隐患": "村口路灯损坏夜间无照明", "环境卫生": "河道垃圾堆积",
    "社会保障": "独居老人咨询养老金领取", "基础设施": "村道路面塌陷", "地质灾害": "山体护坡出现裂缝",
}

_OVERRIDE = "本周人手不足，由网格长带着排查路灯；本人岗前培训已报名下月参加"


# How each kind went to the township: an emergency by phone at once, with who took the call.
_ESCALATIONS = {
    WorkKind.EMERGENCY: EscalateInput(channel="phone", taken_by="镇应急办值班员刘强", detail="护坡裂缝扩大，已疏散坡下两户"),
    WorkKind.COORDINATION: EscalateInput(channel="paper", taken_by="镇人社所张所长", detail="纸质上报单交镇人社所，请协调企业"),
    WorkKind.ORDINARY: EscalateInput(channel="paper", taken_by="镇综治中心"),
    WorkKind.APPROVAL: EscalateInput(channel="paper", taken_by="镇综治中心"),
}


def fill_activity(session: UserSession, weeks: int = 12, seed: int = 2026) -> tuple[int, int]:
    """Returns (visits logged, cases made)."""
    rng = random.Random(seed)
    now = local_dt(session.clock())
    roster, visits, cases = RosterService(session), VisitsService(session), CasesService(session)
    states = TrainingService(session).certificate_states()
    team = [m for m in TeamService(session).members() if m.member.grid_code]
    members = [m for m in team if not blocks(states.get(m.id, "none"))]  # 持证上岗: only they visit
    by_grid = {m.member.grid_code: m.id for m in members}
    uncertified = next((m.id for m in team if blocks(states.get(m.id, "none"))), None)
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
        ("劳资纠纷", ["file", "escalate"], 20, WorkKind.COORDINATION),  # waiting at the township
        ("消防隐患", ["file", "assign", "start"], 12, WorkKind.ORDINARY),
        ("治安隐患", ["file", "assign"], 3, WorkKind.ORDINARY),
        ("环境卫生", ["file", "return"], 8, WorkKind.ORDINARY),
        ("社会保障", ["file", "assign", "start", "feedback"], 9, WorkKind.ORDINARY),
        ("基础设施", [], 1, WorkKind.ORDINARY),
        ("环境卫生", ["file"], 2, WorkKind.ORDINARY),
        ("地质灾害", ["escalate", "township_instructs"], 2, WorkKind.EMERGENCY),  # by phone, then tracked on site
        ("邻里纠纷", ["file", "assign", "start"], 30, WorkKind.ORDINARY),
    ]
    grid_codes = [n.code for n in roster.tree() if n.parent_code is None]
    township_task = demo_admission_list(session)  # a township task names its type (准入清单)
    made_cases = 0
    for i, (category, steps, ago, kind) in enumerate(plans):
        at = now - timedelta(days=ago, hours=rng.randrange(1, 8))
        grid = grid_codes[i % len(grid_codes)]
        channel = rng.choice(list(Channel))
        case_id = cases.report(CaseReport(_TITLES[category], categories[category], kind, channel,
                                          at, grid_code=grid, place="村内", reporter="网格员",
                                          task=township_task if channel is Channel.TOWNSHIP else None)).ids[0]
        for n, step in enumerate(steps):
            when = min(now, at + timedelta(hours=2 * (n + 1)))
            extra = {"assign": AssignInput(member_id=by_grid.get(grid) or members[0].id),
                     "feedback": FeedbackInput(result="已协调处理完毕"),
                     "self_solve": SelfSolveInput(result="当场调解，双方和解", closure="resolved"),
                     "revisit": RevisitInput(satisfaction="满意"), "close": CloseInput(closure="solved"),
                     "escalate": _ESCALATIONS[kind], "return": ReturnInput(detail="信息不全，请补充位置"),
                     "township_instructs": TownshipInstructsInput(detail="镇应急办已派人到场，网格员现场跟踪")}
            args = extra.get(step) or STEP_INPUTS[CaseAction(step)]()
            if step == "escalate" and kind is WorkKind.COORDINATION:  # the village asks for a date (上报件)
                args = replace(args, asked_due=(when + timedelta(days=10)).date())
            if step == "assign" and category == "治安隐患" and uncertified is not None:
                # The exception the dashboard shows: the director gives the lamp check to a member
                # whose onboarding is still ahead, with the reason on record (持证上岗 override).
                args = AssignInput(member_id=uncertified, cert_override=_OVERRIDE)
            cases.act(case_id, cases.get(case_id).version, replace(args, at=when))
        made_cases += 1
    made_cases += fill_approval_matter(session, grid_codes[0])  # a 需审批 matter in public notice
    return made_visits, made_cases
