"""Issue 19 items 4, 7, 8 as a person sees them: the 服务站 tab of 党建 with a station's households
and its "七个一", ticking households into the WeChat group with the figure against the demo counted
by hand, the dashboard's line for the grids behind, a volunteer's information becoming a case, and
the grid dialog refusing a link that is not https."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.stations import StationsService
from gridDesk.services.volunteers import VolunteersService
from gridDesk.services.wechat_groups import WechatGroupsService
from gridDesk.ui.shell import build_main_window
from tests.ui.helpers import when_dialog_opens

import os

# Where the screens are saved to be looked at: only when GRIDDESK_SHOTS names a folder.
SHOTS = os.environ.get("GRIDDESK_SHOTS", "")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    w = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w, session
    session.close()


def _shot(widget, name: str) -> None:
    image = widget.grab()  # painted either way: a screen that cannot paint fails here
    assert not image.isNull()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(SHOTS) / f"{name}.png"))


def _hand(session) -> dict[str, tuple[int, int]]:
    with session.db.transaction() as s:
        rows = s.execute(text(
            "SELECT COALESCE(p.code, g.code), COUNT(h.id), COUNT(w.household_id) FROM households h "
            "JOIN grids g ON g.id = h.grid_id LEFT JOIN grids p ON p.id = g.parent_id "
            "LEFT JOIN household_wechat w ON w.household_id = h.id GROUP BY 1 ORDER BY 1")).all()
    return {code: (n, j) for code, n, j in rows}


def test_a_station_with_its_households_and_its_checklist(qtbot, window):
    w, session = window
    w.show_page("party")
    page = w.page("party")
    page.show_part("stations")
    tab = page.parts["stations"]
    tab.refresh()
    assert tab.table.rowCount() == 2
    assert tab.table.item(1, 6).text() == "一份党报党刊"  # the demo's second station lacks one item
    tab.table.selectRow(1)
    assert tab.checklist.rowCount() == 7 and "缺 1 项" in tab.checklist_title.text()
    missing_row = next(r for r in range(7) if tab.checklist.item(r, 1).text() == "缺")
    tab.checklist.item(missing_row, 0).setCheckState(Qt.CheckState.Checked)  # ticked: saved at once
    assert StationsService(session).listed()[1].missing == ()
    assert tab.table.item(1, 6).text() == "齐全"
    _shot(page, "stations_tab")

    grid = StationsService(session).listed()[0].station.grid_code
    picks = [h.number for h in WechatGroupsService(session).households(grid)[20:23]]

    def fill(dialog):
        dialog.name.setText("三组党员中心户服务点")
        dialog.tick(picks)
        dialog.hours.setText("每周六上午")
        _shot(dialog, "station_dialog")
        dialog.submit()

    when_dialog_opens(fill)
    tab.add_button.click()
    made = StationsService(session).listed()
    assert len(made) == 3
    new = next(r for r in made if r.station.name == "三组党员中心户服务点")
    assert new.station.households == tuple(sorted(picks)) and len(new.missing) == 7
    assert tab.table.rowCount() == 3


def test_ticking_households_into_the_wechat_group_and_the_dashboard_line(qtbot, window):
    w, session = window
    hand = _hand(session)
    assert sum(j for _n, j in hand.values()) == sum(n for n, _j in hand.values()) * 70 // 100
    w.show_page("dashboard")
    dash = w.page("dashboard")
    dash.refresh()
    behind = {k: (n, j) for k, (n, j) in hand.items() if j * 100 // n < 80}
    assert behind and dash.wechat_notice.isVisible()
    for code, (n, j) in behind.items():
        assert f"{j * 100 // n}%（{j}/{n} 户）" in dash.wechat_notice.text.text()
    _shot(dash, "dashboard_wechat")
    dash.wechat_notice.button.click()  # opens 网格与人口 › 微信群一户一代表 at the grid furthest behind
    people = w.page("roster")
    assert people.tabs.currentWidget() is people.wechat
    tab = people.wechat
    worst = min(behind, key=lambda k: behind[k][1] * 100 // behind[k][0])
    assert tab.grid.currentData() == worst
    n, j = hand[worst]
    assert tab.figure.text().startswith(f"微信群覆盖 {j * 100 // n}%：{n} 户中 {j} 户")
    assert tab.table.rowCount() == n
    assert sum(tab.table.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(n)) == j
    unticked = [r for r in range(n) if tab.table.item(r, 0).checkState() != Qt.CheckState.Checked][:4]
    for r in unticked:
        tab.table.item(r, 0).setCheckState(Qt.CheckState.Checked)
    tab.table.item(unticked[0], 4).setText("张小红")
    tab.save_button.click()
    assert _hand(session)[worst] == (n, j + 4)
    assert tab.figure.text().startswith(f"微信群覆盖 {(j + 4) * 100 // n}%：{n} 户中 {j + 4} 户")
    reps = {h.number: h.representative for h in WechatGroupsService(session).households(worst)}
    assert reps[tab.table.item(unticked[0], 1).text()] == "张小红"
    _shot(tab, "wechat_tab")


def test_a_volunteers_information_becomes_a_case(qtbot, window):
    w, session = window
    w.show_page("roster")
    people = w.page("roster")
    people.tabs.setCurrentWidget(people.volunteers)
    tab = people.volunteers
    tab.refresh()
    assert tab.table.rowCount() == len(VolunteersService(session).listed()) == 8
    assert all("****" in tab.table.item(r, 4).text() for r in range(tab.table.rowCount()))
    row = next(r for r, p in enumerate(tab.reports) if p.case_id is None)
    report = tab.reports[row]
    tab.report_table.selectRow(row)

    def make(dialog):
        dialog.title_edit.setText("志愿者报：" + report.content[:10])
        dialog.submit()

    when_dialog_opens(make)
    tab.case_button.click()
    linked = next(p for p in VolunteersService(session).reports() if p.id == report.id)
    assert linked.case_id is not None
    assert VolunteersService(session).report_of_case(linked.case_id).id == report.id
    assert "已转" in tab.report_table.item(tab.reports.index(linked), 4).text()
    _shot(tab, "volunteers_tab")
    # and the case says where it came from
    w.open_list("cases", f"case:{linked.case_id}")
    cases = w.page("cases")
    assert cases.current is not None and cases.current.id == linked.case_id
    shown = cases.detail.toPlainText()
    assert "信息员报送" in shown and report.volunteer_name in shown and f"{report.day:%Y-%m-%d}" in shown


def test_the_grid_dialog_refuses_a_link_that_is_not_https(qtbot, window):
    w, session = window
    w.show_page("roster")
    people = w.page("roster")
    people.tabs.setCurrentWidget(people.grids)
    grids = people.grids
    grids.refresh()
    code = next(c.code for c in WechatGroupsService(session).coverage())
    item = grids.tree.topLevelItem(0)
    grids.tree.setCurrentItem(item)
    seen = []

    def bad_then_good(dialog):
        assert dialog.link.text().startswith("https://weixin.qq.com/g/demo-")
        dialog.link.setText("javascript:alert(1)")
        dialog.submit()
        seen.append(dialog.error_text())
        dialog.link.setText("https://weixin.qq.com/g/changed")
        dialog.submit()

    when_dialog_opens(bad_then_good)
    grids.edit_button.click()
    assert seen and "https://" in seen[0]
    assert WechatGroupsService(session).link(code) == "https://weixin.qq.com/g/changed"


def test_a_new_household_whose_head_joined_the_group_counts_at_once(qtbot, window):
    w, session = window
    w.show_page("roster")
    people = w.page("roster")
    people.tabs.setCurrentWidget(people.residents)
    page = people.residents
    grid = WechatGroupsService(session).coverage()[0]

    def fill(dialog):
        dialog.grid.setCurrentIndex(dialog.grid.findData(grid.code))
        dialog.head_name.setText("赵新户")
        dialog.head_id.setText("11010519491231002X")
        dialog.registered_address.setText("东村9排9号")
        dialog.in_group.setChecked(True)
        dialog.submit()

    when_dialog_opens(fill)
    page.add_household_button.click()
    after = WechatGroupsService(session).coverage()[0]
    assert (after.households, after.represented) == (grid.households + 1, grid.represented + 1)
    assert _hand(session)[grid.code] == (after.households, after.represented)
    joined = [h for h in WechatGroupsService(session).households(grid.code) if h.representative == "赵新户"]
    assert len(joined) == 1 and joined[0].joined


def test_the_director_sets_the_threshold_and_the_seven_items(qtbot, window):
    w, session = window
    w.show_page("roster")
    people = w.page("roster")
    people.tabs.setCurrentWidget(people.wechat)
    tab = people.wechat
    tab.refresh()
    assert tab.threshold.isVisible() and tab.threshold.value() == 80
    lowest = min(c.percent for c in WechatGroupsService(session).coverage() if c.households)
    tab.threshold.setValue(lowest)  # the lowest grid's own figure: no grid is below it any more
    tab.threshold_button.click()
    assert WechatGroupsService(session).threshold() == lowest and WechatGroupsService(session).below() == []
    w.show_page("party")
    page = w.page("party")
    stations = page.parts["stations"]
    stations.refresh()

    def change(dialog):
        dialog.lines.setPlainText(dialog.lines.toPlainText().replace("一套桌椅", "") + "\n一块公示栏")
        dialog.submit()

    when_dialog_opens(change)
    stations.items_button.click()
    labels = [i.label for i in StationsService(session).items()]
    assert "一套桌椅" not in labels and labels[-1] == "一块公示栏" and len(labels) == 7
    first = StationsService(session).listed()[0]
    assert first.missing == ("一块公示栏",)  # the new item is missing; the ticks of the kept ones stay
