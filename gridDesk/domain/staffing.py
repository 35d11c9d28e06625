"""A complete team per grid (Measures Arts. 8-11; DB3208/T 200 ch. 6): who must serve each grid,
a member's departure and the vacancy it opens, the preference facts of Art. 9 (5), the age and
education guidance for new full-time hires, and the selection steps of Art. 11."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .catalogue import Word
from .errors import ValidationError
from .roster import GridKind, TeamRecord, TeamRole


class LeaveReason(str, enum.Enum):
    RESIGNED = "resigned"  # 辞职
    DISMISSED = "dismissed"  # 解聘
    MOVED = "moved"  # 调离
    OTHER = "other"  # 其他 (with words)


LEAVE_REASON_LABELS = {LeaveReason.RESIGNED: "辞职", LeaveReason.DISMISSED: "解聘", LeaveReason.MOVED: "调离",
                       LeaveReason.OTHER: "其他"}


class SelectionStep(str, enum.Enum):
    """Art. 11, in the order the Measures give them."""

    ANNOUNCEMENT = "announcement"  # 公告
    REGISTRATION = "registration"  # 报名
    QUALIFICATION = "qualification"  # 资格审查
    EXAM = "exam"  # 笔试面试
    MEDICAL = "medical"  # 体检
    POLITICAL = "political"  # 政审
    NOTICE = "notice"  # 公示
    TRAINING = "training"  # 培训


STEPS = tuple(SelectionStep)
STEP_LABELS = {SelectionStep.ANNOUNCEMENT: "公告", SelectionStep.REGISTRATION: "报名",
               SelectionStep.QUALIFICATION: "资格审查", SelectionStep.EXAM: "笔试面试", SelectionStep.MEDICAL: "体检",
               SelectionStep.POLITICAL: "政审", SelectionStep.NOTICE: "公示", SelectionStep.TRAINING: "培训"}

# 社会工作者职业资格: the three levels, in ascending order ("" none).
SOCIAL_WORK_LEVELS = ("助理社会工作师", "社会工作师", "高级社会工作师")
PARTY_STATUSES = ("中共党员", "中共预备党员")

# The posts that make "a member in post" of a grid besides its 网格长 (a 微格员 serves a micro-grid).
MEMBER_POSTS = (TeamRole.FULL_TIME, TeamRole.PART_TIME, TeamRole.ASSISTANT)


# -- the rules as data --------------------------------------------------------------------------
# key -> (default, low, high). The urban full-time floor is the Measures' own (Art. 8): at least 1.
RULE_LIMITS: dict[str, tuple[int, int, int]] = {
    "team.min_members": (1, 1, 20),  # members in post besides the 网格长
    "team.urban_full_time": (1, 1, 10),  # Art. 8: an urban grid has at least one 专职网格员
    "team.rural_full_time": (0, 0, 10),  # Art. 8: where the work is heavy; 0 = not required
    "vacancy.overdue_days": (30, 1, 365),  # Art. 10 "in good time": past this, overdue
    "hire.max_age": (35, 18, 70),  # DB3208/T 200 6.1: preferably under 35 ...
    "hire.education_code": (30, 10, 90),  # ... with 大专 (GB/T 4658 code 30) or above
}
DEFAULT_RULES = {k: v[0] for k, v in RULE_LIMITS.items()}


@dataclass(frozen=True)
class StaffingRules:
    values: Mapping[str, int]
    examples: frozenset[str] = frozenset()  # keys still at GridDesk's default

    def __getitem__(self, key: str) -> int:
        return self.values.get(key, DEFAULT_RULES[key])


def check_rules(values: Mapping[str, int]) -> dict[str, int]:
    out = {}
    for key, value in values.items():
        if key not in RULE_LIMITS:
            raise ValidationError(key, "staffing.rule_unknown", text=key)
        _d, low, high = RULE_LIMITS[key]
        if not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(key, "staffing.rule_range", text=key, low=low, high=high)
        out[key] = value
    return out


# -- completeness -------------------------------------------------------------------------------
class Missing(str, enum.Enum):
    LEADER = "leader"  # no 网格长
    MEMBER = "member"  # fewer members in post than the rule asks
    FULL_TIME = "full_time"  # fewer 专职网格员 than the rule asks (urban: Art. 8)


@dataclass(frozen=True)
class GridTeamNeed:
    code: str
    kind: GridKind


def missing_posts(grids: Iterable[GridTeamNeed], team: Iterable[TeamRecord], rules: StaffingRules
                  ) -> dict[str, tuple[Missing, ...]]:
    """Grid code -> what it lacks, for rural and urban grids (micro-grids have their 微格员, not a
    team of their own). `team` is the members in post; a member serves the grids of `grid_codes`,
    so a village-wide 网格长 (no main grid) is every grid's."""
    team = [t for t in team if t.left_on is None]
    out: dict[str, tuple[Missing, ...]] = {}
    for g in grids:
        if g.kind not in (GridKind.RURAL, GridKind.URBAN):
            continue
        serving = [t for t in team if g.code in t.grid_codes]
        lacks = []
        if not any(t.member.role is TeamRole.LEADER for t in serving):
            lacks.append(Missing.LEADER)
        if sum(t.member.role in MEMBER_POSTS for t in serving) < rules["team.min_members"]:
            lacks.append(Missing.MEMBER)
        need = rules["team.urban_full_time" if g.kind is GridKind.URBAN else "team.rural_full_time"]
        if sum(t.member.role is TeamRole.FULL_TIME for t in serving) < need:
            lacks.append(Missing.FULL_TIME)
        if lacks:
            out[g.code] = tuple(lacks)
    return out


# -- departures and vacancies -------------------------------------------------------------------
@dataclass(frozen=True)
class Departure:
    member_id: int
    on: date
    reason: LeaveReason
    words: str = ""  # what "other" was, or more about the reason
    decided_by: str = ""  # who decided it (村两委, 镇网格办 ...)
    document: str = ""  # the document's number or title


def check_departure(d: Departure, appointed_on: date, left_on: date | None, today: date) -> None:
    if left_on is not None:
        raise ValidationError("on", "staffing.already_left", day=left_on.isoformat())
    if d.on > today:
        raise ValidationError("on", "staffing.leave_future")
    if d.on < appointed_on:
        raise ValidationError("on", "staffing.leave_before_appointed", day=appointed_on.isoformat())
    if d.reason is LeaveReason.OTHER and not d.words.strip():
        raise ValidationError("words", "staffing.other_words")


@dataclass(frozen=True)
class Vacancy:
    id: int
    grid_code: str | None  # None: the village-wide post
    grid_name: str
    post: TeamRole
    opened_on: date
    left_member_id: int | None
    left_member: str
    reason: LeaveReason | None
    filled_on: date | None = None
    filled_member_id: int | None = None
    filled_member: str = ""

    def days_open(self, today: date) -> int:
        """Calendar days from the departure to the appointment (or to today while open)."""
        return ((self.filled_on or today) - self.opened_on).days

    def overdue(self, today: date, rules: StaffingRules) -> bool:
        return self.filled_on is None and self.days_open(today) > rules["vacancy.overdue_days"]


def check_fill(v: Vacancy, member: TeamRecord) -> None:
    """A vacancy is filled by a member in post appointed to that grid and post, on or after it opened."""
    if v.filled_on is not None:
        raise ValidationError("vacancy", "staffing.vacancy_filled", day=v.filled_on.isoformat())
    if member.left_on is not None:
        raise ValidationError("member", "staffing.fill_left")
    if member.member.grid_code != v.grid_code:
        raise ValidationError("member", "staffing.fill_other_grid")
    if member.member.role is not v.post:
        raise ValidationError("member", "staffing.fill_other_post")
    if member.member.appointed_on < v.opened_on:
        raise ValidationError("member", "staffing.fill_before_opened", day=v.opened_on.isoformat())


# -- preference facts (Art. 9 (5)) --------------------------------------------------------------
@dataclass(frozen=True)
class Preferences:
    title: str = ""  # 专业技术职称
    social_work_level: str = ""  # one of SOCIAL_WORK_LEVELS, or ""
    social_work_number: str = ""  # the certificate's number
    veteran: bool = False  # 退役军人
    dibao: bool = False  # 低保 recipient

    def is_empty(self) -> bool:
        return self == Preferences()


def check_preferences(p: Preferences) -> Preferences:
    level, number = p.social_work_level.strip(), p.social_work_number.strip()
    if level and level not in SOCIAL_WORK_LEVELS:
        raise ValidationError("social_work_level", "staffing.sw_level")
    if level and not number:
        raise ValidationError("social_work_number", "staffing.sw_number")
    if number and not level:
        raise ValidationError("social_work_level", "staffing.sw_level")
    if len(p.title) > 32 or len(number) > 32:
        raise ValidationError("title", "staffing.too_long", limit=32)
    return Preferences(p.title.strip(), level, number, p.veteran, p.dibao)


# -- the hire guidance (DB3208/T 200 6.1): a hint, never a block ---------------------------------
class HireHint(str, enum.Enum):
    AGE = "age"
    EDUCATION = "education"
    EDUCATION_UNKNOWN = "education_unknown"


def hire_hints(role: TeamRole, age: int | None, education_code: str | None, education: str,
               rules: StaffingRules) -> tuple[HireHint, ...]:
    """For a full-time hire: 35 or over, or below 大专 compared by level (the code's first digit:
    41 中专 and 47 技工学校 are one level, below 30 大学专科)."""
    if role is not TeamRole.FULL_TIME:
        return ()
    out = []
    if age is not None and age >= rules["hire.max_age"]:
        out.append(HireHint.AGE)
    if not education:
        out.append(HireHint.EDUCATION_UNKNOWN)
    elif education_code is None or int(education_code) // 10 > rules["hire.education_code"] // 10:
        out.append(HireHint.EDUCATION)
    return tuple(out)


# -- the selection record (Art. 11) -------------------------------------------------------------
def _word(step: SelectionStep) -> Word:
    return Word(f"staffing.step.{step.value}")


@dataclass(frozen=True)
class StepEntry:
    step: SelectionStep
    day: date
    note: str = ""


def check_step(entries: Mapping[SelectionStep, StepEntry], new: StepEntry, today: date) -> None:
    """Steps go in the Measures' order: the one before must be recorded, no earlier step dated after
    this one and no later step before it."""
    if new.day > today:
        raise ValidationError("day", "staffing.step_future")
    i = STEPS.index(new.step)
    if i and STEPS[i - 1] not in entries:
        raise ValidationError("step", "staffing.step_missing_before", step=_word(STEPS[i - 1]), this=_word(new.step))
    for other in STEPS[:i]:
        e = entries.get(other)
        if e is not None and e.day > new.day:
            raise ValidationError("day", "staffing.step_order", step=_word(other), day=e.day.isoformat(),
                                  this=_word(new.step))
    for other in STEPS[i + 1:]:
        e = entries.get(other)
        if e is not None and e.day < new.day:
            raise ValidationError("day", "staffing.step_order_after", step=_word(other), day=e.day.isoformat(),
                                  this=_word(new.step))


@dataclass(frozen=True)
class Selection:
    id: int
    vacancy_id: int
    grid_code: str | None
    post: TeamRole
    steps: tuple[StepEntry, ...]
    member_id: int | None  # the member appointed: the one who filled the vacancy
    member: str = ""
    note: str = ""

    def complete(self) -> bool:
        return len(self.steps) == len(STEPS)
