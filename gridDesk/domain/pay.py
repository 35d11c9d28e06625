"""Performance pay (绩效补贴, Measures Arts. 16, 18, 19): the rules as data and the month's ledger
drawn up from them. Money is kept in fen (integers): a ledger that sums to the yuan never drifts.

The rules: a monthly base by post, prorated by the days in post; 以案定补, an amount per case
work kind closed on time in the month (closed late: a share within a grace of working days, then
nothing); 以奖代补, an amount per quarterly grade paid in a set month after the quarter;
deductions for warnings and public criticism dated in the month. A full-time member's total is
shown against the local minimum wage the director enters (Art. 18). Pure: the facts come in, the
lines go out; the services read the facts with grouped queries and store the lines.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .cases import WorkKind
from .errors import ValidationError
from .rewards import RewardKind
from .roster import TeamRole

# The quarterly grades, as the quarterly review (季评议) gives them, best first.
GRADES = ("优秀", "称职", "基本称职", "不称职")
_GRADE_KEYS = dict(zip(GRADES, ("excellent", "competent", "basic", "incompetent")))

# Art. 18 speaks of full-time members: their total is held against the minimum wage.
MINIMUM_WAGE_POSTS = frozenset({TeamRole.FULL_TIME})
# Kinds of record that cost a deduction when the rule gives one.
DEDUCTED = (RewardKind.WARNING, RewardKind.CRITICISM)


class PaySource(str, enum.Enum):
    BASE = "base"  # the post's monthly base
    CASE = "case"  # 以案定补: one case closed in the month
    GRADE = "grade"  # 以奖代补: the quarter's grade
    DEDUCTION = "deduction"  # a warning or a public criticism dated in the month
    CORRECTION = "correction"  # after locking: a line of its own, with its reason


def rule_keys() -> tuple[str, ...]:
    """Every rule, in the order the dialog shows them."""
    return (*(f"base.{r.value}" for r in TeamRole), *(f"case.{k.value}" for k in WorkKind),
            "late.percent", "late.grace_days", *(f"grade.{k}" for k in _GRADE_KEYS.values()), "grade.month",
            *(f"deduct.{k.value}" for k in DEDUCTED), "minimum_wage")


# GridDesk's examples (yuan, or a count where the key says so), seeded by migration 0026 and
# marked as examples until the director sets the centre's own. The minimum wage is not guessed:
# 0 means "not entered", and the ledger says so rather than compare against a made-up figure.
EXAMPLE_RULES: dict[str, int] = {
    "base.leader": 1500_00, "base.full_time": 2000_00, "base.part_time": 600_00, "base.assistant": 300_00,
    "base.micro": 100_00,
    "case.ordinary": 20_00, "case.coordination": 50_00, "case.emergency": 80_00, "case.approval": 50_00,
    "late.percent": 50, "late.grace_days": 5,
    "grade.excellent": 600_00, "grade.competent": 300_00, "grade.basic": 100_00, "grade.incompetent": 0,
    "grade.month": 1,
    "deduct.warning": 100_00, "deduct.criticism": 200_00,
    "minimum_wage": 0,
}
MONEY_KEYS = frozenset(k for k in EXAMPLE_RULES if k not in ("late.percent", "late.grace_days", "grade.month"))
RULE_LIMITS = {"late.percent": (0, 100), "late.grace_days": (0, 60), "grade.month": (1, 3)}
MAX_AMOUNT = 100_000_00  # a month's line above 100,000 yuan is a typing slip


@dataclass(frozen=True)
class PayRules:
    values: Mapping[str, int]
    examples: frozenset[str] = frozenset()  # keys still at GridDesk's example

    def __getitem__(self, key: str) -> int:
        return int(self.values.get(key, EXAMPLE_RULES[key]))

    def base(self, post: TeamRole) -> int:
        return self[f"base.{post.value}"]

    def case(self, kind: WorkKind) -> int:
        return self[f"case.{kind.value}"]

    def grade(self, grade: str) -> int:
        return self[f"grade.{_GRADE_KEYS[grade]}"] if grade in _GRADE_KEYS else 0

    @property
    def minimum_wage(self) -> int:
        return self["minimum_wage"]


def check_rules(values: Mapping[str, int]) -> dict[str, int]:
    """Every key known and each value within its bounds (money: 0 to 100,000 yuan)."""
    out = {}
    for key, value in values.items():
        if key not in EXAMPLE_RULES:
            raise ValidationError("pay_rules", "pay.rule_unknown", text=key)
        low, high = RULE_LIMITS.get(key, (0, MAX_AMOUNT))
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValidationError("pay_rules", "pay.rule_range", text=key, low=low, high=high)
        out[key] = value
    return out


# -- months and quarters ----------------------------------------------------------------------
def parse_month(text: str) -> date:
    """'2026-05' -> date(2026, 5, 1); anything else is refused with the form it should take."""
    try:
        year, month = (int(p) for p in str(text).strip().split("-"))
        if len(str(text).strip()) != 7:
            raise ValueError
        return date(year, month, 1)
    except ValueError:
        raise ValidationError("month", "pay.month_form", value=str(text)) from None


def month_text(first: date) -> str:
    return f"{first:%Y-%m}"


def month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def add_months(first: date, n: int) -> date:
    index = first.year * 12 + first.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def quarter_paid_in(first: date, grade_month: int) -> str | None:
    """The quarter whose grades this month's ledger pays ('2026Q2'), or None: a quarter's grade
    is paid in the `grade_month`-th month after the quarter ends (1: the month after)."""
    end = add_months(first, -grade_month)
    if end.month % 3:
        return None
    return f"{end.year}Q{end.month // 3}"


# -- the facts a ledger is drawn up from -------------------------------------------------------
@dataclass(frozen=True)
class MemberInPost:
    id: int
    name: str
    post: TeamRole
    appointed_on: date
    left_on: date | None


@dataclass(frozen=True)
class ClosedCase:
    member_id: int
    number: str
    kind: WorkKind
    due_at: datetime | None  # None: solved on the spot (自办自结), never late
    closed_at: datetime


@dataclass(frozen=True)
class Deductible:
    member_id: int
    reward_id: int
    kind: RewardKind
    day: date
    document_number: str


@dataclass(frozen=True)
class PayLine:
    member_id: int
    member_name: str
    post: TeamRole
    source: PaySource
    ref: str  # the case number, the quarter, the record's id: where the amount came from
    basis: str  # the work kind, the grade, the kind of record, the post: what the rule was looked up by
    amount: int  # fen; negative for a deduction
    n1: int = 0  # base: days in post; case: working days late
    n2: int = 0  # base: days in the month
    reason: str = ""  # a correction's, as typed
    added_by: str = ""
    added_at: datetime | None = None
    id: int | None = None


def days_in_post(member: MemberInPost, first: date, last: date) -> int:
    """The leaving day is the first day out of post, as the roster and the daily log count it."""
    start = max(first, member.appointed_on)
    end = min(last, member.left_on - timedelta(days=1)) if member.left_on else last
    return max(0, (end - start).days + 1)


def draw_up(first: date, rules: PayRules, members: Iterable[MemberInPost], cases: Iterable[ClosedCase],
            grades: Mapping[int, str], deductibles: Iterable[Deductible],
            late_days: Callable[[date, date], int]) -> list[PayLine]:
    """The month's lines, member by member: the base, each case closed in the month, the quarter's
    grade when this month pays it, the deductions. `late_days(due, closed)` counts working days."""
    last = month_end(first)
    people = {m.id: m for m in members if days_in_post(m, first, last)}
    lines: list[PayLine] = []
    month_days = (last - first).days + 1
    for m in people.values():
        n = days_in_post(m, first, last)
        lines.append(PayLine(m.id, m.name, m.post, PaySource.BASE, month_text(first), m.post.value,
                             rules.base(m.post) * n // month_days, n, month_days))
    for c in sorted(cases, key=lambda c: (c.closed_at, c.number)):
        m = people.get(c.member_id)
        if m is None:  # closed by someone who was not in post that month: nobody's line
            continue
        late = late_days(c.due_at.date(), c.closed_at.date()) if c.due_at and c.closed_at > c.due_at else 0
        full = rules.case(c.kind)
        if not late:
            amount = full
        elif late <= rules["late.grace_days"]:
            amount = full * rules["late.percent"] // 100
        else:
            amount = 0
        lines.append(PayLine(m.id, m.name, m.post, PaySource.CASE, c.number, c.kind.value, amount, late))
    quarter = quarter_paid_in(first, rules["grade.month"])
    if quarter:
        for member_id, grade in sorted(grades.items()):
            m = people.get(member_id)
            if m is not None and grade in GRADES:
                lines.append(PayLine(m.id, m.name, m.post, PaySource.GRADE, quarter, grade, rules.grade(grade)))
    earned: dict[int, int] = {}
    for line in lines:
        earned[line.member_id] = earned.get(line.member_id, 0) + line.amount
    for d in sorted(deductibles, key=lambda d: (d.day, d.reward_id)):
        m = people.get(d.member_id)
        if m is not None and d.kind in DEDUCTED and first <= d.day <= last:
            # A deduction takes the month's pay to nothing at most: a month's subsidy is never a
            # debt the member owes (a part-timer's 600 yuan less two criticisms would be). n1
            # keeps the rule's full amount when less was taken, so the ledger says so.
            full = rules[f"deduct.{d.kind.value}"]
            taken = min(full, max(0, earned.get(m.id, 0)))
            earned[m.id] = earned.get(m.id, 0) - taken
            lines.append(PayLine(m.id, m.name, m.post, PaySource.DEDUCTION, d.document_number or str(d.reward_id),
                                 d.kind.value, -taken, full if taken < full else 0))
    return lines


@dataclass(frozen=True)
class MemberPay:
    member_id: int
    name: str
    post: TeamRole
    lines: tuple[PayLine, ...]
    total: int
    below_minimum: bool  # a full-time member's total under the minimum wage (when one is entered)


class LedgerState(str, enum.Enum):
    NONE = "none"  # nothing drawn up yet: what is shown is computed now
    DRAFT = "draft"  # drawn up, may be drawn up again
    LOCKED = "locked"  # reviewed and locked by the director: lines frozen


@dataclass(frozen=True)
class Ledger:
    month: str
    state: LedgerState
    members: tuple[MemberPay, ...]
    minimum_wage: int  # fen; 0: not entered
    drawn_by: str = ""
    drawn_at: datetime | None = None
    locked_by: str = ""
    locked_at: datetime | None = None
    examples: frozenset[str] = frozenset()  # rules still at GridDesk's examples

    @property
    def total(self) -> int:
        return sum(m.total for m in self.members)

    @property
    def below_minimum(self) -> tuple[MemberPay, ...]:
        return tuple(m for m in self.members if m.below_minimum)

    def by_source(self, source: PaySource) -> int:
        return sum(line.amount for m in self.members for line in m.lines if line.source is source)


def per_member(lines: Iterable[PayLine], minimum_wage: int) -> tuple[MemberPay, ...]:
    grouped: dict[int, list[PayLine]] = {}
    for line in lines:
        grouped.setdefault(line.member_id, []).append(line)
    out = []
    for member_id, own in grouped.items():
        total = sum(line.amount for line in own)
        post = own[0].post
        below = bool(minimum_wage) and post in MINIMUM_WAGE_POSTS and total < minimum_wage
        out.append(MemberPay(member_id, own[0].member_name, post, tuple(own), total, below))
    return tuple(sorted(out, key=lambda m: (list(TeamRole).index(m.post), m.member_id)))


@dataclass(frozen=True)
class Correction:
    member_id: int
    amount: int  # fen, + or -
    reason: str
    ref: str = ""  # what it corrects (a case number, a document), optional


def check_correction(c: Correction) -> Correction:
    from .text import clean_text

    reason = clean_text(c.reason, 500, "reason", multiline=True)
    if not reason:
        raise ValidationError("reason", "pay.correction_reason")
    if not c.amount or abs(c.amount) > MAX_AMOUNT:
        raise ValidationError("amount", "pay.correction_amount")
    return Correction(c.member_id, c.amount, reason, clean_text(c.ref, 64, "ref"))


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"

