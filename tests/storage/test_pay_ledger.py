"""The month's performance-pay ledger against records counted by hand: the base prorated by the
days in post, 以案定补 per case closed on time (late within the grace: half; later: nothing), a
warning's deduction, the minimum wage flag; locking freezes it; a correction is a line of its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from gridDesk.domain.staffing import LeaveReason

from gridDesk.domain.accounts import Role
from gridDesk.domain.case_inputs import (AssignInput, CloseInput, FeedbackInput, FileInput, RevisitInput,
                                         SelfSolveInput, StartInput)
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import Conflict, PermissionDenied, ValidationError
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.pay import Correction, LedgerState, PaySource
from gridDesk.domain.rewards import Reward, RewardKind, RewardLevel
from gridDesk.domain.roster import Grid, GridKind, TeamMember, TeamRole
from gridDesk.domain.training import Certificate
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.grids import GridService
from gridDesk.services.pay import PayService, pay_status
from gridDesk.services.rewards import RewardsService
from gridDesk.services.status import current_status
from gridDesk.services.team import TeamService
from gridDesk.services.training import TrainingService
from gridDesk.storage.audit_repo import AuditFilter, AuditRepo

G1 = "140105100201001"
PW = "Member@2026x"


def _id(n: int) -> str:
    first17 = f"14010519800101{n:03d}"
    return first17 + check_digit(first17)


@pytest.fixture
def village(session, access):
    """(the session's clock stands at 2026-09-21) 李强 full-time since 2025; 王芳 part-time from
    16 August 2026 (16 of August's 31 days); 赵刚 a leader who left on 31 July (not in August)."""
    GridService(session).save(Grid(G1, "第一网格", GridKind.RURAL))
    team = TeamService(session)
    people = (("李强", TeamRole.FULL_TIME, date(2025, 3, 1)), ("王芳", TeamRole.PART_TIME, date(2026, 8, 16)),
              ("赵刚", TeamRole.LEADER, date(2024, 1, 1)))
    for n, (name, role, since) in enumerate(people, 1):
        team.save(TeamMember(name, _id(n), f"1390000{n:04d}", role, G1, since), "群众", "高中", True)
    ids = {t.member.name: t.id for t in team.members()}
    team.leave(ids["赵刚"], date(2026, 7, 31), LeaveReason.RESIGNED)
    for n, name in enumerate(("李强", "王芳"), 1):
        TrainingService(session).save_certificate(Certificate(ids[name], f"GR-{n}", "县委政法委", date(2025, 4, 1)))
    AccountsService(session, access).add("wangfang", "", Role.GRID_MEMBER, PW, member_id=ids["王芳"])
    return ids


def _case(cases: CasesService, reported: datetime, kind=WorkKind.ORDINARY) -> int:
    category = next(c.id for c in cases.categories() if c.name == "治安隐患")  # 5 working days
    return cases.report(CaseReport("村道路面塌陷", category, kind, Channel.VISIT, reported, grid_code=G1)).ids[0]


def _step(cases, case_id, step):
    cases.act(case_id, cases.get(case_id).version, step)


def _closed(session, member: int, filed: datetime, closed: datetime | None = None, late_workdays: int | None = None):
    """A case filed at `filed`, assigned to `member` and closed at `closed`, or `late_workdays`
    working days after its due day. Returns (case number, due)."""
    cases = CasesService(session)
    case_id = _case(cases, filed - timedelta(hours=1))
    _step(cases, case_id, FileInput(at=filed))
    due = cases.get(case_id).due_at
    if closed is None:
        day, left = due.date(), late_workdays
        while left:
            day += timedelta(days=1)
            left -= day.weekday() < 5  # August and September 2026 have no public holiday before the 21st
        closed = datetime.combine(day, datetime.min.time()).replace(hour=10)
    for n, step in enumerate((AssignInput(member_id=member), StartInput(), FeedbackInput(result="已处理"),
                              RevisitInput(satisfaction="满意"), CloseInput(closure="solved"))):
        at = min(closed, filed + timedelta(minutes=10 * (n + 1))) if n < 4 else closed
        _step(cases, case_id, replace(step, at=at))
    return cases.get(case_id).number, due


@pytest.fixture
def august(session, access, village):
    """李强: two cases closed on time, one 2 working days late (within the 5-day grace: half), one
    10 working days late (nothing), one closed in September and one in July (not August's);
    王芳 solved one on the spot (自办自结: never late). A warning and a commendation of 李强."""
    li = village["李强"]
    on_time = [_closed(session, li, datetime(2026, 8, 3, 9), datetime(2026, 8, 5, 16)),
               _closed(session, li, datetime(2026, 8, 10, 9), datetime(2026, 8, 17, 16))]
    half = _closed(session, li, datetime(2026, 8, 3, 10), late_workdays=2)
    nothing = _closed(session, li, datetime(2026, 8, 3, 11), late_workdays=10)
    _closed(session, li, datetime(2026, 8, 24, 9), datetime(2026, 9, 1, 9))
    _closed(session, li, datetime(2026, 7, 20, 9), datetime(2026, 7, 31, 17))
    member = access.login("wangfang", PW)
    cases = CasesService(member)
    case_id = _case(cases, datetime(2026, 8, 25, 9))
    _step(cases, case_id, SelfSolveInput(result="当场调解", closure="resolved", at=datetime(2026, 8, 25, 11)))
    solved = cases.get(case_id).number
    member.close()
    rewards = RewardsService(session)
    rewards.save(None, Reward(li, date(2026, 8, 20), RewardKind.WARNING, RewardLevel.VILLAGE, "走访记录不实", "村委〔2026〕5号"))
    rewards.save(None, Reward(li, date(2026, 8, 28), RewardKind.COMMENDATION, RewardLevel.TOWNSHIP, "防汛值守"))
    return dict(on_time=[n for n, _d in on_time], half=half[0], nothing=nothing[0], solved=solved, late_due=half[1])


def test_the_ledger_against_hand_counted_records(session, village, august):
    ledger = PayService(session).ledger("2026-08")
    assert ledger.state is LedgerState.NONE  # not drawn up: computed now
    by_name = {m.name: m for m in ledger.members}
    assert set(by_name) == {"李强", "王芳"}  # 赵刚 left in July
    li = by_name["李强"]
    lines = {(x.source, x.ref): x.amount for x in li.lines}
    assert lines[(PaySource.BASE, "2026-08")] == 2000_00
    for number in august["on_time"]:
        assert lines[(PaySource.CASE, number)] == 20_00
    assert lines[(PaySource.CASE, august["half"])] == 10_00  # 2 working days late: 50 %
    assert lines[(PaySource.CASE, august["nothing"])] == 0  # 10 working days late: past the grace
    late = {x.ref: x.n1 for x in li.lines if x.source is PaySource.CASE}
    assert (late[august["half"]], late[august["nothing"]]) == (2, 10)
    assert lines[(PaySource.DEDUCTION, "村委〔2026〕5号")] == -100_00  # the warning; the commendation costs nothing
    assert len([x for x in li.lines if x.source is PaySource.CASE]) == 4  # not September's, not July's
    assert li.total == 2000_00 + 20_00 + 20_00 + 10_00 + 0 - 100_00
    wang = by_name["王芳"]
    assert [(x.source, x.amount) for x in wang.lines] == [(PaySource.BASE, 600_00 * 16 // 31),
                                                          (PaySource.CASE, 20_00)]
    assert wang.lines[0].n1 == 16 and wang.lines[0].n2 == 31
    assert wang.lines[1].ref == august["solved"]
    assert ledger.total == li.total + wang.total


def test_minimum_wage_flags_a_full_time_member_below_it(session, village, august):
    pay = PayService(session)
    assert not pay.ledger("2026-08").below_minimum  # the wage not entered: nothing compared
    pay.save_rules({"minimum_wage": 2490_00})
    ledger = pay.ledger("2026-08")
    assert [m.name for m in ledger.below_minimum] == ["李强"]  # 1,950.00 < 2,490.00; 王芳 is part-time
    assert current_status(session).pay_below_minimum == 1
    pay.save_rules({"minimum_wage": 1950_00})
    assert not pay.ledger("2026-08").below_minimum  # equal is not below


def test_lock_freezes_the_lines_and_a_correction_is_a_line_with_its_reason(session, village, august):
    pay = PayService(session)
    pay.draw_up("2026-08")
    drawn = pay.ledger("2026-08")
    assert drawn.state is LedgerState.DRAFT and drawn.drawn_by == session.account.username
    pay.lock("2026-08", drawn.drawn_at)
    before = pay.ledger("2026-08")
    assert before.state is LedgerState.LOCKED and before.total == drawn.total
    # the rules change and a new warning is dated in August: the locked month does not move
    pay.save_rules({"base.full_time": 2500_00})
    RewardsService(session).save(None, Reward(village["李强"], date(2026, 8, 30), RewardKind.CRITICISM,
                                              RewardLevel.TOWNSHIP, "迟报险情"))
    assert pay.ledger("2026-08").total == before.total
    with pytest.raises(Conflict):
        pay.draw_up("2026-08")
    with pytest.raises(ValidationError):
        pay.correct("2026-08", Correction(village["李强"], 50_00, "  "))
    pay.correct("2026-08", Correction(village["李强"], 50_00, "漏计一件按期办结案件", "140105100201-2026-0099"))
    after = pay.ledger("2026-08")
    li = next(m for m in after.members if m.name == "李强")
    fix = [x for x in li.lines if x.source is PaySource.CORRECTION]
    assert [(x.amount, x.reason, x.added_by) for x in fix] == [(50_00, "漏计一件按期办结案件", session.account.username)]
    assert after.total == before.total + 50_00
    with session.db.transaction() as s:
        audit = [r.detail for r in AuditRepo(s).query(AuditFilter(text="pay:2026-08"))]
    assert any(d.startswith("lock") for d in audit) and any("漏计" in d for d in audit)


def test_a_draft_must_be_drawn_before_locking_and_a_redrawn_one_looked_at_again(session, village, august, clock):
    pay = PayService(session)
    with pytest.raises(ValidationError):
        pay.lock("2026-08")
    pay.draw_up("2026-08")
    seen = pay.ledger("2026-08").drawn_at
    clock.advance(60)
    pay.draw_up("2026-08")
    with pytest.raises(Conflict):
        pay.lock("2026-08", seen)
    with pytest.raises(ValidationError):
        pay.correct("2026-08", Correction(village["李强"], 50_00, "未锁定"))
    with pytest.raises(ValidationError):
        pay.draw_up("2026-10")  # not begun
    pay.draw_up("2026-09")  # the month under way may be drawn up as it stands, not locked
    with pytest.raises(ValidationError):
        pay.lock("2026-09")


def test_unlocked_past_months_are_counted(session, village):
    pay = PayService(session)
    assert pay.unlocked_months() == ["2026-08"]  # nothing drawn up yet: last month
    pay.draw_up("2026-06")
    assert pay.unlocked_months() == ["2026-06", "2026-07", "2026-08"]
    pay.lock("2026-06")
    assert current_status(session).pay_unlocked_months == 2


def test_staff_draws_up_but_cannot_lock_and_a_grid_member_sees_nothing(session, access, village):
    accounts = AccountsService(session, access)
    accounts.add("staff1", "", Role.STAFF, PW)
    staff = access.login("staff1", PW)
    PayService(staff).draw_up("2026-08")
    with pytest.raises(PermissionDenied):
        PayService(staff).lock("2026-08")
    with pytest.raises(PermissionDenied):
        PayService(staff).save_rules({"minimum_wage": 1})
    staff.close()
    member = access.login("wangfang", PW)
    for call in (lambda: PayService(member).ledger("2026-08"), lambda: RewardsService(member).listed(),
                 lambda: PayService(member).rules()):
        with pytest.raises(PermissionDenied):
            call()
    assert pay_status(member) == (0, 0)
    figures = current_status(member)
    assert (figures.pay_unlocked_months, figures.pay_below_minimum) == (0, 0)
    member.close()
