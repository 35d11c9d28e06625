"""The township edition (TOWNSHIP.md): its codes, its roles and who may do what, the facts an
import reports, and the matrix of villages x periods. Standard library only."""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass, field

from .catalogue import ZH, Message, Word
from .errors import GridDeskError, ValidationError
from .text import refuse_controls

NAME_LIMIT = 64
PERIOD_LIMIT = 36  # months a status matrix shows at most


class TownshipError(GridDeskError):
    """A township operation refused, in words (domain/catalogue/township.py)."""

    code = "township.refused"


class TownshipRole(str, enum.Enum):
    DIRECTOR = "director"  # 主任: everything, staff accounts, villages
    STAFF = "staff"  # 工作人员: import and read
    AUDITOR = "auditor"  # 审计员: read only


class TownshipAction(str, enum.Enum):
    REGISTER_VILLAGE = "register_village"
    IMPORT = "import"
    VIEW_STATUS = "view_status"
    MANAGE_STAFF = "manage_staff"
    ANSWER = "answer"  # answer an escalation (上报件)
    REPLY = "reply"  # write the reply packages onto a stick
    REVIEW = "review"  # record the township's second review (复评) of a member's quarter
    SEND_DOWN = "send_down"  # a task or a training session for the villages (任务、培训)
    SET_TASK_TYPES = "set_task_types"  # replace the township's 准入清单 (the county's approved task types)


# The one table of who may do what at the township (as domain/rules.py is for the village).
TOWNSHIP_RULES: dict[TownshipAction, frozenset[TownshipRole]] = {
    TownshipAction.REGISTER_VILLAGE: frozenset({TownshipRole.DIRECTOR}),
    TownshipAction.MANAGE_STAFF: frozenset({TownshipRole.DIRECTOR}),
    TownshipAction.IMPORT: frozenset({TownshipRole.DIRECTOR, TownshipRole.STAFF}),
    TownshipAction.VIEW_STATUS: frozenset({TownshipRole.DIRECTOR, TownshipRole.STAFF, TownshipRole.AUDITOR}),
    TownshipAction.ANSWER: frozenset({TownshipRole.DIRECTOR, TownshipRole.STAFF}),
    TownshipAction.REPLY: frozenset({TownshipRole.DIRECTOR, TownshipRole.STAFF}),
    TownshipAction.REVIEW: frozenset({TownshipRole.DIRECTOR, TownshipRole.STAFF}),
    TownshipAction.SEND_DOWN: frozenset({TownshipRole.DIRECTOR, TownshipRole.STAFF}),
    TownshipAction.SET_TASK_TYPES: frozenset({TownshipRole.DIRECTOR}),
}

# The task admission list (准入清单, Measures Art. 15) a task sent down is typed by: the county's
# approved entries, the same names the village's list starts from (migrations/versions/0011);
# a township whose county approved another list keeps it in its setting "task_types" (JSON list).
ADMISSION_LIST = ("人口、房屋等基础信息采集核查", "矛盾纠纷排查化解", "安全隐患排查（消防、燃气、自建房、防汛）",
                  "重点人群走访服务", "政策法规宣传（反诈、禁毒等）")

TASK_TYPE_LIMIT = 64  # characters in a type's name: the village's limit (domain/task_types.NAME_LIMIT), the reply's
TASK_TYPES_MAX = 100  # entries: a county's list has a handful; more is a paste gone wrong


def check_task_types(names: object) -> tuple[str, ...]:
    """A new 准入清单 for the setting "task_types": at least one name, each without control
    characters, at most TASK_TYPE_LIMIT characters (refused, never cut), none twice (compared
    without spaces and with full- and half-width forms alike: （） and () are the same name)."""
    if isinstance(names, str) or not isinstance(names, (list, tuple)):
        names = [names]
    if not names:
        raise ValidationError("task_types", "township.task_types.empty")
    if len(names) > TASK_TYPES_MAX:
        raise ValidationError("task_types", "township.task_types.too_many", count=len(names), limit=TASK_TYPES_MAX)
    out: list[str] = []
    seen: dict[str, str] = {}
    for n, value in enumerate(names, 1):
        name = unicodedata.normalize("NFC", str(value if value is not None else "")).strip()
        refuse_controls(name, "task_type")
        if not name:
            raise ValidationError("task_types", "township.task_types.blank", n=n)
        if len(name) > TASK_TYPE_LIMIT:
            raise ValidationError("task_types", "township.task_types.long", name=name[:TASK_TYPE_LIMIT] + "…",
                                  limit=TASK_TYPE_LIMIT, length=len(name))
        key = "".join(unicodedata.normalize("NFKC", name).casefold().split())
        if key in seen:
            raise ValidationError("task_types", "township.task_types.twice", name=name, value=seen[key])
        seen[key] = name
        out.append(name)
    return tuple(out)


def may(role: TownshipRole | str, action: TownshipAction) -> bool:
    try:
        return TownshipRole(role) in TOWNSHIP_RULES[action]
    except ValueError:
        return False


def require(role: TownshipRole | str, action: TownshipAction) -> None:
    if not may(role, action):
        # The role and the act in the reader's words, not the program's codes (a role the table
        # does not know, from a hand-edited database, is shown as it is).
        value = str(getattr(role, "value", role))
        known = value in {r.value for r in TownshipRole}
        raise TownshipError("township.denied", action=Word(f"township.action.{action.value}"),
                            role=Word(f"township.role.{value}") if known else value[:20])


def _digits(value: object, length: int, code: str) -> str:
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    if len(text) != length or not (text.isascii() and text.isdigit()):
        raise ValidationError("code", code, value=text[:40], length=length)
    return text


def check_township_code(value: object) -> str:
    """The 9-digit statistical division code of a township (乡镇/街道)."""
    code = _digits(value, 9, "township.bad_code")
    if code[:2] < "11" or code[:2] > "65":
        raise ValidationError("code", "township.bad_code", value=code, length=9)
    return code


def check_village_code(value: object, township: str) -> str:
    """A 12-digit village code that lies inside this township (its first nine digits)."""
    code = _digits(value, 12, "township.bad_village_code")
    if code[:9] != township:
        raise ValidationError("code", "township.village_outside", value=code, township=township)
    return code


def check_name(value: object, field_name: str = "name") -> str:
    name = unicodedata.normalize("NFC", str(value or "")).strip()
    # A township's or a village's name (名称), or a person's (the village's word for display_name).
    refuse_controls(name, field_name, "township.field.name" if field_name == "name" else "")
    if not name:
        raise ValidationError(field_name, "township.name_required")
    if len(name) > NAME_LIMIT:
        raise ValidationError(field_name, "township.name_too_long", limit=NAME_LIMIT, length=len(name))
    return name


def check_fingerprint(value: object) -> str:
    """32 hex digits (the first 128 bits of SM3 of the key, as `griddesk` prints it), spaces allowed;
    returned in the printed form: eight groups of four, upper case."""
    text = unicodedata.normalize("NFKC", str(value or "")).replace(" ", "").strip().upper()
    if len(text) != 32 or any(c not in "0123456789ABCDEF" for c in text):
        raise ValidationError("fingerprint", "township.bad_fingerprint", value=str(value or "")[:80])
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


class Outcome(str, enum.Enum):
    LOADED = "loaded"
    ALREADY = "already"  # the same batch again: nothing changed
    QUARANTINED = "quarantined"  # failed the verifier, or refused by the township's own checks
    NOT_REACHED = "not_reached"  # the import stopped before this package (the database went away)


@dataclass(frozen=True)
class PackageResult:
    batch: str
    village: str
    outcome: Outcome
    said: tuple[Message, ...] = ()  # why, as sentences: the window renders them in its own language
    counts: dict[str, int] = field(default_factory=dict)  # what was loaded, per kind
    quarantine: str = ""  # where the package and its report were put

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why, in Chinese: the command line, the quarantine's record and report."""
        return tuple(m.render(ZH) for m in self.said)


@dataclass(frozen=True)
class ImportSummary:
    stick: str
    packages: tuple[PackageResult, ...]
    stick_said: tuple[Message, ...] = ()  # what else lies on the stick, as sentences

    @property
    def stick_problems(self) -> tuple[str, ...]:
        return tuple(m.render(ZH) for m in self.stick_said)

    @property
    def loaded(self) -> int:
        return sum(p.outcome == Outcome.LOADED for p in self.packages)

    @property
    def refused(self) -> int:
        return sum(p.outcome in (Outcome.QUARANTINED, Outcome.NOT_REACHED) for p in self.packages)


@dataclass(frozen=True)
class PeriodCell:
    """One village x one month, as DHIS2's reporting rates count it."""

    period: str  # YYYY-MM
    received: int  # batches loaded whose bagging date is in the month
    on_time: int  # of them, imported by the deadline day of the next month
    chain_complete: bool  # every batch of the month extends the one before it (and no gap refused)
    failed: int  # packages of the village quarantined for this month
    missing: bool  # expected (the village was registered) and nothing received


@dataclass(frozen=True)
class VillageRow:
    code: str
    name: str
    cells: tuple[PeriodCell, ...]


@dataclass(frozen=True)
class EscalationRow:
    village: str
    case_number: str
    ordinal: int
    title: str
    received_on: str
    due_on: str
    working_days_left: int
    state: str


@dataclass(frozen=True)
class TownshipStatus:
    code: str
    name: str
    periods: tuple[str, ...]
    villages: tuple[VillageRow, ...]
    escalations: tuple[EscalationRow, ...]
    deadline_day: int
    reviews_waiting: tuple = ()  # services/township_reviews.WaitingReview, per village, quarter, member
    unsent: dict = field(default_factory=dict)  # village -> {"reviews", "tasks", "trainings"} not yet on a reply
