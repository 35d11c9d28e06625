"""The case's screen shows each escalation's journey (issue 21 item 1): not yet exported, then
the batch that carried it and when, then the township's receipt for that batch."""

from __future__ import annotations

from datetime import datetime

from gridDesk.archive.receipt import sign_report, township_key
from gridDesk.archive.verify import report_xml, verify_path
from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.cases import CasesService
from gridDesk.ui.pages.cases_page import CasesPage


def _escalated(session, clock) -> int:
    clock.now = datetime(2026, 3, 2, 9, 0).timestamp()
    cases = CasesService(session)
    category = cases.categories()[1].id
    case_id = cases.report(CaseReport("河道堤坝渗水", category, WorkKind.COORDINATION, Channel.WALK_IN,
                                      datetime(2026, 3, 2, 8, 0), place="东河堤")).ids[0]
    for step in (STEP_INPUTS[A.FILE](), STEP_INPUTS[A.ESCALATE](channel="paper", taken_by="镇水利站",
                                                                 detail="请镇水利站派员")):
        cases.act(case_id, cases.get(case_id).version, step)
    return case_id


def _detail(qtbot, session, case_id) -> str:
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    page.refresh()
    assert page.select_case(case_id)
    return page.detail.toPlainText()


def test_the_case_shows_not_left_then_left_then_received(qtbot, session, clock, tmp_path):
    case_id = _escalated(session, clock)
    text = _detail(qtbot, session, case_id)
    assert "上报乡镇" in text and "2026-03-02 09:00" in text and "未随上报包导出" in text

    archive = ArchiveService(session)
    stick = tmp_path / "stick"
    stick.mkdir()
    clock.now = datetime(2026, 3, 3, 10, 0).timestamp()
    batch, _report = archive.export(stick)
    text = _detail(qtbot, session, case_id)
    assert f"上报包 {batch.name} 已导出 2026-03-03 10:00" in text and "未随上报包导出" not in text
    assert "乡镇已签收" not in text

    township, _made = township_key(tmp_path / "township")
    archive.register_township(township.public().fingerprint())
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(sign_report(report_xml(verify_path(stick / batch.name, [archive.signing_key().public()])),
                                    township))
    clock.now = datetime(2026, 3, 5, 15, 30).timestamp()
    archive.import_receipt(receipt)
    text = _detail(qtbot, session, case_id)
    assert "乡镇回执 2026-03-05 15:30，乡镇已签收" in text


def test_the_escalation_dialog_asks_for_a_deadline_only_when_given(qtbot):
    from datetime import date

    from PySide6.QtCore import QDate

    from gridDesk.domain.case_inputs import EscalateInput
    from gridDesk.ui.dialogs.case_action_dialog import CaseActionDialog

    got = []
    dialog = CaseActionDialog(A.ESCALATE, got.append)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("paper"))
    dialog.taken_by.setText("镇水利站")
    assert dialog.asked_due.text() == "不要求"
    dialog.submit()
    assert got[-1] == EscalateInput(channel="paper", taken_by="镇水利站")
    dialog = CaseActionDialog(A.ESCALATE, got.append)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("paper"))
    dialog.asked_due.setDate(QDate(2026, 3, 6))
    dialog.text.setPlainText("请镇水利站派员")
    dialog.submit()
    assert got[-1].asked_due == date(2026, 3, 6) and got[-1].detail == "请镇水利站派员"


def test_the_case_list_marks_whether_the_escalation_has_left(qtbot, session, clock, tmp_path):
    case_id = _escalated(session, clock)
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.refresh()
    row = next(i for i, c in enumerate(page.cases) if c.id == case_id)
    assert page.model.index(row, 3).data() == "已上报乡镇 · 未导出"
    stick = tmp_path / "stick"
    stick.mkdir()
    ArchiveService(session).export(stick)
    page.refresh()
    row = next(i for i, c in enumerate(page.cases) if c.id == case_id)
    assert page.model.index(row, 3).data() == "已上报乡镇 · 已导出"
