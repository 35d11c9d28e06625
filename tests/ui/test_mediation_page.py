"""人民调解 driven as a person would (issue 20 item 1): on the 事件 page a dispute case offers
人民调解…, the intake refused without parties keeps what was typed and then registers; on the
人民调解 page a session, the agreement, the printed 人民调解协议书 (read back) and the follow-up
visit that closes it; the case shows the mediation's number and state."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from gridDesk import paths
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.mediation import MediationState
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.mediation import MediationService
from gridDesk.services.roster import RosterService
from gridDesk.ui.bundle import SessionBundle
from gridDesk.ui.pages.cases_page import CasesPage
from gridDesk.ui.pages.disputes_page import DisputesPage
from tests.storage.test_mediation import _fonts_embedded
from tests.ui.helpers import when_dialog_opens as _when_dialog_opens

FAILED: list[BaseException] = []


def when_dialog_opens(act) -> None:
    """As the helper, but a failing step closes the dialog and is raised by the test, not hung on."""
    def guarded(dialog) -> None:
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001  (re-raised by the test below)
            FAILED.append(exc)
        if dialog.isVisible() and hasattr(dialog, "error_text"):  # still open: it was refused
            FAILED.append(AssertionError(f"the dialog refused: {dialog.error_text()}"))
        if dialog.isVisible():
            dialog.reject()

    _when_dialog_opens(guarded)


def _raise() -> None:
    if FAILED:
        raise FAILED.pop()


@pytest.fixture
def village(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def test_a_mediation_from_intake_to_the_printed_agreement_and_a_follow_up(qtbot, village, tmp_path):
    session = village
    ctx = SessionBundle(session)
    cases = CasesService(session)
    cats = {c.name: c.id for c in cases.categories()}
    grid = RosterService(session).tree()[0].code
    now = datetime.now().replace(microsecond=0)
    case_id = int(cases.report(CaseReport("邻居因排水沟争执", cats["邻里纠纷"], WorkKind.ORDINARY, Channel.VISIT,
                                          now, grid_code=grid, place="村东")).ids[0])
    other = int(cases.report(CaseReport("路灯损坏", cats["治安隐患"], WorkKind.ORDINARY, Channel.VISIT, now,
                                        grid_code=grid)).ids[0])
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.refresh()
    assert page.select_case(other)
    assert page.actions.findChild(QPushButton, "mediation") is None  # not a dispute: no mediation
    assert page.select_case(case_id)
    button = page.actions.findChild(QPushButton, "mediation")
    assert button is not None and button.text() == "人民调解…"
    today = MediationService(session).today()
    seen = {}

    def fill(dialog):
        dialog.place.setText("村东排水沟")
        dialog.people.setValue(4)
        dialog.dispute_type.setText("邻里纠纷")
        dialog.summary.setPlainText("两户因排水沟改道发生争执")
        dialog.occurred_on.setDate(_qdate(today))
        dialog.submit()  # no parties: refused, everything typed kept
        seen["error"] = dialog.error_text()
        seen["kept"] = (dialog.place.text(), dialog.people.value(), dialog.summary.toPlainText())
        dialog.add_written("赵甲", "", "13800138000", "村东 1 号")
        dialog.add_written("钱乙", "", "", "村东 2 号")
        dialog.grab().save(str(tmp_path / "mediation_intake.png"))
        dialog.submit()

    when_dialog_opens(fill)
    button.click()
    _raise()
    assert "两方当事人" in seen["error"]
    assert seen["kept"] == ("村东排水沟", 4, "两户因排水沟改道发生争执")
    m = MediationService(session).of_case(case_id)
    assert m is not None and m.number.endswith("调字第001号")
    page.select_case(case_id)
    assert m.number in page.detail.toPlainText() and "调解中" not in page.detail.toPlainText()
    assert "已受理" in page.detail.toPlainText()

    med = DisputesPage(ctx)
    qtbot.addWidget(med)
    med.resize(1200, 760)
    med.show()
    med.show_part(str(m.id))
    tab = med.parts["mediation"]
    assert tab.current is not None and tab.current.id == m.id
    assert tab.table.item(0, 0).text() == m.number and "赵甲" in tab.table.item(0, 2).text()
    assert "138****8000" in tab.record.toPlainText()  # masked by default
    assert tab.buttons["session"].isEnabled() and not tab.buttons["outcome"].isEnabled()
    assert not tab.buttons["print"].isEnabled()

    def session_fill(dialog):
        dialog.team.item(0).setCheckState(Qt.CheckState.Checked)
        seen["mediator"] = dialog.team.item(0).text()
        dialog.others.setText("村调委会 白委员")
        dialog.attended.setText("双方当事人")
        dialog.said.setPlainText("讲明排水沟原走向，双方同意恢复")
        dialog.submit()

    when_dialog_opens(session_fill)
    tab.hold_session()
    _raise()
    assert tab.current.state is MediationState.IN_PROGRESS and tab.buttons["outcome"].isEnabled()

    def outcome_fill(dialog):
        dialog.disputed.setPlainText("排水沟走向")
        dialog.terms.setPlainText("")
        dialog.performance.setText("双方自行施工")
        dialog.perform_by.setDate(_qdate(today))
        dialog.submit()  # an agreement with no terms: refused under its field
        seen["terms"] = dialog.error_text()
        dialog.terms.setPlainText("一、排水沟按原走向恢复；二、费用双方各半。")
        dialog.submit()

    when_dialog_opens(outcome_fill)
    tab.record_outcome()
    _raise()
    assert "协议内容" in seen["terms"]
    assert tab.current.state is MediationState.AGREED and tab.buttons["print"].isEnabled()
    saved = tmp_path / "协议书.pdf"

    def save(preview):
        assert preview.save_to(saved)
        preview.accept()

    when_dialog_opens(save)
    tab.print_agreement()
    _raise()
    text = "".join(p.extract_text() for p in PdfReader(saved).pages).replace(" ", "")
    for said in ("人民调解协议书", m.number, "赵甲", "钱乙", "人民调解委员会（印）", "排水沟按原走向恢复",
                 seen["mediator"], "白委员"):
        assert said in text, said
    assert _fonts_embedded(saved)

    def visit(dialog):
        dialog.performance.setCurrentIndex(dialog.performance.findData(dialog.performance.itemData(0)))
        dialog.notes.setPlainText("已恢复原走向")
        dialog.submit()

    when_dialog_opens(visit)
    tab.follow_up()
    _raise()
    assert tab.current.state is MediationState.CLOSED
    assert "已履行" in tab.record.toPlainText() and tab.table.item(0, 3).text() == "协议履行完毕"
    med.grab().save(str(tmp_path / "mediation_page.png"))
    page.refresh()
    page.select_case(case_id)
    assert "协议履行完毕" in page.detail.toPlainText()


def test_register_from_the_tab_and_the_close_form_says_how_a_mediated_case_closes(qtbot, village, monkeypatch):
    """登记调解… on the 人民调解 tab: the open dispute cases without a mediation to pick from, then
    the intake; and closing a case whose dispute was referred to the court says 程序性终结 beside the
    办结类型, chosen by nobody but the closer."""
    from PySide6.QtWidgets import QInputDialog

    from gridDesk.domain.cases import CaseAction
    from gridDesk.ui.dialogs.case_action_dialog import CaseActionDialog

    session = village
    ctx = SessionBundle(session)
    cases = CasesService(session)
    cats = {c.name: c.id for c in cases.categories()}
    grid = RosterService(session).tree()[0].code
    case_id = int(cases.report(CaseReport("两户因院墙滴水争执", cats["邻里纠纷"], WorkKind.ORDINARY, Channel.VISIT,
                                          datetime.now().replace(microsecond=0), grid_code=grid)).ids[0])
    page = DisputesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tab = page.parts["mediation"]
    assert tab.buttons["register"].isEnabled()
    offered = []

    def pick(_parent, _title, _label, items, *_a):
        offered.extend(items)
        return next(i for i in items if "院墙滴水" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)

    def fill(dialog):
        dialog.dispute_type.setText("邻里纠纷")
        dialog.summary.setPlainText("院墙滴水落到邻居院内")
        dialog.add_written("周甲", "", "", "村北 1 号")
        dialog.add_written("吴乙", "", "", "村北 2 号")
        dialog.submit()

    when_dialog_opens(fill)
    tab.buttons["register"].click()
    _raise()
    number = cases.get(case_id).number
    assert any(number in i for i in offered)
    assert all("治安" not in i for i in offered)
    m = MediationService(session).of_case(case_id)
    assert m is not None and tab.current is not None and tab.current.id == m.id
    assert case_id not in {c.case_id for c in MediationService(session).awaiting()}

    from gridDesk.domain.mediation import Intake, MediationSession, Outcome, Party, Referral, Severity, Source

    service = MediationService(session)
    day = service.today()
    other = int(cases.report(CaseReport("工钱结算争议", cats["劳资纠纷"], WorkKind.ORDINARY, Channel.VISIT,
                                        datetime.now().replace(microsecond=0), grid_code=grid)).ids[0])
    service.register(Intake(other, Source.APPLICATION, Severity.ORDINARY, day, "村委会", 2, "劳资纠纷", "工钱结算",
                            (Party("郑甲"), Party("王乙"))))
    referred = service.of_case(other)
    service.hold_session(referred.id, referred.version, MediationSession(day, "调解室", ("白委员",), "双方", "分歧大"))
    service.record_outcome(referred.id, referred.version + 1, Outcome(day, False, Referral.COURT, "告知可起诉"))
    referred = service.of_case(other)
    going = m
    cases_page = CasesPage(ctx)
    qtbot.addWidget(cases_page)
    cases_page.show_scope("all")
    assert cases_page.select_case(referred.case_id)
    hint = cases_page._closure_hint(CaseAction.CLOSE)
    assert referred.number in hint and "法院" in hint and "程序性终结" in hint
    assert cases_page._closure_hint(CaseAction.FEEDBACK) == ""
    assert cases_page.select_case(going.case_id)
    assert cases_page._closure_hint(CaseAction.CLOSE) == ""  # still mediating: nothing to say
    dialog = CaseActionDialog(CaseAction.CLOSE, lambda _s: None, hint=hint)
    qtbot.addWidget(dialog)
    assert dialog.hint.text() == hint and dialog.closure.currentData() == ""  # said, not chosen
