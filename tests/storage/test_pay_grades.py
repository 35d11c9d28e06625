"""以奖代补 reads the quarterly review (issue 18 items 4-5 joined): a quarter pays its grade in the
ledger of the month the rule names (the month after by default) once the township has closed it,
never on an open or first-reviewed quarter, whose grade may still change."""

from __future__ import annotations

from datetime import date

from gridDesk.domain.assessment import ReviewLevel
from gridDesk.domain.pay import PaySource
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.pay import PayService
from gridDesk.services.pay_grades import grades_for
from gridDesk.services.quarter_reviews import PointsChange, QuarterReviewsService
from tests.storage.review_village import ENTRIES, Q3, enter, village  # noqa: F401  (the fixture)


def _grade_lines(session, month: str) -> list:
    return [line for m in PayService(session).ledger(month).members for line in m.lines
            if line.source is PaySource.GRADE]


def test_a_closed_quarter_pays_its_grade_in_the_month_after_and_an_open_one_does_not(village):
    session, zhang, li = village
    ids = enter(AssessmentService(session), zhang, ENTRIES)
    reviews = QuarterReviewsService(session)
    reviews.record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 10, 10), "同意",
                   [PointsChange(ids["民情日志"], 120, "纸质台账"), PointsChange(ids["巡查"], 90, "纸质台账")])
    assert grades_for(session, "2026Q3") == {}  # first review only: the township may still change it
    reviews.record(zhang, Q3, ReviewLevel.SECOND, "镇党委", date(2026, 10, 20), "走访分按实际复核",
                   [PointsChange(ids["入户走访"], 50, "补登的走访属第三季度")])
    assert grades_for(session, "2026Q3") == {zhang: "基本称职"}  # 617.5: 600 to 750 is 基本称职
    PayService(session).draw_up("2026-10")
    lines = _grade_lines(session, "2026-10")
    rules = PayService(session).rules()
    assert [(line.member_id, line.ref, line.amount) for line in lines] == [(zhang, "2026Q3", rules["grade.basic"])]
    assert all(line.member_id != li for line in lines)  # his quarter is still open: no grade line
    PayService(session).draw_up("2026-09")
    assert _grade_lines(session, "2026-09") == []  # September pays the second quarter's grades (none reviewed)
