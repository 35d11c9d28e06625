"""The case's next step as a person meets it on the cases page (issue 22 item 3): one primary
button in one place, carrying the next step's words, with the other steps beside it in a fixed
order; 交给 and 上报人 picked from the team (持证上岗 as the service applies it); closing asked
once more in words, and a cancelled close closes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_inputs import STEP_INPUTS, AssignInput, EscalateInput
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import TRANSITIONS, CaseAction, CaseState, Channel, WorkKind
from gridDesk.domain.certification import Uncertified
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import TeamMember, TeamRole
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.ui.case_words import button_label
from gridDesk.ui.dialogs.case_action_dialog import CaseActionDialog
from gridDesk.ui.dialogs.case_dialog import CaseDialog
from gridDesk.ui.messages import explain
from gridDesk.ui.pages.cases_page import CasesPage
from gridDesk.ui.theme import PRIMARY
from tests.ui.helpers import when_asked, when_dialog_opens

A = CaseAction
PW = "Member@2026x"


@pytest.fixture
def village(tmp_path):
    """The small demo (its team trained) plus 新来的, appointed in grid two and never trained."""
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    director = access.login("demo", "Demo@2026")
    grids = [n.code for n in RosterService(director).tree() if n.parent_code is None]
    first17 = "14010519900101077"
    TeamService(director).save(TeamMember("新来的", first17 + check_digit(first17), "13900000077",
                                          TeamRole.PART_TIME, grids[1], date(2026, 1, 5)), "群众", "高中", True)
    new = next(t.id for t in TeamService(director).members() if t.member.name == "新来的")
    yield access, director, grids, new
    director.close()


def _report(session, grid: str, title: str = "路灯不亮") -> int:
    cases = CasesService(session)
    return cases.report(CaseReport(title, cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                   cases._now(), grid_code=grid)).ids[0]


def _page(qtbot, session, case_id: int) -> CasesPage:
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    page.refresh()
    assert page.select_case(case_id)
    return page


def _primary(page) -> QPushButton:
    buttons = [b for b in page.steps_bar.findChildren(QPushButton) if b.objectName() == "Primary"]
    assert len(buttons) == 1, [b.text() for b in buttons]
    return buttons[0]


def _others(page) -> list[str]:
    """The other steps' words, row by row as a person reads them."""
    grid = page.steps_bar.grid
    cells = []
    for i in range(grid.count()):
        widget = grid.itemAt(i).widget()
        if isinstance(widget, QPushButton) and widget.objectName() != "Primary":
            row, column, _, _ = grid.getItemPosition(i)
            cells.append((row, column, widget.text()))
    return [text for _, _, text in sorted(cells)]


def _where(page, button) -> tuple:
    return (button.mapTo(page, button.rect().topLeft()).toTuple(), button.size().toTuple())


def test_the_next_step_stays_in_one_place_and_says_what_it_is(qtbot, village, tmp_path):
    access, director, grids, _new = village
    case_id = _report(director, grids[0])
    page = _page(qtbot, director, case_id)
    fixed_order = [button_label(a) for a in TRANSITIONS]  # the loop's order, as the domain lists it
    seen = []

    def look(expected: CaseAction) -> None:
        qtbot.wait(30)
        button = _primary(page)
        assert button.text() == button_label(expected) and button.isEnabled()
        seen.append(_where(page, button))
        others = _others(page)
        assert button.text() not in others
        assert others == [w for w in fixed_order if w in others], others  # beside it, in the fixed order
        image = page.grab()
        image.save(str(tmp_path / f"{expected.value}.png"))
        centre = button.mapTo(page, button.rect().center())
        assert image.toImage().pixelColor(centre.x() + button.width() // 3, centre.y()).name() == PRIMARY

    look(A.FILE)
    _primary(page).click()  # 建立案卷: one click
    look(A.ASSIGN)
    member = TeamService(director).members()[0]
    when_dialog_opens(lambda d: (d.member.setCurrentIndex(d.member.findData(member.id)), d.submit()))
    _primary(page).click()
    look(A.START)  # the spot that once held 上报乡镇 after 开始办理
    _primary(page).click()
    look(A.FEEDBACK)
    when_dialog_opens(lambda d: (d.text.setPlainText("已更换灯泡"), d.submit()))
    _primary(page).click()
    look(A.REVISIT)
    when_dialog_opens(lambda d: (d.satisfaction.setCurrentText("满意"), d.submit()))
    _primary(page).click()
    look(A.CLOSE)
    assert len(set(seen)) == 1, seen  # one place, one size, at every step
    when_dialog_opens(lambda d: (d.closure.setCurrentIndex(d.closure.findData("solved")), when_asked("结案归档"),
                                 d.submit()))
    _primary(page).click()
    assert page.current.state is CaseState.CLOSED
    assert page.steps_bar.primary() is None  # nothing is next: the note does not take the spot
    note = page.action_button(A.NOTE)
    assert note is not None and _where(page, note) != seen[0]
    page.ctx.runner.wait(20000)


def test_an_emergency_puts_the_escalation_in_the_next_steps_place(qtbot, village):
    access, director, grids, _new = village
    cases = CasesService(director)
    case_id = cases.report(CaseReport("山体滑坡", cases.categories()[0].id, WorkKind.EMERGENCY, Channel.PHONE,
                                      cases._now(), grid_code=grids[0])).ids[0]
    page = _page(qtbot, director, case_id)
    qtbot.wait(30)  # laid out
    assert _primary(page).text() == button_label(A.ESCALATE)
    first = _where(page, _primary(page))
    cases.act(case_id, cases.get(case_id).version, EscalateInput(channel="phone", taken_by="镇应急办值班员刘强"))
    page.refresh()
    assert page.select_case(case_id)
    qtbot.wait(30)
    # Beside it now the longest words of all (乡镇批示：继续办理) and two rows: it does not move.
    assert _primary(page).text() == button_label(A.TOWNSHIP_SOLVED)
    assert button_label(A.TOWNSHIP_INSTRUCTS) in _others(page)
    assert _where(page, _primary(page)) == first


def test_a_step_that_is_next_but_not_this_accounts_stays_in_place_greyed(qtbot, village):
    access, director, grids, _new = village
    AccountsService(director, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW)
    AccountsService(director, access).set_grids("ge1", [grids[0]])
    member = access.login("ge1", PW)
    try:
        page = _page(qtbot, member, _report(member, grids[0]))
        button = _primary(page)
        assert button.text() == button_label(A.FILE) and not button.isEnabled()
        assert button.toolTip() == "只有主任、工作人员可以立案。"
    finally:
        member.close()


def test_cancelling_the_close_closes_nothing(qtbot, village):
    access, director, grids, _new = village
    cases = CasesService(director)
    case_id = _report(director, grids[0])
    member = TeamService(director).members()[0].id
    for step in (STEP_INPUTS[A.FILE](), AssignInput(member_id=member), STEP_INPUTS[A.START](),
                 STEP_INPUTS[A.FEEDBACK](result="已修好"), STEP_INPUTS[A.REVISIT](satisfaction="满意")):
        cases.act(case_id, cases.get(case_id).version, step)
    page = _page(qtbot, director, case_id)
    asked, outcome = [], {}

    def close(dialog) -> None:
        dialog.closure.setCurrentIndex(dialog.closure.findData("solved"))
        when_asked("取消", asked)
        dialog.submit()
        outcome["open"] = dialog.isVisible()  # the form is still there to think again
        dialog.reject()

    when_dialog_opens(close)
    page.action_button(A.CLOSE).click()
    assert asked and "结案归档后" in asked[0] and "只能追加说明" in asked[0]
    assert outcome["open"]
    assert cases.get(case_id).state is CaseState.FEEDBACK
    assert page.current.state is CaseState.FEEDBACK


def test_assigning_offers_the_team_only_and_refuses_the_uncertified_as_the_service_does(qtbot, village):
    access, director, grids, new = village
    AccountsService(director, access).add("yuan", "袁工作人员", Role.STAFF, PW)
    staff = access.login("yuan", PW)
    try:
        cases = CasesService(staff)
        ids = [_report(staff, grids[1], title) for title in ("路灯不亮", "井盖缺失")]
        for case_id in ids:
            cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[A.FILE]())
        with pytest.raises(Uncertified) as refused:
            cases.act(ids[1], cases.get(ids[1]).version, AssignInput(member_id=new))
        page = _page(qtbot, staff, ids[0])
        team = {t.id for t in TeamService(staff).members()}
        said = {}

        def assign(dialog) -> None:
            assert isinstance(dialog, CaseActionDialog)
            offered = [dialog.member.itemData(i) for i in range(dialog.member.count())]
            assert offered[0] is None and set(offered[1:]) == team  # the team in post, nobody else
            dialog.member.setCurrentIndex(dialog.member.findData(new))
            assert "未持证" in dialog.member.currentText()
            dialog.submit()
            said["error"] = dialog.error.text()
            dialog.reject()

        when_dialog_opens(assign)
        _primary(page).click()
        assert said["error"] == explain(refused.value)
        assert cases.get(ids[0]).state is CaseState.FILED and cases.get(ids[0]).assignee == ""
    finally:
        staff.close()


def test_the_reporter_is_picked_from_the_team_with_the_uncertified_greyed(qtbot, village):
    access, director, grids, new = village
    page = _page(qtbot, director, _report(director, grids[0]))
    saved = []

    def report(dialog) -> None:
        try:
            pick(dialog)
        finally:
            if dialog.isVisible():  # a failed look must not leave the form waiting forever
                dialog.reject()

    def pick(dialog) -> None:
        assert isinstance(dialog, CaseDialog)
        combo = dialog.reporter
        names = {t.id: t.member.name for t in TeamService(director).members()}
        listed = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
        assert listed == names
        row = combo.findData(new)
        assert not combo.model().item(row).isEnabled() and "未持证" in combo.itemData(row, 3)  # ToolTipRole
        first = next(i for i in names if i != new)
        combo.setCurrentIndex(combo.findData(first))
        assert combo.member_id() == first
        dialog.title_edit.setText("垃圾堆放")
        saved.append(names[first])
        dialog.submit()

    when_dialog_opens(report)
    page.new_button.click()
    assert page.current.reporter == saved[0]
