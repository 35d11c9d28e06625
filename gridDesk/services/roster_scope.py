"""Which grids an account may see: a grid member only their own; everyone else, all."""

from __future__ import annotations

from ..domain.accounts import Role
from .session import UserSession


def grid_scope(session: UserSession) -> tuple[str, ...] | None:
    if session.account.role is Role.GRID_MEMBER:
        return session.account.grid_codes
    return None
