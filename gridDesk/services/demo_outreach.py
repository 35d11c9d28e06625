"""The demo village's outreach (issue 19 items 4, 7, 8): two service stations with their "七个一"
checklists, one item missing at the second; 一户一代表 in the WeChat groups at 70% of the
village's households overall, uneven by grid (so one grid at least is under the dashboard's 80%
line); a volunteer of each kind; four pieces of information passed on, one of them made a case."""

from __future__ import annotations

from datetime import timedelta

from ..domain.outreach import Station, Volunteer, VolunteerKind, VolunteerReport
from ..domain.roster import TeamRole
from .cases import CasesService
from .clock import local_dt
from .session import UserSession
from .stations import StationsService
from .team import TeamService
from .volunteers import VolunteersService
from .wechat_groups import Joined, WechatGroupsService

# Each grid's share of households in its group, in grid order; the last grid takes what makes the
# village's whole exactly 70% (DEMO_OVERALL).
_SHARES = (0.9, 0.5, 0.75, 0.65)
DEMO_OVERALL = 70
_SERVICES = ("党务", "政务代办", "综治调解", "文化", "健康")
_ELDERS = ("老干部", "老战士", "老专家", "老教师", "老模范")


def demo_joined(counts: list[int]) -> list[int]:
    """How many households of each grid the demo puts in its group: the shares above, the last
    grid making the village's total 70% (rounded down) of all its households."""
    want = sum(counts) * DEMO_OVERALL // 100
    out = [int(n * _SHARES[i % len(_SHARES)]) for i, n in enumerate(counts)]
    if out:
        out[-1] = max(0, min(counts[-1], want - sum(out[:-1])))
    return out


def fill_outreach(session: UserSession) -> None:
    stations, wechat = StationsService(session), WechatGroupsService(session)
    volunteers = VolunteersService(session)
    today = local_dt(session.clock()).date()
    coverage = wechat.coverage()
    grids = [c.code for c in coverage]
    per_grid = {code: wechat.households(code) for code in grids}
    joined = demo_joined([len(per_grid[c]) for c in grids])
    for code, k in zip(grids, joined):
        lines = [Joined(h.number, h.head or "户主", today - timedelta(days=3 + n % 60))
                 for n, h in enumerate(per_grid[code][:k])]
        if lines:
            wechat.record(lines)
    team = [t for t in TeamService(session).members() if t.left_on is None]
    keepers = {g: next((t.id for t in team if g in t.grid_codes and t.member.role is TeamRole.LEADER), None)
               for g in grids}
    items = stations.items()
    for n, code in enumerate(grids[:2]):
        households = tuple(h.number for h in per_grid[code][:12 + 6 * n])
        sid = stations.save(None, Station(f"{code[-3:]}网格党群服务站", code, f"第{n + 1}村民小组活动室旁",
                                          "党员中心户闲置用房" if n else "村民小组活动室", _SERVICES[: 3 + 2 * n],
                                          "周一至周五 9:00-11:30，14:30-17:00", keepers[code], households)).ids[0]
        for m, item in enumerate(items):
            if n == 1 and m == len(items) - 1:
                continue  # the second station still lacks its last item: the tab shows it missing
            stations.tick(int(sid), item.key, today - timedelta(days=40 - m), "")
    kinds = list(VolunteerKind)
    names = ("赵春华", "钱志强", "孙秀英", "李德福", "周桂兰", "吴建国", "郑淑珍", "王长顺")
    ids = []
    for n, name in enumerate(names):
        kind = kinds[n % len(kinds)]
        duties = {VolunteerKind.VOLUNTEER: "敬老助残、环境整治", VolunteerKind.MICRO: "协助走访微网格内各户",
                  VolunteerKind.INFORMANT: "报送矛盾纠纷和安全隐患线索",
                  VolunteerKind.ELDER: f"{_ELDERS[n % len(_ELDERS)]}，参与矛盾调解"}[kind]
        vid = volunteers.save(None, Volunteer(name, kind, grids[n % len(grids)], duties, f"139{n:04d}{n * 37 % 10000:04d}",
                                              today - timedelta(days=200 + 30 * n), n != 7)).ids[0]
        ids.append((int(vid), grids[n % len(grids)]))
    said = ("村东头路灯坏了三盏，夜里行人看不清路", "两户因宅基地边界争吵，需要调解", "河边护栏松动，有孩子在附近玩耍",
            "独居老人王大爷连续两天没出门")
    reports = []
    for n, text in enumerate(said):
        vid, code = ids[(2 + n) % len(ids)]
        reports.append(int(volunteers.add_report(VolunteerReport(vid, today - timedelta(days=6 - n), text, code)).ids[0]))
    category = CasesService(session).categories()[0].id
    volunteers.to_case(reports[2], category, "河边护栏松动")
