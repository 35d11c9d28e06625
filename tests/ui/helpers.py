"""Driving modal dialogs from a test: act once the dialog is up, while exec() waits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_dialog_opens(act: Callable[[QWidget], None]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, run)
            return
        act(dialog)

    QTimer.singleShot(50, run)


def when_asked(answer: str, seen: list[str] | None = None) -> None:
    """Once a question box (QMessageBox) is up, e.g. while a form's submit waits on it, press the
    button whose text is `answer`; its text goes to `seen`."""
    from PySide6.QtWidgets import QMessageBox

    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, run)
            return
        if seen is not None:
            seen.append(box.text())
        next(b for b in box.buttons() if b.text() == answer).click()

    QTimer.singleShot(50, run)
