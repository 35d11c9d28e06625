"""Time as the services see it: injectable, so lockout and time limits can be tested."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone

Clock = Callable[[], float]


def wall_clock() -> float:
    return time.time()


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).astimezone().isoformat(timespec="seconds")


def local_dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts).replace(microsecond=0)
