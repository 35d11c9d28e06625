"""培训 driven as a person would: a session entered, attendance ticked (a bad score refused),
a sign-in sheet imported with its misses shown, a certificate added, the compliance table
filtered and exported, and the dashboard's training figure opening it."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gridDesk import paths
from gridDesk.domain.training import Presence
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.team import TeamService
from gridDesk.ui.pages.training_page import TrainingPage
from tests.ui.helpers import when_dialog_opens


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    return said


def test_a_session_its_attendance_and_a_sign_in_sheet(qtbot, demo, tmp_path):
    page = TrainingPage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    sessions = page.sessions
    before = len(sessions.views)
    assert before > 5

    def new(dialog):
        dialog.topic.setText("网格员信息安全培训")
        dialog.organiser.setText("镇综治中心")
        dialog.hours.setValue(0)
        dialog.submit()
        assert "大于 0" in dialog.error_text()
        dialog.hours.setValue(2)
        dialog.assessed.setChecked(True)
        dialog.when.setDateTime(dialog.when.dateTime().addDays(-1))
        dialog.submit()

    when_dialog_opens(new)
    sessions.new_session()
    assert len(sessions.views) == before + 1
    assert sessions.current_id() is not None and "网格员信息安全培训" in sessions.detail.toPlainText()

    def attend(dialog):
        dialog.tick_all(False)
        for row in (0, 1):
            dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        dialog.table.cellWidget(0, 3).setText("130")
        dialog.submit()
        assert "0 到 100" in dialog.error.text()
        dialog.table.cellWidget(0, 3).setText("92")
        dialog.submit()

    when_dialog_opens(attend)
    sessions.take_attendance()
    session_id = sessions.current_id()
    rows = page.service.attendance(session_id)
    assert len(rows) == 2 and rows[0].score == 92

    members = [m for m in TeamService(demo).members() if m.left_on is None]
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "签到", "成绩"])
    sheet.append([members[2].member.name, "已签到", 80])
    sheet.append(["查无此人", "已签到", 80])
    path = tmp_path / "签到.xlsx"
    book.save(path)

    def sign_in(dialog):
        dialog.load(path)
        assert dialog.ok.isEnabled() and "1" in dialog.ok.text()
        assert dialog.rejected.rowCount() == 1 and "查无此人" in dialog.rejected.item(0, 2).text()
        dialog.submit()

    when_dialog_opens(sign_in)
    sessions.import_sign_in()
    assert len(page.service.attendance(session_id)) == 3
    assert any(a.presence is Presence.PRESENT and a.score == 80 for a in page.service.attendance(session_id))


def test_certificates_compliance_and_the_exports(qtbot, demo, tmp_path, quiet_boxes):
    page = TrainingPage(demo)
    qtbot.addWidget(page)
    page.show()
    page.show_part("members")
    page.refresh()
    members = page.members
    texts = [members.list.item(i).text() for i in range(members.list.count())]
    assert sum("未持证" in t for t in texts) == 1
    uncertified = next(i for i, t in enumerate(texts) if "未持证" in t)
    members.list.setCurrentRow(uncertified)
    assert members.history.rowCount() > 0

    def certificate(dialog):
        dialog.submit()
        assert "证书编号" in dialog.error_text()
        dialog.number.setText("GR-2026-100")
        dialog.issuer.setText("县委政法委")
        dialog.submit()

    when_dialog_opens(certificate)
    members.new_certificate()
    assert members.certificates.rowCount() == 1
    assert not any("未持证" in members.list.item(i).text() for i in range(members.list.count()))

    page.show_part("compliance")
    page.refresh()
    table = page.compliance
    everyone = table.table.rowCount()
    table.short_only.setChecked(True)
    assert 0 < table.table.rowCount() < everyone
    assert table.export_to("compliance", tmp_path / "达标.xlsx")
    sheet = load_workbook(tmp_path / "达标.xlsx").active
    assert sheet.max_row - 3 == everyone  # the export holds everyone, not just the filtered view
    assert table.export_to("register", tmp_path / "台账.xlsx")
    notice = table.saved_notice  # said where, with a button to the folder (issue 22)
    assert "已导出" in notice.text() and str(tmp_path / "台账.xlsx") in notice.text()
    assert [b.text() for b in notice.buttons()].count("打开文件夹") == 1
    notice.close()
    assert not table.export_to("register", tmp_path / "no-such-folder" / "x.xlsx")
    assert "没能写入" in quiet_boxes[-1]


def test_the_dashboard_training_figures_open_the_training_page(qtbot, demo):
    from gridDesk.ui.shell import build_main_window

    window = build_main_window(demo, None, lambda: "zh_CN", lambda c: None)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.cards["training_short"].value.text() != "–", timeout=3000)
    assert dashboard.cards["training_short"].value.text() == "2"
    assert dashboard.cards["uncertified"].value.text() == "1"
    dashboard.cards["training_short"].click()
    training = window.page("training")
    assert window.stack.currentWidget() is training and training.tabs.currentWidget() is training.compliance
    window.close()


def test_certified_with_no_certificate_says_it_comes_from_the_onboarding(qtbot, demo):
    """Issue 22 item 15: 已持证 beside an empty certificate list is explained."""
    page = TrainingPage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    tab = page.members
    tab.refresh()
    explained = with_certs = 0
    for row, m in enumerate(tab.members):
        tab.list.setCurrentRow(row)
        if tab.states.get(m.id) == "valid" and tab.certificates.rowCount() == 0:
            assert tab.cert_note.isVisibleTo(tab) and "岗前培训" in tab.cert_note.text()
            explained += 1
        elif tab.certificates.rowCount():
            assert not tab.cert_note.isVisibleTo(tab)
            with_certs += 1
    assert explained and with_certs
