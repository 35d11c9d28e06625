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
    assert page.verify(stick) and "全部通过" in page.report.toPlainText()
