"""民情日志 through the main window: a grid member logs a day (its visits shown, a problem reported
to a case, 今日无异常 on another day), a 网格长 signs one off and returns another, the month grid
shows the missing days counted by hand, and the dashboard's two lines open the page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QTime

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.daily_logs import DayMark, LogEntry, LogState, TimeSlot
from gridDesk.domain.roster import TeamRole
from gridDesk.domain.visits import Finding, FindingCategory, Visit
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.daily_logs import DailyLogsService
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.services.visits import VisitsService
from gridDesk.ui.shell import build_main_window
from tests.ui.helpers import when_dialog_opens

PW = "Member@2026x"
TODAY = date(2026, 9, 21)  # the test clock's Monday


@pytest.fixture
def centre(tmp_path, clock):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 400, make_access=make)
    access = make(summary.db_path)
    director = access.login("demo", "Demo@2026")
    grids = [n.code for n in RosterService(director).tree() if n.parent_code is None]
    team = TeamService(director).members()
    leader = next(t for t in team if t.member.role is TeamRole.LEADER)
    own = next(t for t in team if t.member.grid_code == grids[0])
    accounts = AccountsService(director, access)
    accounts.add("ge1", "本网格员", Role.GRID_MEMBER, PW, member_id=own.id)
    accounts.add("zhang", "网格长", Role.GRID_LEADER, PW, member_id=leader.id)
    yield access, director, grids, leader, own
    director.close()


def _window(qtbot, access, user):
    session = access.login(user, PW)
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, session


def _set_day(page, day: date) -> None:
    page.day.setDate(QDate(day.year, day.month, day.day))


def test_a_grid_member_logs_a_day_reports_a_problem_and_logs_nothing_to_report(qtbot, centre, tmp_path):
    access, director, grids, _leader, own = centre
    friday = TODAY - timedelta(days=3)
    numbers = [n for n, _a in VisitsService(director).not_visited(grids[0])][:3]
    VisitsService(director).log(Visit(own.id, grids[0], friday, "上午", tuple(numbers),
                                      findings=(Finding(FindingCategory.FIRE, "柴草堆在灶旁"),)))
    window, session = _window(qtbot, access, "ge1")
    window.show_page("daily_logs")
    page = window.page("daily_logs")
    assert page.member.count() == 1 and page.member.currentData() == own.id  # its own person only
    _set_day(page, friday)
    visits_shown = [page.day_visits.item(i).text() for i in range(page.day_visits.count())]
    assert any(all(n in text for n in numbers) for text in visits_shown)  # door numbers, from the visit log
    assert any("柴草堆在灶旁" in text for text in visits_shown)
    assert "还没有日志" in page.summary.text()

    def fill(dialog):
        dialog.slot1.start.setTime(QTime(8, 0))
        dialog.slot1.end.setTime(QTime(11, 30))
        dialog.slot2.start.setTime(QTime(14, 0))
        dialog.slot2.end.setTime(QTime(13, 0))  # ends before it starts: refused, nothing lost
        dialog.places.setText("一组入户，沿河巡查")
        dialog.found[FindingCategory.DISPUTE].setValue(2)
        dialog.solved.setValue(1)
        dialog.buttons.accepted.emit()
        refused = dialog.error_text()
        assert "结束时间要晚于开始时间" in refused
        assert dialog.places.text() == "一组入户，沿河巡查" and dialog.found[FindingCategory.DISPUTE].value() == 2
        dialog.slot2.end.setTime(QTime(16, 0))
        assert dialog.hours.text() == "5.5 小时"
        dialog.grab().save(str(tmp_path / "daily_log_dialog.png"))
        dialog.buttons.accepted.emit()

    when_dialog_opens(fill)
    page.edit_button.click()
    entry = DailyLogsService(director).day(own.id, friday)[0]
    assert entry.minutes == 330 and entry.entry.places == "一组入户，沿河巡查"
    assert "已提交，待签核" in page.summary.text() and "5.5 小时" in page.summary.text()
    assert page.report_button.isEnabled()  # two found, one solved: one left to report

    def report(dialog):
        dialog.title_edit.setText("两户因宅基地边界争执")
        dialog.buttons.accepted.emit()

    when_dialog_opens(report)
    page.report_button.click()
    entry = DailyLogsService(director).day(own.id, friday)[0]
    assert len(entry.case_ids) == 1
    case = CasesService(director).get(entry.case_ids[0])
    assert case.title == "两户因宅基地边界争执" and case.grid_code == grids[0]
    assert "上报 1" in page.summary.text() and not page.report_button.isEnabled()

    # Thursday: nothing to report, an entry of its own
    _set_day(page, friday - timedelta(days=1))

    def nothing(dialog):
        dialog.slot2.used.setChecked(False)
        dialog.nothing.setChecked(True)
        dialog.buttons.accepted.emit()

    when_dialog_opens(nothing)
    page.edit_button.click()
    assert DailyLogsService(director).day(own.id, friday - timedelta(days=1))[0].entry.nothing_to_report
    page.tabs.setCurrentWidget(page.parts["month"])
    page.grab().save(str(tmp_path / "daily_log_month.png"))
    row = page.month_rows[0]
    assert row.marks[17] is DayMark.ENTERED and row.marks[16] is DayMark.NOTHING
    assert page.grid.item(0, 16).text() == "无" and page.grid.item(0, 17).text() == "○"
    session.close()


def test_a_leader_signs_off_and_returns_and_the_member_cannot_change_a_signed_day(qtbot, centre, tmp_path):
    access, director, _grids, leader, own = centre
    logs = DailyLogsService(director)
    day1, day2 = TODAY - timedelta(days=3), TODAY - timedelta(days=4)
    for day in (day1, day2):
        logs.save(LogEntry(own.id, day, (TimeSlot("08:30", "11:30"),), "入户"))
    logs.save(LogEntry(leader.id, day1, (TimeSlot("08:30", "11:30"),), "巡查"))  # the leader's own
    window, session = _window(qtbot, access, "zhang")
    window.show_page("daily_logs")
    page = window.page("daily_logs")
    page.show_part("sign_off")
    listed = [(w.member_id, w.day) for w in page.waiting_rows]
    assert (own.id, day1) in listed and (leader.id, day1) not in listed  # never their own
    page.waiting.selectRow(listed.index((own.id, day1)))
    page.sign_button.click()
    assert logs.day(own.id, day1)[0].state is LogState.SIGNED
    row = [(w.member_id, w.day) for w in page.waiting_rows].index((own.id, day2))
    page.waiting.selectRow(row)

    def give_reason(dialog):
        dialog.reason.setText("地点写得太笼统")
        dialog.buttons.accepted.emit()

    when_dialog_opens(give_reason)
    page.return_button.click()
    returned = logs.day(own.id, day2)[0]
    assert returned.state is LogState.RETURNED and returned.return_reason == "地点写得太笼统"
    page.grab().save(str(tmp_path / "daily_log_sign_off.png"))
    session.close()
    # the member: the signed day's button is greyed; the returned one is corrected and resubmitted
    window, session = _window(qtbot, access, "ge1")
    window.show_page("daily_logs")
    page = window.page("daily_logs")
    _set_day(page, day1)
    assert not page.edit_button.isEnabled() and "已签核" in page.summary.text()
    _set_day(page, day2)
    assert "地点写得太笼统" in page.summary.text() and page.edit_button.isEnabled()

    def correct(dialog):
        dialog.places.setText("一组 3、5、8 号")
        dialog.buttons.accepted.emit()

    when_dialog_opens(correct)
    page.edit_button.click()
    assert logs.day(own.id, day2)[0].state is LogState.SUBMITTED
    session.close()


def test_the_month_grid_counts_missing_days_by_hand_and_the_dashboard_opens_it(qtbot, centre):
    access, director, _grids, leader, own = centre
    logs = DailyLogsService(director)
    # August 2026: no statutory holiday, 21 weekdays (1 August is a Saturday).
    for day in (3, 4, 5, 10):
        logs.save(LogEntry(own.id, date(2026, 8, day), (TimeSlot("08:30", "11:30"),), "入户"))
    logs.save(LogEntry(own.id, date(2026, 8, 6), nothing_to_report=True))
    window, session = _window(qtbot, access, "ge1")
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    # Sunday the 20th was worked (调休) and the member's account logged nothing then: missing
    qtbot.waitUntil(lambda: dashboard.cards["logs_missing_yesterday"].value.text() == "1", timeout=5000)
    assert dashboard.cards["logs_to_sign_off"].value.text() == "0"  # a grid member signs nothing
    dashboard.cards["logs_missing_yesterday"].click()
    page = window.page("daily_logs")
    assert page.tabs.currentWidget() is page.parts["month"]
    page.previous.click()
    assert (page.month_of.year, page.month_of.month) == (2026, 8)
    row = page.month_rows[0]
    assert row.member_id == own.id
    assert row.count(DayMark.MISSING) == 21 - 5
    assert row.count(DayMark.NOTHING) == 1 and row.count(DayMark.ENTERED) == 4
    assert page.grid.item(0, 31).text() == str(21 - 5)
    assert "缺 16 篇日志" in page.month_title.text()
    session.close()


def test_the_members_day_shows_the_patrols_they_owe_and_clears_once_patrolled(qtbot, centre):
    """Issue 18 item 2: missed patrols show in the grid member's day. A river in flood season is
    due every day; the member's day lists it until a patrol is recorded."""
    from datetime import datetime

    from gridDesk.domain.patrols import Patrol
    from gridDesk.domain.places import Place, PlaceKind
    from gridDesk.services.patrols import PatrolsService
    from gridDesk.services.places import PlacesService

    access, director, grids, _leader, own = centre
    PlacesService(director).save(Place(None, PlaceKind.RISK_POINT, "杏花河东段", "村东", grids[0], own.id,
                                       {"risk_type": "河流"}))
    window, session = _window(qtbot, access, "ge1")
    window.show_page("daily_logs")
    page = window.page("daily_logs")
    _set_day(page, TODAY)
    shown = [page.day_patrols.item(i).text() for i in range(page.day_patrols.count())]
    assert any("杏花河东段" in text and "当天到期" in text for text in shown), shown
    assert "1 处" in page.patrols_label.text()
    place = next(p for p in PatrolsService(director).places() if p.name == "杏花河东段")
    PatrolsService(director).log(Patrol(place.id, own.id, datetime(2026, 9, 21, 9)), cert_override="补录纸质巡查记录")
    page.show_day()
    shown = [page.day_patrols.item(i).text() for i in range(page.day_patrols.count())]
    assert not any("杏花河东段" in text for text in shown), shown
    session.close()
