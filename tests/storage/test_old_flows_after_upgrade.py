"""An emergency or a 需协调 matter that reached 处理反馈 under revision 0007 (when the work kinds were
labels and any case went through the six steps) could never close after the upgrade: closing
needs the township's word, the township's word is recorded from 上报乡镇, and 上报乡镇 was not
offered from 处理反馈; the emergency also stayed red and counted as not escalated for ever.
Such a case can now be escalated from 处理反馈 (only then), answered, revisited and closed."""

from __future__ import annotations

from datetime import datetime

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import CaseState, Channel, WorkKind
from gridDesk.services.cases import CasesService
from tests.conftest import DIRECTOR, PASSWORD
from tests.migrations_helper import downgrade


def _do(cases, case_id, action, **kw):
    return cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](**kw))


def test_an_old_emergency_or_coordination_matter_in_feedback_can_still_close(access, centre, clock):
    clock.now = datetime(2026, 5, 6, 10, 0).timestamp()
    session = access.login(DIRECTOR, PASSWORD)
    cases = CasesService(session)
    ids = {}
    for kind in (WorkKind.EMERGENCY, WorkKind.COORDINATION, WorkKind.ORDINARY):
        case_id = cases.report(CaseReport(f"旧{kind.value}", cases.categories()[0].id, WorkKind.ORDINARY,
                                          Channel.PHONE, datetime(2026, 5, 6, 9, 0))).ids[0]
        _do(cases, case_id, A.FILE)
        _do(cases, case_id, A.ASSIGN, body="村调委会")
        _do(cases, case_id, A.START)
        _do(cases, case_id, A.FEEDBACK, result="村里处理完了")
        ids[kind] = case_id
    downgrade(session.db.engine, "0007")
    with session.db.engine.begin() as conn:  # what 0007 allowed: any kind through the six steps
        for kind, case_id in ids.items():
            conn.exec_driver_sql(f"UPDATE cases SET work_kind = '{kind.value}' WHERE id = {case_id}")
    session.close()

    session = access.login(DIRECTOR, PASSWORD)
    try:
        cases = CasesService(session)
        assert A.ESCALATE not in dict(cases.steps(ids[WorkKind.ORDINARY]))  # an ordinary case closes as it is
        for kind in (WorkKind.EMERGENCY, WorkKind.COORDINATION):
            case_id = ids[kind]
            steps = dict(cases.steps(case_id))
            assert steps[A.CLOSE] and steps[A.ESCALATE] == ""
            _do(cases, case_id, A.ESCALATE, channel="phone", taken_by="镇综治办王五")
            assert not cases.get(case_id).awaiting_escalation
            _do(cases, case_id, A.TOWNSHIP_SOLVED, result="乡镇已处置")
            _do(cases, case_id, A.REVISIT, satisfaction="满意")
            _do(cases, case_id, A.CLOSE, closure="solved")
            assert cases.get(case_id).state is CaseState.CLOSED
        assert cases.counts()["emergencies_unescalated"] == 0
    finally:
        session.close()


def test_an_old_emergency_returned_before_any_escalation_can_go_on(access, centre, clock):
    """An emergency sent back (退回) under 0007 before anyone escalated it took nothing but a note:
    resubmitting was refused as 'escalate first', and escalation is not a step of a returned case."""
    clock.now = datetime(2026, 5, 6, 10, 0).timestamp()
    session = access.login(DIRECTOR, PASSWORD)
    cases = CasesService(session)
    case_id = cases.report(CaseReport("旧紧急", cases.categories()[0].id, WorkKind.ORDINARY, Channel.PHONE,
                                      datetime(2026, 5, 6, 9, 0))).ids[0]
    _do(cases, case_id, A.FILE)
    _do(cases, case_id, A.RETURN, detail="材料不全")
    downgrade(session.db.engine, "0007")
    with session.db.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE cases SET work_kind = 'emergency' WHERE id = {case_id}")
    session.close()

    session = access.login(DIRECTOR, PASSWORD)
    try:
        cases = CasesService(session)
        assert any(why == "" for action, why in cases.steps(case_id) if action is not A.NOTE)
        _do(cases, case_id, A.RESUBMIT)
        assert dict(cases.steps(case_id))[A.ESCALATE] == ""
        _do(cases, case_id, A.ESCALATE, channel="phone", taken_by="镇综治办王五")
        assert cases.get(case_id).state is CaseState.ESCALATED
    finally:
        session.close()
