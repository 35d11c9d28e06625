"""The demo village's grid division (issue 19 item 9): a split recorded last year, a merge this
year, one grid out of the size band, and a grid set up this month for a resettlement estate not yet
moved into: no households yet, and nobody appointed to it, so it is the demo's grid without a
网格长 or a member (and a second grid under the size band).

The demo village draws its grids by villager group and its groups are small (about 80 households),
so its director set the rural guidance to 80 (DB3208/T 200 4.2.2 lets a rural grid follow the
villager group); with the default 300 every demo grid would be marked, which shows nothing."""

from __future__ import annotations

from datetime import date

from ..domain.division import MergePlan, SplitPlan
from ..domain.roster import Grid, GridKind
from .clock import local_dt
from .division import DivisionService
from .grids import GridService
from .roster import RosterService
from .session import UserSession

DEMO_RURAL_GUIDANCE = 80


def fill_division(session: UserSession) -> None:
    today = local_dt(session.clock()).date()
    division = DivisionService(session)
    division.set_guidance({"households.rural": DEMO_RURAL_GUIDANCE})
    low, high = division.guidance().band(RosterService(session).tree()[0].kind)
    grids = [g for g in RosterService(session).tree() if g.parent_code is None]
    if len(grids) < 2:
        return
    # Last year: the last grid split in two; what stays is a few households under the band.
    last = grids[-1]
    households, _places = division.contents(last.code)
    keep = max(1, min(low - 5, len(households) - 1))
    code = GridService(session).next_code()
    division.split(SplitPlan(last.code, ((code, "第{0}网格（新区）".format(len(grids) + 1),
                                          tuple(h[0] for h in households[keep:]), ()),),
                             date(today.year - 1, 3, 10), "新区安置房入住，原网格户数过多，按村民小组拆分",
                             f"（演示）某镇综治〔{today.year - 1}〕7号"))
    # This year: the new grid merged into the neighbour with room for it, inside the band.
    moved = len(households) - keep
    into = next((g for g in grids[:-1] if g.households + moved <= high), grids[0])
    division.merge(MergePlan(into.code, (code,), min(date(today.year, 4, 15), today),
                             "新区与相邻网格道路连通，合并管理", f"（演示）某镇综治〔{today.year}〕3号"))


NEW_GRID = "新区安置小区网格"


def fill_new_grid(session: UserSession) -> str:
    """Run last, after every figure of the months before is in place: a grid set up this month
    changes none of them. Returns its code."""
    grids = GridService(session)
    code = grids.next_code()
    grids.save(Grid(code, NEW_GRID, GridKind.RURAL, "安置小区 1-6 号楼，预计下月起陆续入住"), "新区",
               "东至规划路，南至安置小区南门，西至村道，北至小区北围墙")
    return code
