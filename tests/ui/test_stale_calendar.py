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


def test_a_calendar_change_on_the_bus_drops_the_bundles_calendar(qtbot, session, clock):
    """Whoever changed the calendar (another instance, a restore), the bus tells the bundle."""
    import pytest

    from gridDesk.domain.changes import Kind
    from gridDesk.services.session import Changes
    from gridDesk.ui.bundle import SessionBundle

    clock.now = WEDNESDAY_NOON
    bundle = SessionBundle(session)
    cases = bundle.get(CasesService)
    assert bundle.get(CasesService) is cases  # one per session
    before = cases.calendar
    changed = CasesService(session).set_calendar_day(date(2027, 3, 12), "holiday", "地方节日")
    assert changed.kind is Kind.CALENDAR and cases.calendar is before  # not told yet
    bundle.publish(changed)
    assert cases.calendar is not before and not cases.calendar.is_working_day(date(2027, 3, 12))
    with pytest.raises(ValueError):
        Changes("calender")  # a kind nobody subscribes to is refused, not silently ignored
