"""How long the UI thread goes without turning its event loop: a heartbeat timer's longest gap.

A QTimer beats every few milliseconds on the UI thread; whatever holds that thread (a page built
and filled, a query, a render) delays the next beat, so the longest gap between beats is the
longest stall a person would have felt as a frozen window. Used by the benchmark's page-open and
action rows and, in tests, as `with StallMeter() as meter: ...; meter.longest`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer


class StallMeter:
    def __init__(self, interval_ms: int = 5) -> None:
        self.interval_ms = interval_ms
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.longest = 0.0  # seconds
        self.last = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self) -> "StallMeter":
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._beat()  # what ran since the last beat counts too
        self.timer.stop()


def spin(ms: int) -> None:
    """Turn the event loop for `ms` milliseconds (queued results arrive, the heartbeat beats)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def longest_stall(action: Callable[[], object], until: Callable[[], bool] = lambda: True,
                  settle_ms: int = 50, timeout_ms: int = 600_000) -> float:
    """Run `action` from the event loop (as a click would), keep the loop turning until `until()`
    holds, then a moment more; the longest UI-thread stall in all that, in seconds."""
    assert QCoreApplication.instance() is not None
    with StallMeter() as meter:
        QTimer.singleShot(0, action)
        spin(1)
        clock = QElapsedTimer()
        clock.start()
        while not until() and clock.elapsed() < timeout_ms:
            spin(10)
        spin(settle_ms)
    return meter.longest
