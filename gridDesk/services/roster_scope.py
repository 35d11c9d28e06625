"""Which grids an account may see: the rules table's scope for seeing the roster."""

from __future__ import annotations

from ..domain.rules import Permission, Scope, scope_of
from .session import UserSession


def grid_scope(session: UserSession, permission: Permission = Permission.VIEW_ROSTER) -> tuple[str, ...] | None:
    """None for every grid; the account's grid codes when the table scopes it (an account with
    no grids given sees none). Does not refuse: the entry point's rule has already been asked."""
    scope = scope_of(session.account.role, permission)
    if scope is Scope.ALL:
        return None
    return session.account.grid_codes
