"""Attacks on issue 19's services (party register, stations, WeChat groups, volunteers, staffing,
the grid division) as a careless clerk or a hostile user would make them. Each test fails while
its defect stands and passes once it is fixed: by a plain refusal in words (GridDeskError) or by
the right figure.

The attack round after issue 19's merge found these; each was a strict expected failure until its
fix. A merge now carries what pointed at the grid it retires (open vacancies and cases, the party
branch, stations, volunteers, accounts' grids) and gives its micro-grids codes of the grid they
join; a retire is refused while anything still points at the grid."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from gridDesk.domain.accounts import Role
from gridDesk.domain.division import MergePlan, SplitPlan
from gridDesk.domain.errors import GridDeskError
from gridDesk.domain.party import Appraisal, OrgLevel, PartyOrg
from gridDesk.domain.roster import Grid, GridKind
from gridDesk.domain.staffing import SelectionStep
from gridDesk.services.accounts import AccountsService
from gridDesk.services.division import DivisionService
from gridDesk.services.grids import GridService
from gridDesk.services.party import PartyService
from gridDesk.services.roster import RosterService
from gridDesk.services.staffing import StaffingService
from gridDesk.services.stations import StationsService
from gridDesk.services.status import current_status
from gridDesk.services.volunteers import VolunteersService
from gridDesk.services.wechat_groups import Joined, WechatGroupsService
from gridDesk.storage.division_repo import DivisionRepo
from tests.fault.test_issue19_attacks import _grids, demo  # noqa: F401  (the demo village fixture)

PW = "Member@2026pass"


def _live(session) -> set[str]:
    return {g.code for g in RosterService(session).tree()}


def _merged(session, into: str, source: str) -> bool:
    """Merge `source` into `into`: the merge carries what points at `source`, so it is not refused."""
    DivisionService(session).merge(MergePlan(into, (source,), date(2026, 12, 1), "两网格合并管理"))
    return True


# -- what a merge leaves on the grid it retires ------------------------------------------------------

def test_a_merge_leaves_no_open_vacancy_on_the_grid_it_retired(demo):
    """The demo's vacancy (40 days open) is on the second grid. Merging that grid into the first
    retires it, but the vacancy stays on the retired grid: `status --json` and the dashboard count it
    open for ever (its clock running, overdue), and it can never be filled, because no member can be
    appointed to a retired grid. The merge should carry it to the grid it merged into, or refuse."""
    session, _access = demo
    first, second = _grids(session)[:2]
    assert any(v.vacancy.grid_code == second for v in StaffingService(session).vacancies())
    if not _merged(session, first, second):
        return
    live = _live(session)
    stranded = [v.vacancy.grid_code for v in StaffingService(session).vacancies() if v.vacancy.grid_code not in live
                and v.vacancy.grid_code is not None]
    assert stranded == [], "an open vacancy on a retired grid"
    assert all(v["grid"] in live for v in current_status(session).vacancies if v["grid"])


def test_a_merge_leaves_no_party_branch_on_the_grid_it_retired(demo):
    """Merging the second grid away leaves its 网格党支部 covering the retired grid: the
    organisation chart prints a branch with no grid, and the branch cannot be edited any more
    (changing its secretary is refused with "请选择它覆盖的网格"). The merge should deal with the
    branch (move, merge or end it) or refuse while it stands."""
    session, _access = demo
    first, second = _grids(session)[:2]
    party = PartyService(session)
    assert any(o.grid_code == second for o in party.orgs())
    if not _merged(session, first, second):
        return
    live = _live(session)
    assert [o.name for o in party.orgs() if o.grid_code and o.grid_code not in live] == []


def test_a_merge_leaves_no_service_station_on_the_grid_it_retired(demo):
    """The second grid's 党群服务站 stays on the retired grid after a merge; saving any change to
    it is then refused ("没有编码为 … 的网格"), so the clerk can neither fix nor move it."""
    session, _access = demo
    first, second = _grids(session)[:2]
    assert any(r.station.grid_code == second for r in StationsService(session).listed())
    if not _merged(session, first, second):
        return
    live = _live(session)
    assert [r.station.name for r in StationsService(session).listed() if r.station.grid_code not in live] == []


def test_a_merge_leaves_no_volunteer_on_the_grid_it_retired(demo):
    """Volunteers / 微格员 registered on the second grid stay on it after it is merged away; editing
    one is then refused ("没有编码为 … 的网格") and no grid member's account reaches them."""
    session, _access = demo
    first, second = _grids(session)[:2]
    assert any(r.volunteer.grid_code == second for r in VolunteersService(session).listed())
    if not _merged(session, first, second):
        return
    live = _live(session)
    assert [r.volunteer.name for r in VolunteersService(session).listed() if r.volunteer.grid_code not in live] == []


def test_a_merged_away_grids_micro_grid_is_reached_by_the_account_of_the_grid_it_joined(demo):
    """A merge moves the source grid's micro-grids under the grid it merges into, but their codes
    still begin with the retired grid's code, and scope is a prefix test. The grid member of the
    grid they now belong to sees their households counted in the grid's WeChat coverage yet is
    refused ("不在本人网格") when ticking one of them; the party register files them under the retired
    grid's branch. The merge should re-code them, or refuse a source with micro-grids."""
    session, access = demo
    first, second = _grids(session)[:2]
    micro = second + "01"
    GridService(session).save(Grid(micro, "西村第1微网格", GridKind.MICRO, "", second))
    households, _places = DivisionService(session).contents(second)
    with session.db.transaction(writes=True) as s:  # a few of the grid's households live in the micro-grid
        DivisionRepo(s).move_households(tuple(h[0] for h in households[:5]), DivisionRepo(s).grid(micro).id)
    if not _merged(session, first, second):
        return
    AccountsService(session, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW)
    AccountsService(session, access).set_grids("ge1", [first])
    member = access.login("ge1", PW)
    try:
        wechat = WechatGroupsService(member)
        [mine] = wechat.coverage()
        assert mine.code == first and mine.households == RosterService(session).tree()[0].households
        moved = [c for c in RosterService(session).tree() if c.parent_code == first]
        assert moved, "the micro-grid went with its households"
        number = RosterService(session).households(moved[0].code)[0].number
        wechat.record([Joined(number, "户主本人", date(2026, 12, 2))])  # a household of their own grid now
    finally:
        member.close()


def test_a_merge_leaves_no_account_scoped_to_the_grid_it_retired(demo):
    """The merge moves the source grid's team members to the grid it merges into, but the accounts
    scoped to the source grid keep it: that grid member logs in and sees no grid at all (no
    households, no WeChat coverage, no party links), though their team record says they serve the
    merged grid. The merge should carry the accounts' grids, or refuse while accounts point there."""
    session, access = demo
    first, second = _grids(session)[:2]
    AccountsService(session, access).add("ge2", "网格员二", Role.GRID_MEMBER, PW)
    AccountsService(session, access).set_grids("ge2", [second])
    if not _merged(session, first, second):
        return
    member = access.login("ge2", PW)
    try:
        assert [c.code for c in WechatGroupsService(member).coverage()] == [first]
    finally:
        member.close()


def test_retiring_a_grid_with_a_party_branch_is_refused(demo):
    """`retire` checks only households, residents, places, micro-grids and team members: a grid
    with a 网格党支部 (or a station, a volunteer, an open vacancy) is retired without a word, and the
    branch is left covering a grid that no longer exists and cannot be edited."""
    session, _access = demo
    grids = GridService(session)
    code = grids.next_code()
    grids.save(Grid(code, "第9网格（空）", GridKind.RURAL, ""))
    party = PartyService(session)
    party.save_org(PartyOrg(OrgLevel.BRANCH, party.proposed_name(OrgLevel.BRANCH, code), code))
    with pytest.raises(GridDeskError):
        DivisionService(session).retire(code, date(2026, 12, 2), "撤销空网格")


# -- what leaves GridDesk ------------------------------------------------------------------------------

# -- absurd inputs -------------------------------------------------------------------------------------

HUGE = 10 ** 20


@pytest.mark.parametrize("attack", ["link", "save_org", "tick", "fill", "record_step", "unmask"])
def test_an_id_beyond_any_record_is_refused_in_words(demo, attack):
    """An id of 10**20 (a stale or forged id from a list, a script through the services) ends in
    OverflowError ("Python int too large to convert to SQLite INTEGER") instead of "not found": the
    user sees a crash dialog, not a sentence."""
    session, _access = demo
    party = PartyService(session)
    calls = {
        "link": lambda: party.link(HUGE, [party.links()[0].household_number]),
        "save_org": lambda: party.save_org(replace(party.orgs()[1], secretary_id=HUGE)),
        "tick": lambda: StationsService(session).tick(HUGE, StationsService(session).items()[0].key, None),
        "fill": lambda: StaffingService(session).fill(HUGE, 1),
        "record_step": lambda: StaffingService(session).record_step(HUGE, SelectionStep.ANNOUNCEMENT,
                                                                    date(2026, 12, 1)),
        "unmask": lambda: VolunteersService(session).unmask(HUGE, "核对电话"),
    }
    with pytest.raises(GridDeskError):
        calls[attack]()


def test_an_appraisal_of_the_year_1900_is_refused(demo):
    """民主评议 for the year 1900 (a typo for 2026 in the year box) is kept: the member's appraisal
    history gains a year before the party member was born, and the once-a-year check treats 1900 as
    a real year."""
    session, _access = demo
    party = PartyService(session)
    member = party.links()[0].member_id
    with pytest.raises(GridDeskError):
        party.appraise(Appraisal(member, 1900, date(1900, 1, 5), "合格", "支部委员会"))


def test_a_split_dated_1900_is_refused(demo):
    """A split dated 1 January 1900 is recorded: the division's history and the yearly report say
    the grids changed 126 years ago, before the grid itself was set up."""
    session, _access = demo
    division = DivisionService(session)
    first = _grids(session)[0]
    households, _places = division.contents(first)
    with pytest.raises(GridDeskError):
        division.split(SplitPlan(first, ((GridService(session).next_code(), "第9网格（南片）",
                                          tuple(h[0] for h in households[:3]), ()),),
                                 date(1900, 1, 1), "拆分", ""))


# -- the same thing twice, and what others point at ---------------------------------------------------

def _id_number(n: int) -> str:
    from gridDesk.domain.idcard import check_digit

    first17 = f"14010519900501{n:03d}"
    return first17 + check_digit(first17)


def test_one_new_member_fills_one_vacancy_not_two(demo):
    """Two 网格助理 of the first grid leave: two vacancies open. One person appointed to the first
    is then accepted as filling the second as well, and the dashboard shows no open vacancy while
    the grid is one assistant short. A member should fill one vacancy."""
    from gridDesk.domain.roster import TeamMember, TeamRole
    from gridDesk.domain.staffing import Departure, LeaveReason
    from gridDesk.services.team import TeamService

    session, _access = demo
    first = _grids(session)[0]
    staffing = StaffingService(session)
    helpers = [t for t in TeamService(session).members()
               if t.member.grid_code == first and t.member.role is TeamRole.ASSISTANT][:2]
    assert len(helpers) == 2
    for t in helpers:
        staffing.record_departure(Departure(t.id, date(2026, 11, 1), LeaveReason.RESIGNED))
    opened = [v.vacancy.id for v in staffing.vacancies() if v.vacancy.grid_code == first
              and v.vacancy.post is TeamRole.ASSISTANT and v.vacancy.opened_on == date(2026, 11, 1)]
    assert len(opened) == 2
    done = staffing.appoint(opened[0], TeamMember("孙补", _id_number(11), "13900000011", TeamRole.ASSISTANT, first,
                                                  date(2026, 12, 1)), "群众", "高中", True)
    new_id = int(done.ids[1])
    with pytest.raises(GridDeskError):
        staffing.fill(opened[1], new_id)


def test_a_station_saved_twice_is_not_two_stations(demo):
    """Save pressed twice on a new 党群服务站 (the same name, the same grid) makes two stations:
    the grid's list, its "七个一" and every figure counted per station show it twice."""
    from gridDesk.domain.outreach import Station

    session, _access = demo
    first = _grids(session)[0]
    stations = StationsService(session)
    stations.save(None, Station("东村新站", first, "东村 8 号"))
    with pytest.raises(GridDeskError):
        stations.save(None, Station("东村新站", first, "东村 8 号"))


def test_a_member_who_left_is_not_kept_as_a_stations_keeper(demo):
    """The demo's 网格长 keeps both service stations. Recording their departure leaves them named
    as the stations' keeper: the stations list and the sign still send residents to someone who
    has left. The departure should clear or flag the keeper (or refuse until another is named)."""
    from gridDesk.domain.staffing import Departure, LeaveReason

    session, _access = demo
    stations = StationsService(session)
    keeper = stations.listed()[0].station.keeper_id
    assert keeper is not None
    StaffingService(session).record_departure(Departure(keeper, date(2026, 11, 1), LeaveReason.MOVED))
    assert [r.station.name for r in stations.listed() if r.station.keeper_id == keeper] == []
    station = stations.listed()[0]
    with pytest.raises(GridDeskError):  # nor can they be named again
        stations.save(station.id,
                      replace(station.station, keeper_id=keeper))


def test_a_checklist_of_a_thousand_items_does_not_break_the_next_edit(demo):
    """The director's "七个一" list takes 1,500 items without a word; the next edit of the list (one
    new label) then ends in StopIteration, a crash, because new keys are sought among only 1,000."""
    session, _access = demo
    stations = StationsService(session)
    try:
        stations.set_items([f"项目{i}" for i in range(1500)])
    except GridDeskError:
        return
    stations.set_items(["有一块党群服务站标牌"])  # must not crash
    assert [i.label for i in stations.items()] == ["有一块党群服务站标牌"]


# -- text too long: refused in words, not cut without a word ------------------------------------------

LONG = "长" * 5000


@pytest.mark.parametrize("where", ["volunteer_duties", "wechat_representative", "contact_what", "departure_words",
                                   "division_why"])
def test_text_too_long_is_refused_in_words_not_cut(demo, where):
    """5,000 characters typed or pasted into these fields are cut to the field's limit (500, 32,
    2,000, 200, 500) and kept without a word: the clerk believes the whole text was saved. The
    party register refuses an over-long name in words ("最多 32 个字"); these should too."""
    from gridDesk.domain.outreach import Volunteer, VolunteerKind
    from gridDesk.domain.party import Contact, ContactKind
    from gridDesk.domain.staffing import Departure, LeaveReason
    from gridDesk.services.team import TeamService

    session, _access = demo
    first = _grids(session)[0]
    party = PartyService(session)
    calls = {
        "volunteer_duties": lambda: VolunteersService(session).save(
            None, Volunteer("王五", VolunteerKind.VOLUNTEER, first, duties=LONG)),
        "wechat_representative": lambda: WechatGroupsService(session).record(
            [Joined(RosterService(session).households(first)[0].number, LONG, date(2026, 12, 1))]),
        "contact_what": lambda: party.record_contact(
            Contact(party.links()[0].member_id, date(2026, 12, 2), ContactKind.EXCHANGE, (), LONG)),
        "departure_words": lambda: StaffingService(session).record_departure(
            Departure(TeamService(session).members()[1].id, date(2026, 11, 1), LeaveReason.OTHER, LONG)),
        "division_why": lambda: DivisionService(session).split(SplitPlan(
            first, ((GridService(session).next_code(), "第9网格（南片）",
                     tuple(h[0] for h in DivisionService(session).contents(first)[0][:3]), ()),),
            date(2026, 12, 1), LONG, "")),
    }
    with pytest.raises(GridDeskError):
        calls[where]()


def test_an_over_long_organisation_name_is_refused_with_its_real_length(demo):
    """A 5,000-character 党组织 name is refused, but the message says "现在是 1000 个字": the text is
    cut to 1,000 before it is measured, so the clerk is told a length they never typed."""
    from gridDesk.domain.errors import ValidationError

    session, _access = demo
    party = PartyService(session)
    with pytest.raises(ValidationError) as err:
        party.save_org(replace(party.orgs()[1], name="党" * 5000))
    assert "5000" in err.value.message


def test_a_split_does_not_strand_a_party_members_linked_household(demo):
    """A split moves a household linked to a party member of the first grid into the new grid. The
    link stays, but neither grid's member can record the home visit any more: the first grid's
    account is refused on the household ("不在您负责的范围内"), the new grid's on the party member.
    The member falls behind on a household nobody but the centre can clear, while the first
    grid's rhythm still counts it. The split should carry or end the link, or the grid member of
    the party member's grid should still record the visit."""
    from gridDesk.domain.party import Contact, ContactKind

    session, access = demo
    first = _grids(session)[0]
    party = PartyService(session)
    link = next(l for l in party.links() if l.grid_code == first)
    household = next(h for h in DivisionService(session).contents(first)[0] if h[1] == link.household_number)
    DivisionService(session).split(SplitPlan(first, ((GridService(session).next_code(), "第9网格（南片）",
                                                      (household[0],), ()),), date(2026, 12, 1), "南片拆分", ""))
    if all(l.household_number != link.household_number for l in party.links()):
        return  # the split ended the link
    AccountsService(session, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW)
    AccountsService(session, access).set_grids("ge1", [first])
    member = access.login("ge1", PW)
    try:
        PartyService(member).record_contact(Contact(link.member_id, date(2026, 12, 2), ContactKind.VISIT,
                                                    (link.household_number,), "入户走访"))
    finally:
        member.close()


# -- a party member who dies or moves away --------------------------------------------------------------

def _behind_roster_member(session):
    party = PartyService(session)
    row = next(r for r in party.rhythm() if r.behind)
    member = next(m for m in party.members() if m.id == row.member_id)
    assert member.resident_id is not None
    return party, member


def test_a_party_member_who_died_is_not_counted_behind(demo):
    """The demo's one member behind on their households dies (死亡 on the roster): the register
    knows they are no longer a member, yet the dashboard and `status --json` still count them
    behind on 7.1.7's rhythm, and they stay on the list of members to chase."""
    session, _access = demo
    party, member = _behind_roster_member(session)
    assert party.behind_count() == 1
    RosterService(session).set_status(member.resident_id, "deceased", "病故")
    assert member.id not in {r.member_id for r in party.rhythm() if r.behind}
    assert current_status(session).party_members_behind == 0


def test_a_household_of_a_party_member_who_moved_away_can_be_given_to_another(demo):
    """A party member moves out of the village (迁出). Their linked households stay theirs: linking
    one to another party member is refused ("已由党员…联系"), so the households cannot be handed
    on without first unlinking each by hand, and nothing tells the clerk to."""
    session, _access = demo
    party, member = _behind_roster_member(session)
    household = next(l.household_number for l in party.links(member.id))
    other = next(m for m in party.members() if m.id != member.id and m.still_member)
    RosterService(session).set_status(member.resident_id, "moved_out", "外出定居")
    party.link(other.id, [household])
    assert {l.household_number: l.member_id for l in party.links()}[household] == other.id


# -- what the fixes themselves must not break ------------------------------------------------------------

def test_a_merge_folds_the_retired_grids_branch_into_the_merged_grids_own(demo):
    """Both demo grids have a 网格党支部: after the merge the first's branch holds the second's
    members, the second's is out of the chart but kept, and the record of the merge says so."""
    session, _access = demo
    first, second = _grids(session)[:2]
    party = PartyService(session)
    branches = {o.grid_code: o for o in party.orgs() if o.level is OrgLevel.BRANCH}
    assert {first, second} <= set(branches)
    moving = {m.id for m in party.members() if m.org_id == branches[second].id}
    _merged(session, first, second)
    assert [o.grid_code for o in party.orgs() if o.level is OrgLevel.BRANCH] == [first]
    assert {m.id for m in party.members() if m.id in moving and m.org_id == branches[first].id} == moving
    [change] = [c for c in DivisionService(session).history() if c.on == date(2026, 12, 1) and "合并" in c.what]
    assert f"{branches[second].name}并入{branches[first].name}" in change.what


def test_a_retired_micro_grids_code_is_never_issued_again(demo):
    """The merged-away grid's micro-grid gets a new code under the grid it joined; its old code
    stays taken (retired) and the history names both."""
    session, _access = demo
    first, second = _grids(session)[:2]
    GridService(session).save(Grid(second + "01", "西村第1微网格", GridKind.MICRO, "", second))
    _merged(session, first, second)
    codes = {c.code for c in RosterService(session).tree()}
    assert second + "01" not in codes and any(c.startswith(first) and len(c) == 17 for c in codes)
    with pytest.raises(GridDeskError):
        GridService(session).save(Grid(second + "01", "又一个", GridKind.MICRO, "", first))


def test_retiring_a_grid_an_account_looks_after_is_refused_by_name(demo):
    session, access = demo
    grids = GridService(session)
    code = grids.next_code()
    grids.save(Grid(code, "第9网格（空）", GridKind.RURAL, ""))
    AccountsService(session, access).add("ge3", "网格员三", Role.GRID_MEMBER, PW)
    AccountsService(session, access).set_grids("ge3", [code])
    with pytest.raises(GridDeskError) as err:
        DivisionService(session).retire(code, date(2026, 12, 2), "撤销空网格")
    assert "ge3" in err.value.message


def test_a_dropped_checklist_items_ticks_do_not_show_on_a_new_item(demo):
    session, _access = demo
    stations = StationsService(session)
    items = stations.items()
    station = stations.listed()[0]
    sid = station.id
    stations.tick(sid, items[-1].key, date(2026, 11, 1))
    stations.set_items([i.label for i in items[:-1]])
    stations.set_items([i.label for i in items[:-1]] + ["新加的一项"])
    new = next(i for i in stations.items() if i.label == "新加的一项")
    assert new.key != items[-1].key
