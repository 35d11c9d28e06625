"""打印 driven as a person would: the signs' table, a sign previewed (rendered from memory by
pypdfium2), paged and zoomed, printed to a PDF printer and saved; the sign is then up to date,
and each print and save is on the audit log. A case's file opens in the same preview."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.demo import build_demo
from gridDesk.ui.dialogs.print_preview import PrintPreview
from gridDesk.ui.pages.printing_page import PrintingPage


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 1000, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def test_a_sign_previewed_printed_and_saved(qtbot, demo, tmp_path, monkeypatch):
    page = PrintingPage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.table.rowCount() == 5 and page.table.item(0, 2).text() == "还没有打印过"
    shown = []
    monkeypatch.setattr(page, "show_preview", lambda *args: shown.append(args))
    page.preview_sign(every=True)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    title, pdf, name, recorded = shown[0]
    assert len(PdfReader(__import__("io").BytesIO(pdf)).pages) == 5
    import threading

    from gridDesk.ui.dialogs import print_preview

    rendered_on_ui_thread = []
    real_render = print_preview.render_page

    def spy(*args):  # the real renderer, noting which thread ran it
        rendered_on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real_render(*args)

    monkeypatch.setattr(print_preview, "render_page", spy)
    preview = PrintPreview(title, pdf, name, lambda how: page._recorded(recorded, how), page)
    qtbot.addWidget(preview)
    assert preview.pages == 5 and "第 1 页 共 5 页" in preview.page_label.text()
    qtbot.waitUntil(lambda: preview.showing == (0, 1.0), timeout=10000)  # rendered off the UI thread
    width = preview.page.pixmap().width()
    preview.set_zoom(2.0)
    qtbot.waitUntil(lambda: preview.showing == (0, 2.0), timeout=10000)
    assert preview.page.pixmap().width() > width * 1.8
    preview.go(4)
    qtbot.waitUntil(lambda: preview.showing == (4, 2.0), timeout=10000)
    assert rendered_on_ui_thread and not any(rendered_on_ui_thread)  # the preview never froze the window
    monkeypatch.setattr(print_preview, "render_page", real_render)
    assert not preview.next.isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 5
    assert preview.save_to(tmp_path / "saved.pdf") and (tmp_path / "saved.pdf").read_bytes() == pdf
    assert all(page.table.item(r, 2).text().startswith("最新") for r in range(5))
    # the demo's one member without a certificate is left off that grid's sign, and it says so
    assert sum("未持证，不上牌" in page.table.item(r, 2).text() for r in range(5)) == 1
    rows, _n = AuditService(demo).query(AuditFilter(action="print"))
    assert any("printed 5 pages" in r.detail for r in rows) and any("saved to saved.pdf" in r.detail for r in rows)


def test_a_ledger_with_full_numbers_needs_a_reason(qtbot, demo, monkeypatch):
    page = PrintingPage(demo)
    qtbot.addWidget(page)
    page.refresh()
    told, shown = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(page, "show_preview", lambda *args: shown.append(args))
    page.unmask.setChecked(True)
    page.preview_ledger()
    assert told and not shown
    page.unmask.setChecked(False)
    page.ledger.setCurrentIndex(page.ledger.findData("training"))
    page.preview_ledger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "培训台账" in shown[0][0]


def test_a_closed_case_file_opens_in_the_preview(qtbot, demo, monkeypatch):
    from gridDesk.domain.cases import CaseState
    from gridDesk.ui.pages.cases_page import CasesPage

    page = CasesPage(demo)
    qtbot.addWidget(page)
    page.scope.setCurrentIndex(page.scope.findData(CaseState.CLOSED.value))
    page.refresh()
    page.table.selectRow(0)
    opened = []
    monkeypatch.setattr(PrintPreview, "exec", lambda self: opened.append(self.pages))
    page.actions.findChild(type(page.new_button), "case_file").click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)  # made off the UI thread, then shown
    assert opened[0] >= 1


def test_the_director_puts_an_uncertified_member_on_a_sign_once_with_a_reason(qtbot, demo, monkeypatch):
    from gridDesk.services.dashboard import DashboardService

    page = PrintingPage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    row = next(r for r in range(page.table.rowCount()) if "未持证，不上牌" in page.table.item(r, 2).text())
    name = page.table.item(row, 2).text().split("未持证，不上牌：")[1]
    before = len(DashboardService(demo).cert_overrides())
    page.table.selectRow(row)
    assert page.sign_override.isVisible()
    page.sign_override.setChecked(True)
    page.sign_reason.setText("新任网格员，培训已报名，先公示联系方式")
    shown = []
    monkeypatch.setattr(page, "show_preview", lambda *args: shown.append(args))
    page.preview_sign()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert len(DashboardService(demo).cert_overrides()) == before  # a preview is not a print
    page._recorded(shown[0][3], "printed")  # as the preview's print button reports back
    newest = DashboardService(demo).cert_overrides()[0]
    assert (newest.member_name, newest.act.value, newest.reason) == (name, "sign", "新任网格员，培训已报名，先公示联系方式")
    assert page.table.item(row, 2).text() == f"最新；未持证，经主任准许印上：{name}"
