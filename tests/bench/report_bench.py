"""Benchmark rows for the report family (issue 20 item 3): last month's summary report for a
village with 20,000 cases and 200,000 visits over a year (activity_bench's generator): computed
(budget 0.3 s) and printed to a PDF (budget 1 s). Median of `repeat` runs after one warm-up."""

from __future__ import annotations

import io
import statistics
import time
from datetime import date, timedelta

from tests.bench import activity_bench

Row = tuple[str, float, float | None, str]


def rows(session, repeat: int) -> list[Row]:
    from gridDesk.services.reports import ReportsService

    activity_bench.fill(session)  # the cases and visits, once per village
    service = ReportsService(session)
    month = f"{date.today().replace(day=1) - timedelta(days=1):%Y-%m}"
    service.compute("monthly", month)  # warm: the imports, the holiday library, the page cache

    def compute() -> float:
        t = time.perf_counter()
        service.compute("monthly", month)
        return time.perf_counter() - t

    data = service.compute("monthly", month)

    def printed() -> float:
        t = time.perf_counter()
        service.print_report("monthly", month, io.BytesIO(), data=data, record=False)
        return time.perf_counter() - t

    return [(f"monthly summary report {month}, 20,000 cases: computed", statistics.median(compute() for _ in range(repeat)),
             None, "< 0.3 s"),
            ("  ... and printed (PDF)", statistics.median(printed() for _ in range(repeat)), None, "< 1 s")]
