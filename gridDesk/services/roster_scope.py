"""Which grids an account may reach: the rules table's scope, applied to grid codes.

A micro-grid's code extends its grid's code, so "inside" is a prefix test, as the roster's own
queries do it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.audit import Action
from ..domain.errors import GridDeskError, PermissionDenied
from ..domain.rules import Permission, Scope, scope_of
from .session import UserSession

OUTSIDE = "permission.outside_own_grids"  # the catalogue code of the refusal


def grid_scope(session: UserSession, permission: Permission = Permission.VIEW_ROSTER) -> tuple[str, ...] | None:
    """None for every grid; the account's grid codes when the table scopes it (an account with
    no grids given sees none). Does not refuse: the entry point's rule has already been asked."""
    scope = scope_of(session.account.role, permission)
    if scope is Scope.ALL:
        return None
    return session.account.grid_codes


def inside(code: str | None, scope: tuple[str, ...] | None) -> bool:
    return scope is None or (code is not None and any(code.startswith(c) for c in scope))


def require_grids(session: UserSession, codes: Iterable[str], permission: Permission = Permission.VIEW_ROSTER,
                  what: str = "") -> None:
    """Refuse, on the record and without naming anything of it, a grid outside the account's reach."""
    scope = grid_scope(session, permission)
    outside = [c for c in codes if not inside(c, scope)]
    if outside:
        refuse_outside(session, what or f"grid {','.join(outside)}")


def refuse_outside(session: UserSession, what: str) -> None:
    try:
        session.record(Action.PERMISSION_DENIED.value, what, "outside the account's grids")
    except GridDeskError:  # locked or read-only: the refusal itself still stands
        pass
    raise PermissionDenied(OUTSIDE)


def own_codes(session: UserSession, codes: Iterable[str], permission: Permission = Permission.VIEW_ROSTER) -> list[str]:
    """Of these grid codes, those the account reaches (all of them for the centre)."""
    scope = grid_scope(session, permission)
    return [c for c in codes if inside(c, scope)]


def serves_inside(record, scope: tuple[str, ...] | None) -> bool:
    """A team member (TeamRecord) serving at least one grid in the scope."""
    return scope is None or any(inside(g, scope) for g in (*record.grid_codes, record.member.grid_code) if g)


def require_member(session: UserSession, s, member_id: int, permission: Permission = Permission.VIEW_ROSTER,
                   include_left: bool = True):
    """The team member (TeamRecord) by id, if it serves the account's grids; NotFound when there
    is none, and a refusal on the record, naming nothing of them, when it serves only other grids.
    To change a member (EDIT_ROSTER) every grid they serve must be the account's: a 网格长 serving
    other grids too is the centre's to change, move or mark as left."""
    from ..domain.errors import NotFound
    from ..storage.team_repo import TeamRepo

    record = next((t for t in TeamRepo(s).all(include_left=include_left) if t.id == member_id), None)
    if record is None:
        raise NotFound("team.no_member")
    scope = grid_scope(session, permission)
    served = [g for g in (*record.grid_codes, record.member.grid_code) if g]
    reached = all(inside(g, scope) for g in served) if permission is Permission.EDIT_ROSTER and served \
        else serves_inside(record, scope)
    if not reached:
        refuse_outside(session, f"team:{member_id}")
    return record
