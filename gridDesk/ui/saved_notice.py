"""After a file is saved (a PDF, a spreadsheet, a package on the stick): say where, with a button
that opens the folder in the system's file manager, as office programs do. Window-modal through
open(), so the caller goes on and a test can press the buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def tell_saved(parent: QWidget, title: str, text: str, folder: Path) -> QMessageBox:
    """Shows `text` with 打开文件夹 and 关闭; returns the box (kept on the parent as `saved_notice`)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("SavedNotice")
    opener = box.addButton(QCoreApplication.translate("SavedNotice", "打开文件夹"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("SavedNotice", "关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(opener)
    # ActionRole buttons close the box too; the folder opens as it does.
    opener.clicked.connect(lambda: open_folder(Path(folder)))
    parent.saved_notice = box  # type: ignore[attr-defined]
    box.open()
    return box
