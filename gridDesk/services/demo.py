"""The demo village: a synthetic centre in its own folder, never over real data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.audit import Action
from ..paths import DB_NAME
from ..storage.centre_repo import CentreRepo
from ..storage.grids_repo import GridsRepo
from ..storage.roster_repo import RosterRepo
from .access import Access
from .clock import local_dt
from .demo_activity import fill_activity
from .demo_daily_logs import fill_daily_logs
from .demo_patrols import fill_patrols
from .demo_meetings import fill_meetings
from .demo_petitions import fill_petitions
from .demo_pay import fill_pay
from .demo_party import fill_party
from .demo_division import fill_division, fill_new_grid
from .demo_outreach import fill_outreach
from .demo_reports import fill_reports
from .demo_mediation import fill_mediation
from .first_steps import HIDDEN as FIRST_STEPS_HIDDEN
from .demo_review import fill_review
from .demo_staffing import fill_staffing
from .demo_training import fill_onboarding, fill_training
from .village_generator import Progress, generate_village

DEMO_USER = "demo"
DEMO_PASSWORD = "Demo@2026"
RESIDENTS_LIMIT = 10_000  # per village, for `griddesk demo --residents`: twice the full size (5,000); a typo of
# an extra zero or two would otherwise build for hours (five villages of it with --township)
DEMO_VILLAGE = "杏花村（演示）"
DEMO_CODE = "140105100201"
DEMO_TOWNSHIP = "小店镇"


@dataclass(frozen=True)
class DemoSummary:
    db_path: Path
    username: str
    password: str
    recovery_key: str
    grids: int
    households: int
    residents: int
    team: int
    visits: int = 0
    cases: int = 0


_SIDES = ("东至杏花河，南至 S312 省道，西至村部广场，北至后山林场", "东至村部广场，南至小学围墙，西至杏林路，北至水库大坝",
          "东至杏林路，南至南山脚下，西至镇界，北至 S312 省道", "东至后山林场，南至水库大坝，西至北沟，北至镇界")


def _sign_facts(s, grids) -> None:
    """What a real centre fills in before printing signs: phones, each grid's bounds and group link."""
    centre = CentreRepo(s)
    centre.set_setting("centre_phone", "0351-7654321")
    centre.set_setting("supervision_phone", "12345（政务服务便民热线）")
    repo = GridsRepo(s)
    for n, g in enumerate(grid for grid in grids if grid.parent_code is None):
        repo.save(g, g.description, f"{_SIDES[n % len(_SIDES)]}。{g.description}。")
        centre.set_setting(f"wechat_link:{g.code}", f"https://weixin.qq.com/g/demo-{g.code}")


def build_demo(folder: Path, migrations: Path, residents: int = 1000,
               make_access: Callable[[Path], Access] | None = None,
               progress: Progress | None = None, with_activity: bool = False, code: str = DEMO_CODE,
               name: str = DEMO_VILLAGE, township: str = DEMO_TOWNSHIP, seed: int = 2026,
               light: bool = False) -> DemoSummary:
    """`code`, `name`, `township` and `seed`: one of the township demo's five villages, each its own
    (services/demo_township.py). `light`: only what a village's archive batches carry to the
    township (training, cases with their escalations, the quarter's review, the filed reports);
    the rest of a centre's months are left out so that five villages build in seconds each."""
    db_path = Path(folder) / DB_NAME
    access = make_access(db_path) if make_access else Access(db_path, migrations)
    setup = access.create_centre(name, code, township, DEMO_USER, "演示主任", DEMO_PASSWORD)
    village = generate_village(code, residents, seed=seed, progress=progress)
    session = access.login(DEMO_USER, DEMO_PASSWORD)
    try:
        with session.write(Action.DEMO_GENERATED.value, f"{residents} 人") as s:
            RosterRepo(s).insert_village(village.grids, village.households, village.residents,
                                         village.team, local_dt(session.clock()), village.tags)
            _sign_facts(s, village.grids)
            if with_activity:  # a centre at work for months: its director put the first steps away long ago
                CentreRepo(s).set_setting(FIRST_STEPS_HIDDEN, "1")
        visits, cases = 0, 0
        if with_activity and light:
            fill_training(session)
            visits, cases = fill_activity(session)
            # Reviewed at the village only: the second review is the demo township's to make (issue 21).
            fill_review(session, second=False)
            fill_reports(session)
        elif with_activity:  # training first: 持证上岗 decides who may visit and be given cases
            fill_training(session)
            visits, cases = fill_activity(session)
            fill_daily_logs(session)  # issue 18 item 7: a quarter of 民情日志 with gaps
            fill_patrols(session)  # risk points and places patrolled through a quarter (issue 18)
            fill_meetings(session)  # the last two months' meetings, their tasks (issue 18)
            # before the review: a member who left in this quarter still has last quarter reviewed
            fill_staffing(session)  # issue 19: a vacancy 40 days open, a hire's selection record
            fill_review(session)  # the last full quarter reviewed at both levels, the current one open
            fill_pay(session)  # issue 18: commendations, a warning, last month's pay locked
            fill_division(session)  # issue 19: a split last year, a merge this year, one grid out of size
            fill_party(session)  # issue 19: party organisations, members, 党员联户 with one member behind
            fill_outreach(session)  # issue 19: service stations, WeChat groups at 70%, volunteers
            fill_petitions(session)  # issue 20: three petitions, this month's two (one a repeat, one a case)
            fill_mediation(session)  # issue 20: three mediations of last month (carried out, referred, open)
            fill_reports(session)  # issue 20: last month's report filed, this month's due, one overdue
            fill_new_grid(session)  # issue 19: a grid set up this month, no 网格长 or member yet (last: it moves no figure)
        else:
            fill_onboarding(session)
    finally:
        session.close()
    return DemoSummary(db_path, DEMO_USER, DEMO_PASSWORD, setup.recovery_key, len(village.grids),
                       len(village.households), len(village.residents), len(village.team), visits, cases)
