"""Where the ledger's 以奖代补 takes the quarterly grades from: the quarterly review (季评议).

Only a quarter the township has closed (its second review recorded) pays a grade: until then the
grade can still change, and money paid on a grade the township later lowers cannot be taken back
by a ledger line. A member whose quarter is still open gets no grade line (the ledger says so)."""

from __future__ import annotations

from ..domain.assessment import GRADE_LABELS, Quarter, ReviewState
from .session import UserSession


def grades_for(session: UserSession, quarter: str) -> dict[int, str]:
    """member id -> grade (优秀 / 称职 / 基本称职 / 不称职) of the quarter ('2026Q2'), as reviewed."""
    from .assessment import AssessmentService

    rows = AssessmentService(session).quarter(Quarter.parse(quarter))
    return {m.member_id: GRADE_LABELS[m.standing.grade] for m in rows
            if m.state is ReviewState.CLOSED and m.standing.grade is not None}
