"""The quarterly review (季评议) and its assessment: quarters, scoring items, grades (DB3208/T 200 8.2).

The town guide scores grid members in a "thousand-point" assessment (千分制, §8); the standard has
party members and residents' representatives appraise each member's record every quarter, the
village party organisation review it first and the township party committee second (8.2.1-8.2.2).
The items, their points and the grade thresholds are the director's rules, as data; this module
holds the arithmetic, which is the same on screen, on paper and in the export.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .errors import ValidationError


# -- quarters --------------------------------------------------------------------------------
@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    n: int  # 1..4

    @classmethod
    def parse(cls, text: str) -> "Quarter":
        m = re.fullmatch(r"\s*(\d{4})\s*[Qq]\s*([1-4])\s*", text or "")
        if not m:
            raise ValidationError("quarter", "assessment.bad_quarter", value=text or "")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, day: date) -> "Quarter":
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.n - 2, 1)

    @property
    def end(self) -> date:
        nxt = self.next()
        return nxt.start - timedelta(days=1)

    def next(self) -> "Quarter":
        return Quarter(self.year + 1, 1) if self.n == 4 else Quarter(self.year, self.n + 1)

    def previous(self) -> "Quarter":
        return Quarter(self.year - 1, 4) if self.n == 1 else Quarter(self.year, self.n - 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.n}"

    @property
    def label(self) -> str:
        """As the review sheet says it: 2026年第三季度."""
        return f"{self.year}年第{'一二三四'[self.n - 1]}季度"


def quarters_of(year: int) -> list[Quarter]:
    return [Quarter(year, n) for n in range(1, 5)]


# -- the rules ---------------------------------------------------------------------------------
class ItemKind(str, enum.Enum):
    METRIC = "metric"  # computed from the records
    REPRESENTATIVES = "representatives"  # 群众代表评议
    PARTY = "party"  # 党员评议
    SELF = "self"  # 自评


# The records an item may be computed from (each a function in services/assessment_metrics.py).
METRIC_KEYS = ("visit_coverage", "cases_on_time", "training_hours", "log_days", "patrols_done")
KIND_LABELS = {ItemKind.METRIC: "按台账计算", ItemKind.REPRESENTATIVES: "群众代表评议",
               ItemKind.PARTY: "党员评议", ItemKind.SELF: "本人自评"}
METRIC_LABELS = {"visit_coverage": "每周入户走访覆盖率", "cases_on_time": "派办案件按时办结率",
                 "training_hours": "培训学时", "log_days": "民情日志天数", "patrols_done": "巡查完成率"}
MAX_TOTAL = 10_000.0


@dataclass(frozen=True)
class ScoringItem:
    """One line of the assessment. A computed item maps its ratio to points: nothing at or below
    `floor`, the full points from `full_at` on, in proportion between (floor 0, full_at 1 is plain
    proportion). `target` is the quarter's figure that makes the ratio 1 where a metric counts an
    amount rather than a share (training hours)."""

    name: str
    kind: ItemKind
    max_points: float
    metric: str = ""
    floor: float = 0.0
    full_at: float = 1.0
    target: float = 0.0
    sort: int = 0
    id: int | None = None

    def points_for(self, ratio: float) -> float:
        if ratio >= self.full_at:
            return self.max_points
        if ratio <= self.floor:
            return 0.0
        return round(self.max_points * (ratio - self.floor) / (self.full_at - self.floor), 1)


def check_item(item: ScoringItem) -> ScoringItem:
    name = (item.name or "").strip()
    if not name:
        raise ValidationError("item_name", "assessment.item_name_required")
    if len(name) > 32:
        raise ValidationError("item_name", "assessment.item_name_long", limit=32)
    if not isinstance(item.kind, ItemKind):
        raise ValidationError("item_kind", "assessment.item_kind_required")
    if not 0 < item.max_points <= 1000:
        raise ValidationError("max_points", "assessment.max_points_range", limit=1000)
    metric = item.metric if item.kind is ItemKind.METRIC else ""
    if item.kind is ItemKind.METRIC:
        if metric not in METRIC_KEYS:
            raise ValidationError("metric", "assessment.metric_unknown", value=metric)
        if not 0 <= item.floor < item.full_at <= 1:
            raise ValidationError("full_at", "assessment.mapping_order")
        if metric == "training_hours" and not 0 < item.target <= 500:
            raise ValidationError("target", "assessment.target_range", limit=500)
    return ScoringItem(name, item.kind, float(item.max_points), metric, float(item.floor), float(item.full_at),
                       float(item.target), item.sort, item.id)


class Grade(str, enum.Enum):
    EXCELLENT = "excellent"
    COMPETENT = "competent"
    BASIC = "basic"
    INCOMPETENT = "incompetent"


GRADE_LABELS = {Grade.EXCELLENT: "优秀", Grade.COMPETENT: "称职", Grade.BASIC: "基本称职", Grade.INCOMPETENT: "不称职"}
# The thousand-point set's defaults (the migration seeds the same): the lowest total of each grade.
DEFAULT_GRADES = {Grade.EXCELLENT: 900.0, Grade.COMPETENT: 750.0, Grade.BASIC: 600.0}


def check_grades(thresholds: dict[Grade, float]) -> dict[Grade, float]:
    """Each grade's lowest total; 不称职 is whatever is below 基本称职. They must fall in order."""
    values = [float(thresholds.get(g, -1)) for g in (Grade.EXCELLENT, Grade.COMPETENT, Grade.BASIC)]
    if any(v <= 0 or v > MAX_TOTAL for v in values):
        raise ValidationError("grades", "assessment.grade_range")
    if not values[0] > values[1] > values[2]:
        raise ValidationError("grades", "assessment.grade_order")
    return dict(zip((Grade.EXCELLENT, Grade.COMPETENT, Grade.BASIC), values))


def grade_of(total: float, thresholds: dict[Grade, float]) -> Grade:
    for grade in (Grade.EXCELLENT, Grade.COMPETENT, Grade.BASIC):
        if total >= thresholds[grade] - 1e-9:
            return grade
    return Grade.INCOMPETENT


# -- a member's quarter ---------------------------------------------------------------------
class ItemNote(str, enum.Enum):
    NONE = ""
    NO_DATA = "no_data"  # the metric is not computed yet (its records are not in GridDesk)
    NOT_ENTERED = "not_entered"  # a reviewers' or self item nobody has entered
    NOTHING_DUE = "nothing_due"  # nothing to count this quarter (no case closed): full points


@dataclass(frozen=True)
class EvidenceRef:
    """Where a computed figure comes from: the records of a kind, of a member, in a period."""

    kind: str  # visits | cases | training | daily_logs | patrols
    member_id: int
    start: date
    end: date


@dataclass(frozen=True)
class ItemScore:
    item_id: int | None
    name: str
    kind: ItemKind
    metric: str
    max_points: float
    points: float | None  # None: not known (see note)
    ratio: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    note: ItemNote = ItemNote.NONE
    words: str = ""  # an appraisal's or the self-assessment's words
    participants: int = 0  # how many took part in an appraisal
    evidence: EvidenceRef | None = None


@dataclass(frozen=True)
class ReviewChange:
    item_id: int | None
    item_name: str
    before: float | None
    after: float
    reason: str


class ReviewLevel(str, enum.Enum):
    FIRST = "first"  # 初评: the village party organisation
    SECOND = "second"  # 复评: the township party committee


LEVEL_LABELS = {ReviewLevel.FIRST: "村党组织初评", ReviewLevel.SECOND: "乡镇党委复评"}


@dataclass(frozen=True)
class Review:
    level: ReviewLevel
    reviewer: str
    decided_on: date
    decision: str
    changes: tuple[ReviewChange, ...] = ()
    recorded_by: str = ""
    total: float | None = None
    grade: Grade | None = None


def check_review(reviewer: str, decision: str, decided_on: date, today: date) -> tuple[str, str]:
    reviewer, decision = (reviewer or "").strip(), (decision or "").strip()
    if not reviewer:
        raise ValidationError("reviewer", "assessment.reviewer_required")
    if not decision:
        raise ValidationError("decision", "assessment.decision_required")
    if len(reviewer) > 64 or len(decision) > 500:
        raise ValidationError("decision", "assessment.text_long", limit=500)
    if decided_on > today:
        raise ValidationError("decided_on", "assessment.review_future")
    return reviewer, decision


def apply_changes(items: list[ItemScore], changes: tuple[ReviewChange, ...] | list[ReviewChange]) -> list[ItemScore]:
    """The items with a review's changed points in place (matched by item id and name). The note
    stays: an item with no data the reviewers scored still has no data behind it."""
    by_key = {(c.item_id, c.item_name): c for c in changes}
    out = []
    for i in items:
        c = by_key.get((i.item_id, i.name))
        out.append(i if c is None else ItemScore(i.item_id, i.name, i.kind, i.metric, i.max_points, c.after, i.ratio,
                                                 i.numerator, i.denominator, i.note, i.words, i.participants,
                                                 i.evidence))
    return out


@dataclass(frozen=True)
class Standing:
    """What the items add up to: a total and a grade only when every item has its points."""

    total: float
    complete: bool
    grade: Grade | None
    missing: tuple[str, ...] = field(default=())


def standing(items: list[ItemScore], thresholds: dict[Grade, float]) -> Standing:
    missing = tuple(i.name for i in items if i.points is None)
    total = round(sum(i.points for i in items if i.points is not None), 1)
    return Standing(total, not missing, grade_of(total, thresholds) if not missing else None, missing)


class ReviewState(str, enum.Enum):
    OPEN = "open"  # not reviewed yet
    FIRST_DONE = "first_done"  # awaiting the township
    CLOSED = "closed"


STATE_LABELS = {ReviewState.OPEN: "未评议", ReviewState.FIRST_DONE: "待乡镇复评", ReviewState.CLOSED: "已复评（结束）"}


@dataclass(frozen=True)
class MemberQuarter:
    member_id: int
    name: str
    role: str
    grids: tuple[str, ...]
    quarter: Quarter
    items: tuple[ItemScore, ...]
    standing: Standing
    state: ReviewState
    reviews: tuple[Review, ...] = ()
    thresholds: tuple[tuple[Grade, float], ...] = ()


@dataclass(frozen=True)
class YearRow:
    """The yearly appraisal (年度评定): the four quarters' totals, their mean and its grade."""

    member_id: int
    name: str
    quarters: tuple[tuple[float | None, Grade | None, ReviewState], ...]
    mean: float | None
    grade: Grade | None


def year_row(member_id: int, name: str, quarters: list[tuple[float | None, Grade | None, ReviewState]],
             thresholds: dict[Grade, float]) -> YearRow:
    """The mean of the quarters that have a total (a member appointed mid-year has fewer)."""
    totals = [t for t, _g, _s in quarters if t is not None]
    mean = round(sum(totals) / len(totals), 1) if totals else None
    return YearRow(member_id, name, tuple(quarters), mean, grade_of(mean, thresholds) if mean is not None else None)
