"""What nothing else caught: written to the log, and told to the user in a plain dialog.

`install()` sets sys.excepthook and threading.excepthook (a worker thread's exception reaches
the dialog through a queued signal: widgets belong to the UI thread). In the windowed Windows
build there is no console, so without this an unexpected exception would simply vanish.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import logfile


class CrashDialog(QDialog):
    """A plain sentence, the log file's place, and 复制报告 (version, system, scrubbed traceback)."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("出现了意外错误"))
        where = logfile.current_path()
        text = self.tr("出现了意外错误，这一步没有完成。您已保存的数据没有丢失。")
        if where is not None:
            text += "\n" + self.tr("详细情况已记入日志文件：{0}").format(where)
        text += "\n" + self.tr("请点“复制报告”，把报告发给技术支持。报告里没有身份证号、电话和姓名。")
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.copy = QPushButton(self.tr("复制报告"))
        self.copy.clicked.connect(self.copy_report)
        self.copied = QLabel("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report)
        self.copied.setText(self.tr("报告已复制，可以粘贴到微信或邮件里。"))


class CrashReporter(QObject):
    """Lives in the UI thread; `crashed` may be emitted from any thread."""

    crashed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs: list[CrashDialog] = []
        self.crashed.connect(self.show)

    def handle(self, exc: BaseException, where: str) -> None:
        logfile.log_failure(exc, where, handled=False)
        self.crashed.emit(exc)

    def show(self, exc: BaseException) -> None:
        dialog = CrashDialog(logfile.report(exc), QApplication.activeWindow())
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()


def install(app: QApplication) -> CrashReporter:
    """From now on an unhandled exception on any thread is logged and shown."""
    reporter = CrashReporter(app)
    previous = sys.excepthook

    def on_exception(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        reporter.handle(exc, "unhandled")

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.handle(args.exc_value, f"thread {args.thread.name if args.thread else '?'}")

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
    app._crash_reporter = reporter  # kept alive with the app
    return reporter
