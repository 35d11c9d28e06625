"""Party organisations, party members and 党员联户 on a real database (issue 19 items 1-3): the
tree's rules (a group only under its own grid's branch, a secretary who is a party member), one
contact member a household, scope, the yearly appraisal once, the rhythm from the member's own
entries and from the visit log, the behind figure against the demo's records counted by hand,
and the organisation chart read back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.domain.party import Appraisal, Contact, ContactKind, MemberKind, OrgLevel, PartyMember, PartyOrg
from gridDesk.domain.roster import Grid, GridKind, ResidentFilter
from gridDesk.domain.visits import Visit
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.demo import build_demo
from gridDesk.services.grids import GridService
from gridDesk.services.party import PartyPrintService, PartyService
from gridDesk.services.roster import RosterService
from gridDesk.services.status import current_status
from gridDesk.services.team import TeamService
from gridDesk.services.visits import VisitsService
from gridDesk.storage.team_repo import TeamRepo
from tests.conftest import FakeClock
from tests.storage.test_meetings import fonts_embedded

TODAY = datetime(2026, 11, 20, 10, 0)  # a Friday
PW = "Member@2026pass"


def _village(tmp_path, activity: bool):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make, with_activity=activity)
    access = make(summary.db_path)
    return access.login("demo", "Demo@2026"), access


@pytest.fixture
def plain(tmp_path):
    """The demo's roster with no party register yet, and a micro-grid in each of the first two grids."""
    session, access = _village(tmp_path, False)
    grids = GridService(session)
    for node in [g for g in RosterService(session).tree() if g.parent_code is None][:2]:
        grids.save(Grid(node.code + "01", f"{node.name[:3]}第1微网格", GridKind.MICRO, "", node.code))
    yield session, access
    session.close()


@pytest.fixture
def demo(tmp_path):
    session, access = _village(tmp_path, True)
    yield session, access
    session.close()


def _tree(party: PartyService, session):
    nodes = [g for g in RosterService(session).tree()]
    grids = [g for g in nodes if g.parent_code is None]
    micros = [g for g in nodes if g.kind is GridKind.MICRO]
    party.save_org(PartyOrg(OrgLevel.VILLAGE, party.proposed_name(OrgLevel.VILLAGE)))
    for g in grids[:2]:
        party.save_org(PartyOrg(OrgLevel.BRANCH, party.proposed_name(OrgLevel.BRANCH, g.code), g.code))
    return grids, micros


def test_a_group_sits_only_under_its_own_grids_branch(plain):
    session, _access = plain
    party = PartyService(session)
    with pytest.raises(ValidationError, match="先登记村党组织"):
        party.save_org(PartyOrg(OrgLevel.BRANCH, "x", RosterService(session).tree()[0].code))
    grids, micros = _tree(party, session)
    branches = {o.grid_code: o for o in party.orgs() if o.level is OrgLevel.BRANCH}
    first, second = micros[0], micros[1]
    assert first.parent_code == grids[0].code and second.parent_code == grids[1].code
    # the attack: a group of grid 1's micro-grid hung under grid 2's branch
    with pytest.raises(ValidationError, match="不能挂在别的网格的党支部下"):
        party.save_org(PartyOrg(OrgLevel.GROUP, "第1微网格党小组", first.code, parent_id=branches[grids[1].code].id))
    with pytest.raises(ValidationError, match="微网格上建党小组"):
        party.save_org(PartyOrg(OrgLevel.BRANCH, "村第1微网格党支部", first.code))
    with pytest.raises(ValidationError, match="网格上建党支部"):
        party.save_org(PartyOrg(OrgLevel.GROUP, "某微网格党小组", grids[0].code))
    with pytest.raises(ValidationError, match="已经登记过了"):
        party.save_org(PartyOrg(OrgLevel.VILLAGE, "第二个村党委"))
    with pytest.raises(ValidationError, match="已有党组织"):
        party.save_org(PartyOrg(OrgLevel.BRANCH, "重复党支部", grids[0].code))
    party.save_org(PartyOrg(OrgLevel.GROUP, party.proposed_name(OrgLevel.GROUP, first.code), first.code))
    group = next(o for o in party.orgs() if o.level is OrgLevel.GROUP)
    assert group.parent_id == branches[grids[0].code].id and group.name == f"{first.name}党小组"
    assert [o.level for o in party.orgs()] == [OrgLevel.VILLAGE, OrgLevel.BRANCH, OrgLevel.GROUP, OrgLevel.BRANCH]
    village = session.centre.village_name
    assert branches[grids[0].code].name == f"{village}{grids[0].name}党支部"


def test_a_name_of_200_characters_is_refused_in_words_and_nothing_is_kept(plain):
    session, _access = plain
    party = PartyService(session)
    with pytest.raises(ValidationError, match="最多 64 个字，现在是 200 个字"):
        party.save_org(PartyOrg(OrgLevel.VILLAGE, "党" * 200))
    assert party.orgs() == []


def test_a_secretary_must_be_a_party_member(plain):
    session, _access = plain
    party, roster = PartyService(session), RosterService(session)
    _tree(party, session)
    crowd = next(i for i in roster.resident_ids(ResidentFilter()) if roster.resident(i).political_status == "群众")
    with pytest.raises(ValidationError, match="政治面貌不是中共党员"):
        party.save_member(PartyMember(MemberKind.ROSTER, resident_id=crowd))
    assert party.take_from_roster().moved == sum(
        1 for i in roster.resident_ids(ResidentFilter()) if roster.resident(i).political_status in ("中共党员", "中共预备党员"))
    member = party.members()[0]
    branch = next(o for o in party.orgs() if o.level is OrgLevel.BRANCH)
    party.save_org(replace(branch, secretary_id=member.id))
    assert next(o for o in party.orgs() if o.id == branch.id).secretary_name == member.name
    # the member's political status is changed on the roster: no longer a secretary to choose
    roster.save_resident(replace(roster.unmask(member.resident_id, "测试"), political_status="群众"))
    assert not next(m for m in party.members() if m.id == member.id).still_member
    with pytest.raises(ValidationError, match="必须是党员"):
        party.save_org(replace(branch, secretary_id=member.id, name=branch.name + "（改）"))
    with pytest.raises(ValidationError, match="必须是党员"):
        party.save_org(replace(branch, secretary_id=99999))


def test_written_in_members_are_checked_as_the_roster_checks_them(plain):
    session, _access = plain
    party = PartyService(session)
    flowing = PartyMember(MemberKind.FLOWING, "周建华", "110101198005120030", "13903510000", whereabouts="苏州")
    with pytest.raises(ValidationError, match="校验"):
        party.save_member(replace(flowing, id_number="110101198005120031"))
    with pytest.raises(ValidationError, match="所在地"):
        party.save_member(replace(flowing, whereabouts=""))
    with pytest.raises(ValidationError, match="工作单位"):
        party.save_member(replace(flowing, kind=MemberKind.IN_POST, whereabouts=""))
    party.save_member(flowing)
    with pytest.raises(ValidationError, match="已在党员名单上"):
        party.save_member(replace(flowing, name="另一人"))
    assert [(m.name, m.kind) for m in party.members()] == [("周建华", MemberKind.FLOWING)]


def test_a_household_has_one_contact_member_and_a_grid_member_reaches_only_their_grids(plain):
    session, access = plain
    party, roster = PartyService(session), RosterService(session)
    grids, _micros = _tree(party, session)
    party.take_from_roster()
    by_grid = {}
    for m in party.members():
        by_grid.setdefault(m.grid_code[:15], []).append(m)
    one, two = by_grid[grids[0].code][0], by_grid[grids[1].code][0]
    first, second = (roster.households(g.code) for g in grids[:2])
    party.link(one.id, [first[0].number, first[1].number])
    with pytest.raises(ValidationError, match="已由党员") as refused:
        party.link(two.id, [first[1].number, second[0].number])
    assert first[1].number in refused.value.message
    assert [(l.household_number, l.member_id) for l in party.links()] == [(first[0].number, one.id),
                                                                          (first[1].number, one.id)]
    party.link(one.id, [first[0].number])  # linked already to this member: as it was
    party.link(two.id, [second[0].number])
    # a grid member of grid 1
    team = [t for t in TeamService(session).members() if t.member.grid_code == grids[0].code]
    AccountsService(session, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW, member_id=team[0].id)
    AccountsService(session, access).set_grids("ge1", [grids[0].code])
    member = access.login("ge1", PW)
    try:
        mine = PartyService(member)
        assert {l.household_number for l in mine.links()} == {first[0].number, first[1].number}
        assert all(m.grid_code.startswith(grids[0].code) for m in mine.members())
        with pytest.raises(PermissionDenied):  # links are the centre's register, in any grid
            mine.link(one.id, [first[2].number])
        with pytest.raises(PermissionDenied):
            mine.unlink([second[0].number])
        # contacts are the team's to record, in their own grids only
        with pytest.raises(PermissionDenied):
            mine.record_contact(Contact(two.id, date(2026, 11, 19), ContactKind.VISIT, (second[0].number,)))
        mine.record_contact(Contact(one.id, date(2026, 11, 19), ContactKind.VISIT, (first[0].number,), "入户"))
        with pytest.raises(ValidationError, match="不是这名党员的联系户"):
            mine.record_contact(Contact(one.id, date(2026, 11, 19), ContactKind.VISIT, (first[2].number,)))
    finally:
        member.close()
    assert {l.household_number: l.last_visit for l in party.links(one.id)} == {
        first[0].number: date(2026, 11, 19), first[1].number: None}


def test_the_appraisal_is_recorded_once_a_year(plain):
    session, _access = plain
    party = PartyService(session)
    party.save_member(PartyMember(MemberKind.IN_POST, "刘志强", "110101198005120030", unit="镇农业农村办"))
    member = party.members()[0]
    party.appraise(Appraisal(member.id, 2026, date(2026, 6, 30), "合格", "网格党支部党员大会"))
    with pytest.raises(ValidationError, match="2026 年的民主评议已经登记过"):
        party.appraise(Appraisal(member.id, 2026, date(2026, 11, 1), "优秀", "网格党支部党员大会"))
    with pytest.raises(ValidationError, match="须在 2025 年内"):
        party.appraise(Appraisal(member.id, 2025, date(2026, 1, 5), "优秀", "党员大会"))
    party.appraise(Appraisal(member.id, 2025, date(2025, 12, 20), "优秀", "网格党支部党员大会"))
    assert [(a.year, a.result) for a in party.appraisals(member.id)] == [(2026, "合格"), (2025, "优秀")]


def test_a_home_visit_counts_from_the_visit_log_when_the_member_is_on_the_team(plain):
    session, _access = plain
    party, roster = PartyService(session), RosterService(session)
    grids, _micros = _tree(party, session)
    with session.db.transaction() as s:  # the full ID number (the service shows it masked)
        worker = next(t for t in TeamRepo(s).all() if t.member.grid_code == grids[0].code)
    # a grid member who is a party member reporting to the community (双报到): the same ID number
    party.save_member(PartyMember(MemberKind.IN_POST, worker.member.name, worker.member.id_number, unit="村委会",
                                  org_id=next(o.id for o in party.orgs() if o.grid_code == grids[0].code)))
    member = party.members()[0]
    assert member.team_member_id == worker.id
    households = roster.households(grids[0].code)[:2]
    party.link(member.id, [h.number for h in households])
    assert party.links(member.id)[0].last_visit is None
    VisitsService(session).log(Visit(worker.id, grids[0].code, date(2026, 11, 18), "上午",
                                     (households[0].number,), notes="入户"), cert_override="测试：持证前的走访")
    assert {l.household_number: l.last_visit for l in party.links(member.id)} == {
        households[0].number: date(2026, 11, 18), households[1].number: None}


def test_the_rhythm_and_its_rules_as_data(plain, tmp_path):
    session, access = plain
    party, roster = PartyService(session), RosterService(session)
    grids, _micros = _tree(party, session)
    party.save_member(PartyMember(MemberKind.FLOWING, "周建华", "110101198005120030", whereabouts="苏州"))
    member = party.members()[0]
    numbers = [h.number for h in roster.households(grids[0].code)[:3]]
    party.link(member.id, numbers)  # linked today (2026-11-20): no visit owed yet
    row = party.rhythm()[0]
    assert (row.households, row.households_overdue, row.exchange_due, row.appraisal_due) == (3, 0, True, True)
    # still to do this month and this year, not late: linked today, no period has gone by
    assert not row.behind and (row.exchange_behind, row.appraisal_behind) == (False, False)
    party.record_contact(Contact(member.id, date(2026, 11, 3), ContactKind.EXCHANGE, (), "集中交流"))
    party.appraise(Appraisal(member.id, 2026, date(2026, 3, 1), "合格", "党员大会"))
    assert not party.rhythm()[0].behind and party.behind_count() == 0
    with pytest.raises(ValidationError, match="晚于今天"):
        party.record_contact(Contact(member.id, date(2026, 11, 21), ContactKind.VISIT, tuple(numbers)))
    # three weeks on, with one household visited a week ago and one eight days ago
    _advance(session, days=21)
    party.record_contact(Contact(member.id, date(2026, 12, 4), ContactKind.VISIT, (numbers[0],)))
    party.record_contact(Contact(member.id, date(2026, 12, 3), ContactKind.VISIT, (numbers[1],)))
    row = party.rhythm()[0]  # today 2026-12-11: 7 days since the 4th is a week gone, 8 since the 3rd
    assert (row.households_overdue, row.exchange_due, row.appraisal_due) == (3, True, False)
    assert current_status(session).party_members_behind == 1
    with pytest.raises(PermissionDenied):
        PartyService(_staff(session, access)).set_rules(visit_days=14)
    party.set_rules(visit_days=8, exchange_months=2)
    row = party.rhythm()[0]
    assert (row.households_overdue, row.exchange_due) == (2, False)  # the 4th is 7 days old; the 3rd 8
    with pytest.raises(ValidationError, match="1 到 92"):
        party.set_rules(visit_days=0)


def _advance(session, days: int) -> None:
    clock = session.clock
    clock.advance(days * 86400)


def _staff(session, access):
    AccountsService(session, access).add("staff1", "工作人员", Role.STAFF, PW)
    return access.login("staff1", PW)


def _hand_count(party: PartyService, today: date) -> set[int]:
    """Behind, counted from the records: each link's last home visit from the member's own visit
    entries, this month's exchange, this year's appraisal."""
    links = party.links()
    contacts = party.contacts(days=400)
    behind = set()
    for member_id in {l.member_id for l in links}:
        own = [l for l in links if l.member_id == member_id]
        visits = [c for c in contacts if c.member_id == member_id and c.kind is ContactKind.VISIT]
        for l in own:
            days = [c.day for c in visits if l.household_number in c.household_numbers]
            since = max([*days, l.linked_on])
            if (today - since).days >= 7:
                behind.add(member_id)
        # late: a whole month went by with no exchange (none this month or last, linked before last
        # month); a whole year with no appraisal (none this year or last, linked before last year)
        last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        first = min(l.linked_on for l in own)
        if first < last_month and not any(c.member_id == member_id and c.kind is ContactKind.EXCHANGE
                                          and c.day >= last_month for c in contacts):
            behind.add(member_id)
        if first.year < today.year - 1 and not any(a.year >= today.year - 1 for a in party.appraisals(member_id)):
            behind.add(member_id)
    return behind


def test_the_demo_has_one_member_behind_counted_by_hand(demo):
    session, _access = demo
    party = PartyService(session)
    today = party.today()
    orgs = party.orgs()
    assert [o.level for o in orgs].count(OrgLevel.VILLAGE) == 1
    assert {o.grid_code for o in orgs if o.level is OrgLevel.BRANCH} == {  # not yet the grid set up this month
        g.code for g in RosterService(session).tree() if g.parent_code is None and g.households}
    kinds = [m.kind for m in party.members()]
    assert kinds.count(MemberKind.FLOWING) == 2 and kinds.count(MemberKind.IN_POST) == 1
    assert all(o.secretary_id for o in orgs)
    behind = _hand_count(party, today)
    assert len(behind) == 1
    assert {r.member_id for r in party.rhythm() if r.behind} == behind
    assert party.behind_count() == 1 == current_status(session).party_members_behind
    row = next(r for r in party.rhythm() if r.behind)
    assert row.households_overdue == row.households == 4 and not row.exchange_due and not row.appraisal_due


def test_the_chart_reads_back_and_griddesk_prints_it(demo, tmp_path):
    session, _access = demo
    party = PartyService(session)
    orgs = party.orgs()
    out = tmp_path / "chart.pdf"
    assert PartyPrintService(session).print_chart(out) == 1
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    for o in orgs:
        assert o.name.replace(" ", "") in text and o.secretary_name in text
    assert f"党员{len(party.members())}名" in text
    assert fonts_embedded(out)
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (297, 210)  # A4 landscape
    db = session.db_path
    session.close()

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args], input="Demo@2026\n",
                              capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "zh_CN.UTF-8"})

    done = run("print", "party", "--out", str(tmp_path / "cli.pdf"), "--user", "demo", "--password-stdin")
    assert done.returncode == 0, done.stderr
    assert "党组织架构图" in done.stdout and (tmp_path / "cli.pdf").exists()
    figures = json.loads(run("status", "--json", "--user", "demo", "--password-stdin").stdout)
    assert "party_members_behind" in figures and isinstance(figures["party_members_behind"], int)
