"""Every file dialog of the app goes through here, so that each opens where the person last was for
that kind of work (the stick for the archive, the downloads for a township's sheet, the photos
folder for portraits), remembered across restarts, and never in the program's own folder (what
Qt picks when no folder is given: the working directory, meaningless to centre staff)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from .i18n import settings

# Purposes: each remembers its own last folder.
IMPORT = "import"          # spreadsheets coming in (roster, sign-in sheets)
EXPORT = "export"          # spreadsheets going out
PDF = "pdf"                # printouts saved as PDF
STICK = "stick"            # where the archive is written (档案上报's 写到)
CHECK = "check"            # a stick or package to check (starts where the export just went)
RECEIPT = "receipt"        # the township's signed reports
PHOTOS = "photos"          # portraits, grid maps, attachments added
ATTACHMENTS = "attachments"  # attachments saved out
BACKUP = "backup"          # backup folders to restore from
FONTS = "fonts"            # a CJK font file for printing
_KEY = "folders/{0}"


def documents() -> Path:
    """The user's Documents (我的文档), else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def last_folder(purpose: str) -> Path | None:
    value = settings().value(_KEY.format(purpose), "")
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    return None


def start_folder(purpose: str, fallback: Path | str | None = None) -> Path:
    """The last folder used for `purpose` (if it is still there: a stick may be out), else
    `fallback` (a place the caller knows, such as the backup folder), else Documents."""
    if (last := last_folder(purpose)) is not None:
        return last
    if fallback and Path(fallback).is_dir():
        return Path(fallback)
    return documents()


def remember(purpose: str, path: Path | str) -> None:
    """Remember the folder of `path` (a file's parent, or the folder itself) for `purpose`."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    store = settings()
    store.setValue(_KEY.format(purpose), str(folder))
    store.sync()  # another window (or the next run) reads it at once


def open_file(parent: QWidget, purpose: str, title: str, filters: str, fallback: Path | str | None = None
              ) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(purpose, fallback)), filters)
    return _chosen(purpose, name)


def open_files(parent: QWidget, purpose: str, title: str, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(purpose)), filters)
    if names:
        remember(purpose, names[0])
    return [Path(n) for n in names]


def save_file(parent: QWidget, purpose: str, title: str, file_name: str, filters: str = "") -> Path | None:
    suggested = start_folder(purpose) / file_name
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return _chosen(purpose, name)


def folder(parent: QWidget, purpose: str, title: str, fallback: Path | str | None = None) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start_folder(purpose, fallback)))
    return _chosen(purpose, name)


def _chosen(purpose: str, name: str) -> Path | None:
    if not name:
        return None
    remember(purpose, name)
    return Path(name)
