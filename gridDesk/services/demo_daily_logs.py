"""The demo village's 民情日志: a quarter of working days for the certified team, with gaps (a few
missing days), a few 今日无异常 days, most signed off by the director, the last days waiting for
sign-off, and one returned with its reason."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain.audit import Action
from ..domain.certification import blocks
from ..domain.daily_logs import LogEntry, LogState, TimeSlot, check_entry
from ..domain.visits import FindingCategory
from ..storage.cases_repo import CasesRepo
from ..storage.daily_logs_repo import DailyLogsRepo
from ..storage.work_calendar_repo import WorkCalendarRepo
from .clock import local_dt
from .daily_logs import in_post
from .session import UserSession
from .team import TeamService
from .training import TrainingService
from .work_calendar import build_calendar

PLACES = ("本网格各村民小组入户走访", "沿河道、机井巡查", "出租房屋检查", "村委会值班、接待来访",
          "农家乐、小卖部消防检查", "独居老人家中探望")
RETURN_REASON = "时段与走访记录对不上，请核实后重新提交"


def fill_daily_logs(session: UserSession, weeks: int = 13, seed: int = 18) -> int:
    """Returns the number of days entered. Written in one transaction (the demo's own audit row):
    a quarter of days through the service would be a thousand transactions."""
    rng = random.Random(seed)
    now = local_dt(session.clock())
    today = now.date()
    states = TrainingService(session).certificate_states()
    team = [m for m in TeamService(session).members() if not blocks(states.get(m.id, "none"))]
    # from the last full quarter's first day at the latest: the quarter the demo reviews has its days
    before = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) - timedelta(days=1)
    last_quarter = date(before.year, 3 * ((before.month - 1) // 3) + 1, 1)
    first = min(today - timedelta(weeks=weeks), last_quarter)
    made = 0
    with session.write(Action.DEMO_GENERATED.value, "daily logs", f"{weeks} weeks") as s:
        calendar = build_calendar(CasesRepo(s), WorkCalendarRepo(s), today)
        repo = DailyLogsRepo(s)
        days = [first + timedelta(days=i) for i in range((today - first).days)]
        returned = False
        for member in team:
            for day in days:
                if not calendar.is_working_day(day) or not in_post(member, day) or rng.random() < 0.06:
                    continue  # a gap: the month grid shows it missing
                if rng.random() < 0.08:
                    entry = LogEntry(member.id, day, (TimeSlot("08:30", "11:30"),), rng.choice(PLACES),
                                     nothing_to_report=True)
                else:
                    found = rng.choice((0, 0, 0, 1, 1, 2))
                    category = rng.choice(list(FindingCategory))
                    entry = LogEntry(member.id, day, (TimeSlot("08:30", "11:30"), TimeSlot("14:30", "17:00")),
                                     rng.choice(PLACES), ((category, found),) if found else (),
                                     solved_on_spot=found, notes="")
                log_id = repo.save(entry, check_entry(entry, today), "demo", now)
                made += 1
                if (today - day).days <= 3:
                    continue  # the last days wait for sign-off
                if not returned and (today - day).days <= 10:
                    repo.set_state(log_id, LogState.RETURNED, "demo", now, RETURN_REASON)
                    returned = True
                else:
                    repo.set_state(log_id, LogState.SIGNED, "demo", now)
    return made
