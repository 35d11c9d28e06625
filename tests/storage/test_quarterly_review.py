"""The quarterly review on a real database: each computed item against records counted by hand,
the grades at their edges, the two reviews in order and by the director only, a reviewed quarter
unchanged by later rules, the open reviews and the yearly appraisal."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, select

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.assessment import (DEFAULT_GRADES, Grade, ItemKind, ItemNote, Quarter, ReviewLevel,
                                        ReviewState, ScoringItem, check_grades, grade_of)
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import Grid, GridKind, TeamMember, TeamRole
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.assessment_rules import AssessmentRulesService
from gridDesk.services.grids import GridService
from gridDesk.services.quarter_reviews import PointsChange, QuarterReviewsService
from gridDesk.services.team import TeamService
from gridDesk.storage.orm.cases import CaseCategoryRow, CaseRow
from gridDesk.storage.orm.roster import GridRow, HouseholdRow
from gridDesk.storage.orm.training import AttendanceRow, TrainingSessionRow
from gridDesk.storage.orm.visits import VisitRow, visit_households

NOW = datetime(2026, 11, 23, 10, 0)
Q3 = Quarter(2026, 3)
A, B = "140105100201001", "140105100201002"


def _id(n: int) -> str:
    first17 = f"14010519800101{n:03d}"
    return first17 + check_digit(first17)


def _visit(s, member, grid, day, households):
    vid = s.execute(insert(VisitRow).values(member_id=member, grid_id=grid, visited_on=day, slot="上午", companions="",
                                            solved_on_spot=0, notes="", account="t", created_at=NOW)).inserted_primary_key[0]
    s.execute(insert(visit_households), [{"visit_id": vid, "household_id": h, "visited_on": day} for h in households])


def _case(s, n, member, closed, due, category):
    s.add(CaseRow(number=f"T{n}", title=f"案件{n}", category_id=category, work_kind="ordinary", channel="visit",
                  reported_at=datetime(2026, 6, 1), state="closed" if closed else "assigned",
                  assignee_member_id=member, due_at=due, closed_at=closed, updated_at=NOW))


def _training(s, starts, hours, present):
    row = TrainingSessionRow(level="township", organiser="镇", starts_at=starts, hours=hours, topic=f"培训{starts:%m%d}",
                             updated_at=NOW)
    s.add(row)
    s.flush()
    for member, presence, own in present:
        s.add(AttendanceRow(session_id=row.id, member_id=member, presence=presence, hours=own))


@pytest.fixture
def village(session, clock):
    """Grid A (4 households) served by 张 since 2020, grid B (2 households) by 李 from 1 August
    2026; their visits, cases and training of 2026Q3 and around it, counted by hand below."""
    clock.now = NOW.timestamp()
    grids = GridService(session)
    grids.save(Grid(A, "第一网格", GridKind.RURAL))
    grids.save(Grid(B, "第二网格", GridKind.RURAL))
    team = TeamService(session)
    team.save(TeamMember("张网格", _id(1), "13900000001", TeamRole.FULL_TIME, A, date(2020, 3, 1)), "中共党员", "大专", True)
    team.save(TeamMember("李网格", _id(2), "13900000002", TeamRole.PART_TIME, B, date(2026, 8, 1)), "群众", "高中", True)
    ids = {t.member.name: t.id for t in team.members()}
    zhang, li = ids["张网格"], ids["李网格"]
    with session.db.transaction(writes=True) as s:
        gid = dict(s.execute(select(GridRow.code, GridRow.id)).all())
        h = {}
        for n, grid in enumerate((A, A, A, A, B, B), 1):
            row = HouseholdRow(number=f"H{n}", address=f"{n}号", grid_id=gid[grid])
            s.add(row)
            s.flush()
            h[n] = row.id
        # 张 (grid A): weeks start on Mondays; 2026Q3 has 13 of them, 6 July to 28 September.
        _visit(s, zhang, gid[A], date(2026, 7, 3), [h[1], h[2], h[3], h[4]])  # before the first Monday: not counted
        _visit(s, zhang, gid[A], date(2026, 7, 7), [h[1], h[2]])  # week of 6 July: h1 h2 h3 = 3
        _visit(s, zhang, gid[A], date(2026, 7, 9), [h[2], h[3]])
        _visit(s, zhang, gid[A], date(2026, 7, 14), [h[1], h[2], h[3], h[4]])  # week of 13 July: 4
        _visit(s, zhang, gid[B], date(2026, 7, 8), [h[5]])  # not his grid: not counted
        _visit(s, zhang, gid[A], date(2026, 10, 2), [h[1]])  # week of 28 September (in the quarter): 1
        _visit(s, zhang, gid[A], date(2026, 10, 6), [h[1], h[2], h[3], h[4]])  # the next quarter's week
        # 李 (grid B) from Saturday 1 August: 9 weeks, 3 August to 28 September.
        _visit(s, li, gid[B], date(2026, 7, 20), [h[5]])  # before he took the post
        _visit(s, li, gid[B], date(2026, 8, 4), [h[5], h[6]])  # week of 3 August: 2
        _visit(s, li, gid[B], date(2026, 8, 5), [h[5]])
        category = s.scalar(select(CaseCategoryRow.id).where(CaseCategoryRow.parent_id.is_not(None)))
        _case(s, 1, zhang, datetime(2026, 7, 10, 9), datetime(2026, 7, 15, 17), category)  # on time
        _case(s, 2, zhang, datetime(2026, 8, 20, 10), datetime(2026, 8, 18, 17), category)  # late
        _case(s, 3, zhang, datetime(2026, 9, 30, 23), datetime(2026, 10, 5, 17), category)  # on time
        _case(s, 4, zhang, datetime(2026, 10, 1, 9), datetime(2026, 10, 5, 17), category)  # next quarter
        _case(s, 5, zhang, None, datetime(2026, 8, 1, 17), category)  # still open
        _case(s, 6, zhang, datetime(2026, 9, 1, 9), None, category)  # no time limit: on time
        _case(s, 7, li, datetime(2026, 8, 10, 9), datetime(2026, 8, 9, 17), category)  # 李's, late
        _training(s, datetime(2026, 7, 15, 9), 3, [(zhang, "present", None), (li, "excused", None)])
        _training(s, datetime(2026, 8, 20, 9), 4, [(zhang, "present", 1.0), (li, "present", None)])
        _training(s, datetime(2026, 6, 30, 9), 5, [(zhang, "present", None)])  # 2026Q2
        _training(s, datetime(2026, 9, 30, 14), 2, [(zhang, "present", None)])
    return session, zhang, li


def _items(mq):
    return {i.name: i for i in mq.items}


def test_each_computed_item_against_hand_counted_records(village):
    session, zhang, li = village
    service = AssessmentService(session)
    z = _items(service.member_quarter(zhang, Q3))
    assert (z["入户走访"].numerator, z["入户走访"].denominator) == (8, 4 * 13)
    assert z["入户走访"].points == 0.0  # 8/52 = 15% is under the default's zero line of 50%
    assert (z["案件按时办结"].numerator, z["案件按时办结"].denominator) == (3, 4)
    assert z["案件按时办结"].points == 100.0  # 75%: half way from 50% (nothing) to 100% (200 points)
    assert (z["培训学时"].numerator, z["培训学时"].denominator) == (6, 8)  # 3 + his own 1 + 2 hours
    assert z["培训学时"].points == 37.5
    for name in ("民情日志", "巡查"):  # the daily log and the patrols are not counted here yet: said, not zero
        assert z[name].points is None and z[name].note is ItemNote.NO_DATA
    for name in ("群众代表评议", "党员评议", "本人自评"):
        assert z[name].points is None and z[name].note is ItemNote.NOT_ENTERED
    l_ = _items(service.member_quarter(li, Q3))
    assert (l_["入户走访"].numerator, l_["入户走访"].denominator) == (2, 2 * 9)
    assert (l_["案件按时办结"].numerator, l_["案件按时办结"].denominator) == (0, 1)
    assert l_["培训学时"].numerator == 4 and l_["培训学时"].points == 25.0
    # The mapping is the director's: proportional up to full points at 50% coverage.
    items, grades = service.rules()
    AssessmentRulesService(session).save(
        [ScoringItem(i.name, i.kind, i.max_points, i.metric, 0.0, 0.5, i.target, i.sort, i.id)
         if i.metric == "visit_coverage" else i for i in items], grades)
    z = _items(service.member_quarter(zhang, Q3))
    assert z["入户走访"].points == round(250 * (8 / 52) / 0.5, 1) == 76.9
    mq = service.member_quarter(zhang, Q3)
    assert not mq.standing.complete and mq.standing.grade is None
    assert set(mq.standing.missing) == {"民情日志", "巡查", "群众代表评议", "党员评议", "本人自评"}
    # The evidence is the records themselves: his counted visits, his closed cases, his training.
    visits = service.evidence(z["入户走访"].evidence)
    assert [v.when for v in visits] == ["2026-07-07", "2026-07-09", "2026-07-14", "2026-10-02"]
    cases = service.evidence(z["案件按时办结"].evidence)
    assert [(c.what.split()[0], c.counted) for c in cases] == [("T1", True), ("T2", False), ("T6", True), ("T3", True)]
    assert [t.detail for t in service.evidence(z["培训学时"].evidence)] == ["3", "1", "2"]
    # The summary scores every member the same way, in one pass.
    summary = {mq.name: _items(mq) for mq in service.quarter(Q3)}
    assert summary["张网格"]["案件按时办结"].points == 100.0 and summary["李网格"]["培训学时"].points == 25.0


def test_grades_at_their_edges():
    g = DEFAULT_GRADES
    assert [grade_of(t, g) for t in (1000, 900, 899.9, 750, 749.9, 600, 599.9, 0)] == [
        Grade.EXCELLENT, Grade.EXCELLENT, Grade.COMPETENT, Grade.COMPETENT, Grade.BASIC, Grade.BASIC,
        Grade.INCOMPETENT, Grade.INCOMPETENT]
    own = check_grades({Grade.EXCELLENT: 90, Grade.COMPETENT: 75, Grade.BASIC: 60})
    assert grade_of(90, own) is Grade.EXCELLENT and grade_of(59.9, own) is Grade.INCOMPETENT
    with pytest.raises(ValidationError, match="从高到低"):
        check_grades({Grade.EXCELLENT: 700, Grade.COMPETENT: 750, Grade.BASIC: 600})


def _enter(service, member, scores):
    items, _grades = service.rules()
    by_name = {i.name: i.id for i in items}
    for name, (points, words, count) in scores.items():
        service.save_entry(member, Q3, by_name[name], points, words, count)
    return by_name


ENTRIES = {"群众代表评议": (90, "群众评价好", 12), "党员评议": (85, "", 8), "本人自评": (45, "本季走访还不够", 0)}


def test_the_two_reviews_in_order_by_the_director_only(village, access):
    session, zhang, li = village
    AccountsService(session, access).add("staff1", "工作人员", Role.STAFF, "Staff@2026x")
    staff = access.login("staff1", "Staff@2026x")
    try:
        ids = _enter(AssessmentService(staff), zhang, ENTRIES)  # the centre's staff enter the appraisals
        with pytest.raises(PermissionDenied):
            QuarterReviewsService(staff).record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意")
    finally:
        staff.close()
    reviews = QuarterReviewsService(session)
    with pytest.raises(ValidationError, match="初评之后"):
        reviews.record(zhang, Q3, ReviewLevel.SECOND, "镇党委", date(2026, 10, 20), "同意")
    with pytest.raises(ValidationError, match="民情日志"):  # two items have no points yet
        reviews.record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意")
    with pytest.raises(ValidationError, match="理由"):
        reviews.record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意",
                       [PointsChange(ids["民情日志"], 120, "")])
    fill = [PointsChange(ids["民情日志"], 120, "纸质民情日志核定 80 天"), PointsChange(ids["巡查"], 90, "巡查记录本核定")]
    reviews.record(zhang, Q3, ReviewLevel.FIRST, "杏花村党总支 王书记", date(2026, 10, 10), "同意，按核定分数", fill)
    service = AssessmentService(session)
    mq = service.member_quarter(zhang, Q3)
    # 0 + 100 + 120 + 90 + 37.5 + 90 + 85 + 45 = 567.5: 不称职 under the default thresholds
    assert mq.state is ReviewState.FIRST_DONE and mq.standing.total == 567.5
    assert mq.standing.grade is Grade.INCOMPETENT
    with pytest.raises(ValidationError, match="已经初评"):
        service.save_entry(zhang, Q3, ids["本人自评"], 50, "", 0)
    with pytest.raises(ValidationError, match="已经初评过"):
        reviews.record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 11), "同意")
    with pytest.raises(ValidationError, match="不能早于初评"):
        reviews.record(zhang, Q3, ReviewLevel.SECOND, "镇党委", date(2026, 10, 9), "同意")
    reviews.record(zhang, Q3, ReviewLevel.SECOND, "小店镇党委", date(2026, 10, 20), "走访分按实际复核",
                   [PointsChange(ids["入户走访"], 50, "10 月补登的走访经核实属第三季度")])
    mq = service.member_quarter(zhang, Q3)
    assert mq.state is ReviewState.CLOSED and mq.standing.total == 617.5 and mq.standing.grade is Grade.BASIC
    first, second = mq.reviews
    assert first.level is ReviewLevel.FIRST and [(c.item_name, c.before, c.after) for c in first.changes] == [
        ("民情日志", None, 120), ("巡查", None, 90)]
    assert second.changes[0].before == 0.0 and second.changes[0].reason.startswith("10 月补登")
    assert (second.total, second.grade) == (617.5, Grade.BASIC)
    with pytest.raises(ValidationError, match="评议已结束"):
        reviews.record(zhang, Q3, ReviewLevel.SECOND, "小店镇党委", date(2026, 10, 21), "同意")


def test_a_reviewed_quarter_keeps_its_rules_and_the_open_reviews_count(village):
    session, zhang, li = village
    service = AssessmentService(session)
    assert service.open_reviews() == 2  # both served in 2026Q3, the quarter the centre began in
    ids = _enter(service, zhang, ENTRIES)
    fill = [PointsChange(ids["民情日志"], 120, "纸质台账"), PointsChange(ids["巡查"], 90, "纸质台账")]
    reviews = QuarterReviewsService(session)
    reviews.record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意", fill)
    assert service.open_reviews() == 2  # the first review does not close it
    reviews.record(zhang, Q3, ReviewLevel.SECOND, "镇党委", date(2026, 10, 20), "同意")
    assert service.open_reviews() == 1
    before = service.member_quarter(zhang, Q3)
    li_before = _items(service.member_quarter(li, Q3))["培训学时"].points
    items, grades = service.rules()
    changed = [ScoringItem(i.name, i.kind, i.max_points * 2, i.metric, i.floor, i.full_at, i.target * 2 or 0,
                           i.sort, i.id) for i in items if i.name != "本人自评"]
    AssessmentRulesService(session).save(changed, {Grade.EXCELLENT: 1800, Grade.COMPETENT: 1500, Grade.BASIC: 1200})
    after = service.member_quarter(zhang, Q3)
    assert after.items == before.items and after.standing == before.standing and after.thresholds == before.thresholds
    li_after = _items(service.member_quarter(li, Q3))
    assert "本人自评" not in li_after and li_after["培训学时"].points == li_before  # 4 of 16 hours of 100 points
    assert li_after["培训学时"].max_points == 100
    year = {r.name: r for r in service.year(2026)}
    assert year["张网格"].quarters[2][:2] == (567.5, Grade.INCOMPETENT) and year["张网格"].mean == 567.5
    assert year["李网格"].mean is None  # no quarter of his has every item scored


def test_rules_are_the_directors_and_are_checked(village, access):
    session, zhang, li = village
    items, grades = AssessmentService(session).rules()
    assert sum(i.max_points for i in items) == 1000  # the thousand-point set the migration seeds
    assert [i.metric for i in items if i.kind is ItemKind.METRIC] == [
        "visit_coverage", "cases_on_time", "log_days", "patrols_done", "training_hours"]
    AccountsService(session, access).add("staff2", "工作人员", Role.STAFF, "Staff@2026x")
    staff = access.login("staff2", "Staff@2026x")
    try:
        with pytest.raises(PermissionDenied):
            AssessmentRulesService(staff).save(items, grades)
    finally:
        staff.close()
    rules = AssessmentRulesService(session)
    with pytest.raises(ValidationError, match="起算比例"):
        rules.save([ScoringItem("走访", ItemKind.METRIC, 100, "visit_coverage", 0.9, 0.5)], grades)
    with pytest.raises(ValidationError, match="至少"):
        rules.save([], grades)
    with pytest.raises(ValidationError, match="按台账计算"):
        AssessmentService(session).save_entry(zhang, Q3, items[0].id, 10)
