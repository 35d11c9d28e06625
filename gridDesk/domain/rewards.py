"""Commendations and warnings of a team member (Measures Art. 16; town guide §8): what was
decided, at which level, why, under which document. A transfer or a dismissal is recorded here as
the decision it is; the member's leaving date stays the roster's to enter."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError
from .text import clean_text


class RewardKind(str, enum.Enum):
    COMMENDATION = "commendation"  # 表彰
    WARNING = "warning"  # 警示 (提醒谈话、书面警示)
    CRITICISM = "criticism"  # 通报批评
    TRANSFER = "transfer"  # 调整岗位: cannot do the work (town guide §8)
    DISMISSAL = "dismissal"  # 解聘 (Art. 16: the unfit are replaced)


class RewardLevel(str, enum.Enum):
    VILLAGE = "village"  # 村
    TOWNSHIP = "township"  # 乡镇
    COUNTY = "county"  # 县


# The words of printouts and the finance office's sheet (Chinese, as the township reads them).
KIND_WORDS = {RewardKind.COMMENDATION: "表彰", RewardKind.WARNING: "警示", RewardKind.CRITICISM: "通报批评",
              RewardKind.TRANSFER: "调整岗位", RewardKind.DISMISSAL: "解聘"}
LEVEL_WORDS = {RewardLevel.VILLAGE: "村", RewardLevel.TOWNSHIP: "乡镇", RewardLevel.COUNTY: "县"}


@dataclass(frozen=True)
class Reward:
    member_id: int
    day: date
    kind: RewardKind
    level: RewardLevel
    reason: str
    document_number: str = ""  # 文号


@dataclass(frozen=True)
class RewardRecord:
    id: int
    reward: Reward
    member_name: str
    files: int  # documents and photos kept with it
    added_by: str


def check_reward(r: Reward, today: date) -> Reward:
    """The reason is required; the date not ahead of today; the document number short."""
    reason = clean_text(r.reason, 500, "reason", multiline=True)
    if not reason:
        raise ValidationError("reason", "reward.reason_required")
    if r.day > today:
        raise ValidationError("day", "reward.day_future")
    return Reward(r.member_id, r.day, RewardKind(r.kind), RewardLevel(r.level), reason,
                  clean_text(r.document_number, 64, "document_number"))
