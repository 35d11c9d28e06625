"""报表 driven as a person would (issue 20 item 3): the demo's overdue report shown red on the
calendar and counted on the dashboard; picked, filed, and gone from the overdue list and the card;
a preview of a month's figures; a period refused under the fields with what was typed kept; a
printout saved and read back; the director's calendar editor refusing a bad start date in words."""

from __future__ import annotations

from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.demo import build_demo
from gridDesk.ui.pages.dashboard import DashboardPage
from gridDesk.ui.pages.reports_page import ReportsPage
from tests.conftest import FakeClock
from tests.storage.test_meetings import fonts_embedded


@pytest.fixture
def demo(tmp_path):
    clock = FakeClock(datetime(2026, 11, 20, 10, 0).timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    return said


def _page(qtbot, session):
    """The 报表 page's calendar tab, where every kind of report is generated and filed."""
    page = ReportsPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 860)
    page.show()
    return page.parts["calendar"]


def test_filing_the_overdue_report_takes_it_off_the_overdue_list_and_the_dashboard(qtbot, demo):
    dashboard = DashboardPage(demo, DashboardService(demo), "杏花村", "演示主任")
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert dashboard.cards["reports_overdue"].value.text() == "1"
    page = _page(qtbot, demo)
    assert page.overdue_rows() == [("monthly", "2026-09")]
    first = [page.table.item(0, c).text() for c in range(4)]
    assert first[:3] == ["月报", "2026-09", "2026-10-08"] and first[3] == "逾期 43 天"
    assert page.table.item(0, 0).background().color().name() == "#fde2e1"  # red: overdue
    assert "逾期未报 1 份，待报送 5 份" == page.summary.text()
    page.table.selectRow(0)
    assert (page.kind.currentData(), page.period.text()) == ("monthly", "2026-09")
    page.file_button.click()
    qtbot.waitUntil(lambda: page.overdue_rows() == [], timeout=60_000)
    assert "第 1 版" in page.done.text()
    filed = [r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == "2026-09"]
    assert page.table.item(filed[0], 3).text() == "已归档（第 1 版）"
    assert page.table.item(filed[0], 0).background().color().name() == "#e3f4e5"  # green: filed
    dashboard.refresh()
    assert dashboard.cards["reports_overdue"].value.text() == "0"


def test_a_preview_shows_the_months_figures_and_a_bad_period_is_said_with_the_text_kept(qtbot, demo, tmp_path):
    page = _page(qtbot, demo)
    page.kind.setCurrentIndex(page.kind.findData("monthly"))
    page.period.setText("2026-10")
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.figures.rowCount() > 0, timeout=60_000)
    labels = [page.figures.item(r, 1).text() for r in range(page.figures.rowCount())]
    assert "受理事件" in labels and "按时办结 / 办结" in labels and "年度累计受理事件" in labels
    page.print_report(tmp_path / "m.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "m.pdf").exists() and "页" in page.done.text(), timeout=60_000)
    assert "2026年10月" in "".join(p.extract_text() for p in PdfReader(tmp_path / "m.pdf").pages)
    assert fonts_embedded(tmp_path / "m.pdf")
    page.period.setText("2026Q5")
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=60_000)
    assert "报告期" in page.error.text() and page.period.text() == "2026Q5"
    assert page.preview_button.isEnabled()


def test_the_directors_calendar_editor_refuses_a_bad_start_and_keeps_what_was_typed(qtbot, demo):
    page = _page(qtbot, demo)
    assert page.editor is not None
    day, active, start = page.editor.rows["quarterly"]
    start.setText("2026-13-01")
    page.editor.save()
    assert page.editor.error.isVisible() and "起算日期" in page.editor.error.text()
    assert start.text() == "2026-13-01"
    start.setText("2026-07-01")
    day.setValue(15)
    page.editor.save()
    assert not page.editor.error.isVisible()
    assert ("quarterly", "2026Q3") in page.overdue_rows()  # Q3's report was due by 15 October


def test_the_dispute_report_is_previewed_and_printed_from_the_reports_page(qtbot, demo, tmp_path):
    """The monthly dispute report is a kind of the 报表 page: its rows as on paper in the preview,
    the demo's mediations of last month among its figures, printed A4 landscape."""
    page = _page(qtbot, demo)
    page.kind.setCurrentIndex(page.kind.findData("disputes"))
    assert page.kind.currentData() == "disputes"
    page.period.setText("2026-10")
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.figures.rowCount() > 0, timeout=60_000)
    titles = [page.figures.item(r, 0).text() for r in range(page.figures.rowCount())]
    assert "小计" in titles and "年度累计" in titles
    labels = {page.figures.item(r, 1).text() for r in range(page.figures.rowCount())}
    assert {"排查数", "调处成功数·重大"} <= labels
    page.print_report(tmp_path / "d.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "d.pdf").exists() and "页" in page.done.text(), timeout=60_000)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "d.pdf").pages)
    assert "矛盾纠纷排查调处情况统计表" in text.replace(" ", "") and fonts_embedded(tmp_path / "d.pdf")


@pytest.mark.parametrize("kind, period", [("monthly", "2026-09"), ("disputes", "2026-10")])
def test_the_preview_speaks_english_in_an_english_window(qtbot, qapp, demo, kind, period):
    """The printed report is the township's Chinese form; the preview in an English window words
    each figure in English, keeping only the village's own names (case categories, dispute rows)."""
    import re

    from gridDesk.ui import i18n

    translators = i18n.install(qapp, "en")
    try:
        page = _page(qtbot, demo)
        page.kind.setCurrentIndex(page.kind.findData(kind))
        page.period.setText(period)
        page.preview_button.click()
        qtbot.waitUntil(lambda: page.figures.rowCount() > 0, timeout=60_000)
        cjk = re.compile(r"[\u4e00-\u9fff]")
        figures = [f for sec in _sections(page.data[2]) for f in sec.rows]
        assert len(figures) == page.figures.rowCount()
        for r, f in enumerate(figures):
            label = page.figures.item(r, 1).text()
            if f.key.startswith("category:"):
                continue  # the category's own name, as the village typed it
            assert not cjk.search(label), (f.key, label)
        titles = [page.figures.item(r, 0).text() for r in range(page.figures.rowCount())]
        if kind == "monthly":
            assert not any(cjk.search(t) for t in titles) and "1. Cases" in titles
        else:
            assert "Subtotal" in titles and "Year to date" in titles
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def _sections(data):
    from gridDesk.domain.reports import dispute_sections

    if hasattr(data, "sections"):
        return (*data.sections, *data.ytd_sections)
    sections, ytd = dispute_sections(data)
    return (*sections, *ytd)
