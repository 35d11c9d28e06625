"""事件 and 走访 driven as a person would: take in a case, walk it through the loop with only the
allowed buttons, see the second editor told; log a visit and see the week's coverage change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk import paths
from gridDesk.domain.cases import CaseAction, CaseState
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.ui.pages.cases_page import CasesPage
from gridDesk.ui.pages.visits_page import VisitsPage
from tests.ui.helpers import when_asked, when_dialog_opens


@pytest.fixture
def session(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make)
    s = make(summary.db_path).login("demo", "Demo@2026")
    yield s
    s.close()


def test_a_case_from_intake_to_archive(qtbot, session, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QMessageBox

    photo = tmp_path / "现场.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e8c"))
    image.save(str(photo))
    (tmp_path / "坏.jpg").write_bytes(b"not a photo")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 0

    def intake(dialog):
        dialog.submit()
        assert "一句话" in dialog.error_text()
        dialog.title_edit.setText("村道路面塌陷")
        dialog.place.setText("村东桥头")
        from gridDesk.domain.roster import ResidentFilter

        resident = page.roster.resident_rows(page.roster.resident_ids(ResidentFilter())[:1])[0]
        dialog.people.query.setText(resident.name)
        assert dialog.people.results.count() >= 1
        dialog.people.results.setCurrentRow(0)
        qtbot.keyClick(dialog.people.query, Qt.Key.Key_Return)
        assert dialog.isVisible() and len(dialog.people.chosen) == 1  # Enter picks, it does not submit
        dialog.people.query.setText("过路司机")
        dialog.people.results.setCurrentRow(-1)
        dialog.people._enter()
        assert dialog.people.chosen[-1] == (None, "过路司机")
        dialog.files.add_paths([str(photo), str(tmp_path / "坏.jpg")])
        assert len(dialog.files.files) == 1 and "扩展名不符" in warnings[-1]
        dialog.submit()

    when_dialog_opens(intake)
    page.new_case()
    assert page.model.rowCount() == 1 and page.current.state is CaseState.REPORTED
    assert len(page.current.people) == 2 and "过路司机" in page.current.people
    assert [a.name for a in page.attachments.items] == ["现场.png"] and "附件 1 个" in page.detail.toPlainText()
    seen = []
    monkeypatch.setattr("gridDesk.ui.dialogs.photo_dialog.PhotoDialog.exec",
                        lambda self: seen.append(self.image.pixmap().width()))
    page.attachments.list.setCurrentRow(0)
    page.attachments.view_selected()
    assert seen == [64]
    assert page.attachments.save_to(page.attachments.items[0], str(tmp_path / "copy.png"))
    assert (tmp_path / "copy.png").read_bytes() == photo.read_bytes()
    assert page.action_button(CaseAction.CLOSE) is None  # only what the state allows
    page.action_button(CaseAction.FILE).click()
    assert page.current.state is CaseState.FILED and page.current.due_at is not None

    def assign(dialog):
        dialog.submit()
        assert "交给谁" in dialog.error_text()
        dialog.assignee.setText("网格员王五")
        dialog.submit()

    when_dialog_opens(assign)
    page.action_button(CaseAction.ASSIGN).click()
    page.action_button(CaseAction.START).click()
    when_dialog_opens(lambda d: (d.text.setPlainText("已修补路面"), d.submit()))
    page.action_button(CaseAction.FEEDBACK).click()
    when_dialog_opens(lambda d: (d.satisfaction.setCurrentText("满意"), d.submit()))
    page.action_button(CaseAction.REVISIT).click()

    def close(dialog):
        dialog.submit()
        assert "办结类型" in dialog.error_text()
        dialog.closure.setCurrentIndex(dialog.closure.findData("solved"))
        when_asked("结案归档")  # closing is confirmed in words
        dialog.submit()

    when_dialog_opens(close)
    page.action_button(CaseAction.CLOSE).click()
    assert page.current.state is CaseState.CLOSED and page.current.closure_type == "solved"
    assert "实质性办结" in page.detail.toPlainText()
    assert page.action_button(CaseAction.NOTE) is not None and page.action_button(CaseAction.FEEDBACK) is None
    assert "已修补路面" in page.detail.toPlainText()


def test_the_second_editor_is_told_and_nothing_is_lost(qtbot, session, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gridDesk.domain.case_records import CaseReport
    from gridDesk.domain.cases import Channel, WorkKind

    service = CasesService(session)
    category = service.categories()[1].id
    now = service._now()
    case_id = service.report(CaseReport("测试", category, WorkKind.ORDINARY, Channel.PHONE, now)).ids[0]
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.refresh()
    page.select_case(case_id)
    service.act(case_id, service.get(case_id).version, STEP_INPUTS[CaseAction.FILE]())  # someone else, meanwhile
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    page.run(CaseAction.FILE)
    assert told and "刚被别人改过" in told[0]
    assert page.current.state is CaseState.FILED


def test_logging_a_visit_updates_this_weeks_coverage(qtbot, session):
    page = VisitsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    before = page.matrix.item(0, page.matrix.columnCount() - 1).text()
    assert before.startswith("0/")

    def log(dialog):
        dialog.submit()
        assert "走访到的户" in dialog.error_text()
        dialog.check_all(3)
        dialog.submit()

    when_dialog_opens(log)
    page.log_visit()
    assert page.matrix.item(0, page.matrix.columnCount() - 1).text().startswith("3/")
    assert page.due.count() >= 0
    assert page.missing.count() == int(before.split("/")[1]) - 3
    assert page.matrix.item(0, page.matrix.columnCount() - 1).background().color().name() in ("#f8d7da", "#fff3cd", "#d4edda")


def test_the_dashboard_numbers_open_their_lists(qtbot, tmp_path):
    from gridDesk.ui.shell import build_main_window

    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "a", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    window = build_main_window(session, access, lambda: "zh_CN", lambda c: None)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.cards["residents"].value.text() == "300", timeout=3000)
    assert int(dashboard.cards["cases_overdue"].value.text()) >= 1
    dashboard.cards["cases_overdue"].click()
    assert window.stack.currentWidget() is window.page("cases")
    cases = window.page("cases")
    assert cases.model.rowCount() == int(dashboard.cards["cases_overdue"].value.text())
    assert all(c.clock == "overdue" for c in cases.cases)
    window.show_page("dashboard")
    dashboard.cards["cases_due_this_week"].click()
    assert cases.model.rowCount() == int(dashboard.cards["cases_due_this_week"].value.text())
    window.show_page("dashboard")
    dashboard.cards["key_groups_due"].click()
    visits = window.page("visits")
    assert visits.tabs.currentWidget() is visits.parts["key_groups"]
    assert visits.due.count() == int(dashboard.cards["key_groups_due"].value.text())
    window.show_page("dashboard")
    dashboard.cards["grids_not_fully_visited"].click()
    assert visits.tabs.currentWidget() is visits.parts["coverage"]
    # The charts: this month's bar opens the cases reported this month.
    window.show_page("dashboard")
    charts = dashboard.charts
    month = charts.months[-1]
    reported = sum(counts[-1] for _name, counts in dashboard.charts_data.by_category)
    assert reported >= 1
    charts.monthClicked.emit(month)
    assert cases.scope.currentData() == f"month:{month}" and cases.model.rowCount() == reported
    window.show_page("dashboard")
    dashboard.cards["team"].click()
    assert window.page("roster").tabs.currentWidget() is window.page("roster").team
    window.close()


def test_an_escalated_case_prints_its_slip_from_the_page(qtbot, session, tmp_path, monkeypatch):

    from gridDesk.domain.case_records import CaseReport
    from gridDesk.domain.cases import Channel, WorkKind

    service = CasesService(session)
    case_id = service.report(CaseReport("山体裂缝", service.categories()[1].id, WorkKind.EMERGENCY, Channel.PHONE,
                                        service._now())).ids[0]
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.refresh()
    page.select_case(case_id)
    assert page.actions.findChild(type(page.new_button), "print_slip") is None
    service.act(case_id, service.get(case_id).version, STEP_INPUTS[CaseAction.ESCALATE](channel="phone", taken_by="镇应急办刘强"))
    page.refresh()
    page.select_case(case_id)
    assert page.actions.findChild(type(page.new_button), "print_slip") is not None
    from gridDesk.ui.dialogs.print_preview import PrintPreview

    monkeypatch.setattr(PrintPreview, "exec", lambda self: self.save_to(tmp_path / "slip.pdf"))
    page.actions.findChild(type(page.new_button), "print_slip").click()
    qtbot.waitUntil(lambda: (tmp_path / "slip.pdf").exists(), timeout=20000)  # made off the UI thread
    assert (tmp_path / "slip.pdf").stat().st_size > 1000


def test_a_visits_finding_becomes_a_case_from_the_page(qtbot, session):
    from datetime import datetime

    from gridDesk.domain.visits import Finding, FindingCategory, Visit
    from gridDesk.services.team import TeamService
    from gridDesk.services.visits import VisitsService

    visits = VisitsService(session)
    grid = visits.matrix()[0][0].grid_code
    household = visits.not_visited(grid)[0][0]
    visits.log(Visit(TeamService(session).members()[1].id, grid, datetime.fromtimestamp(session.clock()).date(),
                     "上午", (household,), findings=(Finding(FindingCategory.FIRE, "柴草堆在灶台旁"),)))
    page = VisitsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.findings.count() == 1 and "柴草" in page.findings.item(0).text()
    page.findings.setCurrentRow(0)
    when_dialog_opens(lambda d: d.submit())
    page.finding_to_case()
    assert page.findings.count() == 0
    case = CasesService(session).list()[0]
    assert case.state is CaseState.REPORTED and case.grid_code == grid and "柴草" in case.title

