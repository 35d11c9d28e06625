"""月例会 driven as a person would: a meeting recorded in its dialog (a refusal shown under its
field, everything typed kept), made final, its minutes previewed and saved and read back; a final
meeting offers no edit; the demo's overdue follow-up task in red, on the dashboard and in a grid
member's own list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import ValidationError
from gridDesk.domain.meetings import TaskState
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.demo import build_demo
from gridDesk.services.meetings import MeetingsService
from gridDesk.services.tasks import TasksService
from gridDesk.ui.pages.cycle_page import CyclePage
from gridDesk.ui.pages.dashboard import DashboardPage
from tests.storage.test_meetings import fonts_embedded
from tests.ui.helpers import when_dialog_opens

PW = "Member@2026pass"


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
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def _tab(qtbot, session):
    page = CyclePage(session)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.show_part("meetings")
    tab = page.parts["meetings"]
    tab.refresh()
    return page, tab


def test_the_demo_has_two_final_meetings_and_a_done_and_an_overdue_task(demo):
    session, _access = demo
    service = MeetingsService(session)
    today = service.today()
    held = [m for year in {today.year, today.year - 1} for m in service.of_year(year)]
    assert len(held) == 2 and all(m.final for m in held)
    last_month = (today.replace(day=1) - timedelta(days=1))
    assert sorted(f"{m.held_on:%Y-%m}" for m in held)[-1] == f"{last_month:%Y-%m}"
    states = sorted((t.state.value, t.overdue(today)) for t in TasksService(session).list())
    assert states == [("done", False), ("open", True)]


def test_a_meeting_from_its_dialog_to_the_printed_minutes(qtbot, demo, tmp_path):
    session, _access = demo
    page, tab = _tab(qtbot, session)
    before = len(tab.meetings)
    today = tab.service.today()
    typed = {}

    def fill(dialog):
        dialog.held_on.setDate(QDate(today.year, today.month, today.day))
        dialog.place.setText("")
        dialog.host.setText("王主持")
        dialog.recorder.setText("李记录")
        dialog.topics.setPlainText("通报本月走访和事件办理")
        for i in (0, 1):
            dialog.members.item(i).setCheckState(Qt.CheckState.Checked)
        typed["team"] = [dialog.members.item(i).text() for i in (0, 1)]
        dialog.party.add(None, "张党员")
        dialog.representatives.add(None, "赵代表")
        dialog.guests.setText("镇综治办 钱干事")
        dialog.decisions.setPlainText("坚持每周走访全覆盖")
        row = dialog.add_followup()
        dialog.followups.item(row, 0).setText("河道沿线设警示牌")
        owner = dialog.followups.cellWidget(row, 1)
        owner.setCurrentIndex(1)
        typed["owner"] = owner.currentText().split("（")[0]
        due = today + timedelta(days=7)
        dialog.followups.cellWidget(row, 2).setDate(QDate(due.year, due.month, due.day))
        assert dialog.figures.rowCount() >= 10  # the month's figures, as they stand
        dialog.submit()  # no place: refused under the field, the rest kept
        typed["error"] = dialog.error_text()
        typed["kept"] = (dialog.host.text(), dialog.party.chosen, dialog.followups.rowCount())
        dialog.tabs.setCurrentIndex(0)
        dialog.grab().save(str(tmp_path / "meeting_dialog.png"))
        dialog.place.setText("村综治中心会议室")
        dialog.submit()

    when_dialog_opens(fill)
    tab.new_meeting()
    assert "会议地点" in typed["error"]
    assert typed["kept"] == ("王主持", [(None, "张党员")], 1)
    assert len(tab.meetings) == before + 1
    new = tab.selected()
    assert new is not None and new.host == "王主持" and not new.final
    assert tab.buttons["edit"].isEnabled() and tab.buttons["final"].isEnabled()
    tab.make_final()
    new = tab.selected()
    assert new.final and not tab.buttons["edit"].isEnabled() and not tab.buttons["final"].isEnabled()
    with pytest.raises(ValidationError, match="已定稿"):
        tab.service.save(new)
    tab.edit_meeting()  # a final meeting opens no dialog: nothing to wait for
    # the follow-up became a task of its owner
    assert any(t.title == "河道沿线设警示牌" and t.owner_name == typed["owner"] for t in tab.tasks)
    saved = tmp_path / "纪要.pdf"

    def save(preview):
        preview.grab().save(str(tmp_path / "minutes_preview.png"))
        assert preview.save_to(saved)
        preview.accept()

    when_dialog_opens(save)
    tab.print_minutes()
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    for said in ("会议纪要", "王主持", "李记录", *typed["team"], "张党员", "赵代表", "钱干事", "河道沿线设警示牌",
                 typed["owner"], "本月走访次数", "按时办结", "主持人签字", "记录人签字", "参会人员签字"):
        assert said in text, said
    assert fonts_embedded(saved)
    page.grab().save(str(tmp_path / "meetings_tab.png"))


def test_overdue_tasks_are_red_on_the_tab_and_said_on_the_dashboard(qtbot, demo, tmp_path):
    session, access = demo
    _page, tab = _tab(qtbot, session)
    today = tab.tasks_service.today()
    row = next(i for i, t in enumerate(tab.tasks) if t.overdue(today))
    assert tab.task_table.item(row, 0).foreground().color().name() == "#b3261e"
    assert "超期" in tab.task_table.item(row, 4).text()
    tab.task_table.selectRow(row)
    assert tab.done_button.isEnabled()
    board = DashboardPage(session, DashboardService(session), "杏花村", "演示主任")
    qtbot.addWidget(board)
    board.resize(1200, 800)
    board.show()
    board.refresh()
    lines = board.meeting_lines
    assert lines.overdue.isVisible() and "超期 1 项" in lines.overdue.text.text()
    assert lines.no_meeting.isHidden() == (today.day <= 20)  # nothing yet this month; said after the 20th
    board.grab().save(str(tmp_path / "dashboard.png"))
    # the grid member who owns it sees it on their own 工作台 (and has no 例会考核 page)
    from gridDesk.ui.pages.cycle_page import visible_tabs

    overdue = tab.tasks[row]
    AccountsService(session, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW, member_id=overdue.owner_id)
    member = access.login("ge1", PW)
    try:
        assert visible_tabs(member) == []
        mine = DashboardPage(member, DashboardService(member), "杏花村", "网格员一")
        qtbot.addWidget(mine)
        mine.resize(1200, 800)
        mine.show()
        mine.refresh()
        assert mine.meeting_lines.mine.isVisible()
        assert overdue.title in mine.meeting_lines.mine.text() and "已超期" in mine.meeting_lines.mine.text()
        assert all(t.owner_id == overdue.owner_id for t in TasksService(member).list())
        mine.grab().save(str(tmp_path / "member_dashboard.png"))
    finally:
        member.close()
    # the task done from the tab: the dashboard's red line goes

    def finish(dialog):
        dialog.submit()  # nothing said: refused, stays open
        assert "完成情况" in dialog.error_text()
        dialog.text.setPlainText("已设警示牌")
        dialog.submit()

    when_dialog_opens(finish)
    tab.task_done()
    assert TasksService(session).counts().overdue == 0
    assert next(t for t in TasksService(session).list() if t.id == overdue.id).state is TaskState.DONE
    board.refresh()
    assert lines.overdue.isHidden()
