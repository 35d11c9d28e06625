"""The dashboard's charts: cases reported per month by category, and how long closing took."""

from __future__ import annotations

from datetime import date, datetime

from ..domain.accounts import Permission
from ..domain.case_records import CLOSURE_BUCKETS, CaseCharts, closure_bucket
from ..storage.cases_repo import CasesRepo
from .roster_scope import grid_scope
from .cases import CasesService
from .clock import local_dt


def _months_back(today: date, count: int) -> list[str]:
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months[::-1]


def case_charts(cases: CasesService, months: int = 12) -> CaseCharts:
    cases.session.require(Permission.VIEW_CASES)
    today = local_dt(cases.session.clock()).date()
    labels = _months_back(today, months)
    since = datetime.fromisoformat(labels[0] + "-01")
    with cases.session.db.transaction() as s:
        repo = CasesRepo(s)
        order = repo.top_categories()
        grids, mine = grid_scope(cases.session, Permission.VIEW_CASES), cases._mine()
        monthly = repo.monthly_by_top_category(since, grids, mine)
        spans = repo.closure_days(since, grids, mine)
    column = {m: i for i, m in enumerate(labels)}
    counts = {name: [0] * len(labels) for name in order}
    for month, top, n in monthly:
        if month in column:
            counts.setdefault(top, [0] * len(labels))[column[month]] += n
    by_category = tuple((name, tuple(v)) for name, v in counts.items() if any(v))

    buckets = [0] * (len(CLOSURE_BUCKETS) + 1)
    weighted: dict[int, int] = {}  # working days -> cases
    if spans:
        pairs = [(date.fromisoformat(a), date.fromisoformat(b), n) for a, b, n in spans]
        first = min(min(a for a, _, _ in pairs), since.date())
        between = cases.calendar.counter(first, max(today, max(b for _, b, _ in pairs)))
        for a, b, n in pairs:
            days = between(a, b)
            weighted[days] = weighted.get(days, 0) + n
            buckets[closure_bucket(days)] += n
    return CaseCharts(tuple(labels), by_category, tuple(buckets), _median(weighted))


def _median(weighted: dict[int, int]) -> float | None:
    total = sum(weighted.values())
    if not total:
        return None
    ordered = sorted(weighted.items())

    def nth(k: int) -> int:  # the k-th smallest (0-based)
        for value, n in ordered:
            if k < n:
                return value
            k -= n
        raise IndexError(k)

    return (nth((total - 1) // 2) + nth(total // 2)) / 2
