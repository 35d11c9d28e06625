"""The work-kind flows driven from the cases page and the dashboard (RULES.md): an emergency not
yet handed to the township is red, first and counted until its escalation (by phone, with who
took the call) is recorded; a 需协调 matter goes to the township before anyone is assigned; a
closed case shows how it ended, and the dashboard counts the year's closures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from gridDesk import paths
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, CaseState, Channel, WorkKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.cases import CasesService
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.demo import build_demo
from gridDesk.ui.pages.cases_page import CasesPage
from gridDesk.ui.pages.dashboard import DashboardPage
from tests.conftest import FakeClock
from tests.ui.helpers import when_asked, when_dialog_opens

RED = "#f8d7da"


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def session(tmp_path, clock):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 120, make_access=make)
    s = make(summary.db_path).login("demo", "Demo@2026")
    yield s
    s.close()


def _report(session, category, kind):
    cases = CasesService(session)
    category_id = next(c.id for c in cases.categories() if c.name == category)
    return cases.report(CaseReport("山体护坡出现裂缝", category_id, kind, Channel.PHONE, cases._now())).ids[0]


def _page(qtbot, session, case_id):
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.select_case(case_id)
    return page


def _row(page, case_id):
    return next(i for i, c in enumerate(page.cases) if c.id == case_id)


def _dialog(page, action, act):
    when_dialog_opens(act)
    page.action_button(action).click()


def test_an_unescalated_emergency_is_red_first_counted_and_escalated_by_phone(qtbot, session, clock):
    ordinary = _report(session, "邻里纠纷", WorkKind.ORDINARY)
    emergency = _report(session, "自然灾害", WorkKind.EMERGENCY)
    opened = []
    dashboard = DashboardPage(session, DashboardService(session), "演示村", "演示主任",
                              lambda page, arg: opened.append((page, arg)))
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    card = dashboard.cards["emergencies_unescalated"]
    assert card.value.text() == "1"
    card.click()
    assert opened == [("cases", "unescalated")]
    page = _page(qtbot, session, emergency)
    page.show_scope("unescalated")
    assert [c.id for c in page.cases] == [emergency]
    page.show_scope("open")
    assert page.cases[0].id == emergency and _row(page, ordinary) > 0  # first, before older cases
    index = page.model.index(0, 6)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == RED
    assert page.model.data(index) == "紧急事项未上报"
    assert page.model.data(page.model.index(_row(page, ordinary), 6), Qt.ItemDataRole.BackgroundRole) is None
    page.select_case(emergency)
    assert "请立即上报乡镇" in page.detail.toPlainText()
    filing = page.action_button(CaseAction.FILE)
    assert not filing.isEnabled() and "先上报乡镇" in filing.toolTip()
    assert page.action_button(CaseAction.SELF_SOLVE) is None  # not even offered
    # Past its limit (the category's working day, from the report) and still not escalated.
    clock.advance(5 * 86400)
    page.refresh()
    assert page.cases[0].id == emergency and page.cases[0].clock == "overdue"
    assert page.model.data(page.model.index(0, 6)) == "紧急事项未上报 · 已超期"
    dashboard.refresh()
    assert int(dashboard.cards["cases_overdue"].value.text()) >= 1

    def escalate(dialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
        dialog.submit()
        assert "接电话的人" in dialog.error_text()
        dialog.taken_by.setText("镇应急办值班员刘强")
        dialog.when.setDateTime(dialog.when.dateTime().addSecs(-600))  # the call was ten minutes ago
        dialog.submit()

    _dialog(page, CaseAction.ESCALATE, escalate)
    view = page.current
    assert view.state is CaseState.ESCALATED and not view.awaiting_escalation
    assert view.events[-1].at == page.service._now().replace(second=0) - timedelta(minutes=10)
    assert "电话" in page.detail.toPlainText() and "镇应急办值班员刘强" in page.detail.toPlainText()
    dashboard.refresh()
    assert dashboard.cards["emergencies_unescalated"].value.text() == "0"
    assert "请立即上报乡镇" not in page.detail.toPlainText()


def test_a_coordination_matter_goes_to_the_township_before_assignment_and_shows_how_it_ended(qtbot, session):
    case_id = _report(session, "劳资纠纷", WorkKind.COORDINATION)
    page = _page(qtbot, session, case_id)
    assert page.action_button(CaseAction.ESCALATE) is None  # filed first
    page.action_button(CaseAction.FILE).click()
    assign = page.action_button(CaseAction.ASSIGN)
    assert not assign.isEnabled() and "先上报乡镇" in assign.toolTip()
    _dialog(page, CaseAction.ESCALATE, lambda d: (d.channel.setCurrentIndex(d.channel.findData("paper")),
                                                 d.taken_by.setText("镇人社所张所长"), d.submit()))
    assert page.current.state is CaseState.ESCALATED
    _dialog(page, CaseAction.TOWNSHIP_SOLVED, lambda d: (d.text.setPlainText("镇人社所督促企业结清工资"), d.submit()))
    _dialog(page, CaseAction.REVISIT, lambda d: (d.satisfaction.setCurrentText("基本满意"), d.submit()))
    _dialog(page, CaseAction.CLOSE, lambda d: (d.closure.setCurrentIndex(d.closure.findData("resolved")),
                                              when_asked("结案归档"), d.submit()))
    assert page.current.state is CaseState.CLOSED and page.current.closure_type == "resolved"
    assert "实质性化解" in page.detail.toPlainText() and "基本满意" in page.detail.toPlainText()
    dashboard = DashboardPage(session, DashboardService(session), "演示村", "演示主任")
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    line = dashboard.closures.text()
    assert "已结案 1 件" in line and "实质性化解 1" in line and "实质性办结 0" in line and "基本满意 1" in line
