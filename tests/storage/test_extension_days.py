"""An extension request took any number of working days: 10**7 days, asked by the member the case
is assigned to, made the director's approval step count day by day towards the year 9999 (an
OverflowError after millions of days counted). The request is bounded as the category limits are
(1 to 365 working days; found by trying, fails before)."""

from __future__ import annotations

from datetime import datetime

import pytest

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import Channel, TransitionRefused, WorkKind
from gridDesk.services.cases import CasesService


def _do(cases, case_id, action, **kw):
    return cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](**kw))


def test_an_extension_is_of_a_year_at_most(session, clock):
    clock.now = datetime(2026, 5, 6, 10, 0).timestamp()
    cases = CasesService(session)
    case_id = cases.report(CaseReport("路灯不亮", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                      datetime(2026, 5, 6, 9, 0))).ids[0]
    _do(cases, case_id, A.FILE)
    _do(cases, case_id, A.ASSIGN, body="村委会")
    for days in (10 ** 7, 366):
        with pytest.raises(TransitionRefused, match="365"):
            _do(cases, case_id, A.REQUEST_EXTENSION, detail="等配件", days=days)
    _do(cases, case_id, A.REQUEST_EXTENSION, detail="等配件", days=365)
    _do(cases, case_id, A.APPROVE_EXTENSION)
    assert cases.get(case_id).due_at.year == 2027
