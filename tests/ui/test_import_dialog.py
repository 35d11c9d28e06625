"""The import dialog as a new member of staff meets it (issue 22 item 10): 确认导入 waits for a
file and says why; the preview lists what will be added, what will change field by field and
what is refused with the reason; after the import the dialog says plainly what was done."""

from __future__ import annotations

import openpyxl
import pytest

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import ImportService
from gridDesk.services.roster import RosterService
from gridDesk.ui.dialogs.import_dialog import ImportDialog

HEADER = ["姓名", "身份证号", "户号", "与户主关系", "所属网格", "联系电话", "备注"]


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 40, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def _book(path, rows):
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def _dialog(qtbot, session) -> ImportDialog:
    dialog = ImportDialog(ImportService(session))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _preview(qtbot, dialog, path) -> None:
    dialog.start_preview(path)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.error.isVisible(), timeout=10000)


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_confirm_waits_for_a_file_and_says_why(qtbot, demo):
    dialog = _dialog(qtbot, demo)
    assert not dialog.confirm.isEnabled()
    assert "请先" in dialog.confirm_hint.text() and dialog.confirm_hint.isVisible()
    assert dialog.confirm.toolTip() == dialog.confirm_hint.text()


def test_the_preview_lists_what_is_added_changed_and_refused_then_says_what_was_done(qtbot, demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    ImportService(demo).commit(ImportService(demo).preview("residents", _book(
        tmp_path / "first.xlsx", [["张三", "11010519491231002X", "IMP-1", "户主", grid, "13800001111", "旧备注"]])))
    dialog = _dialog(qtbot, demo)
    _preview(qtbot, dialog, _book(tmp_path / "second.xlsx", [
        ["张三", "11010519491231002X", "IMP-1", "户主", grid, "13900002222", "新备注"],  # changed
        ["李四", "110105194912310021", "IMP-1", "配偶", grid, "", ""],  # a wrong check digit
        ["王五", "110105195001010012", "IMP-1", "子", grid, "", ""],  # new
    ]))
    assert _cells(dialog.added) == [["4", "王五"]]
    changes = _cells(dialog.changes)
    assert ["2", "张三", "联系电话", "13800001111", "13900002222"] in changes
    assert ["", "", "备注", "旧备注", "新备注"] in changes and len(changes) == 2
    assert _cells(dialog.rejects)[0][:2] == ["3", "李四"] and "校验位" in _cells(dialog.rejects)[0][2]
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["将新增（1）", "将修改（1）", "未通过（1）"]
    assert dialog.confirm.isEnabled() and "新增 1 条，修改 1 条" in dialog.confirm_hint.text()
    dialog.resize(820, 520)
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(tmp_path / "preview.png"))
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.committed, timeout=10000)
    assert dialog.result.isVisible()
    assert "导入完成：新增 1 条，修改 1 条" in dialog.result.text() and "未通过的 1 条没有导入" in dialog.result.text()
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["已新增（1）", "已修改（1）", "未导入（1）"]
    assert not dialog.confirm.isEnabled()
    dialog.grab().save(str(tmp_path / "done.png"))


def test_an_unknown_county_is_a_row_to_check_and_kept_columns_are_said_to_be_kept(qtbot, demo, tmp_path):
    """Issue 17: an ID whose county code the division history never had is imported (counties
    merge and are renamed) but shown to check; the ledger's own columns are kept, not dropped, and
    the dialog no longer says they will not be imported."""
    grid = RosterService(demo).tree()[0].code
    wb = openpyxl.Workbook()
    wb.active.append([*HEADER, "微信号"])
    wb.active.append(["赵六", "610105198001010014", "IMP-9", "户主", grid, "", "", "zl1980"])
    wb.active.append(["钱七", "110105195001010012", "IMP-9", "配偶", grid, "", "", ""])
    wb.save(tmp_path / "county.xlsx")
    dialog = _dialog(qtbot, demo)
    _preview(qtbot, dialog, tmp_path / "county.xlsx")
    assert len(dialog.preview.new) == 2 and not dialog.preview.rejected
    assert dialog.tabs.isTabVisible(3) and dialog.tabs.tabText(3) == "需核对（1）"
    checks = _cells(dialog.checks)
    assert checks[0][:2] == ["2", "赵六"] and "610105" in checks[0][2] and "已照常导入" in checks[0][2]
    assert "已随每个人一并保存" in dialog.unknown.text() and "微信号" in dialog.unknown.text()
    assert "不会导入" not in dialog.unknown.text()
    dialog.resize(820, 520)
    dialog.tabs.setCurrentIndex(3)
    dialog.grab().save(str(tmp_path / "checks.png"))
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.committed, timeout=10000)
    from gridDesk.domain.roster import ResidentFilter

    roster = RosterService(demo)
    zhao = [r for r in map(roster.resident, roster.resident_ids(ResidentFilter())) if r.name == "赵六"]
    assert len(zhao) == 1 and dict(zhao[0].extra) == {"微信号": "zl1980"}
