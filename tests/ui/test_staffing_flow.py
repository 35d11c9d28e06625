"""A complete team per grid through the window (issue 19 "Done when"): the dashboard's staffing
cards against the demo counted by hand, recording a member's departure and seeing the vacancy,
appointing to fill it, the hire hint in the member dialog, a grid member's account offered no
离任, and the warning band over an incomplete grid's sign preview (never on the sign)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import TeamRole
from gridDesk.domain.staffing import Departure, LeaveReason
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.services.staffing import StaffingService
from gridDesk.services.team import TeamService
from gridDesk.ui.dialogs.print_preview import PrintPreview
from gridDesk.ui.shell import build_main_window
from tests.ui.helpers import when_dialog_opens

PW = "Member@2026x"


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("staffing")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    return build_demo(folder / "v", paths.migrations_dir(), 1000, make_access=make, with_activity=True).db_path


@pytest.fixture
def access(village, tmp_path):
    target = tmp_path / "centre"
    shutil.copytree(village.parent, target)
    return Access(target / village.name, paths.migrations_dir(), MemoryCache())


@pytest.fixture
def director(access):
    session = access.login("demo", "Demo@2026")
    yield session
    session.close()


def _window(qtbot, session, access):
    window = build_main_window(session, access, lambda: "zh_CN", lambda _l: None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_dashboard_counts_the_demos_staffing_by_hand(qtbot, director, access, tmp_path):
    # By hand, from the demo's story: 4 rural grids, each with its 专职 and 兼职 member and the one
    # village-wide 网格长, and the resettlement grid set up this month with nobody yet: that one
    # incomplete; one vacancy (兼职, grid 2) 40 days open, past 30 days.
    tree = [g for g in RosterService(director).tree() if g.parent_code is None]
    grids = [g.code for g in tree]
    members = TeamService(director).members()
    assert len(grids) == 5 and sum(m.member.role is TeamRole.LEADER for m in members) == 1
    assert [g.households for g in tree].count(0) == 1
    window = _window(qtbot, director, access)
    dashboard = window.page("dashboard")
    dashboard.refresh()
    assert dashboard.cards["grids_incomplete"].value.text() == "1"
    assert dashboard.cards["vacancies"].value.text() == "1"
    dashboard.grab().save(str(tmp_path / "dashboard.png"))
    # The 专职 and 兼职 of grid 3 leave: grid 3 has no member in post.
    staffing = StaffingService(director)
    for m in members:
        if m.member.grid_code == grids[2] and m.member.role in (TeamRole.FULL_TIME, TeamRole.PART_TIME):
            staffing.record_departure(Departure(m.id, staffing.today(), LeaveReason.MOVED))
    dashboard.refresh()
    assert dashboard.cards["grids_incomplete"].value.text() == "2"
    dashboard.cards["grids_incomplete"].click()  # opens the team list, filtered to that grid
    people = window.page("roster")
    assert people.tabs.currentWidget() is people.team and people.team.only_incomplete.isChecked()
    assert people.team.lacking.isVisible() and "缺网格员" in people.team.lacking.text()
    dashboard.cards["vacancies"].click()
    tab = people.staffing
    assert people.tabs.currentWidget() is tab
    assert tab.vacancies.rowCount() == 3
    assert [tab.vacancies.item(0, c).text() for c in (1, 2, 3, 5, 6)] == ["兼职网格员", "邓离任", "辞职", "40", "超期未补"]
    assert tab.vacancies.item(0, 0).text().endswith(f"（{grids[1]}）")
    tab.grab().save(str(tmp_path / "staffing_tab.png"))


def test_recording_a_departure_shows_the_vacancy_and_appointing_fills_it(qtbot, director, access, tmp_path):
    window = _window(qtbot, director, access)
    window.open_list("roster", "team")
    team_tab = window.page("roster").team
    team_tab.refresh()
    row = next(i for i, r in enumerate(team_tab.records) if r.member.role is TeamRole.FULL_TIME
               and r.member.grid_code and r.member.grid_code.endswith("002"))
    leaving = team_tab.records[row]
    team_tab.table.selectRow(row)
    today = StaffingService(director).today()

    def depart(dialog):
        dialog.on.setDate(QDate(today.year, today.month, today.day).addDays(1))  # tomorrow: refused
        dialog.reason.setCurrentIndex(dialog.reason.findData(LeaveReason.RESIGNED.value))
        dialog.document.setText("村委〔2026〕9号")
        dialog.submit()
        seen.append(dialog.error_text())
        dialog.grab().save(str(tmp_path / "departure.png"))
        dialog.on.setDate(QDate(today.year, today.month, today.day).addDays(-3))
        dialog.submit()

    seen: list[str] = []
    when_dialog_opens(depart)
    team_tab.leave_button.click()
    assert "不能晚于今天" in seen[0]
    assert leaving.id not in [r.id for r in team_tab.records]
    window.open_list("roster", "vacancies")
    tab = window.page("roster").staffing
    assert tab.vacancies.rowCount() == 2
    row = next(i for i in range(2) if tab.vacancies.item(i, 2).text() == leaving.member.name)
    assert [tab.vacancies.item(row, c).text() for c in (1, 3, 5, 6)] == ["专职网格员", "辞职", "3", "未补"]
    assert tab.vacancies.item(row, 0).text().endswith("（" + leaving.member.grid_code + "）")
    tab.vacancies.selectRow(row)

    def appoint(dialog):
        assert dialog.grid.currentData() == leaving.member.grid_code and dialog.role.currentData() == "full_time"
        dialog.name.setText("新专职")
        first17 = f"140105{today.year - 40}0101123"
        dialog.id_number.setText(first17 + check_digit(first17))
        dialog.phone.setText("13912345678")
        dialog.education.setCurrentText("高中")
        hint.append(dialog.hint.text() if dialog.hint.isVisible() else "")
        dialog.grab().save(str(tmp_path / "appoint.png"))
        dialog.education.setCurrentText("大学本科")
        dialog.declaration.setChecked(True)
        dialog.submit()

    hint: list[str] = []
    when_dialog_opens(appoint)
    tab.appoint_button.click()
    # The hint of DB3208/T 200 6.1: 40 years old, 高中; shown, and the member saved all the same.
    assert "35 周岁以下" in hint[0] and "大学专科及以上" in hint[0] and "不影响保存" in hint[0]
    assert tab.vacancies.rowCount() == 1  # the 网格长's vacancy is left
    filled = next(v for v in StaffingService(director).vacancies(True) if v.vacancy.left_member_id == leaving.id)
    assert filled.vacancy.filled_member == "新专职" and filled.vacancy.filled_on == today


def test_a_grid_members_account_is_offered_no_departure(qtbot, director, access):
    own = [g.code for g in RosterService(director).tree() if g.parent_code is None][0]
    me = next(t for t in TeamService(director).members() if t.member.grid_code == own)
    AccountsService(director, access).add("ge1", "本网格员", Role.GRID_MEMBER, PW, member_id=me.id)
    session = access.login("ge1", PW)
    try:
        window = _window(qtbot, session, access)
        window.open_list("roster", "team")
        team_tab = window.page("roster").team
        assert not team_tab.leave_button.isVisible() and team_tab.add_button.isVisible()
        tab = window.page("roster").staffing
        tab.refresh()
        assert not tab.appoint_button.isVisible()
        # Its dashboard counts its own grid: complete; the vacancy of grid 2 is not its to see.
        dashboard = window.page("dashboard")
        dashboard.refresh()
        assert dashboard.cards["grids_incomplete"].value.text() == "0"
        assert dashboard.cards["vacancies"].value.text() == "0"
    finally:
        session.close()


def test_the_sign_preview_of_an_incomplete_grid_carries_a_band_the_sign_does_not(qtbot, director, access,
                                                                                   monkeypatch, tmp_path):
    staffing = StaffingService(director)
    first = [g.code for g in RosterService(director).tree() if g.parent_code is None][0]
    for m in TeamService(director).members():
        if m.member.grid_code == first:  # grid 1's members leave: a grid without members
            staffing.record_departure(Departure(m.id, staffing.today(), LeaveReason.MOVED))
    window = _window(qtbot, director, access)
    window.show_page("printing")
    page = window.page("printing")
    page.refresh()
    page.table.selectRow(0)
    shown = []

    def look(self):
        shown.append((not self.warning.isHidden(), self.warning.text(), self.pdf))
        self.grab().save(str(tmp_path / "sign_preview.png"))
        self.reject()  # closes its PDF document

    monkeypatch.setattr(PrintPreview, "exec", look)
    page.preview_sign()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    visible, text, pdf = shown[0]
    assert visible and "缺网格员" in text and "不会印在公示牌上" in text
    printed = "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert "缺网格员" not in printed and "队伍不齐" not in printed


def test_the_demos_selection_record_and_a_step_out_of_order(qtbot, director, access, monkeypatch, tmp_path):
    window = _window(qtbot, director, access)
    window.open_list("roster", "vacancies")
    tab = window.page("roster").staffing
    tab.vacancies.selectRow(0)  # the 网格长's: no selection record for that post
    tab.selection_button.click()
    assert "专职网格员" in tab.error.text()
    tab.show_filled.setChecked(True)
    row = next(i for i in range(tab.vacancies.rowCount()) if tab.vacancies.item(i, 7).text() == "有")
    tab.vacancies.selectRow(row)
    seen = []

    def look(dialog):
        table = dialog.table
        seen.append([table.item(r, 1).text() for r in range(table.rowCount())])
        dialog.step.setCurrentIndex(0)  # 公告, moved after 报名: refused under the date
        dialog.day.setDate(QDate.fromString(seen[0][1], "yyyy-MM-dd").addDays(1))
        dialog.record_step()
        seen.append(dialog.error_text())
        dialog.grab().save(str(tmp_path / "selection.png"))
        monkeypatch.setattr(PrintPreview, "exec", lambda self: seen.append(self.pages) or self.reject())
        dialog.print_button.click()
        dialog.accept()

    when_dialog_opens(look)
    tab.open_selection()
    dates = seen[0]
    assert len(dates) == 8 and all(dates) and dates == sorted(dates)
    assert "不能晚于已登记的“报名”" in seen[1]
    assert seen[2] == 1  # one page


def test_griddesk_status_json_lists_the_staffing(access):
    import json
    import os
    import subprocess
    import sys

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(access.db_path), *args],
                              input="Demo@2026\n", capture_output=True, text=True, timeout=120,
                              env={**os.environ, "LANG": "zh_CN.UTF-8"})

    figures = json.loads(run("status", "--json", "--user", "demo", "--password-stdin").stdout)
    # By hand, as on the dashboard: the grid set up this month lacks its 网格长 and a member, the one
    # vacancy (兼职, grid 2) 40 days open.
    assert list(figures["grids_incomplete"].values()) == [["leader", "member"]]
    opened = (date.today() - timedelta(days=40)).isoformat()
    assert figures["vacancies"] == [{"grid": "140105100201002", "post": "part_time", "opened": opened,
                                     "days_open": 40, "overdue": True}]
    text = run("status", "--user", "demo", "--password-stdin").stdout
    assert "网格长或网格员不齐的网格：1" in text and "未补的岗位空缺：1" in text


def test_the_director_edits_the_staffing_rules_as_data(qtbot, director, access):
    window = _window(qtbot, director, access)
    window.open_list("roster", "vacancies")
    tab = window.page("roster").staffing
    assert tab.rules_button.isVisible()

    def edit(dialog):
        dialog.boxes["vacancy.overdue_days"].setValue(60)
        dialog.boxes["team.urban_full_time"].setValue(0)  # below the Measures' 1: the box will not go there
        dialog.submit()

    when_dialog_opens(edit)
    tab.rules_button.click()
    rules = StaffingService(director).rules()
    assert rules["vacancy.overdue_days"] == 60 and rules["team.urban_full_time"] == 1
    assert "vacancy.overdue_days" not in rules.examples
    assert tab.vacancies.item(0, 6).text() == "未补"  # 40 days is within 60 now
    assert "超过 60 天" in tab.vacancy_caption.text()
