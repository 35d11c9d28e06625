"""The demo village's staffing (issue 19 item 9): a part-time post of grid 2 open 40 days; grid 1's
full-time member was hired through a complete selection record after the one before resigned; a
few members carry preference facts. The grid without a 网格长 is the resettlement grid set up this
month (demo_division.fill_new_grid): the demo's one 网格长 serves every grid that existed before it,
and taking them away would have changed the other demo figures of issue 18."""

from __future__ import annotations

from datetime import timedelta

from ..domain.idcard import check_digit
from ..domain.roster import TeamMember, TeamRole
from ..domain.staffing import Departure, LeaveReason, Preferences, SelectionStep
from .clock import local_dt
from .session import UserSession
from .staffing import StaffingService
from .team import TeamService

VACANCY_DAYS = 40


def fill_staffing(session: UserSession) -> None:
    today = local_dt(session.clock()).date()
    team, staffing = TeamService(session), StaffingService(session)
    members = team.members()
    full = [m for m in members if m.member.role is TeamRole.FULL_TIME]
    first = full[0]
    # Grid 1's full-time member was the second in the post: the first resigned 75 days before.
    opened = first.member.appointed_on - timedelta(days=75)
    former = TeamMember("韩前任", _demo_id(opened.year - 38), "13700000001", TeamRole.FULL_TIME,
                        first.member.grid_code, opened - timedelta(days=3 * 365), "走访入户、信息采集")
    former_id = int(team.save(former, "群众", "高中", True).ids[0])
    staffing.record_departure(Departure(former_id, opened, LeaveReason.RESIGNED, "外出务工",
                                        "村两委", "（演示）村委〔离任〕1号"))
    vacancy = next(v.vacancy.id for v in staffing.vacancies() if v.vacancy.left_member_id == former_id)
    staffing.start_selection(vacancy, "面向本村户籍人员公开招聘专职网格员 1 名")
    selection = next(s.id for s in staffing.selections() if s.vacancy_id == vacancy)
    notes = {SelectionStep.ANNOUNCEMENT: "村务公开栏、网格微信群", SelectionStep.REGISTRATION: "报名 5 人",
             SelectionStep.QUALIFICATION: "4 人合格", SelectionStep.EXAM: "笔试、面试综合第一",
             SelectionStep.MEDICAL: "合格", SelectionStep.POLITICAL: "合格", SelectionStep.NOTICE: "公示 5 个工作日无异议",
             SelectionStep.TRAINING: "岗前培训合格"}
    for n, step in enumerate(SelectionStep):
        staffing.record_step(selection, step, opened + timedelta(days=7 + 8 * n), notes[step])
    staffing.fill(vacancy, first.id)
    # Preference facts of Art. 9 (5) on a few members.
    facts = {first.id: Preferences(title="助理经济师"),
             full[-1].id: Preferences(social_work_level="社会工作师", social_work_number="（演示）S20251401"),
             next(m.id for m in members if m.member.role is TeamRole.PART_TIME): Preferences(veteran=True),
             members[-1].id: Preferences(dibao=True)}
    for m in members:
        if m.id in facts:
            team.save(m.member, m.political_status, m.education, m.declared, m.id, preferences=facts[m.id])
    # A part-time member of grid 2 resigned 40 days ago; nobody appointed yet: a vacancy past the
    # 30 days of the rule. A former member (not one of today's team), so the other demo figures
    # of the members in post stay what they were.
    codes = sorted({m.member.grid_code for m in members if m.member.grid_code})
    second = codes[1] if len(codes) > 1 else codes[0]  # a small demo village may have one grid
    gone = TeamMember("邓离任", _demo_id(1988), "13700000002", TeamRole.PART_TIME, second,
                      today - timedelta(days=2 * 365), "走访入户、政策宣传")
    gone_id = int(team.save(gone, "中共党员", "大学专科", True).ids[0])
    staffing.record_departure(Departure(gone_id, today - timedelta(days=VACANCY_DAYS), LeaveReason.RESIGNED,
                                        "考取公务员", "村两委", "（演示）村委〔2026〕21号"))


def _demo_id(year: int) -> str:
    """A synthetic ID number that passes the check digit (sequence 997 on 15 March: the generator's
    ten team members are not born that day in practice)."""
    first17 = f"140105{year}0315997"
    return first17 + check_digit(first17)
