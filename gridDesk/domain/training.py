"""Training (Article 14; DB3208/T 200 8.3): sessions, who attended, certificates, and the yearly
rule (county at least twice, township at least three times a year) as data the director can edit."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from .catalogue import Message
from .errors import ValidationError


class TrainingLevel(str, enum.Enum):
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"


LEVEL_LABELS = {TrainingLevel.PROVINCE: "省级", TrainingLevel.CITY: "市级", TrainingLevel.COUNTY: "县级",
                TrainingLevel.TOWNSHIP: "乡镇级", TrainingLevel.VILLAGE: "村级"}
DEFAULT_RULES = {TrainingLevel.COUNTY: 2, TrainingLevel.TOWNSHIP: 3}


class Presence(str, enum.Enum):
    PRESENT = "present"  # 参加
    EXCUSED = "excused"  # 请假
    ABSENT = "absent"  # 缺席


PRESENCE_LABELS = {Presence.PRESENT: "参加", Presence.EXCUSED: "请假", Presence.ABSENT: "缺席"}
EXPIRY_WARNING_DAYS = 60


@dataclass(frozen=True)
class TrainingSession:
    level: TrainingLevel
    organiser: str
    starts_at: datetime
    hours: float
    topic: str
    place: str = ""
    trainer: str = ""
    assessed: bool = False  # ends in an assessment (考核)
    onboarding: bool = False  # 岗前培训: passing it is the licence to take up the post
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Attendance:
    member_id: int
    presence: Presence = Presence.PRESENT
    hours: float | None = None  # None: the session's hours
    score: float | None = None
    passed: bool | None = None
    reason: str = ""  # why excused


@dataclass(frozen=True)
class Certificate:
    member_id: int
    number: str
    issuer: str
    issued_on: date
    expires_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class SessionView:
    session: TrainingSession
    present: int
    excused: int
    materials: int


@dataclass(frozen=True)
class LevelCount:
    level: TrainingLevel
    attended: int
    required: int  # after prorating

    @property
    def missing(self) -> int:
        return max(0, self.required - self.attended)


@dataclass(frozen=True)
class ComplianceRow:
    member_id: int
    name: str
    role: str
    year: int
    levels: tuple[LevelCount, ...]  # the levels that have a rule, in rule order
    other: dict[TrainingLevel, int] = field(default_factory=dict)  # attended at levels with no rule
    months_in_post: int = 12
    certificate: str = "none"  # valid | expiring | expired | none

    @property
    def prorated(self) -> bool:
        return self.months_in_post < 12

    @property
    def short(self) -> bool:
        return any(c.missing for c in self.levels)


# -- checks ---------------------------------------------------------------------------------------
def check_session(s: TrainingSession) -> TrainingSession:
    if not s.topic.strip():
        raise ValidationError("topic", "training.topic_required")
    if not s.organiser.strip():
        raise ValidationError("organiser", "training.organiser_required")
    if not s.hours or s.hours <= 0:
        raise ValidationError("hours", "training.hours_positive")
    if s.hours > 24 * 7:
        raise ValidationError("hours", "training.hours_too_many", limit=24 * 7)
    return s


def check_attendance(rows: list[Attendance], session: TrainingSession, team: dict[int, str], now: datetime) -> None:
    """Every problem with a session's attendance list, in one message (the list is saved whole or not at all).

    `team` maps the serving members' ids to their names; anyone else is named by their place in the list.
    """
    problems: list[Message] = []
    seen: set[int] = set()
    for n, a in enumerate(rows, 1):
        # who: the member's name (user data), or their place in the list
        who = Message("training.who_name", {"name": team[a.member_id]}) if team.get(a.member_id) else \
            Message("training.who_number", {"number": n})

        def problem(code: str, **facts: object) -> None:
            problems.append(Message(code, {"who": who, **facts}))

        if a.member_id not in team:
            problem("training.not_on_team")
        if a.member_id in seen:
            problem("training.twice")
        seen.add(a.member_id)
        if a.presence is Presence.PRESENT and session.starts_at > now:
            problem("training.not_started", date=f"{session.starts_at:%Y-%m-%d}")
        if a.presence is Presence.EXCUSED and not a.reason.strip():
            problem("training.excused_reason")
        if a.score is not None and not 0 <= a.score <= 100:
            problem("training.score_range", score=a.score)
        if a.hours is not None and a.hours <= 0 and a.presence is Presence.PRESENT:
            problem("training.member_hours_positive")
        if a.hours is not None and a.hours > session.hours:
            problem("training.member_hours_over", hours=a.hours, limit=session.hours)
        if (a.score is not None or a.passed is not None) and not session.assessed:
            problem("training.not_assessed")
        if a.presence is not Presence.PRESENT and (a.score is not None or a.passed):
            problem("training.absent_scored")
    if len(problems) > 20:
        raise ValidationError("attendance", "training.problems_more", problems=problems[:20], count=len(problems))
    if problems:
        raise ValidationError("attendance", "training.problems", problems=problems)


# -- the yearly rule ---------------------------------------------------------------------------
def months_in_post(year: int, appointed_on: date, left_on: date | None) -> int:
    """Months of `year` the member served; a month they served any part of counts."""
    first = 1 if appointed_on.year < year else (appointed_on.month if appointed_on.year == year else 13)
    last = 12 if left_on is None or left_on.year > year else (left_on.month if left_on.year == year else 0)
    return max(0, last - first + 1)


def prorate(minimum: int, months: int) -> int:
    """The rule for part of a year: rounded up, so a member in post at all owes at least one session."""
    return 0 if months <= 0 else math.ceil(minimum * months / 12)


def certificate_state(certificates: list[Certificate], onboarding_passed: bool, today: date) -> str:
    """valid | expiring (within 60 days) | expired | none. A passed onboarding training counts as valid."""
    if onboarding_passed:
        return "valid"
    best = "none"
    for c in certificates:
        if c.issued_on > today:
            continue
        if c.expires_on is None or c.expires_on - today > timedelta(days=EXPIRY_WARNING_DAYS):
            return "valid"
        best = "expiring" if c.expires_on >= today else ("expired" if best == "none" else best)
    return best


# -- sign-in sheet words -------------------------------------------------------------------------
_PRESENT = {"", "参加", "已参加", "签到", "已签到", "到", "出席", "是", "√", "✓", "y", "yes"}
_EXCUSED = {"请假", "假", "事假", "病假"}
_ABSENT = {"缺席", "未到", "未参加", "否", "×", "n", "no"}
_PASSED = {"合格", "通过", "是", "√", "✓", "及格"}
_FAILED = {"不合格", "未通过", "否", "×", "不及格"}


def parse_presence(text: str) -> Presence:
    t = text.strip().lower()
    if t in _PRESENT:
        return Presence.PRESENT
    if t in _EXCUSED:
        return Presence.EXCUSED
    if t in _ABSENT:
        return Presence.ABSENT
    raise ValidationError("presence", "training.presence_unreadable", value=text)


def parse_passed(text: str) -> bool | None:
    t = text.strip()
    if not t:
        return None
    if t in _PASSED:
        return True
    if t in _FAILED:
        return False
    raise ValidationError("passed", "training.passed_unreadable", value=text)


_NUMBER_FIELDS = {"成绩": "score", "学时": "hours"}  # the labels older callers pass as `what`


def parse_number(text: object, what: str) -> float | None:
    """A number from a sheet or a form; `what` is the field ("score", "hours")."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    try:
        return float(str(text).strip())
    except ValueError:
        raise ValidationError(_NUMBER_FIELDS.get(what, what), "training.not_a_number", value=str(text)) from None


class TrainingRecord(NamedTuple):
    """A session a member was listed for, and their attendance at it."""

    session: TrainingSession
    attendance: Attendance


class ExpiringCertificate(NamedTuple):
    member_name: str
    certificate: Certificate
