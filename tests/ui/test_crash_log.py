"""Issue 16: what nothing else catches is written to a log file in the data folder (with no ID
numbers, phones or names in it) and shown in a plain dialog with 复制报告; and the import dialog
says why the rejected rows could not be saved instead of losing the error."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from gridDesk import logfile, paths
from gridDesk.domain.errors import ValidationError
from gridDesk.ui import crash

NAME, ID_NUMBER, PHONE = "张伟", "11010519491231002X", "13800138000"


@pytest.fixture
def logged(tmp_path, qapp):
    """The app's start-up: the log in the data folder, the hooks installed; undone afterwards."""
    hooks = sys.excepthook, threading.excepthook
    path = logfile.setup(paths.log_dir(tmp_path / "centre" / paths.DB_NAME))
    reporter = crash.install(qapp)
    yield path, reporter
    sys.excepthook, threading.excepthook = hooks
    logger = logging.getLogger(logfile.LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    for dialog in reporter.dialogs:
        dialog.close()


def _register(resident: dict) -> None:
    """A piece of code deep down that fails with personal data in its message."""
    raise RuntimeError(f"cannot register {resident['name']} {resident['id']} tel {resident['phone']}")


def _forced() -> BaseException:
    try:
        try:
            _register({"name": NAME, "id": ID_NUMBER, "phone": PHONE})
        except RuntimeError as exc:
            raise ValidationError("name", "resident.name_digits", name=NAME + "3") from exc
    except ValidationError as exc:
        return exc


def _no_personal_data(text: str) -> None:
    for secret in (NAME, ID_NUMBER, PHONE, "138-0013-8000"):
        assert secret not in text


def test_an_unhandled_error_is_logged_without_personal_data_and_shown(qtbot, logged):
    path, reporter = logged
    exc = _forced()
    sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(reporter.dialogs) and reporter.dialogs[-1].isVisible(), timeout=5000)
    dialog = reporter.dialogs[-1]
    assert "意外错误" in dialog.message.text() and str(path) in dialog.message.text()

    assert path.is_file() and path.parent == (path.parent.parent / "logs")
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "in _register" in text
    assert "builtins.RuntimeError" in text and "ValidationError[resident.name_digits]" in text
    _no_personal_data(text)

    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    report = QApplication.clipboard().text()
    assert report.startswith("GridDesk ") and "in _register" in report
    _no_personal_data(report)


def test_a_worker_threads_error_reaches_the_log_and_the_dialog(qtbot, logged):
    path, reporter = logged

    def work():
        _register({"name": NAME, "id": ID_NUMBER, "phone": "138-0013-8000"})

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(reporter.dialogs), timeout=5000)
    text = path.read_text(encoding="utf-8")
    assert "thread worker" in text and "in work" in text
    _no_personal_data(text)


def test_the_english_ui_shows_the_dialog_in_english(qtbot, logged, qapp):
    from gridDesk.ui import i18n

    translators = i18n.install(qapp, "en")
    try:
        dialog = crash.CrashDialog(logfile.report(_forced()))
        qtbot.addWidget(dialog)
        assert dialog.copy.text() == "Copy report" and "unexpected" in dialog.message.text()
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_the_import_dialog_says_why_rejected_rows_were_not_saved(qtbot, logged, session, tmp_path, monkeypatch):
    import openpyxl

    from gridDesk.domain.roster import Grid, GridKind
    from gridDesk.services.grids import GridService
    from gridDesk.services.imports import ImportService
    from gridDesk.ui.dialogs.import_dialog import ImportDialog

    path, _ = logged
    GridService(session).save(Grid("140105100201001", "第一网格", GridKind.RURAL))
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号", "户号", "与户主关系", "所属网格", "备注"])
    wb.active.append(["导入乙", "110105194912310021", "IMP-1", "户主", "140105100201001", ""])
    wb.save(tmp_path / "in.xlsx")
    dialog = ImportDialog(ImportService(session))
    qtbot.addWidget(dialog)
    dialog.start_preview(tmp_path / "in.xlsx")
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.error.isVisible(), timeout=10000)
    assert dialog.save_rejects.isEnabled()
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / "a-file" / "rejected.xlsx"  # its folder is a file: the OS refuses
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_rejects()
    # Before, the OSError escaped the click and vanished (no console in the windowed build).
    assert not dialog.error.isHidden() and "没能" in dialog.error.text() and "rejected.xlsx" in dialog.error.text()
