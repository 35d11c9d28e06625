"""矛盾纠纷排查调处情况统计表 driven as a person would: opened from the 打印 page, the month's table
as on paper (the merged head, the categories, 小计 and 年度累计), printed through the preview and
saved, exported to Excel and read back, both on the audit log; a grid member has no button."""

from __future__ import annotations

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QPushButton

from gridDesk.domain.accounts import Role
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.ui.pages.dispute_report_tab import DisputeReportTab
from gridDesk.ui.pages.reports_page import ReportsPage, _tabs
from gridDesk.ui.pages.tabbed_page import tabs_for
from gridDesk.ui.pages.printing_page import PrintingPage
from tests.storage.test_dispute_report import village  # noqa: F401  (the fixture: cases counted by hand)


def when_shown(kind, act) -> None:
    """Once a modal dialog of this kind is up (not the progress window a slow machine shows first)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, run)
            return
        act(dialog)

    QTimer.singleShot(50, run)

PW = "Member@2026pass"


def _cells(tab, row: int) -> list[str]:
    return [tab.table.item(row, c).text() if tab.table.item(row, c) else "" for c in range(tab.table.columnCount())]


def test_the_table_as_on_paper_printed_and_exported(qtbot, village, tmp_path, monkeypatch):  # noqa: F811
    session, *_ = village
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    tab = DisputeReportTab(session)
    qtbot.addWidget(tab)
    tab.resize(1200, 640)
    tab.show()
    tab.month.setDate(QDate(2026, 11, 1))
    tab.refresh()
    assert tab.table.columnCount() == 11 and tab.table.rowCount() == 2 + 13 + 2
    assert tab.table.item(0, 0).text() == "类别" and tab.table.rowSpan(0, 0) == 2
    assert tab.table.item(0, 1).text() == "排查数" and tab.table.columnSpan(0, 1) == 2
    assert tab.table.item(0, 7).text() == "涉及人数（起）" and tab.table.columnSpan(0, 7) == 4
    assert _cells(tab, 1)[7:] == ["1-49人", "50-100人", "101-500人", "501人以上"]
    rows = {tab.table.item(r, 0).text(): _cells(tab, r)[1:] for r in range(2, tab.table.rowCount())}
    # No mediation facts here: by the cases alone (a: 3 listed, resolved on the spot; b: closed by
    # procedure; c: the village's own category, under 其他; g: open)
    assert rows["邻里"] == ["1", "0", "1", "0", "1", "0", "1", "0", "0", "0"]
    assert rows["小计"] == ["3", "0", "2", "0", "1", "0", "3", "0", "0", "0"]
    assert rows["年度累计"] == ["5", "0", "3", "0", "2", "0", "5", "0", "0", "0"]
    tab.grab().save(str(tmp_path / "dispute_report_tab.png"))

    # 打印: made with progress, then the preview; saving it is what goes on the audit log
    tab.filled_by.setText("张填报")
    saved = tmp_path / "统计表.pdf"

    def save(preview):
        assert preview.save_to(saved)
        preview.accept()

    from gridDesk.ui.dialogs.print_preview import PrintPreview

    when_shown(PrintPreview, save)
    tab.print_report()
    qtbot.waitUntil(lambda: saved.exists() and tab.task is None, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(saved).pages).replace(" ", "")
    assert "矛盾纠纷排查调处情况统计表" in text and "填报人：张填报" in text and "填报月份：2026年11月" in text

    # 导出Excel
    out = tmp_path / "统计表.xlsx"
    tab.export_report(out)
    qtbot.waitUntil(lambda: tab.task is None and out.exists(), timeout=30000)
    sheet = openpyxl.load_workbook(out)["统计表"]
    assert sheet["A1"].value == "矛盾纠纷排查调处情况统计表"
    assert any(str(out) in s for s in said)
    audit = {(r.action, r.target) for r in AuditService(session).query(AuditFilter())[0]}
    assert ("print", "dispute_report:2026-11") in audit and ("export", "dispute_report:2026-11") in audit


def test_a_tab_of_the_reports_page_for_the_centre_only(qtbot, village):  # noqa: F811
    session, access, *_ = village
    page = ReportsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_part("disputes")
    tab = page.parts["disputes"]
    assert page.tabs.currentWidget() is tab and tab.table.rowCount() == 17
    printing = PrintingPage(session)  # no longer a button on the 打印 page
    qtbot.addWidget(printing)
    assert not [b for b in printing.findChildren(QPushButton) if "矛盾纠纷" in b.text()]

    AccountsService(session, access).add("wgy", "网格员", Role.GRID_MEMBER, PW)
    member = access.login("wgy", PW)
    try:
        assert tabs_for(member, _tabs()) == []
    finally:
        member.close()


def test_a_month_not_yet_begun_cannot_be_picked(qtbot, village):  # noqa: F811
    session, *_ = village
    tab = DisputeReportTab(session)
    qtbot.addWidget(tab)
    tab.month.setDate(QDate(2027, 3, 1))
    assert tab.period() == "2026-11"  # the picker stops at this month (the clock's)


def test_the_director_keeps_the_rows_and_bands(qtbot, village):  # noqa: F811
    from PySide6.QtCore import Qt

    from gridDesk.ui.dialogs.dispute_layout_dialog import DisputeLayoutDialog

    session, *_ = village
    tab = DisputeReportTab(session)
    qtbot.addWidget(tab)
    tab.month.setDate(QDate(2026, 11, 1))
    tab.refresh()
    assert not tab.layout_button.isHidden()
    dialog = DisputeLayoutDialog(tab.service, tab)
    qtbot.addWidget(dialog)
    # a refused band list is said under the form and stays as typed
    dialog.bands.setText("1, 50, 20")
    dialog.bands_button.click()
    assert dialog.error.text() and dialog.bands.text() == "1, 50, 20"
    dialog.bands.setText("1, 3")
    dialog.bands_button.click()
    assert dialog.error.text() == "" and tab.service.layout().bands == (1, 3)
    # a new row taking the village's own category
    dialog.new_row()
    dialog.name.setText("水事")
    dialog.sort.setValue(125)
    for i in range(dialog.categories.count()):
        item = dialog.categories.item(i)
        if item.text().startswith("矛盾纠纷/水事纠纷"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    assert dialog.error.text() == "" and any(r.name == "水事" for r in tab.service.layout().rows)
    # a name too long: refused in words, the typing kept
    dialog.new_row()
    dialog.name.setText("长" * 20)
    dialog.save_button.click()
    assert dialog.error.text() and dialog.name.text() == "长" * 20
    tab.refresh()
    rows = {tab.table.item(r, 0).text(): _cells(tab, r)[1:] for r in range(2, tab.table.rowCount())}
    assert rows["水事"][0] == "1" and rows["其他"][0] == "0"
    assert tab.table.item(1, 7).text() == "1-2人"
    dialog.grab().save(str(village[0].db_path.parent / "dispute_layout.png"))
