"""The demo village's people's mediation (issue 20 item 6): three disputes of last month, each a
case of its own, through the services so every rule holds:
- a boundary dispute mediated to an agreement, carried out at the follow-up visit, the
  mediation closed and its case closed as 实质性化解 (resolved by mediation);
- a wage dispute where the parties did not agree, referred to the court;
- a neighbours' quarrel in progress: investigated, one session held, no outcome yet.
The numbers are the year's first three in order of acceptance (nothing else in the demo mediates)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from ..domain.case_inputs import STEP_INPUTS, AssignInput, CloseInput, FeedbackInput, RevisitInput
from ..domain.case_records import CaseReport
from ..domain.cases import CaseAction, Channel, WorkKind
from ..domain.certification import blocks
from ..domain.mediation import (Agreement, FollowUpVisit, Intake, Investigation, MediationSession, Outcome, Party,
                                Performance, Referral, Severity, Source)
from ..domain.roster import ResidentFilter
from .cases import CasesService
from .mediation import MediationService
from .roster import RosterService
from .session import UserSession
from .team import TeamService
from .training import TrainingService


def _last_month(today: date) -> date:
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


def fill_mediation(session: UserSession) -> list[int]:
    """The three mediations' ids: carried out, referred, in progress."""
    cases, mediation, roster = CasesService(session), MediationService(session), RosterService(session)
    first = _last_month(mediation.today())
    day = lambda n: first + timedelta(days=n - 1)  # noqa: E731  (a day of last month)
    at = lambda n, hour: datetime.combine(day(n), datetime.min.time()).replace(hour=hour)  # noqa: E731
    categories = {c.name: c.id for c in cases.categories()}
    grids = [n.code for n in roster.tree() if n.parent_code is None]
    states = TrainingService(session).certificate_states()
    members = [t for t in TeamService(session).members() if t.left_on is None and not blocks(states.get(t.id, "none"))]
    mediators = tuple(t.member.name for t in members[:2]) or ("演示主任",)
    ids = []

    def parties(grid: str, skip: int) -> tuple[Party, ...]:
        ids = roster.resident_ids(ResidentFilter(grid_code=grid))
        people = [roster.resident(i) for i in (ids[skip], ids[(skip + 25) % len(ids)])]  # two households
        return tuple(Party(p.name, resident_id=p.id) for p in people)

    def case(category: str, title: str, grid: str, reported: datetime, people: tuple[Party, ...]) -> int:
        return int(cases.report(CaseReport(title, categories[category], WorkKind.ORDINARY, Channel.VISIT, reported,
                                           grid_code=grid, place="村内", reporter="网格员",
                                           description=title, people=tuple((p.resident_id, p.name) for p in people))
                                ).ids[0])

    def step(case_id: int, action: str, when: datetime, args=None) -> None:
        args = args or STEP_INPUTS[CaseAction(action)]()
        cases.act(case_id, cases.get(case_id).version, replace(args, at=when))

    # 1. carried out: agreement, visit, closed; the case closed as resolved by mediation
    grid = grids[0]
    people = parties(grid, 3)
    case_id = case("房屋宅基地", "两户因宅基地边界发生争执", grid, at(3, 9), people)
    step(case_id, "file", at(3, 10))
    if members:
        step(case_id, "assign", at(3, 11), AssignInput(member_id=members[0].id))
        step(case_id, "start", at(3, 14))
    m = int(mediation.register(Intake(case_id, Source.APPLICATION, Severity.ORDINARY, day(2), "村东组两户宅基地交界处",
                                      2, "房屋宅基地", "两户因新建围墙占用边界发生争执，申请村调委会调解。", people,
                                      accepted_on=day(3))).ids[0])
    v = mediation.get(m).version
    mediation.investigate(m, v, Investigation(day(4), mediators[0], "查阅两户宅基地证，现场测量，围墙越界约 0.4 米。"))
    mediation.hold_session(m, v + 1, MediationSession(day(6), "村调解室", mediators, "双方当事人、村民小组长",
                                                      "讲明宅基地证所载界址，双方同意以证载界址为准。"))
    mediation.record_outcome(m, v + 2, Outcome(day(8), True, agreement=Agreement(
        "两户相邻，一方新建围墙越过证载界址约 0.4 米。", "围墙是否越界及如何处理。",
        "一、越界部分围墙由建墙方自行拆除，按证载界址重建；二、拆除重建费用由建墙方承担；三、双方今后不再就此事争执。",
        "建墙方自行拆除重建，村调委会现场确认", day(20), mediators[-1])))
    if members:
        step(case_id, "feedback", at(8, 16), FeedbackInput(result="经人民调解达成协议，越界围墙拆除重建"))
    mediation.follow_up(m, v + 3, FollowUpVisit(day(21), mediators[0], Performance.DONE, "围墙已按证载界址重建，双方满意。"))
    if members:
        step(case_id, "revisit", at(21, 10), RevisitInput(satisfaction="满意"))
        step(case_id, "close", at(21, 11), CloseInput(closure="resolved"))
    ids.append(m)

    # 2. refused and referred to the court
    grid = grids[1 % len(grids)]
    people = parties(grid, 5)
    case_id = case("劳资纠纷", "务工人员与包工头工资结算争议", grid, at(10, 9), people)
    step(case_id, "file", at(10, 10))
    m = int(mediation.register(Intake(case_id, Source.INITIATIVE, Severity.LARGE, day(9), "村委会", 12, "劳资纠纷",
                                      "十余名务工人员与包工头就工程款结算发生争议，中心主动介入调解。", people,
                                      accepted_on=day(10))).ids[0])
    v = mediation.get(m).version
    mediation.hold_session(m, v, MediationSession(day(12), "村调解室", mediators, "务工人员代表、包工头",
                                                  "双方对结算金额分歧较大，包工头不认可工人提供的记工单。"))
    mediation.record_outcome(m, v + 1, Outcome(day(14), False, Referral.COURT,
                                               "双方分歧大，未达成协议，已告知当事人可向人民法院起诉，并协助准备材料。"))
    ids.append(m)

    # 3. in progress: investigated, one session held, no outcome yet
    grid = grids[2 % len(grids)]
    people = parties(grid, 7)
    case_id = case("邻里纠纷", "邻居因饲养家禽噪声发生口角", grid, at(25, 9), people)
    step(case_id, "file", at(25, 10))
    m = int(mediation.register(Intake(case_id, Source.APPLICATION, Severity.ORDINARY, day(24), "村西组", 3, "邻里纠纷",
                                      "邻居饲养家禽清晨噪声扰民，多次口角。", people, accepted_on=day(25))).ids[0])
    v = mediation.get(m).version
    mediation.investigate(m, v, Investigation(day(26), mediators[0], "走访左右邻居，家禽棚距离住房约 3 米。"))
    mediation.hold_session(m, v + 1, MediationSession(day(27), "当事人家中", mediators, "双方当事人",
                                                      "饲养方同意考虑迁移家禽棚，待商量具体位置。"))
    ids.append(m)
    return ids
