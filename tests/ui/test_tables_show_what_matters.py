"""Issue 22 item 7: the tables show what matters at the window's own size. A case number shows its
serial (the part that differs), the deadline is on screen, the visits table opens on this week and
goes to a just-logged visit's week, and the print and backup times are not cut beside empty room."""

from __future__ import annotations

import shutil
from datetime import timedelta
from io import BytesIO

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics

from gridDesk import paths
from gridDesk.domain.visits import week_of
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.backups import BackupService
from gridDesk.services.demo import build_demo
from gridDesk.services.printouts import PrintService
from gridDesk.ui.shell import build_main_window
from tests.ui.helpers import when_dialog_opens


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("village")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    return build_demo(folder / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True).db_path


@pytest.fixture
def window(qtbot, built, tmp_path):
    """The demo village's main window at the size it opens with, on a copy of the village."""
    shutil.copytree(built.parent, tmp_path / "v")
    access = Access(tmp_path / "v" / built.name, paths.migrations_dir(), MemoryCache())
    session = access.login("demo", "Demo@2026")
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    session.close()


def shown_whole(view, index: QModelIndex) -> bool:
    """The cell is inside the visible part of the view and wide enough for its text (not elided)."""
    rect = view.visualRect(index)
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    needed = view.fontMetrics().horizontalAdvance(text) + 4  # the cell's margins
    return rect.left() >= 0 and rect.right() <= view.viewport().width() and rect.width() >= needed


def test_the_case_table_shows_the_serial_and_the_deadline_at_the_default_size(qtbot, window, tmp_path):
    window.show_page("cases")
    page = window.page("cases")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "cases.png"))
    for row in range(page.model.rowCount()):
        case = page.model.data(page.model.index(row, 0), Qt.ItemDataRole.UserRole + 1)
        number = page.model.index(row, 0)
        serial = case.number.rsplit("-", 1)[1]
        assert number.data().endswith(serial) and not number.data().startswith(case.number[:12])
        assert number.data(Qt.ItemDataRole.ToolTipRole) == case.number  # whole in the tooltip
        assert shown_whole(page.table, number), (number.data(), page.table.visualRect(number))
        assert shown_whole(page.table, page.model.index(row, 5)), "办理期限 is off screen or cut"
    page.table.selectRow(0)
    assert page.model.cases[0].number in page.detail.toPlainText()  # whole in the detail


def test_the_coverage_table_opens_on_this_week_and_goes_to_a_logged_visit(qtbot, window, tmp_path):
    window.show_page("visits")
    page = window.page("visits")
    qtbot.waitUntil(lambda: page.matrix.columnCount() > 0, timeout=5000)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "visits.png"))
    last = page.matrix.columnCount() - 1
    assert page.rows[0][last].week == week_of(page.service.today())
    assert shown_whole(page.matrix, page.matrix.model().index(0, last)), "this week is off screen"
    header = page.matrix.horizontalHeaderItem(last)
    assert header.text().startswith("本周")
    font = QFont(page.matrix.horizontalHeader().font())  # as drawn: the style sheet's size, bold
    font.setBold(True)
    assert page.matrix.columnWidth(last) >= QFontMetrics(font).horizontalAdvance(header.text()) + 12

    # Look back at the oldest week, then log a visit of this week: its week comes back into sight.
    page.matrix.scrollToItem(page.matrix.item(0, 0))
    assert not shown_whole(page.matrix, page.matrix.model().index(0, last))
    code = page.rows[0][0].grid_code

    def log(dialog):
        dialog.grid.setCurrentIndex(dialog.grid.findData(code))
        dialog.check_all(1)
        dialog.submit()

    when_dialog_opens(log)
    page.log_visit()
    assert shown_whole(page.matrix, page.matrix.model().index(0, last))

    # A visit logged for a week in the past: the table goes to that week.
    page.matrix.scrollToItem(page.matrix.item(0, last))
    first = page.rows[0][1].week

    def log_old(dialog):
        from PySide6.QtCore import QDate

        dialog.grid.setCurrentIndex(dialog.grid.findData(code))
        day = first + timedelta(days=2)
        dialog.day.setDate(QDate(day.year, day.month, day.day))
        dialog.check_all(1)
        dialog.submit()

    assert not shown_whole(page.matrix, page.matrix.model().index(0, 1))
    when_dialog_opens(log_old)
    page.log_visit()
    assert shown_whole(page.matrix, page.matrix.model().index(0, 1))


def test_print_and_backup_times_are_not_cut(qtbot, window, tmp_path):
    session = window.session
    service = PrintService(session)
    service.print_signs(BytesIO(), [service.sign_status()[0].grid_code])
    BackupService(session).backup(tmp_path / "stick")
    window.show_page("printing")
    printing = window.page("printing")
    printing.refresh()
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "printing.png"))
    assert printing.table.item(0, 1).text()
    assert shown_whole(printing.table, printing.table.model().index(0, 1)), "上次打印 is cut"
    assert shown_whole(printing.table, printing.table.model().index(0, 0))
    window.open_list("settings", "backup")
    panel = window.page("settings").backup_panel
    panel.folder = tmp_path / "stick"
    panel.load_list()
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "backup.png"))
    assert panel.table.rowCount() == 1
    for col in range(panel.table.columnCount()):
        assert shown_whole(panel.table, panel.table.model().index(0, col)), f"backup column {col} is cut"
