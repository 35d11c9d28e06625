"""奖惩与绩效 driven as a person would on the demo village: a month drawn up, reviewed and locked
(the draw-up button then greyed), a correction refused without a reason then recorded as its own
line, the ledger exported and read back with openpyxl; a warning entered with its document (the
dialog keeps what was typed when refused); staff may not lock; a grid member has no such tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.pay import LedgerState, PaySource
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.demo import build_demo
from gridDesk.services.pay import PayService
from gridDesk.services.rewards import RewardsService
from gridDesk.ui.pages.cycle_page import CyclePage, visible_tabs
from tests.ui import file_dialog_driver
from tests.ui.helpers import when_dialog_opens

PW = "Helper@2026x"
SHOTS = Path(__file__).resolve().parent.parent.parent / "build" / "shots"


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access
    session.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    return said


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_the_months_ledger_to_locked_corrected_and_exported(qtbot, demo, tmp_path, monkeypatch):
    session, _access = demo
    page = CyclePage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_part("pay")
    tab = page.parts["pay"]
    tab.month.setCurrentIndex(2)  # two months ago: the demo drew up neither it nor locked it
    page.refresh()
    month = tab.current_month()
    assert "未编制" in tab.state.text() and not tab.buttons["lock"].isEnabled()
    tab.buttons["draw"].click()
    qtbot.waitUntil(lambda: tab.ledger.state is LedgerState.DRAFT, timeout=20000)
    assert "草稿" in tab.state.text() and tab.buttons["lock"].isEnabled()
    tab.buttons["lock"].click()
    qtbot.waitUntil(lambda: tab.ledger.state is LedgerState.LOCKED, timeout=20000)
    assert "已锁定" in tab.state.text()
    assert not tab.buttons["draw"].isEnabled() and tab.buttons["correct"].isEnabled()
    rows = tab.members.rowCount()
    assert rows == len(tab.ledger.members) + 1 and tab.members.item(rows - 1, 0).text() == "合计"
    assert tab.members.item(rows - 1, 7).text().replace(",", "") == f"{tab.ledger.total / 100:.2f}"
    before = tab.ledger.total
    tab.members.selectRow(0)
    assert tab.lines.rowCount() == len(tab.ledger.members[0].lines)

    def fix(dialog):
        dialog.amount.setValue(35.5)
        dialog.ref.setText("漏计案件")
        dialog.submit()
        assert "理由" in dialog.error_text()
        assert dialog.amount.value() == 35.5 and dialog.ref.text() == "漏计案件"  # kept
        dialog.reason.setPlainText("漏计一件按期办结的案件")
        dialog.submit()

    when_dialog_opens(fix)
    tab.correct()
    first = tab.ledger.members[0]
    assert tab.ledger.total == before + 3550
    assert [x.amount for x in first.lines if x.source is PaySource.CORRECTION] == [3550]
    assert any(tab.lines.item(r, 0).text() == "更正" for r in range(tab.lines.rowCount()))
    _shot(page, "pay_tab_locked.png")

    out = tmp_path / "pay.xlsx"
    file_dialog_driver.answer(monkeypatch, [], out)
    tab.buttons["export"].click()
    qtbot.waitUntil(lambda: getattr(tab, "exported", None) == out, timeout=20000)
    sheet = load_workbook(out)["绩效补贴"]
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    header = values[2]
    totals = values[3 + len(tab.ledger.members)]
    assert "已锁定" in values[1][0] and month[:4] in values[1][0]
    assert round(totals[header.index("合计")] * 100) == tab.ledger.total
    assert round(totals[header.index("更正")] * 100) == 3550


def test_a_warning_with_its_document_and_the_dialog_keeps_what_was_typed(qtbot, demo, tmp_path):
    session, _access = demo
    page = CyclePage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_part("pay")  # the page opens on 月例会; showing a tab draws it
    tab = page.parts["pay"]
    before = tab.reward_table.rowCount()
    assert before == 3  # the demo's two commendations and a warning
    scan = tmp_path / "警示通知.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

    def enter(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("warning"))
        dialog.document_number.setText("村委〔2026〕9号")
        dialog.submit()
        assert "事由" in dialog.error_text()
        assert dialog.document_number.text() == "村委〔2026〕9号"  # what was typed stays
        dialog.reason.setPlainText("巡查记录与实际不符")
        dialog.files.add_paths([str(scan)])
        _shot(dialog, "reward_dialog.png")
        dialog.submit()

    when_dialog_opens(enter)
    tab.open_reward(None)
    assert tab.reward_table.rowCount() == before + 1
    newest = RewardsService(session).listed()[0]
    assert (newest.reward.document_number, newest.files) == ("村委〔2026〕9号", 1)
    tab.reward_table.selectRow(0)
    assert tab.files.isVisible() and "警示通知.pdf" in tab.files.list.item(0).text()
    who = newest.reward.member_id
    tab.member_filter.setCurrentIndex(tab.member_filter.findData(who))
    assert all(tab.reward_table.item(r, 1).text() == newest.member_name for r in range(tab.reward_table.rowCount()))


def test_staff_cannot_lock_and_a_grid_member_has_no_tab(qtbot, demo):
    session, access = demo
    accounts = AccountsService(session, access)
    accounts.add("staff9", "", Role.STAFF, PW)
    accounts.add("member9", "", Role.GRID_MEMBER, PW)
    staff = access.login("staff9", PW)
    page = CyclePage(staff)
    qtbot.addWidget(page)
    page.show_part("pay")  # the page opens on 月例会; showing a tab draws it
    tab = page.parts["pay"]
    assert tab.buttons["draw"].isVisibleTo(tab) and not tab.buttons["lock"].isVisibleTo(tab)
    assert not tab.buttons["rules"].isVisibleTo(tab) and not tab.buttons["correct"].isVisibleTo(tab)
    staff.close()
    member = access.login("member9", PW)
    assert visible_tabs(member) == []
    with pytest.raises(Exception):
        PayService(member).ledger(tab.current_month())
    member.close()


def test_the_dashboard_says_who_is_below_the_minimum_wage_and_opens_the_ledger(qtbot, demo):
    from gridDesk.services.dashboard import DashboardService
    from gridDesk.ui.pages.dashboard import DashboardPage

    session, _access = demo
    went = []
    page = DashboardPage(session, DashboardService(session), "演示村", "演示主任", lambda p, a: went.append((p, a)))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    pay = PayService(session)
    below = len(pay.ledger(pay.last_month()).below_minimum)
    assert below  # the demo's full-time members are paid the example base, under its minimum wage
    assert page.pay_notice.isVisible() and f"{below} 名专职网格员" in page.pay_notice.text.text()
    assert "以往月份" not in page.pay_notice.text.text()  # the demo locked last month
    page.pay_notice.button.click()
    assert went == [("cycle", "pay")]
    _shot(page, "dashboard_pay_notice.png")


def test_a_members_record_shows_their_commendations_and_warnings(qtbot, demo):
    from gridDesk.services.roster import RosterService
    from gridDesk.services.team import TeamService
    from gridDesk.ui.pages.team_tab import TeamTab

    session, access = demo
    warned = next(r for r in RewardsService(session).listed() if r.reward.kind.value == "warning")
    tab = TeamTab(RosterService(session), TeamService(session), True)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    row = next(i for i, r in enumerate(tab.records) if r.id == warned.reward.member_id)
    tab.table.selectRow(row)
    assert tab.rewards.isVisible()
    assert "警示（村）" in tab.rewards.text() and warned.reward.reason in tab.rewards.text()
    AccountsService(session, access).add("member8", "", Role.GRID_MEMBER, PW)
    member = access.login("member8", PW)
    own = TeamTab(RosterService(member), TeamService(member), False)
    qtbot.addWidget(own)
    own.show()
    own.refresh()
    if own.records:
        own.table.selectRow(0)
    assert not own.rewards.isVisible()  # a grid member sees nothing of it
    member.close()


def test_a_dismissal_offers_the_departure_filled_in_and_opens_the_vacancy(qtbot, demo):
    """解聘 is the decision; the leaving is staffing's record. Saving a dismissal of a member in
    post opens 登记离任 with the date, 解聘, who decided and the document already in it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gridDesk.domain.roster import TeamRole
    from gridDesk.services.staffing import StaffingService
    from gridDesk.services.team import TeamService
    from gridDesk.ui.dialogs.departure_dialog import DepartureDialog

    session, _access = demo
    page = CyclePage(session)
    qtbot.addWidget(page)
    page.show_part("pay")
    tab = page.parts["pay"]
    member = next(m for m in TeamService(session).members() if m.member.role is TeamRole.PART_TIME)
    seen = {}

    def departure() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DepartureDialog):
            QTimer.singleShot(50, departure)
            return
        seen["reason"], seen["document"] = dialog.reason.currentData(), dialog.document.text()
        seen["on"] = dialog.on.date().toString("yyyy-MM-dd")
        dialog.submit()

    def enter(dialog):
        dialog.member.setCurrentIndex(dialog.member.findData(member.id))
        dialog.kind.setCurrentIndex(dialog.kind.findData("dismissal"))
        dialog.reason.setPlainText("连续两个季度考核不合格")
        dialog.document_number.setText("村委〔2026〕12号")
        QTimer.singleShot(50, departure)
        dialog.submit()

    when_dialog_opens(enter)
    tab.open_reward(None)
    reward = RewardsService(session).listed()[0].reward
    assert seen == {"reason": "dismissed", "document": "村委〔2026〕12号", "on": f"{reward.day:%Y-%m-%d}"}
    staffing = StaffingService(session)
    assert staffing.departures()[member.id].document == "村委〔2026〕12号"
    assert any(v.vacancy.left_member_id == member.id for v in staffing.vacancies())
