"""持证上岗 (DB3208/T 200 8.3; RULES.md): whoever has not passed training may not work as a grid
member. Which acts that blocks, the sentence a block says, and the director's one-off override."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from .catalogue import Message, Word
from .errors import GridDeskError


class CertAct(str, enum.Enum):
    ASSIGN = "assign"  # be given a case
    VISIT = "visit"  # log a visit or a patrol as the visiting member
    SIGN = "sign"  # appear on a printed grid sign



# certificate_state() values that block: no certificate and no passed onboarding, or one run out.
BLOCKING = ("none", "expired")


def blocks(state: str) -> bool:
    return state in BLOCKING


class Uncertified(GridDeskError):
    """A member without a valid certificate was about to do `act`; the director may override."""

    code = "uncertified"


def refusal_message(name: str, state: str, act: CertAct, director: bool) -> Message:
    """The plain sentence as data: who, why, and what to do (train and register the certificate,
    or the director's exception with a reason)."""
    return Message("cert.refused", {
        "name": name, "why": Word("cert.why.expired" if state == "expired" else "cert.why.none"),
        "act": Word(f"cert.act.{act.value}"), "then": Word("cert.then.director" if director else "cert.then.ask")})


def refusal(name: str, state: str, act: CertAct, director: bool) -> str:
    return refusal_message(name, state, act, director).render()


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
