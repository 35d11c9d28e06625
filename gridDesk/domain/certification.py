"""持证上岗 (DB3208/T 200 8.3; RULES.md): whoever has not passed training may not work as a grid
member. Which acts that blocks, the sentence a block says, and the director's one-off override."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from .errors import GridDeskError


class CertAct(str, enum.Enum):
    ASSIGN = "assign"  # be given a case
    VISIT = "visit"  # log a visit or a patrol as the visiting member
    SIGN = "sign"  # appear on a printed grid sign


ACT_WORDS = {CertAct.ASSIGN: "承办案件", CertAct.VISIT: "登记走访和巡查", CertAct.SIGN: "印在网格公示牌上"}

# certificate_state() values that block: no certificate and no passed onboarding, or one run out.
BLOCKING = ("none", "expired")


def blocks(state: str) -> bool:
    return state in BLOCKING


class Uncertified(GridDeskError):
    """A member without a valid certificate was about to do `act`; the director may override."""

    code = "uncertified"


def refusal(name: str, state: str, act: CertAct, director: bool) -> str:
    """The plain sentence: who, why, and what to do (train and register the certificate, or the
    director's exception with a reason)."""
    why = "证书已过期" if state == "expired" else "还没有通过岗前培训，也没有登记有效的证书"
    then = ("确需临时例外的，可以由您（主任）写明理由后准许这一次。" if director
            else "确需临时例外的，请主任写明理由后准许。")
    return (f"{name}{why}（未持证），按持证上岗的规定不能{ACT_WORDS[act]}。"
            f"请{name}参加培训并登记证书；{then}")


@dataclass(frozen=True)
class CertOverride:
    """One exception: who allowed it, when, for which member, which act on what, and why."""

    id: int
    at: datetime
    account: str
    member_id: int
    member_name: str
    act: CertAct
    target: str
    reason: str
