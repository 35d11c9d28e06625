"""The pay rules as pure functions: which month pays a quarter's grade, each work kind's amount,
a grade line only in the month that pays it, the rules' bounds, money in fen."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gridDesk.domain.cases import WorkKind
from gridDesk.domain.errors import ValidationError
from gridDesk.domain.pay import (EXAMPLE_RULES, ClosedCase, MemberInPost, PayRules, PaySource, check_rules, draw_up,
                                 parse_month, per_member, quarter_paid_in, yuan)
from gridDesk.domain.roster import TeamRole


def test_a_quarters_grade_is_paid_in_the_month_the_rule_says():
    assert quarter_paid_in(date(2026, 7, 1), 1) == "2026Q2"
    assert quarter_paid_in(date(2026, 8, 1), 1) is None
    assert quarter_paid_in(date(2026, 8, 1), 2) == "2026Q2"
    assert quarter_paid_in(date(2026, 1, 1), 1) == "2025Q4"
    assert quarter_paid_in(date(2026, 3, 1), 3) == "2025Q4"


def test_each_kind_and_grade_by_its_rule():
    rules = PayRules(dict(EXAMPLE_RULES))
    member = MemberInPost(1, "李强", TeamRole.FULL_TIME, date(2020, 1, 1), None)
    cases = [ClosedCase(1, f"N{k.value}", k, datetime(2026, 7, 20), datetime(2026, 7, 10)) for k in WorkKind]
    lines = draw_up(date(2026, 7, 1), rules, [member], cases, {1: "优秀", 9: "称职"}, [], lambda a, b: 0)
    got = {(x.source, x.basis): x.amount for x in lines}
    assert got[(PaySource.CASE, "ordinary")] == 20_00 and got[(PaySource.CASE, "coordination")] == 50_00
    assert got[(PaySource.CASE, "emergency")] == 80_00 and got[(PaySource.CASE, "approval")] == 50_00
    assert got[(PaySource.GRADE, "优秀")] == 600_00  # member 9 is not in post: no line
    assert len([x for x in lines if x.source is PaySource.GRADE]) == 1
    august = draw_up(date(2026, 8, 1), rules, [member], [], {1: "优秀"}, [], lambda a, b: 0)
    assert [x.source for x in august] == [PaySource.BASE]  # August pays no quarter
    (pay,) = per_member(lines, 2490_00)
    assert pay.total == 2000_00 + 200_00 + 600_00 and not pay.below_minimum


def test_rules_are_bounded_and_months_well_formed():
    with pytest.raises(ValidationError):
        check_rules({"late.percent": 101})
    with pytest.raises(ValidationError):
        check_rules({"grade.month": 0})
    with pytest.raises(ValidationError):
        check_rules({"no.such": 1})
    for bad in ("2026-13", "2026/05", "26-05", ""):
        with pytest.raises(ValidationError):
            parse_month(bad)
    assert yuan(-123456) == "-1,234.56" and yuan(5) == "0.05"
