"""The demo village's monthly meetings: one in each of the last two months, both made final;
the earlier one's follow-ups became tasks, one of them done and one overdue, so the 月例会 tab,
the dashboard's red line and the printed minutes all have something true to show."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.meetings import Attendee, Capacity, FollowUp, Meeting, TaskState
from ..domain.roster import ResidentFilter
from .meetings import MeetingsService
from .roster import RosterService
from .session import UserSession
from .tasks import TasksService
from .team import TeamService


def _month_back(today: date, months: int) -> date:
    first = today.replace(day=1)
    for _ in range(months):
        first = (first - timedelta(days=1)).replace(day=1)
    return first


def fill_meetings(session: UserSession) -> list[int]:
    """The two meetings' ids, the earlier first."""
    meetings, tasks = MeetingsService(session), TasksService(session)
    today = meetings.today()
    team = [t for t in TeamService(session).members() if t.left_on is None]
    roster = RosterService(session)
    people = [roster.resident(i) for i in roster.resident_ids(ResidentFilter())[:40:8]]
    host, recorder = (team[0].member.name, team[1].member.name) if len(team) > 1 else ("演示主任", "演示主任")
    attendees = (tuple(Attendee(t.member.name, Capacity.TEAM, t.id) for t in team[:8])
                 + tuple(Attendee(p.name, Capacity.PARTY, resident_id=p.id) for p in people[:2])
                 + tuple(Attendee(p.name, Capacity.REPRESENTATIVE, resident_id=p.id) for p in people[2:])
                 + (Attendee("小店镇综治中心 李干事", Capacity.GUEST),))
    owners = [t.id for t in team[2:5]] or [team[0].id]
    ids = []
    for back, held_day in ((2, 25), (1, 26)):
        held = _month_back(today, back).replace(day=held_day)
        earlier = back == 2
        followups = ((FollowUp("对汛期前未走访到的 12 户补走访，逐户登记", owners[0], held + timedelta(days=10), True),
                      FollowUp("排查村西河道沿线的安全隐患，设置警示牌", owners[-1], held + timedelta(days=20), True))
                     if earlier else
                     (FollowUp("下月例会前整理本季度评议材料", None, None, False),))
        m = Meeting(held, "村综治中心会议室", host, recorder,
                    "通报本月走访和事件办理情况；部署下月重点工作",
                    "各网格员汇报本网格走访情况，个别网格入户不全；事件办理总体按时，有一件邻里纠纷反复。",
                    "一、坚持每周走访全覆盖；二、汛期河道巡查每天一次；三、邻里纠纷由调解员跟进回访。",
                    attendees, followups)
        meeting_id = int(meetings.save(m).ids[0])
        meetings.make_final(meeting_id)
        ids.append(meeting_id)
    made = [t for t in tasks.list([TaskState.OPEN]) if t.meeting_id == ids[0]]
    if made:  # the first done on time; the second left open past its day: overdue
        tasks.done(made[0].id, "已补走访 12 户，均已登记。", on=min(made[0].due_on - timedelta(days=2), today))
    return ids
