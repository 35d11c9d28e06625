"""Party building in the grid (DB3208/T 200 ch. 5, 7.1.7): the village party organisation, its
grid party branches (网格党支部) and micro-grid party groups (微网格党小组), the party members
(from the roster, 流动党员 living elsewhere, 双报到 in-post members), the households each member
contacts (党员联户) and the rhythm of those contacts."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError

PARTY_STATUSES = ("中共党员", "中共预备党员")  # GB/T 4762 01, 02: who the roster counts as party members
NAME_LIMIT = 64  # a name longer than this is refused, not cut


class OrgLevel(str, enum.Enum):
    VILLAGE = "village"  # 村党总支 / 村党委: one per village
    BRANCH = "branch"  # 网格党支部: covers a grid
    GROUP = "group"  # 微网格党小组: covers a micro-grid of its branch's grid


class MemberKind(str, enum.Enum):
    ROSTER = "roster"  # a resident whose political status is 中共党员 / 中共预备党员
    FLOWING = "flowing"  # 流动党员: a member of this village living elsewhere
    IN_POST = "in_post"  # 双报到: a member working in a unit who reports to the community


class ContactKind(str, enum.Enum):
    VISIT = "visit"  # 入户走访
    EXCHANGE = "exchange"  # 集中交流


APPRAISAL_RESULTS = ("优秀", "合格", "基本合格", "不合格")


@dataclass(frozen=True)
class PartyOrg:
    level: OrgLevel
    name: str
    grid_code: str | None = None  # None for the village organisation
    secretary_id: int | None = None  # a party member (书记 or 党小组长)
    set_up_on: date | None = None
    document_number: str = ""  # the approval document's number
    id: int | None = None
    parent_id: int | None = None  # filled in by the service: the village org, or the branch
    secretary_name: str = ""
    members: int = 0  # party members assigned to it
    grid_name: str = ""
    documents: int = 0  # files of the approval document


@dataclass(frozen=True)
class PartyMember:
    kind: MemberKind
    name: str = ""
    id_number: str = ""
    phone: str = ""
    org_id: int | None = None
    whereabouts: str = ""  # 流动党员: where they live and work now
    unit: str = ""  # 双报到: their own unit
    resident_id: int | None = None
    central: bool = False  # 党员中心户: the member's own household, flagged
    probationary: bool = False  # 预备党员
    id: int | None = None
    org_name: str = ""
    grid_code: str = ""  # where the member lives (roster) or the org's grid
    household_number: str = ""
    still_member: bool = True  # a roster member whose political status still says so
    team_member_id: int | None = None  # the same person on the grid team (visits count)


@dataclass(frozen=True)
class Contact:
    member_id: int
    day: date
    kind: ContactKind
    household_numbers: tuple[str, ...] = ()
    what: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Appraisal:
    member_id: int
    year: int
    day: date
    result: str
    by: str  # who appraised: the branch meeting, the households' representatives
    id: int | None = None


@dataclass(frozen=True)
class PartyRules:
    """7.1.7 as data: a home visit every `visit_days`, an exchange every `exchange_months`
    calendar months, an appraisal every `appraisal_years` years (the director edits them)."""

    visit_days: int = 7
    exchange_months: int = 1
    appraisal_years: int = 1


RULE_KEYS = ("visit_days", "exchange_months", "appraisal_years")
RULE_LIMITS = {"visit_days": (1, 92), "exchange_months": (1, 12), "appraisal_years": (1, 5)}


@dataclass(frozen=True)
class Link:
    household_number: str
    household_address: str
    member_id: int
    member_name: str
    linked_on: date
    last_visit: date | None = None
    grid_code: str = ""


@dataclass(frozen=True)
class MemberRhythm:
    """One member's standing against the rhythm, today."""

    member_id: int
    name: str
    org_name: str
    households: int  # linked
    households_overdue: int  # linked and not visited within visit_days
    last_exchange: date | None
    appraised: bool  # this year (or within appraisal_years)
    exchange_due: bool  # none yet in this period: still to do, not yet late
    appraisal_due: bool
    exchange_behind: bool = False  # a whole period went by without one
    appraisal_behind: bool = False

    @property
    def behind(self) -> bool:
        # Behind is a period gone by without it, not a period just begun: otherwise every member
        # would show behind on the 1st of each month and on 1 January, and the card would cry wolf.
        return self.households_overdue > 0 or self.exchange_behind or self.appraisal_behind


@dataclass(frozen=True)
class ChartGroup:
    name: str
    grid: str
    leader: str
    members: int


@dataclass(frozen=True)
class ChartBranch:
    name: str
    grid: str
    secretary: str
    members: int
    groups: tuple[ChartGroup, ...]


@dataclass(frozen=True)
class PartyChart:
    """The organisation chart as plain data for the printout."""

    village: str
    name: str
    secretary: str
    members: int
    branches: tuple[ChartBranch, ...]
    printed_on: str
    unassigned: int = 0  # members in no branch or group


def proposed_name(level: OrgLevel, village: str, grid_name: str = "") -> str:
    """The standard's form: "XX村党总支", "XX村XX网格党支部", "XX微网格党小组"."""
    if level is OrgLevel.VILLAGE:
        return f"{village}党总支"
    if level is OrgLevel.BRANCH:
        grid = grid_name if "网格" in grid_name else f"{grid_name}网格"
        return f"{village}{grid}党支部"
    grid = grid_name if "微网格" in grid_name else f"{grid_name}微网格"
    return f"{grid}党小组"


def follows_form(level: OrgLevel, name: str, village: str) -> bool:
    """Whether a typed name reads as the standard's form (a warning when not, never a block)."""
    if level is OrgLevel.VILLAGE:
        return name.startswith(village) and name.endswith(("党总支", "党委", "党支部"))
    # A grid's name may carry its villager group after it ("第1网格（东村）"): the form is the
    # village first, the grid's name in it, the kind of body last.
    if level is OrgLevel.BRANCH:
        return name.startswith(village) and "网格" in name and name.endswith("党支部")
    return "微网格" in name and name.endswith("党小组")


def check_name(name: str) -> str:
    if not name:
        raise ValidationError("name", "party.name_required")
    if len(name) > NAME_LIMIT:
        raise ValidationError("name", "party.name_long", limit=NAME_LIMIT, length=len(name))
    return name


def check_rules(values: dict[str, int]) -> PartyRules:
    for key, value in values.items():
        if key not in RULE_LIMITS:
            raise ValidationError("rules", "party.rule_unknown", value=key)
        low, high = RULE_LIMITS[key]
        if not isinstance(value, int) or not low <= value <= high:
            raise ValidationError("rules", "party.rule_range", low=low, high=high)
    return PartyRules(**{**PartyRules().__dict__, **values})


def months_between(earlier: date, later: date) -> int:
    """Calendar months from `earlier`'s month to `later`'s (0: the same month)."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month
