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
