"""自办自结 is an ordinary matter solved on the spot (RULES.md, town guide §6); a grid member could
self-solve with the closure 问题中止, 稳控中 or 程序性终结, closing in the village, without the
centre, a matter that was not solved at all (found by trying; fails before)."""

from __future__ import annotations

from datetime import datetime

import pytest

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_flows import SELF_SOLVE_CLOSURES, ClosureType
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import CaseState, Channel, TransitionRefused, WorkKind
from gridDesk.services.cases import CasesService

NOW = datetime(2026, 5, 6, 10, 0)


@pytest.fixture
def cases(session, clock):
    clock.now = NOW.timestamp()
    return CasesService(session)


def _report(cases):
    return cases.report(CaseReport("楼道堆物", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                   datetime(2026, 5, 6, 9, 0))).ids[0]


@pytest.mark.parametrize("closure", [c for c in ClosureType if c not in SELF_SOLVE_CLOSURES])
def test_a_self_solved_case_was_solved(cases, closure):
    case_id = _report(cases)
    with pytest.raises(TransitionRefused, match="自办自结"):
        cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[A.SELF_SOLVE](result="没解决", closure=closure.value))
    assert cases.get(case_id).state is CaseState.REPORTED


def test_solved_or_resolved_on_the_spot_closes(cases):
    assert set(SELF_SOLVE_CLOSURES) == {ClosureType.SOLVED, ClosureType.RESOLVED}
    for closure in SELF_SOLVE_CLOSURES:
        case_id = _report(cases)
        cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[A.SELF_SOLVE](result="当场解决", closure=closure.value))
        assert cases.get(case_id).state is CaseState.CLOSED
