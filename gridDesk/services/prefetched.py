"""A generator run a few items ahead on a second thread (the archive export's case items)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from queue import Queue
from threading import Event, Thread

_DONE = object()


def prefetched(make: Callable[[], Iterator], depth: int = 4) -> Iterator:
    """Runs a generator on a second thread, a few items ahead: the database reads of the next
    cases overlap with hashing and writing this one (SQLite and the hashes release the GIL).
    If the consumer stops early (a failed write), the producer is told, drained and joined, so
    it never sits holding a database connection."""
    queue: Queue = Queue(maxsize=depth)
    failure: list[BaseException] = []
    stop = Event()

    def produce() -> None:
        try:
            for item in make():
                if stop.is_set():
                    break
                queue.put(item)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            failure.append(exc)
        finally:
            queue.put(_DONE)

    worker = Thread(target=produce, daemon=True)
    worker.start()
    finished = False
    try:
        while (item := queue.get()) is not _DONE:
            yield item
        finished = True
    finally:
        stop.set()
        while not finished and queue.get() is not _DONE:
            pass
        worker.join()
    if failure:
        raise failure[0]
