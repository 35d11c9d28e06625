"""The step dialog hands back the step's typed input (domain/case_inputs.py), not a dict for
act(**values); the page takes the step through act(case_id, version, input)."""

from __future__ import annotations

from gridDesk.domain.case_inputs import AssignInput, EscalateInput, ExtensionInput, RevisitInput, SelfSolveInput
from gridDesk.domain.cases import CaseAction
from gridDesk.ui.dialogs.case_action_dialog import CaseActionDialog


def _run(qtbot, action, fill):
    got = []
    dialog = CaseActionDialog(action, got.append)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.submit()
    assert len(got) == 1
    return got[0]


def test_each_dialog_hands_back_its_steps_typed_input(qtbot):
    def revisit(d):
        d.satisfaction.setCurrentText("基本满意")
        d.text.setPlainText("电话告知")

    assert _run(qtbot, CaseAction.REVISIT, revisit) == RevisitInput(detail="电话告知", satisfaction="基本满意")

    def extension(d):
        d.days.setValue(7)
        d.text.setPlainText("等配件")

    assert _run(qtbot, CaseAction.REQUEST_EXTENSION, extension) == ExtensionInput(detail="等配件", days=7)

    def body(d):
        d.assignee.setText("村调委会")

    assert _run(qtbot, CaseAction.ASSIGN, body) == AssignInput(body="村调委会")

    def escalate(d):
        d.channel.setCurrentIndex(d.channel.findData("phone"))
        d.taken_by.setText("镇应急办刘强")

    step = _run(qtbot, CaseAction.ESCALATE, escalate)
    assert step == EscalateInput(channel="phone", taken_by="镇应急办刘强") and step.at is None

    def solved(d):
        d.closure.setCurrentIndex(d.closure.findData("resolved"))
        d.text.setPlainText("当场调解")

    assert _run(qtbot, CaseAction.SELF_SOLVE, solved) == SelfSolveInput(result="当场调解", closure="resolved")
