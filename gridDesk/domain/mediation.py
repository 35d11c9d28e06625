"""People's mediation (人民调解) as a flow on a dispute case (矛盾纠纷), issue 20 item 1.

The flow, as the mediation committee keeps it (and Tianque's mediation module records it):

    受理登记 (registered, the number given) -> 调查 (investigation records, any number)
      -> 调解 (sessions: who mediated, who attended, what was said; at least one)
      -> 调解结果 (agreement: 人民调解协议书; or no agreement and the referral)
      -> 回访 (follow-up visits: carried out, partly, not) -> 履行完毕 (closed)

A mediation with no agreement ends at its outcome (referred); one with an agreement closes at the
visit that finds it carried out. Nothing is taken back: a wrong entry is corrected by the next one.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime

from .catalogue import Word
from .errors import NotFound, ValidationError

EARLIEST = date(2000, 1, 1)  # a mediation GridDesk keeps is not older than this
MAX_ID = 2**63 - 1  # what an id can be in the database; a larger one is no record
MAX_PEOPLE = 100_000
MAX_PARTIES = 50  # parties named on one agreement: a collective dispute names its representatives
PEOPLE_BANDS = ((0, 49, "lt50"), (50, 100, "50_100"), (101, 500, "100_500"), (501, None, "gt500"))
DISPUTE_ROOT = "矛盾纠纷"  # the case category (and its children) a mediation belongs to


class Source(str, enum.Enum):
    APPLICATION = "application"  # 当事人申请
    INITIATIVE = "initiative"  # 主动调解


class Severity(str, enum.Enum):
    ORDINARY = "ordinary"  # 一般
    LARGE = "large"  # 较大
    MAJOR = "major"  # 重大


class MediationState(str, enum.Enum):
    REGISTERED = "registered"  # 已受理登记
    IN_PROGRESS = "in_progress"  # 调解中
    AGREED = "agreed"  # 达成协议，待履行
    REFERRED = "referred"  # 未达成协议，已引导至法院、仲裁、信访或乡镇
    CLOSED = "closed"  # 协议履行完毕


class Referral(str, enum.Enum):
    COURT = "court"  # 法院
    ARBITRATION = "arbitration"  # 仲裁
    PETITION = "petition"  # 信访
    TOWNSHIP = "township"  # 乡镇


class Performance(str, enum.Enum):
    DONE = "done"  # 已履行
    PARTIAL = "partial"  # 部分履行
    NOT_DONE = "not_done"  # 未履行


class Step(str, enum.Enum):
    INVESTIGATE = "investigate"
    SESSION = "session"
    OUTCOME = "outcome"
    FOLLOW_UP = "follow_up"
    PRINT = "print"


SOURCE_WORDS = {Source.APPLICATION: "当事人申请", Source.INITIATIVE: "主动调解"}
SEVERITY_WORDS = {Severity.ORDINARY: "一般", Severity.LARGE: "较大", Severity.MAJOR: "重大"}
STATE_WORDS = {MediationState.REGISTERED: "已受理", MediationState.IN_PROGRESS: "调解中",
               MediationState.AGREED: "达成协议待履行", MediationState.REFERRED: "未达成协议已引导",
               MediationState.CLOSED: "履行完毕"}
REFERRAL_WORDS = {Referral.COURT: "法院", Referral.ARBITRATION: "仲裁", Referral.PETITION: "信访",
                  Referral.TOWNSHIP: "乡镇"}
PERFORMANCE_WORDS = {Performance.DONE: "已履行", Performance.PARTIAL: "部分履行", Performance.NOT_DONE: "未履行"}

# What may follow what: the steps each state allows.
ALLOWED: dict[MediationState, frozenset[Step]] = {
    MediationState.REGISTERED: frozenset({Step.INVESTIGATE, Step.SESSION}),
    MediationState.IN_PROGRESS: frozenset({Step.INVESTIGATE, Step.SESSION, Step.OUTCOME}),
    MediationState.AGREED: frozenset({Step.FOLLOW_UP, Step.PRINT}),
    MediationState.REFERRED: frozenset(),
    MediationState.CLOSED: frozenset({Step.PRINT}),
}
NEXT_STEP = {MediationState.REGISTERED: "session", MediationState.IN_PROGRESS: "outcome",
             MediationState.AGREED: "follow_up", MediationState.REFERRED: "none", MediationState.CLOSED: "none"}


# -- the records -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Party:
    """当事人: from the roster (resident_id) or written in."""

    name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""
    resident_id: int | None = None


@dataclass(frozen=True)
class Intake:
    """The dispute's registration (受理登记)."""

    case_id: int
    source: Source
    severity: Severity
    occurred_on: date
    place: str
    people: int  # 涉及人数
    dispute_type: str
    summary: str
    parties: tuple[Party, ...]
    accepted_on: date | None = None  # 受理日期; today when not given


@dataclass(frozen=True)
class Investigation:
    on: date
    by: str
    found: str


@dataclass(frozen=True)
class MediationSession:
    on: date
    place: str
    mediators: tuple[str, ...]
    attended: str
    said: str


@dataclass(frozen=True)
class Agreement:
    """人民调解协议书's own words."""

    facts: str  # 纠纷的主要事实
    disputed: str  # 争议事项
    terms: str  # 达成的协议内容
    performance: str  # 履行方式
    perform_by: date | None  # 履行期限
    recorder: str  # 记录人


@dataclass(frozen=True)
class Outcome:
    on: date
    agreed: bool
    referral: Referral | None = None
    note: str = ""
    agreement: Agreement | None = None


@dataclass(frozen=True)
class FollowUpVisit:
    on: date
    by: str
    performance: Performance
    notes: str = ""


@dataclass(frozen=True)
class Mediation:
    id: int
    number: str
    case_id: int
    case_number: str
    grid_code: str
    state: MediationState
    source: Source
    severity: Severity
    occurred_on: date
    place: str
    people: int
    dispute_type: str
    summary: str
    accepted_on: date
    parties: tuple[Party, ...]
    investigations: tuple[Investigation, ...] = ()
    sessions: tuple[MediationSession, ...] = ()
    outcome: Outcome | None = None
    followups: tuple[FollowUpVisit, ...] = ()
    version: int = 1
    masked: bool = True

    @property
    def next_step(self) -> str:
        return NEXT_STEP[self.state]


@dataclass(frozen=True)
class AwaitingCase:
    """An open dispute case no mediation has taken yet: what 登记调解 offers."""

    case_id: int
    number: str
    title: str
    reported_at: datetime


@dataclass(frozen=True)
class MediationLine:
    """A row of the list: what the tab shows."""

    id: int
    number: str
    case_id: int
    case_number: str
    parties: str
    state: MediationState
    accepted_on: date
    severity: Severity
    next_step: str


@dataclass(frozen=True)
class DisputeFacts:
    """What the monthly dispute report reads of a case's mediation."""

    major: bool  # severity 重大
    people: int
    concluded_on: date | None  # the outcome's date
    agreed: bool | None  # agreement reached; None while there is no outcome


def people_band(people: int) -> str:
    """The report's band key: lt50, 50_100, 100_500, gt500."""
    for low, high, key in PEOPLE_BANDS:
        if people >= low and (high is None or people <= high):
            return key
    return "lt50"


# -- the number ------------------------------------------------------------------------------
_NUMBER = re.compile(r"[（(]\s*(\d{4})\s*[）)]\s*调字第\s*(\d+)\s*号")


def mediation_number(year: int, seq: int) -> str:
    return f"（{year}）调字第{seq:03d}号"


def parse_number(text: str) -> tuple[int, int]:
    """'（2026）调字第003号', '(2026)调字第3号' or '2026-3' -> (2026, 3)."""
    raw = text.strip() if isinstance(text, str) else ""
    found = _NUMBER.fullmatch(raw) or re.fullmatch(r"(\d{4})-(\d+)", raw)
    if not found or len(found.group(2)) > 6:
        shown = raw if isinstance(text, str) else "" if text is None else str(text)
        raise ValidationError("number", "mediation.bad_number", value=shown[:40], field=Word("mediation.field.number"))
    return int(found.group(1)), int(found.group(2))


# -- checks ----------------------------------------------------------------------------------
def field(name: str) -> Word:
    return Word(f"mediation.field.{name}")


def refuse(name: str, code: str, **params) -> ValidationError:
    return ValidationError(name, code, field=field(name), **params)


def check_id(value: object, what: str = "mediation.gone") -> int:
    """An id as given (a spin box, the command line, a test's 10**20): a record's id, or NotFound."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise NotFound(what)
    return value


def day_of(value: object) -> object:
    """A day as given: a datetime (a date picker's, a script's) is its day; anything else as it
    is, for check_day to take or refuse."""
    return value.date() if isinstance(value, datetime) else value


def check_day(day: object, name: str, today: date, *, future: bool = False) -> date:
    if not isinstance(day, date):
        raise refuse(name, "mediation.date_required")
    if day < EARLIEST:
        raise refuse(name, "mediation.date_too_early", date=f"{day:%Y-%m-%d}")
    if not future and day > today:
        raise refuse(name, "mediation.date_future", date=f"{day:%Y-%m-%d}")
    if future and day.year > today.year + 10:
        raise refuse(name, "mediation.date_too_late", date=f"{day:%Y-%m-%d}")
    return day


def bounded(value: object, limit: int, name: str, multiline: bool = False) -> str:
    """Cleaned text; longer than `limit` is refused in words, never cut."""
    from .text import clean_text

    text = clean_text(value, 1_000_000, name, multiline)
    if len(text) > limit:
        raise ValidationError(name, "invalid.too_long", limit=limit, length=len(text), field=field(name))
    return text


def check_step(state: MediationState, step: Step) -> None:
    """What may follow what: a refusal naming the state."""
    if step not in ALLOWED[state]:
        raise ValidationError("state", f"mediation.step_refused.{step.value}", state=Word(f"mediation.state.{state.value}"),
                              field=field("state"))


def check_intake(i: Intake, today: date) -> None:
    if not isinstance(i.source, Source):
        raise refuse("source", "mediation.source_required")
    if not isinstance(i.severity, Severity):
        raise refuse("severity", "mediation.severity_required")
    check_day(i.occurred_on, "occurred_on", today)
    accepted = i.accepted_on or today
    check_day(accepted, "accepted_on", today)
    if accepted < i.occurred_on:
        raise refuse("accepted_on", "mediation.accepted_before_dispute")
    if isinstance(i.people, bool) or not isinstance(i.people, int) or not 1 <= i.people <= MAX_PEOPLE:
        raise refuse("people", "mediation.people_range", limit=MAX_PEOPLE)
    if not i.dispute_type:
        raise refuse("dispute_type", "mediation.type_required")
    if not i.summary:
        raise refuse("summary", "mediation.summary_required")
    if len(i.parties) < 2:
        raise refuse("parties", "mediation.parties_required")
    if len(i.parties) > MAX_PARTIES:
        raise refuse("parties", "mediation.too_many_parties", limit=MAX_PARTIES, count=len(i.parties))
    if i.people < len(i.parties):
        raise refuse("people", "mediation.people_fewer_than_parties", count=len(i.parties))
    for n, p in enumerate(i.parties, 1):
        if not p.name:
            raise refuse("parties", "mediation.party_name", row=n)
    names = [(p.resident_id, p.name) for p in i.parties]
    if len(set(names)) != len(names):
        raise refuse("parties", "mediation.party_twice")


def check_names(names: object, name: str = "mediators") -> tuple[str, ...]:
    """A list of names (a tuple or a list of texts): one text is not a list of its letters."""
    if not isinstance(names, (tuple, list)) or not all(isinstance(x, str) for x in names):
        raise refuse(name, "mediation.mediators_required")
    return tuple(names)


def check_session(m: MediationSession, accepted_on: date, today: date) -> None:
    check_day(m.on, "on", today)
    if m.on < accepted_on:
        raise refuse("on", "mediation.before_acceptance")
    if not m.place:
        raise refuse("place", "mediation.place_required")
    if not m.mediators or not all(m.mediators):
        raise refuse("mediators", "mediation.mediators_required")
    if not m.said:
        raise refuse("said", "mediation.said_required")


def check_investigation(v: Investigation, accepted_on: date, today: date) -> None:
    check_day(v.on, "on", today)
    if v.on < accepted_on:
        raise refuse("on", "mediation.before_acceptance")
    if not v.by:
        raise refuse("by", "mediation.by_required")
    if not v.found:
        raise refuse("found", "mediation.found_required")


def check_outcome(o: Outcome, last_session: date | None, today: date) -> None:
    if last_session is None:
        raise refuse("sessions", "mediation.no_session")
    check_day(o.on, "on", today)
    if o.on < last_session:
        raise refuse("on", "mediation.outcome_before_session")
    if not isinstance(o.agreed, bool):
        raise refuse("agreed", "mediation.agreed_required")
    if o.agreed:
        a = o.agreement
        if a is None or not a.terms:
            raise refuse("terms", "mediation.terms_required")
        for name in ("facts", "disputed", "performance", "recorder"):
            if not getattr(a, name):
                raise refuse(name, f"mediation.{name}_required")
        if a.perform_by is None:
            raise refuse("perform_by", "mediation.perform_by_required")
        check_day(a.perform_by, "perform_by", today, future=True)
        if a.perform_by < o.on:
            raise refuse("perform_by", "mediation.perform_by_early")
        if o.referral is not None:
            raise refuse("referral", "mediation.referral_with_agreement")
    else:
        if not isinstance(o.referral, Referral):
            raise refuse("referral", "mediation.referral_required")
        if o.agreement is not None:
            raise refuse("terms", "mediation.agreement_without_agreed")


def check_followup(f: FollowUpVisit, outcome_on: date, today: date) -> None:
    check_day(f.on, "on", today)
    if f.on < outcome_on:
        raise refuse("on", "mediation.followup_before_outcome")
    if not f.by:
        raise refuse("by", "mediation.by_required")
    if not isinstance(f.performance, Performance):
        raise refuse("performance", "mediation.followup_performance_required")


def after_followup(f: FollowUpVisit) -> MediationState:
    """An agreement found carried out closes the mediation; otherwise it waits for the next visit."""
    return MediationState.CLOSED if f.performance is Performance.DONE else MediationState.AGREED


def closure_for(m: "Mediation") -> str | None:
    """How the dispute case usually closes after its mediation (a ClosureType value), or None
    while the mediation has not ended or ended with the township: an agreement carried out is
    实质性化解; a dispute guided to the court, arbitration or letters-and-visits is 程序性终结 at the
    village (it goes on elsewhere, by law). Only said to whoever closes the case, never chosen
    for them (RULES.md "Closing": nothing is preselected)."""
    if m.state is MediationState.CLOSED:
        return "resolved"
    if m.state is MediationState.REFERRED and m.outcome is not None and m.outcome.referral in (
            Referral.COURT, Referral.ARBITRATION, Referral.PETITION):
        return "procedural"
    return None

