"""A complete team per grid (issue 19 item 5): which grids lack a 网格长 or members, departures
and the vacancies they open, filling them, preference facts, the hire hint and the selection
steps; each figure against a small village counted by hand, and the attacks refused in words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import Grid, GridKind, TeamMember, TeamRole
from gridDesk.domain.staffing import (Departure, HireHint, LeaveReason, Missing, Preferences, SelectionStep)
from gridDesk.services.accounts import AccountsService
from gridDesk.services.grids import GridService
from gridDesk.services.staffing import StaffingService
from gridDesk.services.team import TeamService
from gridDesk.storage import migrate
from tests.conftest import DIRECTOR, PASSWORD
from tests.migrations_helper import downgrade

RURAL, URBAN, MICRO = "140105100201001", "140105100201002", "14010510020100101"
TODAY = date(2026, 9, 21)  # the FakeClock's day
PW = "Member@2026x"
_seq = iter(range(1, 999))


def _id(born: date) -> str:
    first17 = f"140105{born:%Y%m%d}{next(_seq) * 2 + 1:03d}"
    return first17 + check_digit(first17)


def _member(name: str, role: TeamRole, grid: str | None, born=date(1990, 5, 1), on=date(2024, 1, 1)) -> TeamMember:
    return TeamMember(name, _id(born), f"139{next(_seq):08d}", role, grid, on)


@pytest.fixture
def village(session):
    """Rural grid 001: 网格长 + 专职; urban grid 002: one 兼职 only; a micro-grid under 001 (no team needed)."""
    grids = GridService(session)
    grids.save(Grid(RURAL, "第一网格", GridKind.RURAL))
    grids.save(Grid(URBAN, "第二网格", GridKind.URBAN))
    grids.save(Grid(MICRO, "一组微网格", GridKind.MICRO, parent_code=RURAL))
    team = TeamService(session)
    ids = {}
    for name, role, grid in (("李长", TeamRole.LEADER, RURAL), ("王专", TeamRole.FULL_TIME, RURAL),
                             ("赵兼", TeamRole.PART_TIME, URBAN)):
        ids[name] = int(team.save(_member(name, role, grid), "中共党员", "大学专科", True).ids[0])
    return session, ids


def test_grids_missing_a_leader_or_member_counted_by_hand(village):
    session, _ids = village
    staffing = StaffingService(session)
    # 001 has both; 002 (urban) has no 网格长 and no 专职网格员 (Art. 8); the micro-grid is not asked.
    assert staffing.incomplete() == {URBAN: (Missing.LEADER, Missing.FULL_TIME)}
    staffing.save_rules({"team.min_members": 2})  # the director asks for two members in post
    assert staffing.incomplete() == {RURAL: (Missing.MEMBER,), URBAN: (Missing.LEADER, Missing.MEMBER,
                                                                        Missing.FULL_TIME)}
    assert "team.min_members" not in staffing.rules().examples
    with pytest.raises(ValidationError, match="1 到 10"):  # below the Measures' floor for urban grids
        staffing.save_rules({"team.urban_full_time": 0})


def test_a_departure_opens_a_vacancy_with_its_clock_until_it_is_filled(village):
    session, ids = village
    staffing, team = StaffingService(session), TeamService(session)
    staffing.record_departure(Departure(ids["王专"], date(2026, 8, 1), LeaveReason.RESIGNED,
                                        decided_by="村两委", document="杏花村〔2026〕5号"))
    assert [t.member.name for t in team.members()] == ["李长", "赵兼"]
    left = next(t for t in team.members(include_left=True) if t.id == ids["王专"])
    assert left.left_on == date(2026, 8, 1)  # every list that reads left_on still reads it
    d = staffing.departures()[ids["王专"]]
    assert (d.reason, d.decided_by, d.document) == (LeaveReason.RESIGNED, "村两委", "杏花村〔2026〕5号")
    (v,) = staffing.vacancies()
    assert (v.vacancy.grid_code, v.vacancy.post, v.vacancy.opened_on, v.vacancy.left_member) == \
        (RURAL, TeamRole.FULL_TIME, date(2026, 8, 1), "王专")
    assert v.days_open == 51 and v.overdue  # 1 Aug -> 21 Sep, past the 30 days of the rule
    assert staffing.incomplete()[RURAL] == (Missing.MEMBER,)
    staffing.save_rules({"vacancy.overdue_days": 60})
    assert not staffing.vacancies()[0].overdue
    # 任命补缺: a new full-time member of grid 001 fills it on their appointment day.
    new = _member("孙新", TeamRole.FULL_TIME, RURAL, on=date(2026, 9, 10))
    staffing.appoint(v.vacancy.id, new, "群众", "大学本科", True)
    assert staffing.vacancies() == []
    (done,) = staffing.vacancies(include_filled=True)
    assert (done.vacancy.filled_on, done.vacancy.filled_member, done.days_open) == (date(2026, 9, 10), "孙新", 40)
    assert RURAL not in staffing.incomplete()


def test_departures_that_cannot_be_are_refused_in_words(village):
    session, ids = village
    staffing = StaffingService(session)
    with pytest.raises(ValidationError, match="不能早于任职日期 2024-01-01"):
        staffing.record_departure(Departure(ids["王专"], date(2023, 12, 31), LeaveReason.RESIGNED))
    with pytest.raises(ValidationError, match="不能晚于今天"):
        staffing.record_departure(Departure(ids["王专"], date(2026, 9, 22), LeaveReason.RESIGNED))
    with pytest.raises(ValidationError, match="写明"):
        staffing.record_departure(Departure(ids["王专"], date(2026, 9, 1), LeaveReason.OTHER, words="  "))
    assert staffing.vacancies() == [] and staffing.departures() == {}
    staffing.record_departure(Departure(ids["王专"], date(2026, 9, 1), LeaveReason.DISMISSED))
    with pytest.raises(ValidationError, match="已于 2026-09-01 离任"):  # leaving twice
        staffing.record_departure(Departure(ids["王专"], date(2026, 9, 2), LeaveReason.MOVED))
    assert len(staffing.vacancies()) == 1


def test_a_grid_members_account_cannot_record_a_departure(village, access):
    session, ids = village
    AccountsService(session, access).add("ge1", "本网格员", Role.GRID_MEMBER, PW, member_id=ids["王专"])
    mine = access.login("ge1", PW)
    try:
        with pytest.raises(PermissionDenied, match="工作人员|主任"):
            StaffingService(mine).record_departure(Departure(ids["王专"], date(2026, 9, 1), LeaveReason.RESIGNED))
        with pytest.raises(PermissionDenied):
            TeamService(mine).leave(ids["王专"], date(2026, 9, 1), LeaveReason.RESIGNED)
        assert StaffingService(mine).incomplete() == {}  # its own grid (001) is complete; 002 is not its to see
    finally:
        mine.close()
    assert StaffingService(session).departures() == {} and len(TeamService(session).members()) == 3


def test_a_vacancy_is_filled_only_by_its_grid_and_post(village):
    session, ids = village
    staffing, team = StaffingService(session), TeamService(session)
    staffing.record_departure(Departure(ids["王专"], date(2026, 8, 1), LeaveReason.MOVED))
    vacancy = staffing.vacancies()[0].vacancy.id
    other_grid = int(team.save(_member("钱外", TeamRole.FULL_TIME, URBAN, on=date(2026, 9, 1)), "", "", True).ids[0])
    with pytest.raises(ValidationError, match="别的网格"):
        staffing.fill(vacancy, other_grid)
    with pytest.raises(ValidationError, match="岗位不同"):
        staffing.fill(vacancy, ids["李长"])
    with pytest.raises(ValidationError, match="别的网格"):  # a new member for another grid: nothing saved
        staffing.appoint(vacancy, _member("周错", TeamRole.FULL_TIME, URBAN, on=date(2026, 9, 5)), "", "", True)
    assert "周错" not in [t.member.name for t in team.members()]
    early = _member("吴早", TeamRole.FULL_TIME, RURAL, on=date(2026, 7, 1))
    with pytest.raises(ValidationError, match="不能早于空缺出现的 2026-08-01"):
        staffing.appoint(vacancy, early, "", "", True)
    assert staffing.vacancies()[0].vacancy.filled_on is None
    fine = int(team.save(_member("郑对", TeamRole.FULL_TIME, RURAL, on=date(2026, 9, 1)), "", "", True).ids[0])
    staffing.fill(vacancy, fine)
    with pytest.raises(ValidationError, match="已于 2026-09-01 补上"):
        staffing.fill(vacancy, fine)


def test_selection_steps_go_in_order(village):
    session, ids = village
    staffing = StaffingService(session)
    staffing.record_departure(Departure(ids["赵兼"], date(2026, 6, 1), LeaveReason.RESIGNED))
    part_time = staffing.vacancies()[0].vacancy.id
    with pytest.raises(ValidationError, match="专职网格员"):
        staffing.start_selection(part_time)
    staffing.record_departure(Departure(ids["王专"], date(2026, 6, 1), LeaveReason.RESIGNED))
    vacancy = next(v.vacancy.id for v in staffing.vacancies() if v.vacancy.post is TeamRole.FULL_TIME)
    staffing.start_selection(vacancy, "面向本村招聘专职网格员 1 名")
    (sel,) = staffing.selections()
    with pytest.raises(ValidationError, match="请先登记“资格审查”"):
        staffing.record_step(sel.id, SelectionStep.EXAM, date(2026, 7, 1))
    staffing.record_step(sel.id, SelectionStep.ANNOUNCEMENT, date(2026, 6, 10), "村务公开栏、微信群")
    with pytest.raises(ValidationError, match="“报名”不能早于“公告”（2026-06-10）"):
        staffing.record_step(sel.id, SelectionStep.REGISTRATION, date(2026, 6, 9))
    staffing.record_step(sel.id, SelectionStep.REGISTRATION, date(2026, 6, 20), "报名 6 人")
    with pytest.raises(ValidationError, match="不能晚于已登记的“报名”"):  # moving 公告 after 报名
        staffing.record_step(sel.id, SelectionStep.ANNOUNCEMENT, date(2026, 6, 21))
    day = date(2026, 6, 25)
    for step in list(SelectionStep)[2:]:
        staffing.record_step(sel.id, step, day)
        day += timedelta(days=1)
    (sel,) = staffing.selections()
    assert sel.complete() and sel.member_id is None  # nobody appointed yet
    hired = _member("冯聘", TeamRole.FULL_TIME, RURAL, on=date(2026, 7, 10))
    staffing.appoint(vacancy, hired, "中共党员", "大学专科", True)
    (sel,) = staffing.selections()
    assert sel.member == "冯聘" and sel.vacancy_id == vacancy
    with pytest.raises(ValidationError, match="已经有选聘记录"):
        staffing.start_selection(vacancy)


def test_preference_facts_and_the_hire_hint(village):
    session, ids = village
    staffing, team = StaffingService(session), TeamService(session)
    me = next(t for t in team.members() if t.id == ids["王专"])
    with pytest.raises(ValidationError, match="证书编号"):
        team.save(me.member, "中共党员", "大学专科", True, me.id, preferences=Preferences(social_work_level="社会工作师"))
    team.save(me.member, "中共党员", "大学专科", True, me.id,
              preferences=Preferences("助理工程师", "社会工作师", "S2026140001", veteran=True))
    assert staffing.preferences() == {ids["王专"]: Preferences("助理工程师", "社会工作师", "S2026140001", True, False)}
    rules = staffing.rules()
    old = _member("老刘", TeamRole.FULL_TIME, RURAL, born=date(1990, 9, 21), on=TODAY)  # 36 on the day
    young = _member("小陈", TeamRole.FULL_TIME, RURAL, born=date(1991, 9, 22), on=TODAY)  # 34
    assert staffing.hints(old, "高中", rules) == (HireHint.AGE, HireHint.EDUCATION)
    assert staffing.hints(young, "中专", rules) == (HireHint.EDUCATION,)  # 41: below 大专 by level
    assert staffing.hints(young, "大专", rules) == ()  # a synonym of 大学专科
    assert staffing.hints(young, "", rules) == (HireHint.EDUCATION_UNKNOWN,)
    assert staffing.hints(old.__class__(**{**old.__dict__, "role": TeamRole.PART_TIME}), "小学", rules) == ()
    staffing.save_rules({"hire.max_age": 40})
    assert staffing.hints(old, "大学本科", staffing.rules()) == ()


def test_members_who_left_before_0029_migrate_with_reason_other(village, access):
    session, ids = village
    downgrade(session.db.engine, "0026")
    with session.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE team_members SET left_on = '2026-03-01' WHERE id = ?", (ids["赵兼"],))
    session.close()
    session = access.login(DIRECTOR, PASSWORD)
    try:
        assert migrate.current_revision(session.db.engine) == migrate.HEAD
        d = StaffingService(session).departures()
        assert list(d) == [ids["赵兼"]] and d[ids["赵兼"]].reason is LeaveReason.OTHER
        assert d[ids["赵兼"]].on == date(2026, 3, 1) and d[ids["赵兼"]].words
        assert StaffingService(session).vacancies() == []  # whether it was filled since is not on record
        assert StaffingService(session).rules()["vacancy.overdue_days"] == 30
    finally:
        session.close()


def test_the_selection_record_prints_on_one_page_and_reads_back(village, tmp_path):
    from pypdf import PdfReader

    from tests.storage.test_meetings import fonts_embedded

    session, ids = village
    staffing = StaffingService(session)
    staffing.record_departure(Departure(ids["王专"], date(2026, 6, 1), LeaveReason.RESIGNED))
    vacancy = staffing.vacancies()[0].vacancy.id
    staffing.start_selection(vacancy, "面向本村招聘")
    sel = staffing.selections()[0].id
    staffing.record_step(sel, SelectionStep.ANNOUNCEMENT, date(2026, 6, 10), "村务公开栏")
    staffing.record_step(sel, SelectionStep.REGISTRATION, date(2026, 6, 20), "报名 6 人")
    staffing.appoint(vacancy, _member("冯聘", TeamRole.FULL_TIME, RURAL, on=date(2026, 7, 10)), "", "大学专科", True)
    out = tmp_path / "selection.pdf"
    assert staffing.print_selection(sel, out) == 1
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    for words in ("专职网格员选聘记录", "第一网格（140105100201001）", "王专辞职", "冯聘，2026年07月10日任职",
                  "公告", "2026-06-10", "村务公开栏", "报名 6 人", "资格审查", "未办", "培训"):
        assert words in text, words
    assert fonts_embedded(out)
    with session.db.transaction() as s:
        from sqlalchemy import text as sql

        rows = s.execute(sql("SELECT action, target, detail FROM audit_log WHERE target = :t"),
                         {"t": f"selection:{sel}"}).all()
    assert any(r[0] == "print" and "selection.pdf" in r[2] for r in rows)
