"""Where the ledger's 以奖代补 takes the quarterly grades from.

The quarterly review (季评议) is another part of issue 18, built beside this one: its grades
reach the pay ledger through this one function, which the merge wires to the review's results.
Until then it finds none, and the ledger pays no grade (it says so: no grade line)."""

from __future__ import annotations

from .session import UserSession


def grades_for(session: UserSession, quarter: str) -> dict[int, str]:
    """member id -> grade (优秀 / 称职 / 基本称职 / 不称职) of the quarter ('2026Q2'), as reviewed."""
    return {}
