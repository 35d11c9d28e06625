"""档案上报 driven as a person would: the next batch onto a stick with the progress dialog, the
history row, the handover form in the preview, the stick checked as the township will."""

from __future__ import annotations

import pytest
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
    assert volumes()  # the mounted volumes are listed (a real machine shows its sticks here)
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
