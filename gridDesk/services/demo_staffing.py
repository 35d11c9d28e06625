"""The demo village's staffing (issue 19 item 9): the village's 网格长 moved to the township 40 days
ago, so every grid is without a leader and that vacancy has been open 40 days; grid 1's full-time
member was hired through a complete selection record after the one before resigned; a few
members carry preference facts."""

from __future__ import annotations

from datetime import timedelta

from ..domain.idcard import check_digit
from ..domain.roster import TeamMember, TeamRole
from ..domain.staffing import Departure, LeaveReason, Preferences, SelectionStep
from .clock import local_dt
from .session import UserSession
from .staffing import StaffingService
from .team import TeamService

LEADER_GONE_DAYS = 40


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
    leader = next(m for m in members if m.member.role is TeamRole.LEADER)
    staffing.record_departure(Departure(leader.id, today - timedelta(days=LEADER_GONE_DAYS), LeaveReason.MOVED,
                                        "调任镇综治中心", "镇党委", "（演示）某镇委〔2026〕21号"))


def _demo_id(year: int) -> str:
    """A synthetic ID number that passes the check digit; sequence 997 is past what the village
    generator gives a birth day (it draws from 0-999 but the team is ten people: no clash in practice)."""
    first17 = f"140105{year}0315997"
    return first17 + check_digit(first17)
