"""Bulk work without the cycle collector: reading a 10,000-row ledger builds some 400,000 small
objects (cells, row dicts, residents), none of them in a cycle. Each pass of Python's cyclic
garbage collector walks every tracked object the process holds, and a busy import triggers many:
measured on the ledger benchmark they took 0.1-0.15 s of a 1.1 s import (the app, holding its
windows and models, has more to walk than the benchmark). Reference counting still frees what is
dropped; the collector runs again as soon as the last bulk job ends."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_paused = False  # whether the collector was on when the first job began (we turn it back on)


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    global _depth, _paused
    with _lock:
        if _depth == 0:
            _paused = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _paused:
                gc.enable()
