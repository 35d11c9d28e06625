"""The 自办自结 dialog offers the closures a matter solved on the spot can have (the domain's
SELF_SOLVE_CLOSURES), and closing offers them all."""

from __future__ import annotations

from gridDesk.domain.case_flows import SELF_SOLVE_CLOSURES, ClosureType
from gridDesk.domain.cases import CaseAction
from gridDesk.ui.dialogs.case_action_dialog import CaseActionDialog


def _offered(dialog):
    return [dialog.closure.itemData(i) for i in range(dialog.closure.count()) if dialog.closure.itemData(i)]


def test_self_solve_offers_only_solved_or_resolved(qtbot):
    self_solve = CaseActionDialog(CaseAction.SELF_SOLVE, lambda values: None)
    qtbot.addWidget(self_solve)
    assert _offered(self_solve) == [c.value for c in SELF_SOLVE_CLOSURES]
    close = CaseActionDialog(CaseAction.CLOSE, lambda values: None)
    qtbot.addWidget(close)
    assert _offered(close) == [c.value for c in ClosureType]
