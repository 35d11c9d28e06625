"""Holes a grid member's account still had into other grids (found by trying, after issue 15's
scope work): the team of another grid could be changed, marked as left or read (photos, training
history, attendance scores), another grid's households listed through the visits page's
"not visited" lists, and a case reported in the account's own micro-grid vanished from its list.
Each test failed on the code before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from gridDesk.domain.staffing import LeaveReason

from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import NotFound, PermissionDenied
from gridDesk.domain.roster import Grid, GridKind
from gridDesk.services.cases import CasesService
from gridDesk.services.grids import GridService
from gridDesk.services.team import TeamService
from gridDesk.services.training import TrainingService
from gridDesk.services.visits import VisitsService

from .test_scope_everywhere import db, member, three_grids  # noqa: F401  (the 3-grid village and ge1 of grid 1)


def _village_leader(demo):
    """The 网格长 serving every grid (no home grid of their own). The demo's moved to the township 40
    days ago (issue 19: a vacancy the dashboard shows), so the centre appoints the next one here."""
    from gridDesk.domain.idcard import check_digit
    from gridDesk.domain.roster import TeamMember, TeamRole

    found = next((t for t in TeamService(demo).members() if t.member.role is TeamRole.LEADER
                  and not t.member.grid_code), None)
    if found is None:
        first17 = "14010519800315995"
        TeamService(demo).save(TeamMember("新网格长", first17 + check_digit(first17), "13700000009", TeamRole.LEADER,
                                          None, VisitsService(demo).today()), "中共党员", "大学专科", True)
        found = next(t for t in TeamService(demo).members() if t.member.name == "新网格长")
    return found


def _only_theirs(demo, own, other):
    """A team member serving the other grid and not the account's."""
    for t in TeamService(demo).members():
        codes = {*t.grid_codes, t.member.grid_code}
        if other in codes and own not in codes:
            return t
    raise AssertionError("the demo has a member of the other grid alone")


def test_another_grids_team_member_cannot_be_changed_moved_or_removed(demo, member):
    session, own, other = member
    theirs = _only_theirs(demo, own, other)
    team = TeamService(session)
    with pytest.raises(PermissionDenied) as refused:  # taken into the account's own grid, renamed
        team.save(replace(theirs.member, grid_code=own, name="改名"), "", "", True, member_id=theirs.id)
    assert theirs.member.name not in str(refused.value)
    with pytest.raises(PermissionDenied):
        team.leave(theirs.id, date(2026, 11, 1), LeaveReason.RESIGNED)
    with pytest.raises(PermissionDenied):
        team.set_photo(theirs.id, b"\x89PNG" + b"0" * 16, b"\x89PNG" + b"0" * 16)
    with pytest.raises(PermissionDenied):
        team.photo(theirs.id)
    with pytest.raises(PermissionDenied):  # a departure is the centre's record (issue 19), whatever the id
        team.leave(999_999, date(2026, 11, 1), LeaveReason.RESIGNED)
    with pytest.raises(NotFound):  # a careless id is "not found", not a crash
        TeamService(demo).leave(999_999, date(2026, 11, 1), LeaveReason.RESIGNED)
    after = next(t for t in TeamService(demo).members(include_left=True) if t.id == theirs.id)
    assert (after.member.name, after.member.grid_code, after.left_on) == \
        (theirs.member.name, theirs.member.grid_code, None)


def test_a_grid_member_cannot_take_over_a_team_record_by_its_id_number(demo, member):
    """Saving a 'new' member with another grid's member's ID number would overwrite that record."""
    session, own, other = member
    theirs = _only_theirs(demo, own, other)

    with demo.db.transaction() as s:
        from gridDesk.storage.team_repo import TeamRepo

        id_number = next(t for t in TeamRepo(s).all() if t.id == theirs.id).member.id_number
    with pytest.raises(PermissionDenied):
        TeamService(session).save(replace(theirs.member, id_number=id_number, grid_code=own), "", "", True)
    with pytest.raises(PermissionDenied):  # nor add someone to another grid's team
        TeamService(session).save(replace(theirs.member, id_number="11010519491231002X", name="新人",
                                          grid_code=other), "", "", True)
    after = next(t for t in TeamService(demo).members() if t.id == theirs.id)
    assert after.member.grid_code == theirs.member.grid_code


def test_another_grids_members_training_record_is_not_read(demo, member):
    session, own, other = member
    theirs = _only_theirs(demo, own, other)
    assert TrainingService(demo).history(theirs.id)
    with pytest.raises(PermissionDenied):
        TrainingService(session).history(theirs.id)
    mine = {t.id for t in TeamService(session).members(include_left=True)}
    for view in TrainingService(demo).sessions():
        rows = TrainingService(session).attendance(view.session.id)
        assert {a.member_id for a in rows} <= mine


def test_another_grids_households_are_not_listed_as_not_visited(demo, member):
    session, own, other = member
    assert VisitsService(demo).not_visited_first(other)
    for ask in (lambda: VisitsService(session).not_visited(other),
                lambda: VisitsService(session).not_visited(other, last_week=True),
                lambda: VisitsService(session).not_visited_first(other)):
        with pytest.raises(PermissionDenied):
            ask()
    assert VisitsService(session).not_visited_first(own)


def test_a_case_in_the_accounts_micro_grid_is_the_accounts(demo, member):
    """A micro-grid's code extends its grid's: the roster counts it in, and so must the cases."""
    session, own, other = member
    micro = GridService(demo).next_code(own)
    GridService(demo).save(Grid(micro, "微网格", GridKind.RURAL, "", own))
    cases = CasesService(session)
    case_id = cases.report(CaseReport("微网格的事", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                      datetime(2026, 11, 20, 9, 0), grid_code=micro)).ids[0]
    assert cases.get(case_id).grid_code == micro
    assert case_id in [v.id for v in cases.list(None)]
    assert cases.counts()["open"] == len(cases.in_scope("open"))
    assert [a for a, why in cases.steps(case_id) if not why]  # its own steps: self-solve, note
    other_micro = GridService(demo).next_code(other)
    GridService(demo).save(Grid(other_micro, "别的微网格", GridKind.RURAL, "", other))
    theirs = CasesService(demo).report(CaseReport("别处的事", cases.categories()[0].id, WorkKind.ORDINARY,
                                                  Channel.VISIT, datetime(2026, 11, 20, 9, 0),
                                                  grid_code=other_micro)).ids[0]
    with pytest.raises(PermissionDenied):
        cases.get(theirs)
    assert theirs not in [v.id for v in cases.list(None)]


def test_a_grid_member_logs_no_visit_in_the_name_of_another_grids_member(demo, member):
    """The visit would count in that member's week (周汇报) and its refusal for 持证上岗 would name
    them: a grid member's account logs visits of those who serve its grids."""
    from gridDesk.domain.visits import Visit

    session, own, other = member
    theirs = _only_theirs(demo, own, other)
    households = [n for n, _a in VisitsService(session).not_visited_first(own)][:1]
    with pytest.raises(PermissionDenied) as refused:
        VisitsService(session).log(Visit(theirs.id, own, VisitsService(session).today(), "上午", tuple(households)))
    assert theirs.member.name not in str(refused.value)
    ours = next(t for t in TeamService(session).members() if own in (*t.grid_codes, t.member.grid_code))
    from gridDesk.domain.errors import GridDeskError

    try:  # one of its own grid's members: refused, if at all, only for 持证上岗
        VisitsService(session).log(Visit(ours.id, own, VisitsService(session).today(), "上午", tuple(households)))
    except PermissionDenied:
        raise
    except GridDeskError:
        pass


def test_the_team_figure_counts_whom_the_team_page_lists(demo, member):
    """The dashboard and `status` counted a grid's team by home grid alone, leaving out the 网格长
    who serves it (and several others) without a home grid of their own."""
    from gridDesk.services.dashboard import DashboardService
    from gridDesk.services.status import current_status

    session, own, other = member
    _village_leader(demo)
    listed = TeamService(session).members()
    assert any(not t.member.grid_code for t in listed)  # the village's 网格长
    assert DashboardService(session).counts().team == len(listed) == current_status(session).team
    assert DashboardService(demo).counts().team == len(TeamService(demo).members())


def test_another_grids_visit_findings_say_nothing_of_themselves(demo, member):
    """finding_to_case checked the finding (missing? already a case?) before the grid: another
    grid's visit answered 'this finding is already a case', or 'no such finding', to a probe."""
    session, own, other = member
    visits = VisitsService(demo)
    visit_id, finding_id, *_rest = next(f for f in visits.open_findings() if f[5].startswith(other))
    category = CasesService(demo).categories()[0].id
    visits.finding_to_case(visit_id, finding_id, category, "转案件")
    for finding in (finding_id, 10_000_000):
        with pytest.raises(PermissionDenied):
            VisitsService(session).finding_to_case(visit_id, finding, category, "再转一次")


def test_a_grid_member_does_not_make_new_micro_grids(demo, member):
    """'A new grid is the centre's' (the grids service): a grid member's account made a micro-grid
    inside its own grid (the prefix test let it), which then takes residents, places and cases."""
    session, own, other = member
    code = GridService(demo).next_code(own)
    with pytest.raises(PermissionDenied):
        GridService(session).save(Grid(code, "自建微网格", GridKind.RURAL, "", own))
    from gridDesk.services.roster import RosterService

    assert code not in {n.code for n in RosterService(demo).tree()}
    mine = next(n for n in RosterService(session).tree() if n.code == own)
    GridService(session).save(Grid(own, mine.name + "（改）", GridKind.RURAL))  # its own grid it keeps


def test_the_leader_serving_every_grid_is_the_centres_to_change(demo, member):
    """The demo's 网格长 serves all three grids: a grid member's account saving them with its own
    grid took them off the other two (the team's grids follow the saved grid), and could mark
    the whole village's leader as left."""
    session, own, other = member
    leader = _village_leader(demo)
    assert other in leader.grid_codes and own in leader.grid_codes
    with pytest.raises(PermissionDenied):
        TeamService(session).save(replace(leader.member, grid_code=own), "", "", True, member_id=leader.id)
    with pytest.raises(PermissionDenied):
        TeamService(session).leave(leader.id, date(2026, 11, 1), LeaveReason.MOVED)
    assert TeamService(session).photo(leader.id) is None  # seen, as the team page shows them
    after = next(t for t in TeamService(demo).members() if t.id == leader.id)
    assert set(after.grid_codes) == set(leader.grid_codes) and after.left_on is None


def test_certificate_states_are_of_the_accounts_grids_team(demo, member):
    session, own, other = member
    theirs = _only_theirs(demo, own, other)
    assert theirs.id in TrainingService(demo).certificate_states()
    states = TrainingService(session).certificate_states()
    assert set(states) == {t.id for t in TeamService(session).members(include_left=True)}
