"""The roster page driven as a person would: type in the search box, pick a grid, open and save
a resident, unmask with a reason, import a ledger and export one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gridDesk import paths
from tests.ui.helpers import when_dialog_opens
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.ui.dialogs.reason_dialog import ReasonDialog
from gridDesk.ui.dialogs.resident_dialog import ResidentDialog
from gridDesk.ui.pages.roster_page import RosterPage


@pytest.fixture
def page(qtbot, tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 400, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    widget = RosterPage(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.refresh()
    yield widget
    session.close()



def test_opens_with_every_resident_and_the_grid_tree(page):
    assert page.model.rowCount() == 400
    assert "400" in page.count.text()
    village = page.tree.topLevelItem(0)
    assert village.childCount() >= 2 and village.text(2) == "400"
    assert "*" in page.model.data(page.model.index(0, 3))  # ID numbers masked in the table


def test_picking_a_grid_filters_the_table(page, qtbot):
    grid_item = page.tree.topLevelItem(0).child(0)
    page.tree.setCurrentItem(grid_item)
    assert page.model.rowCount() == int(grid_item.text(2))
    names = {page.model.data(page.model.index(r, 5)) for r in range(page.model.rowCount())}
    assert names == {grid_item.text(0)}


def test_typing_in_the_search_box_finds_a_person_by_pinyin_initials(page, qtbot):
    from gridDesk.storage.search_keys import name_keys

    first = page.model.item(0)
    _py, initials = name_keys(first.name)
    qtbot.keyClicks(page.search, initials)
    qtbot.waitUntil(lambda: page.results.isVisible() and page.results.count() > 0, timeout=3000)
    hits = [page.results.item(i) for i in range(page.results.count())]
    mine = next(i for i in hits if i.data(Qt.ItemDataRole.UserRole) and
                i.data(Qt.ItemDataRole.UserRole).id == first.id)
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(1))  # somewhere else
    page.results.itemClicked.emit(mine)
    assert page.current_id() == first.id
    assert first.name in page.detail.toPlainText()


def test_open_edit_and_save_a_resident(page, qtbot):
    page.table.selectRow(2)
    rid = page.current_id()

    def edit(dialog):
        assert isinstance(dialog, ResidentDialog)
        assert "*" in dialog.fields["id_number"].text()
        dialog.fields["phone"].setText("12345")
        dialog.submit()
        assert dialog.isVisible() and "手机号" in dialog.error_text()
        dialog.fields["phone"].setText("13912345678")
        dialog.fields["occupation"].setText("养殖户")
        dialog.submit()

    when_dialog_opens(edit)
    page.edit_resident(rid)
    assert page.current_id() == rid
    assert "养殖户" in page.detail.toPlainText()
    assert page.roster.unmask(rid, "核对").phone == "13912345678"


def test_add_a_resident_rejects_a_bad_id_inline(page):
    def add(dialog):
        dialog.fields["name"].setText("新居民")
        dialog.fields["id_number"].setText("110105194912310021")
        dialog.submit()
        assert "校验位" in dialog.error_text() and dialog.isVisible()
        dialog.fields["id_number"].setText("11010519491231002x")
        dialog.fields["household_number"].start_new()  # 新增户: the next free number is filled in
        assert dialog.fields["relation"].currentText() == "户主"
        dialog.submit()

    when_dialog_opens(add)
    page.edit_resident(None)
    assert page.model.rowCount() == 401
    assert "新居民" in page.detail.toPlainText()


def test_unmask_needs_a_reason_and_shows_the_full_number(page):
    page.table.selectRow(0)

    def reason(dialog):
        assert isinstance(dialog, ReasonDialog)
        dialog.submit()
        assert "理由" in dialog.error_text()
        dialog.reason.setText("核对低保材料")
        dialog.submit()

    when_dialog_opens(reason)
    page.unmask_current()
    text = page.detail.toPlainText()
    import re

    assert re.search(r"\d{17}[\dX]", text)


def test_import_dialog_previews_then_commits(page, qtbot, tmp_path):
    import openpyxl

    from gridDesk.ui.dialogs.import_dialog import ImportDialog

    grid = page.grids[0].code
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "户号", "与户主关系", "所属网格", "备注"])
    ws.append(["导入甲", "11010519491231002X", "IMP-1", "户主", grid, ""])
    ws.append(["导入乙", "110105194912310021", "IMP-1", "配偶", grid, ""])
    wb.save(tmp_path / "in.xlsx")
    dialog = ImportDialog(page.imports, page)
    qtbot.addWidget(dialog)
    dialog.start_preview(tmp_path / "in.xlsx")
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.error.isVisible(), timeout=10000)
    assert "新增 1 条" in dialog.summary.text() and "未通过 1 条" in dialog.summary.text()
    assert dialog.rejects.item(0, 0).text() == "3" and "校验位" in dialog.rejects.item(0, 2).text()
    assert dialog.confirm.isEnabled()
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.committed, timeout=10000)
    page.refresh()
    assert page.model.rowCount() == 401


def test_export_dialog_writes_a_masked_ledger(page, qtbot, tmp_path):
    from python_calamine import CalamineWorkbook

    from gridDesk.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(page.exports, page.current_filter(), True, page)
    qtbot.addWidget(dialog)
    dialog.unmask.setChecked(True)
    dialog.start(tmp_path / "out.xlsx")
    assert "理由" in dialog.error.text()
    dialog.unmask.setChecked(False)
    dialog.start(tmp_path / "out.xlsx")
    qtbot.waitUntil(lambda: bool(dialog.files), timeout=10000)
    rows = CalamineWorkbook.from_path(str(tmp_path / "out.xlsx")).get_sheet_by_index(0).to_python()
    assert len(rows) == 403 and "*" in rows[3][1]


def test_search_results_float_and_leave_the_buttons_where_they_are(page, qtbot, tmp_path):
    """Issue 22 item 15: the hits drop down over the page; nothing under the mouse moves."""
    from gridDesk.storage.search_keys import name_keys

    before = page.add_button.mapTo(page, page.add_button.rect().topLeft()).y()
    table_before = page.table.mapTo(page, page.table.rect().topLeft()).y()
    qtbot.keyClicks(page.search, name_keys(page.model.item(0).name)[1])
    qtbot.waitUntil(lambda: page.results.isVisible() and page.results.count() > 0, timeout=3000)
    qtbot.wait(50)
    assert page.add_button.mapTo(page, page.add_button.rect().topLeft()).y() == before
    assert page.table.mapTo(page, page.table.rect().topLeft()).y() == table_before
    box = page.search.geometry()
    assert page.results.geometry().top() == box.bottom() + 1 and page.results.width() == box.width()
    page.grab().save(str(tmp_path / "search_popup.png"))
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert not page.results.isVisible()
