"""Petitions (信访): the register of letters, calls, visits and online petitions the centre takes
in, their time limits under the 信访工作条例 (2022), repeats, and the month's figures.

The flow: 登记 (registered) -> 受理 (accepted) or 不予受理 (refused, the end of it) -> 办理中 ->
已答复 (answered, with the answer and its day) -> 办结 (closed).

Time limits (信访工作条例 Arts. 22 and 32): 15 days from receipt to decide on acceptance, 60 days
from acceptance to answer. They are data (table `petition_rules`, seeded with these), and so is
how the days are counted: the 条例 says 日 without 工作日, so GridDesk counts calendar days and,
as Chinese procedure does for any period, a last day that falls on a holiday or a weekend moves
to the next working day (the work calendar decides which days those are). A director whose
province counts 工作日 (some provincial 信访条例 do) sets `working_days` and the limits run in
working days instead.

A petition of five or more people is a collective visit (集体访: the usual threshold, 信访工作条例
Art. 26 and the 国家信访局 practice of "5人以上"); the threshold is in the rules too.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .errors import ValidationError

# The seed of `petition_rules` (also what a missing key reads as): 信访工作条例 Arts. 22, 32.
ACCEPT_DAYS = 15
ANSWER_DAYS = 60
COLLECTIVE_PEOPLE = 5
MAX_PEOPLE = 10_000  # more than a village holds: a typing error, refused in words
MAX_PETITIONERS = 50  # named petitioners of one petition (a collective visit names its representatives)
EARLIEST = date(2000, 1, 1)

# Text limits: longer is refused, never cut.
LIMITS = {"name": 32, "id_number": 18, "phone": 20, "address": 128, "respondent": 128, "summary": 2000,
          "request": 1000, "answer": 4000, "reason": 500, "answered_by": 32, "grid_code": 17, "category": 32}


class PetitionForm(str, enum.Enum):
    LETTER = "letter"  # 来信
    CALL = "call"  # 来电
    VISIT = "visit"  # 来访
    ONLINE = "online"  # 网上信访


class PetitionState(str, enum.Enum):
    REGISTERED = "registered"  # 登记
    ACCEPTED = "accepted"  # 受理
    REFUSED = "refused"  # 不予受理
    IN_PROGRESS = "in_progress"  # 办理中
    ANSWERED = "answered"  # 已答复
    CLOSED = "closed"  # 办结


class PetitionStep(str, enum.Enum):
    ACCEPT = "accept"
    REFUSE = "refuse"
    START = "start"
    ANSWER = "answer"
    CLOSE = "close"


# step -> (the states it may start from, the state it leads to)
FLOW: dict[PetitionStep, tuple[frozenset[PetitionState], PetitionState]] = {
    PetitionStep.ACCEPT: (frozenset({PetitionState.REGISTERED}), PetitionState.ACCEPTED),
    PetitionStep.REFUSE: (frozenset({PetitionState.REGISTERED}), PetitionState.REFUSED),
    PetitionStep.START: (frozenset({PetitionState.ACCEPTED}), PetitionState.IN_PROGRESS),
    PetitionStep.ANSWER: (frozenset({PetitionState.ACCEPTED, PetitionState.IN_PROGRESS}), PetitionState.ANSWERED),
    PetitionStep.CLOSE: (frozenset({PetitionState.ANSWERED}), PetitionState.CLOSED),
}

OPEN_STATES = frozenset({PetitionState.REGISTERED, PetitionState.ACCEPTED, PetitionState.IN_PROGRESS})


class CategoryKind(str, enum.Enum):
    PURPOSE = "purpose"  # 诉求类别: 求决, 申诉, 建议, 揭发控告, 咨询
    SUBJECT = "subject"  # 问题类别: 土地征收, 劳动社保, 城乡建设, 涉法涉诉, 民政, 其他


@dataclass(frozen=True)
class PetitionCategory:
    id: int
    kind: CategoryKind
    name: str
    confidential: bool = False  # 揭发控告: the petitioner is protected; only the centre sees it (Art. 44)
    sort: int = 0


@dataclass(frozen=True)
class PetitionRules:
    accept_days: int = ACCEPT_DAYS
    answer_days: int = ANSWER_DAYS
    collective_people: int = COLLECTIVE_PEOPLE
    working_days: bool = False  # False: calendar days, a last day off work moving to the next working day


@dataclass(frozen=True)
class Petitioner:
    name: str
    resident_id: int | None = None  # from the roster
    id_number: str = ""  # shown masked unless unmasked on the record
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class Petition:
    received_on: date
    form: PetitionForm
    people: int
    petitioners: tuple[Petitioner, ...]
    purpose_id: int
    subject_id: int
    summary: str  # 主要诉求和事实
    respondent: str = ""  # 被反映人或单位
    request: str = ""  # 诉求
    grid_code: str = ""  # the grid it concerns (a petitioner from the roster: theirs)
    repeat_of: int | None = None  # 重复信访: the earlier petition, as the clerk confirmed it
    # what the register keeps as it goes
    id: int | None = None
    number: str = ""
    state: PetitionState = PetitionState.REGISTERED
    purpose: str = ""
    subject: str = ""
    confidential: bool = False
    decided_on: date | None = None  # accepted or refused on
    refuse_reason: str = ""
    answer: str = ""  # 答复意见
    answered_on: date | None = None  # 答复日期
    answered_by: str = ""
    closed_on: date | None = None
    case_id: int | None = None  # the case that follows from it
    case_number: str = ""
    repeat_number: str = ""
    accept_due: date | None = None
    answer_due: date | None = None
    version: int = 0
    account: str = field(default="", compare=False)

    @property
    def open(self) -> bool:
        return self.state in OPEN_STATES

    def collective(self, rules: PetitionRules) -> bool:
        return self.people >= rules.collective_people

    def due(self) -> date | None:
        """The day the next answer is owed: acceptance while registered, the answer after."""
        if self.state is PetitionState.REGISTERED:
            return self.accept_due
        if self.state in (PetitionState.ACCEPTED, PetitionState.IN_PROGRESS):
            return self.answer_due
        return None

    def overdue(self, today: date) -> bool:
        due = self.due()
        return due is not None and today > due

    def answered_in_time(self) -> bool | None:
        if self.answered_on is None:
            return None
        return self.answer_due is None or self.answered_on <= self.answer_due


@dataclass(frozen=True)
class PetitionFilter:
    first: date | None = None
    last: date | None = None
    state: PetitionState | None = None
    form: PetitionForm | None = None
    subject_id: int | None = None
    overdue_only: bool = False
    text: str = ""  # in the number, the summary, the respondent or a petitioner's name


@dataclass(frozen=True)
class RepeatSuggestion:
    petition_id: int
    number: str
    received_on: date
    summary: str
    why: tuple[str, ...]  # catalogue codes: petition.why.same_person, petition.why.same_matter


@dataclass(frozen=True)
class PetitionFigures:
    """A period's petitions for the monthly reports: those received from `start` to `end`."""

    start: date
    end: date
    count: int
    people: int
    by_form: dict[str, int]  # PetitionForm value -> count
    by_category: dict[str, int]  # subject category name -> count
    by_purpose: dict[str, int]  # purpose name -> count
    collective: int  # 集体访: people >= the threshold
    repeats: int
    repeat_rate: float | None  # repeats / count; None when count is 0
    answered_in_time: int  # of the period's petitions, answered by their answer due day
    answered_late: int
    overdue: int  # of the period's petitions, open past their due day as at the end (or today)


# -- time limits ---------------------------------------------------------------------------------
def add_days(start: date, days: int, rules: PetitionRules, is_working_day) -> date:
    """The last day of a period of `days` from `start` (the day itself not counted)."""
    if rules.working_days:
        day, left = start, days
        while left > 0:
            day += timedelta(days=1)
            if is_working_day(day):
                left -= 1
        return day
    day = start + timedelta(days=days)
    for _ in range(60):  # the longest run of days off (the Spring Festival) is far shorter
        if is_working_day(day):
            break
        day += timedelta(days=1)
    return day


# -- checks ----------------------------------------------------------------------------------------
def check_text(value: str, key: str) -> str:
    limit = LIMITS[key]
    if len(value) > limit:
        raise ValidationError(key, "invalid.too_long", limit=limit, length=len(value))
    return value


def check_day(day: object, field_name: str, today: date) -> date:
    """A day of the register: a date (a time of day dropped), from 2000 to today."""
    if isinstance(day, datetime):
        day = day.date()
    if not isinstance(day, date):
        raise ValidationError(field_name, "petition.bad_date", value=str(day))
    if day < EARLIEST:
        raise ValidationError(field_name, "petition.date_too_early", value=f"{day:%Y-%m-%d}")
    if day > today:
        raise ValidationError(field_name, "petition.date_future", value=f"{day:%Y-%m-%d}")
    return day


def check_people(people: object, named: int) -> int:
    if not isinstance(people, int) or isinstance(people, bool):
        raise ValidationError("people", "petition.people_range", limit=MAX_PEOPLE)
    if not 1 <= people <= MAX_PEOPLE:
        raise ValidationError("people", "petition.people_range", limit=MAX_PEOPLE)
    if named > people:
        raise ValidationError("people", "petition.people_fewer_than_named", count=named)
    return people


def check_step(state: PetitionState, step: PetitionStep) -> PetitionState:
    allowed, target = FLOW[step]
    if state not in allowed:
        raise ValidationError("state", "petition.step_refused", step=_word(f"petition.step.{step.value}"),
                              state=_word(f"petition.state.{state.value}"))
    return target


def _word(code: str):
    from .catalogue import Word

    return Word(code)


def repeat_rate(repeats: int, count: int) -> float | None:
    return None if count == 0 else repeats / count


SQL_MAX_ID = 2 ** 63 - 1  # SQLite's integer: a larger id cannot name a row


def check_id(value: object, code: str) -> int:
    """An id typed or passed in: one that cannot exist (10**20, 0, a word) is 'not found' in words."""
    from .errors import NotFound

    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= SQL_MAX_ID:
        raise NotFound(code)
    return value


def overdue_at(p: Petition, day: date) -> bool:
    """Past a due day on `day`, as the petition stood then (its decision and answer days say when
    it moved): not decided after the acceptance limit, or accepted and not answered after the
    answer limit."""
    if p.received_on > day:
        return False
    decided = p.decided_on is not None and p.decided_on <= day
    if not decided:
        return p.accept_due is not None and day > p.accept_due
    if p.state is PetitionState.REFUSED:
        return False
    answered = p.answered_on is not None and p.answered_on <= day
    return not answered and p.answer_due is not None and day > p.answer_due


def figures_of(petitions: list[Petition], start: date, end: date, as_of: date, rules: PetitionRules) -> PetitionFigures:
    """The period's figures from its petitions (those received from start to end)."""
    mine = [p for p in petitions if start <= p.received_on <= end]
    by_form: dict[str, int] = {f.value: 0 for f in PetitionForm}
    by_category: dict[str, int] = {}
    by_purpose: dict[str, int] = {}
    for p in mine:
        by_form[p.form.value] += 1
        by_category[p.subject] = by_category.get(p.subject, 0) + 1
        by_purpose[p.purpose] = by_purpose.get(p.purpose, 0) + 1
    repeats = sum(1 for p in mine if p.repeat_of is not None)
    answered = [p for p in mine if p.answered_on is not None and p.answered_on <= as_of]
    in_time = sum(1 for p in answered if p.answered_in_time())
    return PetitionFigures(start, end, len(mine), sum(p.people for p in mine), by_form, by_category, by_purpose,
                           sum(1 for p in mine if p.collective(rules)), repeats, repeat_rate(repeats, len(mine)),
                           in_time, len(answered) - in_time, sum(1 for p in mine if overdue_at(p, as_of)))
