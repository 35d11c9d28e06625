"""A grid member's account reaches only its grids everywhere (RULES.md; issue 15, as a grid member
of grid 001 tried it): printouts, figures, `status`, lists, attachments, imports and the words
of an error. Each test failed on the code before the scope was applied there."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.attachments import NewAttachment
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import Conflict, PermissionDenied, ValidationError
from gridDesk.domain.roster import ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.attachments import AttachmentsService
from gridDesk.services.cases import CasesService
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.printouts import PrintService
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.services.imports import ImportService
from gridDesk.services.status import current_status
from gridDesk.services.team import TeamService
from tests.fault.conftest import built_village, fresh_copy

PW = "Member@2026x"


@pytest.fixture(scope="module")
def three_grids(tmp_path_factory):
    """A demo village of 600 people: three grids, each with its households, team and cases."""
    return built_village(tmp_path_factory, 600)


@pytest.fixture
def db(three_grids, tmp_path):
    return fresh_copy(three_grids, tmp_path)


@pytest.fixture
def member(demo, db):
    """Account ge1, a grid member of the demo's first grid; the demo has three grids."""
    access = Access(db, paths.migrations_dir(), MemoryCache())
    AccountsService(demo, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW)
    tree = [n for n in RosterService(demo).tree() if n.parent_code is None]
    own, other = tree[0].code, tree[1].code
    AccountsService(demo, access).set_grids("ge1", [own])
    session = access.login("ge1", PW)
    yield session, own, other
    session.close()


def test_another_grids_contact_cards_sign_and_ledger_are_refused(demo, member, tmp_path):
    session, own, other = member
    service = PrintService(session)
    with pytest.raises(PermissionDenied):
        service.print_cards(tmp_path / "cards.pdf", other)
    with pytest.raises(PermissionDenied):
        service.print_signs(tmp_path / "sign.pdf", [other])
    with pytest.raises(PermissionDenied):
        service.print_ledger(tmp_path / "ledger.pdf", "residents", other)
    assert not list(tmp_path.glob("*.pdf"))
    # "every grid" is the account's grids
    assert service.print_signs(tmp_path / "all.pdf", None) == 1
    assert [s.grid_code for s in service.sign_status()] == [own]
    assert service.print_cards(tmp_path / "own.pdf", own) > 0


def test_the_figures_count_only_the_accounts_grids(demo, member):
    session, own, other = member
    village, mine = DashboardService(demo).counts(), DashboardService(session).counts()
    assert [g.code for g in mine.per_grid] == [own]
    own_figures = next(g for g in village.per_grid if g.code == own)
    assert (mine.households, mine.residents) == (own_figures.households, own_figures.residents)
    assert mine.residents < village.residents
    status, whole = current_status(session), current_status(demo)
    assert status.residents == mine.residents and status.residents < whole.residents
    assert status.cases_open == sum(1 for v in CasesService(session).in_scope("open"))
    assert status.team < whole.team
    # the exceptions are figures too: the director's 持证上岗 overrides and off-list township tasks
    assert whole.cert_overrides == len(DashboardService(demo).cert_overrides()) >= 1
    assert status.cert_overrides == len(DashboardService(session).cert_overrides()) <= whole.cert_overrides
    from gridDesk.services.task_types import TaskTypesService

    assert whole.task_exceptions == len(TaskTypesService(demo).usage().exceptions)
    assert all(own in (*t.grid_codes, t.member.grid_code) for t in TeamService(session).members())


def test_an_import_naming_another_grids_person_says_nothing_of_them(demo, member, tmp_path):
    session, own, other = member
    stranger = RosterService(demo).resident(RosterService(demo).resident_ids(ResidentFilter(grid_code=other))[0])
    full = RosterService(demo).unmask(stranger.id, "测试准备")
    path = tmp_path / "people.xlsx"
    import openpyxl

    from gridDesk.services.roster_columns import COLUMNS

    book = openpyxl.Workbook()
    sheet = book.active
    headers = [c.header for c in COLUMNS["residents"]]
    sheet.append(headers)
    values = {"name": "冒名", "id_number": full.id_number, "household_number": stranger.household_number,
              "relation": "户主", "grid_code": own, "actual_address": "本网格"}
    sheet.append([values.get(c.key, "") for c in COLUMNS["residents"]])
    book.save(path)
    preview = ImportService(session).preview("residents", path)
    assert not preview.changed and not preview.new and len(preview.rejected) == 1
    said = preview.rejected[0].reason
    assert stranger.name not in said and stranger.household_number not in said
    assert "别的网格" in said


def test_a_form_naming_another_grids_id_number_does_not_name_its_owner(demo, member):
    session, own, other = member
    roster = RosterService(demo)
    stranger = roster.unmask(roster.resident_ids(ResidentFilter(grid_code=other))[0], "测试准备")
    mine = roster.resident(roster.resident_ids(ResidentFilter(grid_code=own))[0])
    from dataclasses import replace

    with pytest.raises(Conflict) as refused:
        RosterService(session).save_resident(replace(mine, id=None, id_number=stranger.id_number, name="新人",
                                                         phone="", phone2=""))
    assert stranger.name not in str(refused.value) and (stranger.household_number or "@") not in str(refused.value)


def test_another_grids_case_attachments_are_refused(demo, member):
    session, own, other = member
    cases = CasesService(demo)
    case_id = cases.report(CaseReport("别的网格的事", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                      datetime(2026, 11, 20, 9, 0), grid_code=other),
                           [NewAttachment("现场.png", b"\x89PNG" + b"0" * 64)]).ids[0]
    attachment = AttachmentsService(demo).listed("case", case_id)[0]
    with pytest.raises(PermissionDenied):
        AttachmentsService(session).listed("case", case_id)
    with pytest.raises(PermissionDenied):
        AttachmentsService(session).open(attachment.id)


def test_a_grid_member_reports_only_in_its_grids(demo, member):
    session, own, other = member
    cases = CasesService(session)
    category = cases.categories()[0].id
    with pytest.raises(PermissionDenied):
        cases.report(CaseReport("越界上报", category, WorkKind.ORDINARY, Channel.VISIT, datetime(2026, 11, 20, 9, 0),
                                grid_code=other))
    with pytest.raises(ValidationError):
        cases.report(CaseReport("没有网格", category, WorkKind.ORDINARY, Channel.VISIT, datetime(2026, 11, 20, 9, 0)))
    assert cases.report(CaseReport("本网格", category, WorkKind.ORDINARY, Channel.VISIT,
                                   datetime(2026, 11, 20, 9, 0), grid_code=own)).ids


def test_a_grid_member_cannot_export(member, tmp_path):
    session, _own, _other = member
    with pytest.raises(PermissionDenied) as refused:
        ExportService(session).export("residents", tmp_path / "x.xlsx")
    assert "只有主任、工作人员可以导出数据" in str(refused.value)


def _cli(db, *args, password=PW):
    return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args, "--user", "ge1",
                           "--password-stdin"], input=password + "\n", capture_output=True, text=True, timeout=300)


def test_the_command_line_honours_the_same_table_and_scope(demo, member, db, tmp_path):
    session, own, other = member
    session.close()
    demo.close()
    listed = _cli(db, "cases", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows and {r["grid"] for r in rows} == {own}
    assert set(rows[0]) == {"number", "grid", "kind", "state", "clock", "due_at"}
    reported = _cli(db, "cases", "list", "--state", "reported", "--json")
    assert {r["state"] for r in json.loads(reported.stdout)} <= {"reported"}
    status = _cli(db, "status", "--json")
    figures = json.loads(status.stdout)
    assert figures["scope"] == [own] and figures["cases_open"] == sum(1 for r in rows if r["state"] != "closed")
    cards = _cli(db, "print", "cards", "--grid", other, "--out", str(tmp_path / "c.pdf"))
    assert cards.returncode == 1 and "不在您负责的范围" in cards.stderr and not (tmp_path / "c.pdf").exists()


def test_another_grids_people_places_and_grid_cannot_be_changed(demo, member):
    session, own, other = member
    from dataclasses import replace

    from gridDesk.domain.key_groups import AttentionLevel, KeyGroup, KeyGroupTag
    from gridDesk.domain.places import Place, PlaceKind
    from gridDesk.domain.errors import NotFound
    from gridDesk.domain.roster import Grid, GridKind
    from gridDesk.services.grids import GridService
    from gridDesk.services.key_groups import KeyGroupsService
    from gridDesk.services.places import PlacesService

    stranger = RosterService(demo).resident_ids(ResidentFilter(grid_code=other))[0]
    with pytest.raises(NotFound):
        KeyGroupsService(session).tags(stranger)
    with pytest.raises(NotFound):
        KeyGroupsService(session).save(KeyGroupTag(None, stranger, KeyGroup.LEFT_BEHIND_ELDERLY,
                                                   AttentionLevel.NORMAL, None, None, {}))
    with pytest.raises(PermissionDenied):
        PlacesService(session).save(Place(None, PlaceKind.RENTAL, "越界出租屋", "某处", other))
    theirs = [p for p in PlacesService(demo).list() if p.grid_code.startswith(other)]
    if theirs:  # moving another grid's place into one's own grid
        with pytest.raises(PermissionDenied):
            PlacesService(session).save(replace(theirs[0], grid_code=own))
    with pytest.raises(PermissionDenied):
        GridService(session).save(Grid(other, "改名", GridKind.RURAL))
    with pytest.raises(PermissionDenied):
        GridService(session).save(Grid(GridService(demo).next_code(), "新网格", GridKind.RURAL))
    with pytest.raises(PermissionDenied):
        GridService(session).image(other, "map")


def test_a_grid_leader_reviews_its_grids_members_logs_a_member_sees_its_own(demo, member, db):
    """RULES.md: a 网格长 reviews the logs of the members of its grids; a 网格员 keeps its own."""
    from gridDesk.services.visits import VisitsService

    session, own, other = member
    everyone = VisitsService(demo).week_report()
    assert VisitsService(session).week_report() == []  # an account that is nobody's sees nobody's log
    access = Access(db, paths.migrations_dir(), MemoryCache())
    accounts = AccountsService(demo, access)
    serving = [t for t in TeamService(demo).members() if t.member.grid_code == own]
    accounts.set_member("ge1", serving[0].id)
    session.close()
    mine = access.login("ge1", PW)
    try:
        assert [r.member_id for r in VisitsService(mine).week_report()] == [serving[0].id]
    finally:
        mine.close()
    accounts.add("gz1", "网格长一", Role.GRID_LEADER, PW)
    accounts.set_grids("gz1", [own])
    leader = access.login("gz1", PW)
    try:
        seen = {r.member_id for r in VisitsService(leader).week_report()}
        assert {t.id for t in serving} <= seen and len(seen) < len(everyone)
    finally:
        leader.close()
