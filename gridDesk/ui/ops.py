"""Long work off the UI thread, all through one runner that knows what is running.

`Runner.run(parent, work, label)` starts `work(job)` on the thread pool. `job` is callable as the
progress report the services take (`job(done, total)`) and carries the cancel flag the work polls
(`job.cancelled()`). A progress dialog appears only when the work outlasts a glance (0.3 s); a
failure is said in plain words unless the caller handles it; a result that is a `Changes` (or a
tuple holding one) goes out on the change bus. The runner counts what runs, so locking, logging out
and closing the window can wait for it instead of closing the database under a worker (Anki's
`CollectionOp`/`QueryOp` and Vorta's `JobsManager` were the models; no code was copied).

Workers never touch widgets: results come back through queued signals to the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Event
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from .. import logfile
from .changes import ChangeBus, changes_in

SHOW_AFTER_MS = 300  # shorter work finishes before a dialog could be read: show none


class Job:
    """What the work sees: report progress by calling it, poll `cancelled()` between steps."""

    def __init__(self, operation: "Operation") -> None:
        self._operation = operation
        self._stop = Event()

    def __call__(self, done: int, total: int) -> None:
        self._operation.progressed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()


class Operation(QObject):
    """One piece of work the runner is running; its signals arrive on the UI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()  # after either of the two above

    def __init__(self, label: str, cancellable: bool, quiet: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.cancellable = cancellable
        self.quiet = quiet  # a check nobody asked for: waited for without asking anyone
        self.job = Job(self)
        self.running = True
        self.text = ""
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        if self.cancellable:
            self.job.cancel()

    def say(self, text: str) -> None:
        """Words for the progress dialog beyond the label ("正在写入 U 盘：12 / 456 MB")."""
        self.text = text
        if self.dialog is not None and not self.cancelled:
            self.dialog.setLabelText(text)

    @property
    def cancelled(self) -> bool:
        return self.job.cancelled()


class _Worker(QRunnable):
    def __init__(self, operation: Operation, work: Callable[[Job], Any]) -> None:
        super().__init__()
        self.operation = operation
        self.work = work

    def run(self) -> None:
        try:
            try:
                result = self.work(self.operation.job)
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread to explain
                logfile.log_failure(exc, "background task")  # the unexpected with its traceback
                self.operation.failed.emit(exc)
            else:
                self.operation.succeeded.emit(result)
        except RuntimeError:  # its runner (a closed dialog's) is gone: nobody is waiting for it
            pass


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False for a handler whose widget is gone (a dialog closed while its work ran on)."""
    owner = getattr(callback, "__self__", None)
    return callback is not None and (not isinstance(owner, QObject) or isValid(owner))


def _t(text: str) -> str:
    return QCoreApplication.translate("Ops", text)


class Runner(QObject):
    """The one place background work starts; one per main window (and per standalone page)."""

    count_changed = Signal(int)
    idle = Signal()  # the last running operation has ended

    def __init__(self, bus: ChangeBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.running: list[Operation] = []
        self.pool = QThreadPool.globalInstance()

    # -- starting -------------------------------------------------------------------------
    def run(self, parent: QWidget | None, work: Callable[[Job], Any], label: str, *,
            cancellable: bool = False, on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            progress: bool = True, quiet: bool = False) -> Operation:
        """Run `work(job)` off the UI thread. `label` names the work for people ("导出档案"):
        the progress dialog shows it and a lock waiting for it says it. Without `on_failed` a
        failure is explained in a message box over `parent`. `quiet` work (a background check)
        is waited for without a word when the window locks or closes."""
        op = Operation(label, cancellable, quiet, self)
        self.running.append(op)
        if progress:
            QTimer.singleShot(SHOW_AFTER_MS, op, lambda: self._show_dialog(op, parent))
        if on_progress is not None:
            op.progressed.connect(lambda done, total: on_progress(done, total) if _alive(on_progress) else None)
        op.progressed.connect(lambda done, total: self._step(op, done, total))

        # The callers' handlers run before the operation counts as ended: a lock waiting for it
        # closes the database only after they have read what they need from it.
        def succeeded(result: Any) -> None:
            try:
                self._close_dialog(op)
                if self.bus is not None:
                    for changes in changes_in(result):
                        self.bus.publish(changes, parent if parent is not None and isValid(parent) else None)
                if _alive(on_done):
                    on_done(result)
            finally:
                self._end(op)

        def failed(exc: BaseException) -> None:
            try:
                self._close_dialog(op)
                if on_failed is not None:
                    if _alive(on_failed):
                        on_failed(exc)
                else:
                    self.explain_failure(parent if parent is None or isValid(parent) else None, label, exc)
            finally:
                self._end(op)

        op.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
        op.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self.count_changed.emit(len(self.running))
        worker = _Worker(op, work)
        worker.setAutoDelete(True)  # the operation, not the runnable, carries the signals
        self.pool.start(worker)
        return op

    @staticmethod
    def explain_failure(parent: QWidget | None, label: str, exc: BaseException) -> None:
        from .messages import explain

        QMessageBox.warning(parent, _t("没有完成：{0}").format(label), explain(exc))

    # -- the progress dialog --------------------------------------------------------------
    def _show_dialog(self, op: Operation, parent: QWidget | None) -> None:
        if not op.running or (parent is not None and not isValid(parent)):
            return
        dialog = QProgressDialog(op.text or _t("正在{0}…").format(op.label), _t("取消") if op.cancellable else "",
                                 0, 0, parent)
        if not op.cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(lambda: self._cancel_from_dialog(op))
        op.dialog = dialog
        dialog.show()

    def _cancel_from_dialog(self, op: Operation) -> None:
        op.cancel()
        if op.dialog is not None and op.running:
            op.dialog.setLabelText(_t("正在取消{0}…").format(op.label))
            op.dialog.show()  # QProgressDialog hides itself on cancel; the work has not ended yet

    @staticmethod
    def _step(op: Operation, done: int, total: int) -> None:
        if op.dialog is not None and total > 0:
            op.dialog.setMaximum(100)
            op.dialog.setValue(min(100, done * 100 // total))

    @staticmethod
    def _close_dialog(op: Operation) -> None:
        op.running = False
        if op.dialog is not None:
            op.dialog.close()
            op.dialog.deleteLater()
            op.dialog = None

    def _end(self, op: Operation) -> None:
        self._close_dialog(op)
        if op in self.running:
            self.running.remove(op)
        op.ended.emit()
        op.setParent(None)  # no longer the runner's: freed once its caller lets go of it
        self.count_changed.emit(len(self.running))
        if not self.running:
            self.idle.emit()

    # -- what lock, logout and close ask --------------------------------------------------
    def count(self) -> int:
        return len(self.running)

    def labels(self) -> list[str]:
        return [op.label for op in self.running if not op.quiet]

    def only_quiet(self) -> bool:
        """Something runs, but nothing a person started (a lock or close just waits for it)."""
        return bool(self.running) and all(op.quiet for op in self.running)

    def cancel_all(self) -> None:
        for op in self.running:
            op.cancel()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Keep the event loop turning until nothing runs (or the time is up); True when idle.
        For closing and tests: the UI stays painted while work finishes."""
        if not self.running:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        if timeout_ms is not None:
            QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)
        return not self.running
