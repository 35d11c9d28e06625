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


def test_deductions_take_a_month_to_nothing_never_below():
    """Attack round: an assistant in post one day of July (300 yuan a month: 9.67) with two public
    criticisms (200 yuan each) and a warning ended the month at -490.33 yuan, a debt on a subsidy
    ledger. Deductions now stop at zero, and the line keeps what the rule would have taken."""
    from gridDesk.domain.pay import Deductible
    from gridDesk.domain.rewards import RewardKind

    rules = PayRules(dict(EXAMPLE_RULES))
    member = MemberInPost(7, "王", TeamRole.ASSISTANT, date(2026, 7, 31), None)
    bad = [Deductible(7, 1, RewardKind.CRITICISM, date(2026, 7, 31), "通报〔2026〕1号"),
           Deductible(7, 2, RewardKind.CRITICISM, date(2026, 7, 31), "通报〔2026〕2号"),
           Deductible(7, 3, RewardKind.WARNING, date(2026, 7, 31), "")]
    lines = draw_up(date(2026, 7, 1), rules, [member], [], {}, bad, lambda a, b: 0)
    base = rules.base(TeamRole.ASSISTANT) * 1 // 31
    (pay,) = per_member(lines, 0)
    assert pay.total == 0
    taken = [line for line in lines if line.source is PaySource.DEDUCTION]
    assert [-line.amount for line in taken] == [base, 0, 0]
    assert [line.n1 for line in taken] == [rules["deduct.criticism"], rules["deduct.criticism"], rules["deduct.warning"]]
    # a member with the pay to cover it loses the full amount, and the line says nothing more
    full = MemberInPost(8, "李", TeamRole.FULL_TIME, date(2020, 1, 1), None)
    lines = draw_up(date(2026, 7, 1), rules, [full], [], {}, [Deductible(8, 4, RewardKind.WARNING, date(2026, 7, 2), "")],
                    lambda a, b: 0)
    (pay,) = per_member(lines, 0)
    assert pay.total == rules.base(TeamRole.FULL_TIME) - rules["deduct.warning"]
    assert [line.n1 for line in lines if line.source is PaySource.DEDUCTION] == [0]
