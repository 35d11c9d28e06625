"""Cases are assigned to people (an account belongs to a team member) and 持证上岗 holds at
assigning, visiting and the printed sign, with the director's one-off override on the record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, Channel, TransitionRefused, WorkKind
from gridDesk.domain.certification import CertAct, Uncertified
from gridDesk.domain.errors import Conflict, PermissionDenied
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import Grid, GridKind, Resident, TeamMember, TeamRole
from gridDesk.domain.training import Certificate
from gridDesk.domain.visits import Visit
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.grids import GridService
from gridDesk.services.printouts import PrintService
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.services.training import TrainingService
from gridDesk.services.visits import VisitsService

G1, G2 = "140105100201001", "140105100201002"
PW = "Member@2026x"


def _id(n: int) -> str:
    first17 = f"14010519800101{n:03d}"
    return first17 + check_digit(first17)


@pytest.fixture
def village(session, access):
    """Two grids; 张伟 (grid 1, certified), another 张伟 (grid 2, certified), 刘波 (grid 2, never trained)."""
    grids = GridService(session)
    grids.save(Grid(G1, "第一网格", GridKind.RURAL))
    grids.save(Grid(G2, "第二网格", GridKind.RURAL))
    team = TeamService(session)
    for n, (name, grid) in enumerate((("张伟", G1), ("张伟", G2), ("刘波", G2)), 1):
        team.save(TeamMember(name, _id(n), f"1390000{n:04d}", TeamRole.FULL_TIME, grid, date(2025, 3, 1)),
                  "群众", "高中", True)
    ids = [t.id for t in sorted(team.members(), key=lambda t: t.id)]
    training = TrainingService(session)
    for n, member in enumerate(ids[:2], 1):
        training.save_certificate(Certificate(member, f"GR-{n}", "县委政法委", date(2025, 4, 1)))
    return dict(zhang1=ids[0], zhang2=ids[1], liu=ids[2])


def _case(session, grid: str, title: str = "村道路面塌陷") -> int:
    cases = CasesService(session)
    at = cases._now() - timedelta(days=1)
    case_id = cases.report(CaseReport(title, cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT, at,
                                      grid_code=grid)).ids[0]
    cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[CaseAction.FILE]())
    return case_id


def _assign(session, case_id: int, **kw):
    cases = CasesService(session)
    return cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[CaseAction.ASSIGN](**kw))


def _login(access, username):
    return access.login(username, PW)


def test_an_account_belongs_to_one_team_member(session, access, village):
    accounts = AccountsService(session, access)
    accounts.add("zw", "", Role.GRID_MEMBER, PW, member_id=village["zhang1"])
    made = next(a for a in accounts.list() if a.username == "zw")
    # the member's name and grids come with the link, until the director sets others
    assert (made.member_id, made.display_name, made.grid_codes) == (village["zhang1"], "张伟", (G1,))
    with pytest.raises(Conflict, match="张伟已经关联了账号“zw”"):
        accounts.add("zw2", "", Role.GRID_MEMBER, PW, member_id=village["zhang1"])
    accounts.add("staff", "小李", Role.STAFF, PW)
    with pytest.raises(Conflict):
        accounts.set_member("staff", village["zhang1"])
    accounts.set_member("staff", village["liu"])
    assert next(a for a in accounts.list() if a.username == "staff").member_id == village["liu"]
    accounts.set_member("staff", None)
    assert next(a for a in accounts.list() if a.username == "staff").member_id is None


def test_assigned_to_me_means_to_my_person_not_to_my_name(session, access, village):
    AccountsService(session, access).add("zw", "张伟", Role.GRID_MEMBER, PW, member_id=village["zhang1"])
    mine = _case(session, G2, "第二网格的事，派给本人")
    _assign(session, mine, member_id=village["zhang1"])
    namesake = _case(session, G2, "派给同名的另一个张伟")
    _assign(session, namesake, member_id=village["zhang2"])
    legacy = _case(session, G2, "旧库里只写了名字")
    with session.db.engine.begin() as conn:  # as revision 0010 leaves a name two members share
        conn.execute(text("UPDATE cases SET assignee = '张伟', state = 'assigned' WHERE id = :i"), {"i": legacy})
    assert CasesService(session).get(namesake).assignee == "张伟"

    member = _login(access, "zw")
    try:
        cases = CasesService(member)
        listed = {v.id for v in cases.list(None)}
        assert mine in listed and namesake not in listed and legacy not in listed
        assert sum(n for k, n in cases.counts().items() if k.startswith("state:")) == len(listed)
        for other in (namesake, legacy):
            with pytest.raises(PermissionDenied, match="不在您负责的网格"):
                cases.get(other)
        steps = dict(cases.steps(mine))
        assert steps[CaseAction.START] == ""
        cases.act(mine, cases.get(mine).version, STEP_INPUTS[CaseAction.START]())
        cases.act(mine, cases.get(mine).version, STEP_INPUTS[CaseAction.FEEDBACK](result="已修补"))
        assert cases.get(mine).result == "已修补"
    finally:
        member.close()


def test_a_body_is_words_and_a_person_is_chosen(session, village):
    body = _case(session, G1)
    _assign(session, body, body="村调委会")
    assert CasesService(session).get(body).assignee == "村调委会"
    typed = _case(session, G1)
    with pytest.raises(TransitionRefused, match="网格队伍里的刘波.*从名单里选择"):
        _assign(session, typed, body="网格员刘波")
    with pytest.raises(TransitionRefused, match="交给谁"):
        _assign(session, typed)


def test_an_uncertified_member_is_not_assigned_unless_the_director_says_why(session, access, village):
    AccountsService(session, access).add("staff", "小李", Role.STAFF, PW)
    case_id = _case(session, G2)
    staff = _login(access, "staff")
    try:
        with pytest.raises(Uncertified) as refused:
            _assign(staff, case_id, member_id=village["liu"])
        assert "刘波" in refused.value.message and "参加培训并登记证书" in refused.value.message
        assert "请主任" in refused.value.message
        with pytest.raises(PermissionDenied, match="只有主任可以准许未持证的网格员临时上岗"):
            _assign(staff, case_id, member_id=village["liu"], cert_override="人手不够")
    finally:
        staff.close()
    assert CasesService(session).get(case_id).assignee == ""  # nothing changed
    with pytest.raises(Uncertified, match="由您（主任）写明理由"):
        _assign(session, case_id, member_id=village["liu"])
    _assign(session, case_id, member_id=village["liu"], cert_override="汛期人手不足，由网格长带领")
    assert CasesService(session).get(case_id).assignee == "刘波"
    [allowed] = DashboardService(session).cert_overrides()
    assert (allowed.account, allowed.member_name, allowed.act, allowed.target, allowed.reason) == \
        ("zhuren", "刘波", CertAct.ASSIGN, f"case:{case_id}", "汛期人手不足，由网格长带领")
    with session.db.engine.connect() as conn:
        logged = conn.execute(text("SELECT account, target, detail FROM audit_log WHERE action = 'cert_override'")).all()
        denied = conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'permission_denied' "
                                   "AND account = 'staff'")).scalar()
    assert logged == [("zhuren", f"team:{village['liu']}", f"assign case:{case_id}: 汛期人手不足，由网格长带领")]
    assert denied == 1
    # a certified member needs no exception, and none is written even if a reason is given
    other = _case(session, G1)
    _assign(session, other, member_id=village["zhang1"], cert_override="不需要")
    assert len(DashboardService(session).cert_overrides()) == 1


def test_an_uncertified_member_logs_no_visit_unless_the_director_says_why(session, village):
    RosterService(session).save_resident(Resident("王大", "11010519491231002X", "", date(1949, 12, 31), "", "H2-1",
                                                  "户主", G2))
    visits = VisitsService(session)
    households = visits.not_visited(G2)
    visit = Visit(village["liu"], G2, visits.today(), "上午", (households[0][0],))
    with pytest.raises(Uncertified, match="刘波.*不能登记走访和巡查"):
        visits.log(visit)
    visit_id = visits.log(visit, cert_override="陪同网格长走访，记在本人名下").ids[0]
    [allowed] = DashboardService(session).cert_overrides()
    assert (allowed.act, allowed.target) == (CertAct.VISIT, f"visit:{visit_id}")


def test_the_sign_leaves_the_uncertified_off_and_says_so(session, village, tmp_path):
    prints = PrintService(session)
    status = {s.grid_code: s for s in prints.sign_status()}
    assert status[G2].left_off == ("刘波",) and status[G1].left_off == ()
    assert prints.print_signs(tmp_path / "a.pdf", [G2]) == 1
    status = {s.grid_code: s for s in prints.sign_status()}
    assert not status[G2].out_of_date  # what was printed is what may be shown: 刘波 is not on it
    assert DashboardService(session).cert_overrides() == []
    prints.print_signs(tmp_path / "b.pdf", [G2], cert_override="新任网格员，培训已报名，先公示联系方式")
    [allowed] = DashboardService(session).cert_overrides()
    assert (allowed.member_name, allowed.act, allowed.target) == ("刘波", CertAct.SIGN, f"sign:{G2}")
    status = {s.grid_code: s for s in prints.sign_status()}
    # the exception printed is what the sign was allowed to show: not out of date, and said so
    assert (status[G2].out_of_date, status[G2].left_off, status[G2].excepted) == (False, (), ("刘波",))


def test_a_grid_members_dashboard_lists_only_its_grids_exceptions(session, access, village):
    case_id = _case(session, G2)
    _assign(session, case_id, member_id=village["liu"], cert_override="汛期人手不足")
    AccountsService(session, access).add("zw", "", Role.GRID_MEMBER, PW, member_id=village["zhang1"])
    member = _login(access, "zw")
    try:
        assert DashboardService(member).cert_overrides() == []
    finally:
        member.close()
    assert len(DashboardService(session).cert_overrides()) == 1


def test_an_exception_for_a_member_of_a_micro_grid_is_on_its_grids_dashboard(session, access, village):
    """A grid includes its micro-grids: the exception of a member serving only one is its grid's."""
    micro = G2 + "01"
    GridService(session).save(Grid(micro, "第二网格一微格", GridKind.RURAL, parent_code=G2))
    TeamService(session).save(TeamMember("赵敏", _id(8), "13900000008", TeamRole.PART_TIME, micro, date(2025, 3, 1)),
                              "群众", "高中", True)
    zhao = next(t.id for t in TeamService(session).members() if t.member.name == "赵敏")
    _assign(session, _case(session, G2), member_id=zhao, cert_override="微格员先顶上，培训已报名")
    AccountsService(session, access).add("g2", "", Role.GRID_MEMBER, PW)
    AccountsService(session, access).set_grids("g2", [G2])
    AccountsService(session, access).add("none", "", Role.GRID_MEMBER, PW)
    for name, seen in (("g2", ["赵敏"]), ("none", [])):
        member = _login(access, name)
        try:
            assert [o.member_name for o in DashboardService(member).cert_overrides()] == seen
        finally:
            member.close()


def test_the_demo_village_shows_one_exception_and_no_uncertified_visit(tmp_path):
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.services.demo import build_demo

    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 200, make_access=make, with_activity=True)
    demo = make(summary.db_path).login("demo", "Demo@2026")
    try:
        [shown] = DashboardService(demo).cert_overrides()
        states = TrainingService(demo).certificate_states()
        assert shown.act is CertAct.ASSIGN and states[shown.member_id] in ("none", "expired") and shown.reason
        case = CasesService(demo).get(int(shown.target.split(":")[1]))
        assert case.assignee == shown.member_name
        with demo.db.engine.connect() as conn:
            visitors = set(conn.execute(text("SELECT DISTINCT member_id FROM visits")).scalars())
        assert visitors and all(states[m] not in ("none", "expired") for m in visitors)
    finally:
        demo.close()


def test_a_contact_card_names_only_a_certified_member(session, village, tmp_path):
    """The household's card, like the sign, may not name someone who has not passed training."""
    from gridDesk.domain.errors import ValidationError

    g3 = "140105100201003"
    GridService(session).save(Grid(g3, "第三网格", GridKind.RURAL))
    TeamService(session).save(TeamMember("王芳", _id(9), "13900000009", TeamRole.FULL_TIME, g3, date(2025, 3, 1)),
                              "群众", "高中", True)
    with pytest.raises(ValidationError, match="王芳.*持证上岗") as refused:
        PrintService(session).print_cards(tmp_path / "cards.pdf", g3)
    assert "参加培训" in refused.value.message and not (tmp_path / "cards.pdf").exists()
