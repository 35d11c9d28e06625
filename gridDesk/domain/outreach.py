"""Reaching the households beyond the team (DB3208/T 200 ch. 9, 6.2, 7.2; Measures Art. 7 (6);
town guide §7.4): party-and-people service stations (党群服务站) with their "七个一" checklist,
一户一代表 in the grid's WeChat group, and the register of volunteers, 微格员, information
officers and 五老 with what they pass on. Plain data and the checks that need no database."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from .errors import ValidationError

# The seven items of 9.2 as GridDesk seeds them (the director edits the list as data): the
# standard's excerpt names "一本…手册" and "一份党报党刊"; the rest is the form the Huai'an
# stations post on their walls.
SEVEN_ITEMS: tuple[tuple[str, str], ...] = (
    ("sign", "一块标识牌"), ("flag", "一面党旗"), ("rules", "一套制度"), ("furniture", "一套桌椅"),
    ("shelf", "一个书报架"), ("handbook", "一本服务手册"), ("papers", "一份党报党刊"),
)
WECHAT_LINK_MAX = 500  # a group's invitation link is short; anything longer is not one
WECHAT_THRESHOLD_DEFAULT = 80  # per cent: a grid below it shows on the dashboard


class VolunteerKind(str, enum.Enum):
    VOLUNTEER = "volunteer"  # 志愿者
    MICRO = "micro"  # 微格员 (DB3208/T 6.2)
    INFORMANT = "informant"  # 信息员 (town guide §7.4)
    ELDER = "elder"  # 五老


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str


@dataclass(frozen=True)
class StationCheck:
    key: str
    label: str
    done_on: date | None  # None: missing
    note: str = ""


@dataclass(frozen=True)
class Station:
    name: str
    grid_code: str
    address: str = ""
    room: str = ""
    services: tuple[str, ...] = ()  # 党务、政务、综治、文化、健康 ...
    hours: str = ""
    keeper_id: int | None = None  # the team member in charge
    households: tuple[str, ...] = ()  # household numbers served


@dataclass(frozen=True)
class StationRecord:
    id: int
    station: Station
    grid_name: str
    keeper_name: str
    checks: tuple[StationCheck, ...] = ()

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(c.label for c in self.checks if c.done_on is None)


@dataclass(frozen=True)
class WechatRep:
    """A household's representative in the grid's WeChat group (None when nobody has joined)."""

    number: str
    address: str
    head: str
    grid_code: str
    representative: str = ""
    joined_on: date | None = None

    @property
    def joined(self) -> bool:
        return self.joined_on is not None


@dataclass(frozen=True)
class GridCoverage:
    code: str
    name: str
    households: int
    represented: int

    @property
    def percent(self) -> int:
        """Rounded down: 69.9% is not yet 70%."""
        return self.represented * 100 // self.households if self.households else 0


@dataclass(frozen=True)
class Volunteer:
    name: str
    kind: VolunteerKind
    grid_code: str
    duties: str = ""
    phone: str = ""
    since: date | None = None
    active: bool = True
    resident_id: int | None = None  # from the roster, or None when written in


@dataclass(frozen=True)
class VolunteerRecord:
    id: int
    volunteer: Volunteer
    grid_name: str
    reports: int = 0


@dataclass(frozen=True)
class VolunteerReport:
    """What a volunteer passed on (信息报送): it may become a case, linked both ways."""

    volunteer_id: int
    day: date
    content: str
    grid_code: str
    id: int = 0
    volunteer_name: str = ""
    case_id: int | None = None
    extra: dict = field(default_factory=dict, compare=False)


def check_wechat_link(link: str) -> str:
    """An https link of reasonable length, nothing else (a sign's QR code must open a group, not
    run a script): '' clears it."""
    link = (link or "").strip()
    if not link:
        return ""
    if len(link) > WECHAT_LINK_MAX:
        raise ValidationError("wechat_link", "outreach.link_long", limit=WECHAT_LINK_MAX)
    if any(ch.isspace() or ord(ch) < 32 for ch in link):
        raise ValidationError("wechat_link", "outreach.link_https")
    parts = urlsplit(link)
    if parts.scheme.lower() != "https" or not parts.netloc:
        raise ValidationError("wechat_link", "outreach.link_https")
    return link
