"""`@rule(Permission.X)`: a service entry point says which row of the rules table it is.

The wrapper asks the session (and so the table) before the body runs, so a refused call touches
nothing. `tests/fault/test_rules_table.py` walks every public method of every service and fails
on one that names no rule; `@rule(None, why=...)` marks the few that read nothing of the village
(a sum over lists the caller already holds), with the reason.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from ..domain.rules import Permission

F = TypeVar("F", bound=Callable)


def rule(permission: Permission | None, why: str = "") -> Callable[[F], F]:
    if permission is None and not why:
        raise ValueError("an entry point without a rule must say why")

    def mark(fn: F) -> F:
        if permission is None:
            fn.__rule__ = None  # type: ignore[attr-defined]
            fn.__rule_why__ = why  # type: ignore[attr-defined]
            return fn

        @functools.wraps(fn)
        def guarded(self, *args, **kwargs):
            self.session.require(permission)
            return fn(self, *args, **kwargs)

        guarded.__rule__ = permission  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]

    return mark
