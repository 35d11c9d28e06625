"""持证上岗 at the acts it governs (assigning a case, logging a visit, a printed sign), and the
director's one-off override: asked before the act, stored with it, on the audit log, listed on
the dashboard (DashboardService.cert_overrides). The acts call these inside their own
transaction, so the act and its override land together or not at all."""

from __future__ import annotations

from ..domain.audit import Action
from ..domain.certification import CertAct, Uncertified, blocks, refusal_message
from ..domain.errors import ValidationError
from ..domain.resident_rules import clean_text
from ..domain.rules import Permission
from ..storage.cert_overrides_repo import CertOverridesRepo
from .clock import local_dt
from .session import UserSession


def ask_override(session: UserSession, reason: str) -> str:
    """Before the act's transaction: a reason is a request for the director's override, so anyone
    else is refused here (and that refusal is on the audit log). Returns the cleaned reason."""
    reason = clean_text(reason, 200, "reason")
    if not reason:
        return ""
    session.require(Permission.CERT_OVERRIDE)
    if len(reason) < 2:
        raise ValidationError("reason", "cert.override_reason")
    return reason


def clear(session: UserSession, s, member_id: int, name: str, act: CertAct, override: str) -> bool:
    """Inside the act's transaction: False when the member holds a valid certificate; True when
    they do not and the director gave a reason (the caller then records it once the act's target
    is known); otherwise the refusal naming the member and what to do."""
    state = CertOverridesRepo(s).state(member_id, local_dt(session.clock()).date())
    if not blocks(state):
        return False
    if override:
        return True
    why = refusal_message(name, state, act, session.may(Permission.CERT_OVERRIDE))
    raise Uncertified(why.code, **why.params, member_id=member_id)


def record(session: UserSession, s, member_id: int, name: str, act: CertAct, target: str, reason: str) -> None:
    """The override, stored and on the audit log, in the act's own transaction."""
    CertOverridesRepo(s).add(local_dt(session.clock()), session.account.username, member_id, name, act, target, reason)
    session.audit_repo(s).append(session.now_iso(), session.account.username, Action.CERT_OVERRIDE.value,
                                 f"team:{member_id}", f"{act.value} {target}: {reason}")

