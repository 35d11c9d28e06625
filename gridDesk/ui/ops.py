"""Long work off the UI thread: a QRunnable per task, one typed signal when it ends.

Workers never touch widgets; results come back through queued signals to the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .. import logfile


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI to explain
            logfile.log_failure(exc, "background task")  # the unexpected with its traceback
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def start(work: Callable[[Callable[[int, int], None]], Any], on_done: Callable[[Any], None],
          on_error: Callable[[BaseException], None],
          on_progress: Callable[[int, int], None] | None = None) -> Task:
    task = Task(work)
    task.setAutoDelete(False)  # the caller keeps it alive until its signal arrives
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
