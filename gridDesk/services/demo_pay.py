"""The demo village's rewards and pay: two commendations and a warning last month, a demo
minimum wage, last month's ledger drawn up and locked, this month's drawn up as a draft."""

from __future__ import annotations

from datetime import timedelta

from ..domain.pay import add_months, month_text
from ..domain.rewards import Reward, RewardKind, RewardLevel
from ..domain.roster import TeamRole
from .clock import local_dt
from .pay import PayService
from .rewards import RewardsService
from .session import UserSession
from .team import TeamService

DEMO_MINIMUM_WAGE = 2280_00  # a made-up figure for the demo, not any county's standard


def fill_pay(session: UserSession) -> None:
    today = local_dt(session.clock()).date()
    this = today.replace(day=1)
    last = add_months(this, -1)
    team = [m for m in TeamService(session).members() if m.member.grid_code]
    full = [m for m in team if m.member.role is TeamRole.FULL_TIME] or team
    rewards = RewardsService(session)
    rewards.save(None, Reward(full[0].id, last + timedelta(days=9), RewardKind.COMMENDATION, RewardLevel.TOWNSHIP,
                              "汛期连续值守，及时转移危房住户", "（演示）某镇委〔2026〕12号"))
    rewards.save(None, Reward(team[-1].id, last + timedelta(days=14), RewardKind.COMMENDATION, RewardLevel.VILLAGE,
                              "化解邻里宅基地纠纷", "（演示）村委〔2026〕3号"))
    rewards.save(None, Reward(full[-1].id, last + timedelta(days=20), RewardKind.WARNING, RewardLevel.VILLAGE,
                              "连续两周未按要求走访到户", "（演示）村委〔2026〕4号"))
    pay = PayService(session)
    pay.save_rules({"minimum_wage": DEMO_MINIMUM_WAGE})
    pay.draw_up(month_text(last))
    pay.lock(month_text(last))
    pay.draw_up(month_text(this))
