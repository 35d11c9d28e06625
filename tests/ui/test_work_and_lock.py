"""Issue 16, invisible background work: the idle lock comes while an archive export runs. The lock
covers the window at once and says what it waits for, the export finishes and lands in the export
history, and only then is the database closed (before: the lock closed it under the worker, and
the stick held a verified package that the history never recorded)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.demo import build_demo
from gridDesk.ui.shell import build_main_window


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access
    session.close()


def test_the_idle_lock_waits_for_an_export_which_lands_in_the_history(qtbot, demo, tmp_path, monkeypatch):
    session, access = demo
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.show()
    window.show_page("archive")
    page = window.page("archive")
    stick = tmp_path / "stick"
    stick.mkdir()

    page.export_to(stick)
    window.idle.idle.emit()  # the idle lock fires while the export runs
    assert window.outer.currentWidget() is window.lock_screen  # the screen is covered at once
    waiting = getattr(window.lock_screen, "waiting", None)
    said = waiting.text() if waiting is not None else ""

    qtbot.waitUntil(lambda: bool(told), timeout=120000)
    qtbot.waitUntil(lambda: session.locked, timeout=10000)
    assert told[-1].count("已写入并校验通过") == 1, told[-1]
    window.lock_screen.password.setText("Demo@2026")
    window.lock_screen.button.click()
    assert not session.locked
    history = ArchiveService(session).history()
    assert [b.name for b in history] == [p.name for p in stick.iterdir() if p.is_dir()]  # the batch on the stick
    assert said == "正在导出档案，完成后再锁定"
    window.close()


def test_closing_the_window_waits_for_running_work(qtbot, demo, tmp_path, monkeypatch):
    session, access = demo
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))  # a failure must not hang the run
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.show()
    window.show_page("archive")
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(type(window), "ask_about_running_work", lambda self: "wait")
    window.page("archive").export_to(stick)
    window.close()
    assert window.isVisible() and not session.locked  # still open: the export holds the database
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=120000)
    assert session.locked
    assert told and "已写入并校验通过" in told[-1], told
    reopened = access.login("demo", "Demo@2026")
    try:
        assert len(ArchiveService(reopened).history()) == 1
    finally:
        reopened.close()
