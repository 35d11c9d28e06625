"""档案上报 driven as a person would: the next batch onto a stick with the progress dialog, the
history row, the handover form in the preview, the stick checked as the township will."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import QMessageBox

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.ui.dialogs.print_preview import PrintPreview
from gridDesk.ui.pages.archive_page import ArchivePage, volumes


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def test_export_history_handover_and_verify(qtbot, demo, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    page = ArchivePage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert "结案案件" in page.pending.text() and page.table.rowCount() == 0
    system = QStorageInfo.root().rootPath()  # the sticks are listed, never the system disk
    assert all(root not in ("/", system) for _label, root, _fs in volumes())
    assert page.drive.currentData() is None or page.drive.currentData()[0] not in ("/", system)
    stick = tmp_path / "stick"
    stick.mkdir()
    page.sensitive.setChecked(True)
    page.export_to(stick)
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert "原因" in told[-1] and page.table.rowCount() == 0  # refused: sensitive groups need a reason
    page.sensitive.setChecked(False)
    page.export_to(stick)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=30000)
    assert "已写入并校验通过" in told[-1]
    opened = []
    monkeypatch.setattr(PrintPreview, "exec", lambda self: opened.append(self.pages))
    page.preview_handover()
    assert opened == [1]
    import threading

    from gridDesk.services.archive_export import ArchiveService as Service

    on_ui_thread = []
    real_verify = Service.verify_folder

    def spy(self, path):  # the real verifier, noting which thread ran it
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real_verify(self, path)

    monkeypatch.setattr(Service, "verify_folder", spy)
    page.verify(stick)  # off the UI thread: the page waits for it, the window does not
    assert on_ui_thread in ([], [False])
    qtbot.waitUntil(lambda: page.verified is not None, timeout=30000)
    assert page.verified and "全部通过" in page.report.toPlainText() and on_ui_thread == [False]
    assert page.verdict.text() == "✓ U 盘上的档案包完好，可以交给乡镇。"
    assert not page.report.isVisible()  # the verifier's report waits behind 详细信息
    page.details_button.click()
    assert page.report.isVisible() and "SM3" in page.report.toPlainText()


def test_township_key_receipt_and_an_interrupted_export_recovered(qtbot, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from gridDesk.archive.receipt import sign_report, township_key
    from gridDesk.archive.verify import report_xml, verify_path
    from gridDesk.services.archive_export import ArchiveService

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    stick = tmp_path / "stick"
    stick.mkdir()
    # The process dies between the stick's rename and the history row (simulated in-process here;
    # tests/fault/test_kill9.py does it with a real kill -9).
    real = ArchiveService._describe

    def crash(self, *a):
        raise KeyboardInterrupt

    monkeypatch.setattr(ArchiveService, "_describe", crash)
    with pytest.raises(KeyboardInterrupt):
        ArchiveService(demo).export(stick)
    monkeypatch.setattr(ArchiveService, "_describe", real)
    assert ArchiveService(demo).history() == []
    page = ArchivePage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()  # opening the page finds the batch on the stick and records it
    assert page.recovered.isVisible() and "已补记" in page.recovered.text() and page.table.rowCount() == 1
    assert "未登记" in page.township.text()
    township, _made = township_key(tmp_path / "township")
    receipt = tmp_path / "receipt.xml"
    service = ArchiveService(demo)
    receipt.write_bytes(sign_report(report_xml(verify_path(stick, [service.signing_key().public()])), township))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))
    page.import_receipt()
    assert "还没有登记乡镇" in told[-1] and page.table.item(0, 5).text() == "未回执"
    page.township_fingerprint.setText("不是指纹")
    page.register_township()
    assert page.township_error.isVisible() and "32 位" in page.township_error.text()
    page.township_fingerprint.setText(township.public().fingerprint())
    page.register_township()
    assert not page.township_error.isVisible() and township.public().fingerprint() in page.township.text()
    page.import_receipt()
    assert "已标记为乡镇已接收" in told[-1] and page.table.item(0, 5).text() != "未回执"


# -- Issue 22 item 4: plain words first, the technical report on request; 写到 never "/". ----------
HEX = re.compile(r"[0-9a-fA-F]{16,}")
ENGINEER = ("tagmanifest", "manifest", "bag-info", "bagit", "signer.pem", ".partial", "SM2", "SM3", "SHA",
            ".txt", ".xml", ".pem")


def _plain(text: str) -> bool:
    return not HEX.search(text) and not any(word.lower() in text.lower() for word in ENGINEER)


def test_a_damaged_stick_is_said_in_plain_words_with_the_report_behind_details(qtbot, demo, tmp_path, monkeypatch):
    from gridDesk.services.archive_export import ArchiveService

    stick = tmp_path / "stick"
    stick.mkdir()
    ArchiveService(demo).export(stick)
    page = ArchivePage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    bag = next(p for p in stick.iterdir() if p.is_dir())
    document = next(p for p in (bag / "data").rglob("*.xml") if p.is_file())
    document.write_bytes(document.read_bytes().replace(b"<", b" <", 1))  # someone opened and saved it
    (stick / "ZZ-1-2026-9.partial").mkdir()  # and an export was cut short
    page.verify(stick)
    qtbot.waitUntil(lambda: page.verified is not None, timeout=30000)
    said = page.verdict.text()
    page.resize(1000, 820)
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "archive_damaged.png"))
    assert page.verified is False and "不能交给乡镇" in said
    assert "改动过" in said and "没写完" in said  # what happened, and what to do
    assert "签名" not in said  # the unfinished folder is said to be unfinished, not also unsigned
    assert _plain(said), said
    assert page.details_button.isVisible() and not page.report.isVisible()
    page.details_button.click()
    assert page.report.isVisible() and "失败" in page.report.toPlainText() and page.details_button.text() == "收起详细信息"


def test_write_to_remembers_the_chosen_place_and_the_check_starts_where_the_export_went(qtbot, demo, tmp_path,
                                                                                       monkeypatch):
    from tests.ui.file_dialog_driver import answer

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    page = ArchivePage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.drive.currentData() is None or page.drive.currentData()[0] != "/"
    stick = tmp_path / "U盘"
    stick.mkdir()
    seen: list[str] = []
    answer(monkeypatch, seen, stick)
    page.choose_folder()
    assert page.drive.currentData()[0] == str(stick)
    again = ArchivePage(demo)  # the next day: a new window, the same settings file
    qtbot.addWidget(again)
    assert again.drive.currentData()[0] == str(stick) and str(stick) in again.drive.currentText()
    again.export()
    qtbot.waitUntil(lambda: again.table.rowCount() == 1, timeout=120000)
    assert "已写入并校验通过" in told[-1] and _plain(told[-1].split("\n校验码")[0]), told[-1]
    answer(monkeypatch, seen, None)
    again.choose_and_verify()  # the stick check opens where the export just went
    assert Path(seen[-1]) == stick


def test_the_handover_form_says_what_the_township_checks_without_file_names(demo, tmp_path):
    from pypdf import PdfReader

    from gridDesk.services.archive_export import ArchiveService

    stick = tmp_path / "stick"
    stick.mkdir()
    service = ArchiveService(demo)
    prepared, _report = service.export(stick)
    form = tmp_path / "form.pdf"
    service.handover_form(prepared.name, form)
    text = "".join(p.extract_text() for p in PdfReader(form).pages).replace("\n", "")  # lines wrap in cells
    assert "signer.pem" not in text and "tagmanifest" not in text and prepared.digest_sm3 not in text
    assert "没有被改动" in text and "本中心签发" in text  # what the township checks, in words
    assert prepared.digest_sm3[:4].upper() in text  # the short 校验码
