"""Visits on a real database: logging, coverage by grid and week, key groups due, finding to case."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from gridDesk import paths
from gridDesk.domain.cases import CaseState
from gridDesk.domain.errors import ValidationError
from gridDesk.domain.visits import Finding, FindingCategory, Visit, week_of
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.services.visits import VisitsService


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 400, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def test_coverage_by_grid_and_week_and_what_is_carried_forward(demo):
    visits = VisitsService(demo)
    grid = RosterService(demo).tree()[0]
    member = TeamService(demo).members()[1].id
    numbers = [n for n, _a in visits.not_visited(grid.code)]
    assert len(numbers) == grid.households
    today = datetime.fromtimestamp(demo.clock()).date()
    visits.log(Visit(member, grid.code, today, "上午", tuple(numbers[:5])))
    visits.log(Visit(member, grid.code, today, "下午", tuple(numbers[3:8])))  # overlap counts once
    last_week = week_of(today) - timedelta(days=3)
    visits.log(Visit(member, grid.code, last_week, "上午", tuple(numbers[:2])))
    matrix = visits.matrix()
    row = next(r for r in matrix if r[0].grid_code == grid.code)
    # The demo was set up today: its table runs from the week of its first visit, last week, not 12 weeks back.
    assert len(row) == 2 and row[-1].visited == 8 and row[-2].visited == 2
    assert row[-1].households == grid.households and not row[-1].complete
    assert len(visits.not_visited(grid.code)) == grid.households - 8
    assert len(visits.not_visited(grid.code, last_week=True)) == grid.households - 2


def test_bad_visits_are_refused(demo):
    visits = VisitsService(demo)
    tree = RosterService(demo).tree()
    member = TeamService(demo).members()[1].id
    today = datetime.fromtimestamp(demo.clock()).date()
    other_grid_household = visits.not_visited(tree[1].code)[0][0]
    with pytest.raises(ValidationError, match="晚于今天"):
        visits.log(Visit(member, tree[0].code, today + timedelta(days=1), "上午", ("x",)))
    with pytest.raises(ValidationError, match="不在所选网格"):
        visits.log(Visit(member, tree[0].code, today, "上午", (other_grid_household,)))
    with pytest.raises(ValidationError, match="没有这些户号"):
        visits.log(Visit(member, tree[0].code, today, "上午", ("NO-SUCH",)))


def test_key_group_members_due_and_a_finding_becomes_a_case(demo):
    visits = VisitsService(demo)
    due = visits.key_groups_due()
    assert due and all(d.last_visit is None for d in due)  # nobody visited yet
    person = due[0]
    household = RosterService(demo).resident(person.resident_id).household_number
    member = TeamService(demo).members()[1].id
    today = datetime.fromtimestamp(demo.clock()).date()
    visit_id = visits.log(Visit(member, person.grid_code, today, "上午", (household,),
                                findings=(Finding(FindingCategory.FIRE, "柴草堆在灶台旁"),))).ids[0]
    assert person.resident_id not in {d.resident_id for d in visits.key_groups_due()}
    cases = CasesService(demo)
    category = next(c.id for c in cases.categories() if c.name == "消防隐患")
    finding_id = _finding_id(demo, visit_id)
    case_id = visits.finding_to_case(visit_id, finding_id, category, "灶台旁堆放柴草")
    case = cases.get(case_id)
    assert case.state is CaseState.REPORTED and case.grid_code == person.grid_code and case.place
    with pytest.raises(ValidationError, match="已经转成案件"):
        visits.finding_to_case(visit_id, finding_id, category, "再转一次")


def _finding_id(session, visit_id):
    from gridDesk.storage.visits_repo import VisitsRepo

    with session.db.transaction() as s:
        return VisitsRepo(s).findings(visit_id)[0][0]


def test_the_demo_has_twelve_weeks_of_visits_and_cases_in_every_state(tmp_path):
    from gridDesk.domain.cases import CaseState

    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    try:
        states = {c.state for c in CasesService(session).list()}
        assert {CaseState.REPORTED, CaseState.FILED, CaseState.ASSIGNED, CaseState.IN_PROGRESS,
                CaseState.ESCALATED, CaseState.RETURNED, CaseState.FEEDBACK, CaseState.CLOSED} <= states
        assert CasesService(session).counts()["overdue"] >= 1
        matrix = VisitsService(session).matrix()
        assert all(week.visited > 0 for row in matrix for week in row[:-1])
    finally:
        session.close()


def test_the_week_report_counts_each_members_days_households_and_findings(demo):
    visits = VisitsService(demo)
    grid = RosterService(demo).tree()[0]
    member = next(t for t in TeamService(demo).members() if grid.code in t.grid_codes)
    numbers = [n for n, _a in visits.not_visited(grid.code)]
    today = datetime.fromtimestamp(demo.clock()).date()
    monday = week_of(today) - timedelta(weeks=20)  # before the demo's twelve weeks of visits
    assert all(r.visits == 0 for r in visits.week_report(monday))
    visits.log(Visit(member.id, grid.code, monday, "上午", tuple(numbers[:4]),
                     findings=(Finding(FindingCategory.FIRE, "楼道堆放杂物"), Finding(FindingCategory.DEMAND, "路灯坏了")),
                     solved_on_spot=1))
    visits.log(Visit(member.id, grid.code, monday + timedelta(days=2), "下午", tuple(numbers[2:6])))
    row = next(r for r in visits.week_report(monday + timedelta(days=3)) if r.member_id == member.id)
    assert row.households_per_day == (4, 0, 4, 0, 0, 0, 0) and row.days_out == 2
    assert (row.visits, row.households, row.findings, row.solved_on_spot, row.reported) == (2, 6, 2, 1, 0)
    visit_id, finding_id = next((v, f) for v, f, *_rest in visits.open_findings() if _rest[1] == "路灯坏了")
    category = CasesService(demo).categories()[0].id
    visits.finding_to_case(visit_id, finding_id, category, "路灯坏了")
    row = next(r for r in visits.week_report(monday) if r.member_id == member.id)
    assert row.reported == 1


def test_a_visit_keeps_its_photos(demo):
    from gridDesk.domain.attachments import NewAttachment
    from gridDesk.services.attachments import AttachmentsService

    visits = VisitsService(demo)
    grid = RosterService(demo).tree()[0]
    member = TeamService(demo).members()[1].id
    number = visits.not_visited(grid.code)[0][0]
    today = datetime.fromtimestamp(demo.clock()).date()
    visit_id = visits.log(Visit(member, grid.code, today, "上午", (number,)),
                          [NewAttachment("入户.png", b"\x89PNG" + b"1" * 40)]).ids[0]
    [photo] = AttachmentsService(demo).listed("visit", visit_id)
    assert (photo.name, photo.kind, photo.step) == ("入户.png", "photo", "")
