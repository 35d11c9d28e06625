"""Issue 16, stale caches: the director adds a holiday in 设置 while the cases page is open; the
next case filed on that page is timed with the holiday, not with the calendar the page read at
its first use (before: one CasesService per page, each with its own cached calendar)."""

from __future__ import annotations

from datetime import date, datetime

from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, Channel, WorkKind
from gridDesk.services.cases import CasesService
from gridDesk.ui.shell import build_main_window

WEDNESDAY_NOON = datetime(2027, 3, 10, 12, 0).timestamp()  # local time, as the app reads it


def _file_on_page(page, director, title):
    cases = CasesService(director)
    category = cases.categories()[0].id
    case_id = cases.report(CaseReport(title, category, WorkKind.ORDINARY, Channel.VISIT,
                                      cases._now())).ids[0]
    page.refresh()
    assert page.select_case(case_id)
    page.action_button(CaseAction.FILE).click()
    return CasesService(director).get(case_id).due_at.date()


def test_a_holiday_added_in_settings_reaches_the_open_cases_page(qtbot, access, session, clock):
    clock.now = WEDNESDAY_NOON
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.show()
    window.show_page("cases")
    cases_page = window.page("cases")
    before = _file_on_page(cases_page, session, "路灯不亮")
    assert before > date(2027, 3, 12)

    window.show_page("settings")
    panel = window.page("settings").case_settings
    panel.refresh()
    panel.day.setDate(date(2027, 3, 12))  # a Friday inside the first case's time limit
    panel.kind.setCurrentIndex(panel.kind.findData("holiday"))
    panel.day_name.setText("地方节日")
    panel.add_day()
    assert not panel.error.isVisible()

    window.show_page("cases")
    after = _file_on_page(cases_page, session, "井盖缺失")
    assert after > before, f"filed with the old calendar: due {after}, the holiday not counted"
    assert cases_page.current.due_at.date() == after  # and the page shows that date
    window.close()
