"""Patrols on a real database: the due and missed days of a month counted by hand, who owes them,
the figures other parts read (per member, the month's), the finding made a case, scope and
持证上岗, the patrol calendar read back as a PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from gridDesk.domain.accounts import Role
from gridDesk.domain.certification import Uncertified
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.patrols import Patrol, PatrolOutcome, Season
from gridDesk.domain.places import Place, PlaceKind
from gridDesk.domain.roster import Grid, GridKind, TeamMember, TeamRole
from gridDesk.domain.training import Certificate
from gridDesk.domain.visits import FindingCategory
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.grids import GridService
from gridDesk.services.patrol_printouts import PatrolPrintService
from gridDesk.services.patrol_rules import PatrolRulesService
from gridDesk.services.patrols import PatrolsService
from gridDesk.services.places import PlacesService
from gridDesk.services.team import TeamService
from gridDesk.services.training import TrainingService
from gridDesk.storage.patrols_repo import patrol_refs, patrols_by_member
from tests.conftest import FakeClock

G1, G2 = "140105100201001", "140105100201002"
PW = "Member@2026x"


def _ts(day: date, hour: int = 9) -> float:
    return datetime(day.year, day.month, day.day, hour).timestamp()  # the services' clock is local time


@pytest.fixture
def clock() -> FakeClock:
    """The centre is set up on 1 July 2026, in flood season (汛期 06-01 to 09-30)."""
    return FakeClock(_ts(date(2026, 7, 1), 8))


def _id(n: int) -> str:
    first17 = f"14010519800101{n:03d}"
    return first17 + check_digit(first17)


@pytest.fixture
def village(session):
    """G1: 张伟 (certified) with a river, a well and a road; G2: 李强 (certified), 刘波 (never
    trained) with a rental."""
    grids = GridService(session)
    grids.save(Grid(G1, "第一网格", GridKind.RURAL))
    grids.save(Grid(G2, "第二网格", GridKind.RURAL))
    team = TeamService(session)
    for n, (name, grid) in enumerate((("张伟", G1), ("李强", G2), ("刘波", G2)), 1):
        team.save(TeamMember(name, _id(n), f"1390000{n:04d}", TeamRole.FULL_TIME, grid, date(2025, 3, 1)),
                  "群众", "高中", True)
    ids = [t.id for t in sorted(team.members(), key=lambda t: t.id)]
    for n, member in enumerate(ids[:2], 1):
        TrainingService(session).save_certificate(Certificate(member, f"GR-{n}", "县委政法委", date(2026, 4, 1)))
    places = PlacesService(session)
    for place in (Place(None, PlaceKind.RISK_POINT, "杏花河东段", "村东", G1, details={"risk_type": "河流"}),
                  Place(None, PlaceKind.RISK_POINT, "老井", "村中", G1, details={"risk_type": "水井"}),
                  Place(None, PlaceKind.RISK_POINT, "后山林道", "后山", G1, details={"risk_type": "道路"}),
                  Place(None, PlaceKind.RENTAL, "王家出租院", "杏林路 8 号", G2)):
        places.save(place)
    by_name = {p.name: p.id for p in places.list()}
    return dict(zhang=ids[0], li=ids[1], liu=ids[2], river=by_name["杏花河东段"], well=by_name["老井"],
                road=by_name["后山林道"], rental=by_name["王家出租院"])


def _patrol(session, clock, place: int, member: int, day: date, finding: str = "") -> int:
    clock.now = _ts(day, 18)
    at = datetime(day.year, day.month, day.day, 9, 30)
    outcome = PatrolOutcome.FINDING if finding else PatrolOutcome.NORMAL
    return PatrolsService(session).log(Patrol(place, member, at, outcome,
                                              FindingCategory.PUBLIC_ORDER if finding else None, finding)).ids[0]


@pytest.fixture
def july(session, clock, village):
    """The month by hand: river (daily in 汛期) patrolled 1-10 July but the 4th and the 7th; the well
    (every 3 days in 汛期) on the 1st and the 9th; the road (every 3 days in 汛期) on the 17th; the
    rental (every 30 days, no season in July) never. Today is 20 July."""
    v = village
    ids = {}
    for d in (1, 2, 3, 5, 6, 8, 9, 10):
        ids[("river", d)] = _patrol(session, clock, v["river"], v["zhang"], date(2026, 7, d),
                                    "河堤有一处渗水" if d == 10 else "")
        if d in (1, 9):
            ids[("well", d)] = _patrol(session, clock, v["well"], v["zhang"], date(2026, 7, d))
    ids[("road", 17)] = _patrol(session, clock, v["road"], v["zhang"], date(2026, 7, 17))
    clock.now = _ts(date(2026, 7, 20), 10)
    return ids


def test_due_and_missed_on_a_day_against_the_days_counted_by_hand(session, village, july):
    patrols = PatrolsService(session)
    today = date(2026, 7, 20)
    due = {d.place_name: d for d in patrols.due()}
    # river: last 10 July, daily: due 11 July, missed; well: last 9 July, every 3: due 12 July, missed;
    # road: last 17 July, every 3: due today; rental: never patrolled, due since the centre's first day
    assert {n: (d.due_on, d.missed(today), d.every_days) for n, d in due.items()} == {
        "杏花河东段": (date(2026, 7, 11), True, 1), "老井": (date(2026, 7, 12), True, 3),
        "后山林道": (date(2026, 7, 20), False, 3), "王家出租院": (date(2026, 7, 1), True, 30)}
    assert due["王家出租院"].owed_by == (village["li"], village["liu"])  # the grid's members: no one responsible
    assert patrols.counts() == (3, 1)
    mine = patrols.due_for_member(village["zhang"], today)
    assert [d.place_name for d in mine] == ["杏花河东段", "老井", "后山林道"]
    assert [d.place_name for d in patrols.due_for_member(village["liu"], today)] == ["王家出租院"]
    # a patrol today settles the road
    _patrol(session, session.clock, village["road"], village["zhang"], today)
    assert PatrolsService(session).counts(today) == (3, 0)


def test_the_months_figures_and_each_members_done_and_due(session, village, july):
    patrols = PatrolsService(session)
    july_figures = patrols.month_figures(2026, 7)
    # planned: river 31 (daily); well 1,4,7,12,15,18,21,24,27,30 = 10; road 1,4,7,10,13,16,20,23,26,29
    # = 10; rental 1 and 31 = 2. Missed before the 20th: river 4,7,11-19 = 11; well 4,7,12,15,18 = 5;
    # road 1,4,7,10,13,16 = 6; rental the 1st = 1.
    assert (july_figures.done, july_figures.due, july_figures.missed) == (11, 53, 23)
    assert (july_figures.findings, july_figures.to_cases) == (1, 0)
    assert patrols.month_figures(2026, 7, G2).due == 2
    with session.db.transaction() as s:
        by_member = patrols_by_member(s, date(2026, 7, 1), date(2026, 7, 20))
        refs = patrol_refs(s, village["zhang"], date(2026, 7, 9), date(2026, 7, 10))
    # 张伟: 11 patrols; due: the river's 20 days (8 met, 12 missed by the 21st), the well's planned 1,4,7,12,15,18
    # (the 9th was outside the plan), the road's 1,4,7,10,13,16,20. The rental's 1st is owed by both of G2.
    assert by_member == {village["zhang"]: (11, 33), village["li"]: (0, 1), village["liu"]: (0, 1)}
    assert refs == [(july[("river", 9)], date(2026, 7, 9), "杏花河东段"), (july[("well", 9)], date(2026, 7, 9), "老井"),
                    (july[("river", 10)], date(2026, 7, 10), "杏花河东段")]


def test_a_finding_becomes_a_case_in_one_action_linked_both_ways(session, village, july):
    patrols = PatrolsService(session)
    cases = CasesService(session)
    with pytest.raises(ValidationError) as normal:
        patrols.finding_to_case(july[("river", 9)], cases.categories()[0].id, "河堤渗水")
    assert normal.value.code == "patrols.no_finding"
    case_id = patrols.finding_to_case(july[("river", 10)], cases.categories()[0].id, "河堤渗水")
    case = cases.get(case_id)
    assert case.place == "杏花河东段" and case.grid_code == G1 and "河堤有一处渗水" in case.description
    assert f"巡查记录 {july[('river', 10)]}" in case.description
    assert patrols.get(july[("river", 10)]).case_id == case_id
    assert patrols.month_figures(2026, 7).to_cases == 1
    with pytest.raises(ValidationError) as twice:
        patrols.finding_to_case(july[("river", 10)], cases.categories()[0].id, "河堤渗水")
    assert twice.value.code == "patrols.finding_taken"


def test_a_finding_needs_its_class_and_words(session, village):
    patrols = PatrolsService(session)
    with pytest.raises(ValidationError) as bare:
        patrols.log(Patrol(village["river"], village["zhang"], datetime(2026, 7, 1, 8), PatrolOutcome.FINDING))
    assert bare.value.code == "patrols.finding_required"
    with pytest.raises(ValidationError) as elsewhere:
        patrols.log(Patrol(village["rental"], village["zhang"], datetime(2026, 7, 1, 8)))
    assert elsewhere.value.code == "patrols.member_elsewhere"


def test_a_grid_member_patrols_and_sees_only_its_grids(session, access, village, july):
    AccountsService(session, access).add("zw", "张伟", Role.GRID_MEMBER, PW, member_id=village["zhang"])
    AccountsService(session, access).set_grids("zw", [G1])
    member = access.login("zw", PW)
    patrols = PatrolsService(member)
    assert {p.name for p in patrols.places()} == {"杏花河东段", "老井", "后山林道"}
    assert {d.place_name for d in patrols.due()} == {"杏花河东段", "老井", "后山林道"}
    assert patrols.counts() == (2, 1)
    with pytest.raises(PermissionDenied):
        patrols.log(Patrol(village["rental"], village["li"], datetime(2026, 7, 20, 9)))
    with pytest.raises(PermissionDenied):  # another grid's member on its own grid's place
        patrols.log(Patrol(village["river"], village["li"], datetime(2026, 7, 20, 9)))
    with pytest.raises(PermissionDenied):
        patrols.due_for_member(village["liu"], date(2026, 7, 20))
    patrols.log(Patrol(village["river"], village["zhang"], datetime(2026, 7, 20, 9)))
    assert {r.grid_code for r in patrols.log_list(date(2026, 7, 1), date(2026, 7, 31))} == {G1}
    with pytest.raises(PermissionDenied):
        PatrolPrintService(member).calendars(2026, 7, G2)
    with pytest.raises(PermissionDenied):
        PatrolRulesService(member).set_frequency("rental", 7)


def test_an_uncertified_member_patrols_only_with_the_directors_reason(session, village):
    patrols = PatrolsService(session)
    patrol = Patrol(village["rental"], village["liu"], datetime(2026, 7, 1, 7))
    with pytest.raises(Uncertified, match="刘波.*不能登记走访和巡查"):
        patrols.log(patrol)
    pid = patrols.log(patrol, cert_override="汛期人手不足，随网格长巡查").ids[0]
    [allowed] = DashboardService(session).cert_overrides()
    assert allowed.target == f"patrol:{pid}"


def test_seasons_are_the_directors_data(session, village, july):
    rules = PatrolRulesService(session)
    flood = next(s for s in rules.rules().seasons if s.name == "汛期")
    assert (flood.starts, flood.ends, flood.every_days["risk:河流"]) == ("06-01", "09-30", 1)
    # the river every 2 days in flood season: from its last patrol on the 10th, due on the 12th
    rules.save_season(Season(flood.id, "汛期", "6-1", "9月30日", {**flood.every_days, "risk:河流": 2}))
    river = next(d for d in PatrolsService(session).due() if d.place_name == "杏花河东段")
    assert (river.due_on, river.every_days) == (date(2026, 7, 12), 2)
    with pytest.raises(ValidationError) as bad:
        rules.save_season(Season(None, "秋收", "09-31", "10-15", {}))
    assert bad.value.code == "patrols.month_day"
    with pytest.raises(ValidationError) as taken:
        rules.save_season(Season(None, "汛期", "07-01", "07-15", {}))
    assert taken.value.code == "patrols.season_taken"
    # the rental weekly from a season of our own over July: due since the 1st, still
    rules.set_frequency("rental", 0)
    assert "王家出租院" not in {d.place_name for d in PatrolsService(session).due()}


def test_the_patrol_calendar_reads_back(session, village, july, tmp_path):
    out = tmp_path / "patrols.pdf"
    prints = PatrolPrintService(session)
    [cal] = prints.calendars(2026, 7, G1)
    river = next(r for r in cal.rows if r.place_name == "杏花河东段")
    assert sum(d.missed for d in river.days) == 11 and sum(d.done for d in river.days) == 8
    assert cal.seasons == (("汛期", tuple(range(1, 32))),)
    assert prints.print_calendars(out, 2026, 7) == 2  # one page a grid
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "第一网格" in text and "2026 年 7 月巡查日历" in text and "杏花河东段" in text and "汛期" in text
    assert "本月计划巡查 51 次，已巡查 11 次，漏巡 22 次" in text  # G1: 31 + 10 + 10 planned
    assert "王家出租院" in text
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    header, _rule, *rows = fonts.splitlines()
    emb = header.index("emb")
    assert rows and all(line[emb:emb + 3] == "yes" for line in rows), fonts
