"""File dialogs open where the person last was for that kind of work (remembered across restarts),
else in Documents, never in the program's folder; Qt's own labels in them speak Chinese."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from gridDesk import APP_ID
from gridDesk.ui import file_dialogs, i18n
from tests.ui.file_dialog_driver import answer

UI = Path(file_dialogs.__file__).parent


def test_each_purpose_starts_in_its_last_folder_and_it_survives_a_restart(qtbot, tmp_path, monkeypatch):
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)  # where Qt would start when given no folder
    documents = file_dialogs.documents()
    parent = QWidget()
    qtbot.addWidget(parent)
    sheets = tmp_path / "下载"
    sheets.mkdir()
    (sheets / "台账.xlsx").write_bytes(b"x")

    seen: list[str] = []
    answer(monkeypatch, seen, sheets / "台账.xlsx")
    chosen = file_dialogs.open_file(parent, file_dialogs.IMPORT, "选择台账文件", "Excel (*.xlsx)")
    assert chosen == sheets / "台账.xlsx"
    assert Path(seen[-1]) == documents and Path(seen[-1]) != program  # the first time: Documents

    answer(monkeypatch, seen, None)
    assert file_dialogs.open_file(parent, file_dialogs.IMPORT, "选择台账文件", "Excel (*.xlsx)") is None
    assert Path(seen[-1]) == sheets  # the second time: where the last sheet came from
    answer(monkeypatch, seen, None)
    file_dialogs.save_file(parent, file_dialogs.EXPORT, "导出到", "台账.xlsx", "Excel (*.xlsx)")
    assert Path(seen[-1]) == documents  # another purpose keeps its own folder

    # A restart: the preference is on disk, in the app's settings file, read back afresh.
    stored = i18n.settings().fileName()
    assert Path(stored).is_file() and APP_ID in stored
    again = QSettings(stored, QSettings.Format.IniFormat)
    assert Path(str(again.value("folders/import"))) == sheets
    assert file_dialogs.start_folder(file_dialogs.IMPORT) == sheets

    os.rename(sheets, tmp_path / "拔掉了")  # the folder is gone (a stick pulled out): back to Documents
    assert file_dialogs.start_folder(file_dialogs.IMPORT) == documents


def test_every_file_dialog_in_the_ui_goes_through_the_helper():
    """A dialog opened straight through QFileDialog starts in the program's folder and remembers nothing."""
    direct = [str(p.relative_to(UI)) for p in UI.rglob("*.py")
              if p.name != "file_dialogs.py" and re.search(r"QFileDialog\.get|QFileDialog\(", p.read_text("utf-8"))]
    assert direct == []


def test_qt_own_labels_speak_chinese(qtbot, qapp):
    translators = i18n.install(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        dialog = QFileDialog(None, "选择文件")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on UOS/Kylin without a theme
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "查找范围(&L)：" and labels["fileTypeLabel"] == "文件类型(&T)：", labels
        assert not any(re.search("[A-Za-z]{2}", text) for text in labels.values()), labels
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_the_qt_supplement_qm_is_built_from_its_ts(tmp_path):
    import subprocess
    import sys

    from gridDesk import paths

    ts = paths.resources_dir() / "i18n" / "qt_supplement_zh_CN.ts"
    built = tmp_path / "qt_supplement_zh_CN.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), str(ts), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes()
