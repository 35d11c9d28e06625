"""The quarterly review on a real database: each computed item against records counted by hand,
the grades at their edges, the two reviews in order and by the director only, a reviewed quarter
unchanged by later rules, the open reviews and the yearly appraisal."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.accounts import Role
from gridDesk.domain.assessment import (DEFAULT_GRADES, Grade, ItemKind, ItemNote, Quarter, ReviewLevel,
                                        ReviewState, ScoringItem, check_grades, grade_of)
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.services.accounts import AccountsService
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.assessment_rules import AssessmentRulesService
from gridDesk.services.quarter_reviews import PointsChange, QuarterReviewsService
from tests.storage.review_village import ENTRIES, Q3, enter, village  # noqa: F401  (the fixture)


def _items(mq):
    return {i.name: i for i in mq.items}


def test_each_computed_item_against_hand_counted_records(village):
    session, zhang, li = village
    service = AssessmentService(session)
    z = _items(service.member_quarter(zhang, Q3))
    assert (z["入户走访"].numerator, z["入户走访"].denominator) == (3 + 4 + 1 + 1, 4 * 13)
    assert z["入户走访"].points == 0.0  # 9/52 = 17% is under the default's zero line of 50%
    assert (z["案件按时办结"].numerator, z["案件按时办结"].denominator) == (3, 4)
    assert z["案件按时办结"].points == 100.0  # 75%: half way from 50% (nothing) to 100% (200 points)
    assert (z["培训学时"].numerator, z["培训学时"].denominator) == (6, 8)  # 3 + his own 1 + 2 hours
    assert z["培训学时"].points == 37.5
    # Working days of 2026Q3: July 23, August 21, September 21 weekdays less Mid-Autumn (25th) and
    # plus the 调休 Sunday (20th): 66. Entered on three of them (the Saturday is owed by nobody).
    assert (z["民情日志"].numerator, z["民情日志"].denominator) == (3, 66)
    assert z["民情日志"].points == 0.0  # 4.5% is under the default's zero line of 50%
    assert (z["巡查"].numerator, z["巡查"].denominator) == (3, 30)  # the river, daily from 1 to 30 September
    assert [(r.when, r.what) for r in service.evidence(z["巡查"].evidence)] == [
        ("2026-09-01", "杏花河"), ("2026-09-02", "杏花河"), ("2026-09-03", "杏花河")]
    assert [r.when for r in service.evidence(z["民情日志"].evidence)] == [
        "2026-07-01", "2026-07-02", "2026-07-04", "2026-09-20"]
    for name in ("群众代表评议", "党员评议", "本人自评"):
        assert z[name].points is None and z[name].note is ItemNote.NOT_ENTERED
    l_ = _items(service.member_quarter(li, Q3))
    assert (l_["入户走访"].numerator, l_["入户走访"].denominator) == (2, 2 * 9)
    assert (l_["案件按时办结"].numerator, l_["案件按时办结"].denominator) == (0, 1)
    assert l_["培训学时"].numerator == 4 and l_["培训学时"].points == 25.0
    assert (l_["民情日志"].numerator, l_["民情日志"].denominator) == (1, 21 + 22)  # from 1 August
    assert (l_["巡查"].numerator, l_["巡查"].denominator) == (0, 0)  # he owes no place a patrol
    assert l_["巡查"].note is ItemNote.NOTHING_DUE and l_["巡查"].points == 100.0  # nothing due: full points
    # The mapping is the director's: proportional up to full points at 50% coverage.
    items, grades = service.rules()
    AssessmentRulesService(session).save(
        [ScoringItem(i.name, i.kind, i.max_points, i.metric, 0.0, 0.5, i.target, i.sort, i.id)
         if i.metric == "visit_coverage" else i for i in items], grades)
    z = _items(service.member_quarter(zhang, Q3))
    assert z["入户走访"].points == round(250 * (9 / 52) / 0.5, 1) == 86.5
    mq = service.member_quarter(zhang, Q3)
    assert not mq.standing.complete and mq.standing.grade is None
    assert set(mq.standing.missing) == {"群众代表评议", "党员评议", "本人自评"}
    # The evidence is the records themselves: his grid's visits, his closed cases, his training.
    weeks = service.evidence(z["入户走访"].evidence)  # the weekly rule's record: each week of his grid
    assert len(weeks) == 13 and weeks[0].when == "2026-07-06～07-12" and weeks[-1].when == "2026-09-28～10-04"
    assert [w.detail for w in weeks[:3]] == ["3 / 4", "4 / 4", "1 / 4"] and weeks[-1].detail == "1 / 4"
    assert [w.counted for w in weeks].count(True) == 1 and weeks[4].detail == "0 / 4"
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


def test_the_two_reviews_in_order_by_the_director_only(village, access):
    session, zhang, li = village
    AccountsService(session, access).add("staff1", "工作人员", Role.STAFF, "Staff@2026x")
    staff = access.login("staff1", "Staff@2026x")
    try:
        # the centre's staff enter the appraisals (the party members' one later)
        ids = enter(AssessmentService(staff), zhang, {k: v for k, v in ENTRIES.items() if k != "党员评议"})
        with pytest.raises(PermissionDenied):
            QuarterReviewsService(staff).record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意")
    finally:
        staff.close()
    reviews = QuarterReviewsService(session)
    with pytest.raises(ValidationError, match="初评之后"):
        reviews.record(zhang, Q3, ReviewLevel.SECOND, "镇党委", date(2026, 10, 20), "同意")
    with pytest.raises(ValidationError, match="党员评议"):  # an item has no points yet
        reviews.record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意")
    enter(AssessmentService(session), zhang, {"党员评议": ENTRIES["党员评议"]})
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
        ("民情日志", 0.0, 120), ("巡查", 0.0, 90)]  # 3 of 66 days, 3 of 30 patrols: under the zero lines
    assert second.changes[0].before == 0.0 and second.changes[0].reason.startswith("10 月补登")
    assert (second.total, second.grade) == (617.5, Grade.BASIC)
    with pytest.raises(ValidationError, match="评议已结束"):
        reviews.record(zhang, Q3, ReviewLevel.SECOND, "小店镇党委", date(2026, 10, 21), "同意")


def test_a_reviewed_quarter_keeps_its_rules_and_the_open_reviews_count(village):
    session, zhang, li = village
    service = AssessmentService(session)
    assert service.open_reviews() == 2  # both served in 2026Q3, the quarter the centre began in
    ids = enter(service, zhang, ENTRIES)
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
