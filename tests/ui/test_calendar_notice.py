"""The calendar, honest, as the director meets it: from November the dashboard asks for next
year's official holidays and opens the editor; a due date in that year reads 按周末推算 until they
are entered; entering a day says how many open cases were re-timed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate

from gridDesk.domain.case_inputs import FileInput
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.services.cases import CasesService
from gridDesk.ui.shell import build_main_window

FILED = datetime(2026, 12, 21, 9, 0)  # 15 working days from here end in January 2027


def _window(qtbot, session, access):
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None, idle_seconds=600.0)
    qtbot.addWidget(window)
    window.show()
    return window


def _filed_case(session) -> int:
    cases = CasesService(session)
    category = next(c.id for c in cases.categories() if c.name == "邻里纠纷")
    case_id = cases.report(CaseReport("邻居为排水沟争吵", category, WorkKind.ORDINARY, Channel.VISIT, FILED,
                                      place="东村3排", reporter="网格员李四")).ids[0]
    cases.act(case_id, cases.get(case_id).version, FileInput())
    return case_id


def test_november_asks_for_next_years_holidays_and_the_editor_re_times(qtbot, access, session, clock):
    clock.now = FILED.timestamp()
    case_id = _filed_case(session)
    window = _window(qtbot, session, access)
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.calendar_notice.isVisible(), timeout=5000)
    assert "2027 年的法定节假日" in dashboard.calendar_notice.text.text()
    assert "按周末推算" in dashboard.calendar_notice.text.text()

    window.show_page("cases")
    cases_page = window.page("cases")
    qtbot.waitUntil(lambda: cases_page.model.rowCount() == 1, timeout=5000)
    assert cases_page.model.texts[0][5] == "2027-01-12（按周末推算）"

    window.show_page("dashboard")
    dashboard.calendar_notice.button.click()
    assert window.stack.currentWidget() is window.page("settings")
    panel = window.page("settings").case_settings
    assert "2027 年：还没有录入国务院的放假通知" in panel.years.rows[2027][0].text()
    panel.day.setDate(QDate(2027, 1, 4))
    panel.kind.setCurrentIndex(0)
    panel.day_name.setText("元旦调休")
    panel.add_day()
    assert panel.outcome.text() == "已按新的日历重新计算了 1 件在办案件的办理期限。"
    assert CasesService(session).get(case_id).due_at.date().isoformat() == "2027-01-13"

    panel.years.rows[2027][1].setText("国办发明电〔2026〕号")
    panel.years.rows[2027][2].click()
    assert "已按国务院通知录入（国办发明电〔2026〕号" in panel.years.rows[2027][0].text()
    dashboard.refresh()
    assert not dashboard.calendar_notice.isVisible()
    assert CasesService(session).get(case_id).due_estimated is False
