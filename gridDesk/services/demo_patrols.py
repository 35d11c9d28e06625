"""The demo village's patrols: its risk points (a river, a forest road, a well, a mine)
and a few rentals and organisations, patrolled by plan through the last quarter and at least the
end of a flood season, with some patrols missed (one place left for the last ten days) and one
finding made into a case. Written through the services, so every rule (持证上岗, scope) holds."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from ..domain.certification import blocks
from ..domain.patrols import Patrol, PatrolOutcome, targets_of
from ..domain.places import Place, PlaceKind
from ..domain.visits import FindingCategory
from .cases import CasesService
from .clock import local_dt
from .patrol_rules import PatrolRulesService
from .patrols import PatrolsService
from .places import PlacesService
from .roster import RosterService
from .session import UserSession
from .team import TeamService
from .training import TrainingService

# (kind, name, address, details); the first grid gets the river's stretch and the forest road, the second the rest
_PLACES = (
    (PlaceKind.RISK_POINT, "杏花河村东段", "村东杏花河堤", {"risk_type": "河流", "hazard": "较大", "measures": "汛期每日巡堤，设警示牌"}),
    (PlaceKind.RISK_POINT, "后山林场防火道", "后山林场", {"risk_type": "道路", "hazard": "一般", "measures": "防火期禁火巡查"}),
    (PlaceKind.RISK_POINT, "村中老井", "村委会东侧", {"risk_type": "水井", "hazard": "一般", "measures": "井盖加锁"}),
    (PlaceKind.RISK_POINT, "南山废弃采石场", "南山脚下", {"risk_type": "矿产资源", "hazard": "重大", "measures": "封堵入口，禁止进入"}),
    (PlaceKind.RENTAL, "杏林路 12 号出租院", "杏林路 12 号", {"landlord": "王建国", "capacity": "6", "hazard": "一般"}),
    (PlaceKind.ORGANISATION, "杏花村小学", "村南", {"org_type": "学校", "legal_rep": "李校长", "hazard": "一般"}),
)
LEFT_DAYS = 10  # the mine's patrols stop ten days before today: missed on the dashboard


def _start(today: date, seasons) -> date:
    """A quarter back, or further to the last 1 September when the quarter has no flood-season day."""
    start = today - timedelta(days=92)
    flood = [s for s in seasons if s.name == "汛期"]
    if flood and not any(flood[0].covers(start + timedelta(days=n)) for n in range((today - start).days)):
        september = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
        start = min(start, september)
    return start


def fill_patrols(session: UserSession, seed: int = 18) -> int:
    """Returns the patrols logged."""
    rng = random.Random(seed)
    now = local_dt(session.clock())
    today = now.date()
    states = TrainingService(session).certificate_states()
    top = [n.code for n in RosterService(session).tree() if n.parent_code is None]
    team = [t for t in TeamService(session).members() if not blocks(states.get(t.id, "none"))]
    places = PlacesService(session)
    for n, (kind, name, address, details) in enumerate(_PLACES):
        grid = top[0] if n < 2 else top[min(1, len(top) - 1)]
        serving = [t for t in team if t.member.grid_code == grid] or team
        places.save(Place(None, kind, name, address, grid, serving[0].id, details))
    rules = PatrolRulesService(session).rules()
    patrols = PatrolsService(session)
    first = _start(today, rules.seasons)
    logged, finding_made = 0, False
    mine = [p for p in patrols.places() if p.name in {n for _k, n, _a, _d in _PLACES}]
    for place in mine:
        every = lambda d, t=targets_of(place): rules.frequency(t, d)  # noqa: E731
        stop = today - timedelta(days=LEFT_DAYS) if place.kind is PlaceKind.RISK_POINT and \
            place.details.get("risk_type") == "矿产资源" else today
        done: date | None = None
        for d in (first + timedelta(days=n) for n in range((today - first).days)):
            due = every(d) and (done is None or (d - done).days >= every(d))
            if not due or d >= stop or rng.random() < 0.12:  # about one planned patrol in eight is missed
                continue
            at = datetime(d.year, d.month, d.day, rng.choice((7, 8, 9, 15, 16, 17)), rng.choice((0, 15, 30, 45)))
            flood_finding = not finding_made and place.details.get("risk_type") == "河流" and \
                any(s.name == "汛期" and s.covers(d) for s in rules.seasons) and rng.random() < 0.2
            patrol = Patrol(place.id or 0, place.responsible_member_id or team[0].id, at,
                            PatrolOutcome.FINDING if flood_finding else PatrolOutcome.NORMAL,
                            FindingCategory.OTHER if flood_finding else None,
                            "大雨后河堤东段有一处渗水，约半米宽，已设警示" if flood_finding else "", "")
            pid = patrols.log(patrol).ids[0]
            if flood_finding:
                cases = CasesService(session)
                category = next((c.id for c in cases.categories() if c.name == "地质灾害"), cases.categories()[0].id)
                patrols.finding_to_case(int(pid), category, "杏花河堤渗水")
                finding_made = True
            done = d
            logged += 1
    return logged
