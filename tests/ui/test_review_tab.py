"""季评议 driven as a person would: the quarter's table, a member's quarter with the records
behind a figure, the appraisals entered, the first review refused until every item has points,
then recorded by the director with its changes, the township's second review closing the
quarter; the rules dialog; a staff account sees no review buttons."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from gridDesk.domain.accounts import Role
from gridDesk.domain.assessment import ReviewState
from gridDesk.services.accounts import AccountsService
from gridDesk.services.assessment import AssessmentService
from gridDesk.ui.dialogs.member_quarter_dialog import MemberQuarterDialog
from gridDesk.ui.pages.cycle_page import CyclePage, visible_tabs
from gridDesk.ui.pages.review_tab import ReviewTab
from tests.storage.review_village import Q3, village  # noqa: F401  (the fixture)
from tests.ui.helpers import when_dialog_opens

@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    return said


def _row_of(table, name: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def _enter(dialog: MemberQuarterDialog, name: str, points: float, words: str, people: int = 0) -> None:
    dialog.items.selectRow(_row_of(dialog.items, name))
    dialog.points.setValue(points)
    dialog.words.setText(words)
    dialog.participants.setValue(people)
    dialog.save_entry_button.click()
    assert dialog.entry_error.text() == ""


def test_a_quarter_through_both_reviews(qtbot, village, tmp_path):
    session, zhang, li = village
    page = CyclePage(session)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.refresh()
    page.show_part("review")  # the page opens on 月例会; the review is its second tab
    tab = page.parts["review"]
    assert isinstance(tab, ReviewTab) and tab.current_quarter() == Q3  # the last full quarter first
    assert tab.table.rowCount() == 2
    row = _row_of(tab.table, "张网格")
    headers = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
    assert tab.table.item(row, headers.index("案件按时办结\n(200)")).text() == "100"
    assert tab.table.item(row, headers.index("民情日志\n(150)")).text() == "0"  # 3 of 66 days
    assert tab.table.item(row, headers.index("评议")).text() == "未评议"
    # Opening a member's quarter from the table.
    tab.table.selectRow(row)
    seen = []
    when_dialog_opens(lambda d: (seen.append(d.windowTitle()), d.reject()))
    tab.open_selected()
    assert seen == ["张网格 · 2026年第3季度"]

    dialog = MemberQuarterDialog(tab.ctx, zhang, Q3, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    # The records behind a figure: his closed cases, the late one marked.
    dialog.items.selectRow(_row_of(dialog.items, "案件按时办结"))
    assert dialog.evidence.rowCount() == 4 and "4 条" in dialog.evidence_caption.text()
    late = next(r for r in range(4) if dialog.evidence.item(r, 1).text().startswith("T2"))
    assert dialog.evidence.item(late, 0).toolTip() == "超过办结时限"
    assert not dialog.save_entry_button.isEnabled()  # a computed item is not typed in
    _enter(dialog, "群众代表评议", 90, "群众评价好", 12)
    _enter(dialog, "党员评议", 85, "", 8)
    _enter(dialog, "本人自评", 45, "本季走访还不够")
    assert dialog.items.item(_row_of(dialog.items, "群众代表评议"), 4).text() == "90"
    dialog.grab().save(str(tmp_path / "member_quarter.png"))

    refused = []

    def first_incomplete(d):
        d.reviewer.setText("杏花村党总支 王书记")
        d.decision.setPlainText("同意")
        d.set_change("民情日志", 120, "")  # a change with no reason: refused, nothing lost
        d.submit()
        refused.append(d.error_text())
        d.set_change("民情日志", 120, "纸质民情日志核定")
        d.set_change("巡查", 90, "巡查记录本核定")
        d.grab().save(str(tmp_path / "first_review.png"))
        d.submit()

    when_dialog_opens(first_incomplete)
    dialog.first_button.click()
    assert "理由" in refused[0]
    assert dialog.mq.state is ReviewState.FIRST_DONE and not dialog.entry.isVisible()
    assert not dialog.first_button.isEnabled() and dialog.second_button.isEnabled()
    assert "村党组织初评：杏花村党总支 王书记" in dialog.reviews.text() and "民情日志 0 → 120" in dialog.reviews.text()

    def second(d):
        d.reviewer.setText("小店镇党委")
        d.decision.setPlainText("同意初评")
        d.submit()

    when_dialog_opens(second)
    dialog.second_button.click()
    assert dialog.mq.state is ReviewState.CLOSED and not dialog.second_button.isEnabled()
    assert dialog.head.text().count("567.5") == 1 and "不称职" in dialog.head.text()
    dialog.grab().save(str(tmp_path / "member_closed.png"))
    dialog.close()
    tab.refresh()
    assert tab.table.item(_row_of(tab.table, "张网格"), headers.index("评议")).text() == "已复评（结束）"
    assert tab.table.item(_row_of(tab.table, "张网格"), headers.index("等次")).text() == "不称职"
    assert tab.year_table.rowCount() == 2
    page.grab().save(str(tmp_path / "review_tab.png"))
    # Exporting from the tab (the runner writes it off the UI thread).
    out = tmp_path / "q3.xlsx"
    op = tab.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and op not in tab.ctx.runner.running, timeout=10_000)


def test_the_rules_dialog_and_who_sees_what(qtbot, village, access):
    session, zhang, li = village
    page = CyclePage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.show_part("review")
    tab = page.parts["review"]
    assert tab.rules_button.isVisible()

    def change(d):
        try:
            _change(d)
        except BaseException as exc:  # a failed check must not leave the dialog open
            d.reject()
            failures.append(exc)

    failures = []

    def _change(d):
        r = _row_of_widgets(d, "培训学时")
        d.table.cellWidget(r, 3).setValue(80)
        d.grade_spins[next(iter(d.grade_spins))].setValue(100)  # 优秀 below 称职: refused in words
        d.submit()
        assert "从高到低" in d.error_text()
        d.grade_spins[next(iter(d.grade_spins))].setValue(900)
        d.submit()

    when_dialog_opens(change)
    tab.edit_rules()
    assert not failures, failures
    items, _grades = AssessmentService(session).rules()
    assert next(i for i in items if i.name == "培训学时").max_points == 80
    headers = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
    assert "培训学时\n(80)" in headers
    AccountsService(session, access).add("staff9", "工作人员", Role.STAFF, "Staff@2026x")
    staff = access.login("staff9", "Staff@2026x")
    try:
        assert [t.key for t in visible_tabs(staff)] == ["meetings", "review", "pay"]
        dialog = MemberQuarterDialog(CyclePage(staff).ctx, zhang, Q3)
        qtbot.addWidget(dialog)
        assert not dialog.first_button.isVisibleTo(dialog) and dialog.entry.isVisibleTo(dialog)
        assert not ReviewTab(CyclePage(staff).ctx).rules_button.isVisibleTo(dialog)  # the rules are the director's
    finally:
        staff.close()
    AccountsService(session, access).add("member9", "网格员", Role.GRID_MEMBER, "Member@2026x")
    member = access.login("member9", "Member@2026x")
    try:
        assert visible_tabs(member) == []  # a member's assessment is the centre's record
    finally:
        member.close()


def _row_of_widgets(dialog, name: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.cellWidget(r, 0).text() == name)


def test_the_records_behind_a_figure_open_where_they_live(qtbot, village, access):
    """Issue 18 item 4 asks for click-through from a computed item's evidence to the records:
    double-clicking a case opens it on the cases page; a log day opens that member's day; the
    log states read in the window's language, not as the service's codes."""
    from gridDesk.ui.shell import build_main_window

    session, zhang, li = village
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.show()
    window.open_list("cycle", "review")
    tab = window.page("cycle").parts["review"]
    dialog = MemberQuarterDialog(tab.ctx, zhang, Q3, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.items.selectRow(_row_of(dialog.items, "案件按时办结"))
    assert "双击一条记录打开它" in dialog.evidence_caption.text()
    wanted = dialog.evidence_rows[1].record_id
    dialog.evidence.cellDoubleClicked.emit(1, 0)
    assert not dialog.isVisible()
    cases = window.page("cases")
    assert window.stack.currentWidget() is cases
    selected = cases.table.selectionModel().selectedRows()
    assert selected and cases.cases[selected[0].row()].id == wanted

    dialog = MemberQuarterDialog(tab.ctx, zhang, Q3, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.items.selectRow(_row_of(dialog.items, "民情日志"))
    n = dialog.evidence.rowCount()
    assert n == len(dialog.evidence_rows) > 0
    states = {dialog.evidence.item(r, 1).text() for r in range(n)}
    assert states <= {"已提交", "已签核", "退回待更正"} and states
    day = dialog.evidence_rows[n - 1].when
    dialog.evidence.cellDoubleClicked.emit(n - 1, 1)
    logs = window.page("daily_logs")
    assert window.stack.currentWidget() is logs
    assert logs.member.currentData() == zhang and logs.day.date().toString("yyyy-MM-dd") == day
