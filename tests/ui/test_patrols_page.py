"""The 巡查 page: a grid member records a patrol with a finding (an error keeps what was typed),
turns it into a case, sees only its grids; the director's rules dialog; the calendar's preview."""

from __future__ import annotations

from datetime import date

from gridDesk.domain.accounts import Role
from gridDesk.domain.cases import CaseState
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.patrol_rules import PatrolRulesService
from gridDesk.services.patrols import PatrolsService
from gridDesk.ui.pages.patrols_page import PatrolsPage
from tests.storage.test_patrols import G1, PW, _ts, clock, july, village  # noqa: F401 (fixtures)
from tests.ui.helpers import when_dialog_opens


def _member(session, access, village):
    AccountsService(session, access).add("zw", "张伟", Role.GRID_MEMBER, PW, member_id=village["zhang"])
    AccountsService(session, access).set_grids("zw", [G1])
    return access.login("zw", PW)


def test_a_grid_member_records_a_finding_and_makes_it_a_case(qtbot, session, access, village, july, tmp_path):
    member = _member(session, access, village)
    page = PatrolsPage(member)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    # only the member's grid: the river and the well missed, the road due today; G2's rental not shown
    shown = {page.due_table.item(r, 1).text(): page.due_table.item(r, 6).text() for r in range(page.due_table.rowCount())}
    assert shown == {"杏花河东段": "漏巡 9 天", "老井": "漏巡 8 天", "后山林道": "今天应巡"}
    assert "漏巡 2 处，今天应巡 1 处" in page.summary.text()
    page.grab().save(str(tmp_path / "patrols_page.png"))
    seen = {}

    def record(dialog):
        dialog.place.setCurrentIndex(dialog.place.findData(village["river"]))
        assert [dialog.member.itemText(i) for i in range(dialog.member.count())] == ["张伟"]  # G1's only
        dialog.outcome.setCurrentIndex(1)  # 发现问题
        dialog.category.setCurrentIndex(3)
        dialog.notes.setPlainText("雨后巡查")
        dialog.submit()  # a finding with no words: refused, the dialog stays with what was typed
        seen["error"] = dialog.error_text()
        seen["kept"] = (dialog.place.currentData(), dialog.outcome.currentIndex(), dialog.notes.toPlainText())
        dialog.grab().save(str(tmp_path / "patrol_dialog.png"))
        dialog.finding.setPlainText("河堤东段有一处渗水，约半米宽")
        dialog.submit()

    when_dialog_opens(record)
    assert page.log_patrol()
    assert "请选择问题类别并写明看到的情况" in seen["error"]
    assert seen["kept"] == (village["river"], 1, "雨后巡查")
    assert page.log_table.item(0, 1).text() == "杏花河东段" and "渗水" in page.log_table.item(0, 4).text()
    assert "漏巡 1 处" in page.summary.text()  # the river is settled for today
    page.tabs.setCurrentIndex(1)
    page.log_table.selectRow(0)
    when_dialog_opens(lambda d: d.submit())
    page.finding_to_case()
    patrol = PatrolsService(member).log_list(date(2026, 7, 20), date(2026, 7, 20))[0]
    case = CasesService(session).get(patrol.case_id)
    assert case.state is CaseState.REPORTED and case.place == "杏花河东段" and case.grid_code == G1
    assert page.log_table.item(0, 5).text() == f"案件 {patrol.case_id}"
    page.grab().save(str(tmp_path / "patrols_log.png"))
    assert not page.rules_button.isVisibleTo(page)  # the rules are the director's


def test_the_director_changes_a_season_in_the_rules_dialog(qtbot, session, village, tmp_path):
    page = PatrolsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.rules_button.isVisibleTo(page)
    seen = {}

    def edit(dialog):
        dialog.seasons.setCurrentRow(0)
        assert dialog.name.text() == "汛期"
        dialog.ends.setText("09-31")  # no such day: refused inline, what was typed stays
        dialog.save_season()
        seen["error"] = dialog.error.text()
        seen["kept"] = dialog.ends.text()
        dialog.ends.setText("10-15")
        dialog.save_season()
        dialog.grab().save(str(tmp_path / "patrol_rules.png"))
        dialog.reject()

    when_dialog_opens(edit)
    page.edit_rules()
    assert "月-日" in seen["error"] and seen["kept"] == "09-31"
    flood = next(s for s in PatrolRulesService(session).rules().seasons if s.name == "汛期")
    assert (flood.starts, flood.ends) == ("06-01", "10-15")


def test_the_calendar_opens_in_the_preview(qtbot, session, village, july, monkeypatch):
    from gridDesk.ui.dialogs.print_preview import PrintPreview

    shown = []
    monkeypatch.setattr(PrintPreview, "exec", lambda self: shown.append(self.windowTitle()) or self.reject())
    page = PatrolsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    page.grid.setCurrentIndex(page.grid.findData(G1))
    page.preview_calendar()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "巡查日历 2026-07" in shown[0]


def test_the_dashboard_counts_missed_patrols_and_opens_the_list(qtbot, session, access, village, july, tmp_path):
    from gridDesk.ui.shell import build_main_window

    member = _member(session, access, village)
    window = build_main_window(member, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    dashboard = window.page("dashboard")
    card = dashboard.cards["patrols_missed"]
    qtbot.waitUntil(lambda: card.value.text() != "–", timeout=10000)
    assert card.value.text() == "2" and card.caption.text() == "漏巡的场所和风险点"  # G1's river and well
    window.grab().save(str(tmp_path / "dashboard.png"))
    card.click()
    page = window.page("patrols")
    qtbot.waitUntil(lambda: page.due_table.rowCount() == 3, timeout=10000)
    assert page.tabs.currentIndex() == 0 and page.due_table.item(0, 6).text().startswith("漏巡")
