"""The work kinds as flows through the service (RULES.md "The four work kinds"): an emergency's
clock starts at its report and it goes to the township first; a 需协调 matter passes to the
township after filing; neither closes without the township's word; a closed case says how it
ended, and the year's closures are counted by type and satisfaction."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import CaseState, Channel, TransitionRefused, WorkKind
from gridDesk.services.cases import CasesService

FRIDAY = datetime(2026, 2, 13, 16, 0)  # 自然灾害 (突发事件) has 1 working day: Sat 14 Feb is worked


@pytest.fixture
def cases(session, clock):
    clock.now = FRIDAY.timestamp()
    return CasesService(session)


def _report(cases, name, kind, at=FRIDAY):
    category = next(c.id for c in cases.categories() if c.name == name)
    return cases.report(CaseReport("山体护坡出现裂缝", category, kind, Channel.PHONE, at, place="后山")).ids[0]


def _do(cases, case_id, action, **kw):
    return cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](**kw))


def _steps(cases, case_id):
    return dict(cases.steps(case_id))


def test_a_reported_emergency_has_its_clock_comes_first_and_is_counted_overdue(cases, clock):
    ordinary = _report(cases, "邻里纠纷", WorkKind.ORDINARY, at=FRIDAY - timedelta(days=40))
    _do(cases, ordinary, A.FILE, at=FRIDAY - timedelta(days=40))  # long overdue
    emergency = _report(cases, "自然灾害", WorkKind.EMERGENCY)
    view = cases.get(emergency)
    # The clock starts at the report: the category's 1 working day, the end of Saturday 14 Feb.
    assert view.state is CaseState.REPORTED and view.due_at == datetime(2026, 2, 14, 23, 59, 59)
    assert view.clock != "none" and view.awaiting_escalation
    assert [v.id for v in cases.list()][:2] == [emergency, ordinary]  # before even an overdue case
    assert cases.counts()["emergencies_unescalated"] == 1 and cases.counts()["overdue"] == 1
    assert [v.id for v in cases.in_scope("unescalated")] == [emergency]
    clock.now = datetime(2026, 2, 15, 9, 0).timestamp()  # past its limit, still not escalated
    assert cases.get(emergency).clock == "overdue"
    assert cases.counts()["overdue"] == 2 and cases.counts()["emergencies_unescalated"] == 1
    assert {v.id for v in cases.in_scope("overdue")} == {emergency, ordinary}
    assert cases.list()[0].id == emergency


def test_an_emergency_goes_to_the_township_first_by_phone_and_closes_on_its_word(cases, clock):
    case_id = _report(cases, "自然灾害", WorkKind.EMERGENCY)
    steps = _steps(cases, case_id)
    assert steps[A.ESCALATE] == "" and "先上报乡镇" in steps[A.FILE] and A.SELF_SOLVE not in steps
    with pytest.raises(TransitionRefused, match="先上报乡镇"):
        _do(cases, case_id, A.FILE)
    with pytest.raises(TransitionRefused, match="不能自办自结"):
        _do(cases, case_id, A.SELF_SOLVE, result="当场处理", closure="solved")
    with pytest.raises(TransitionRefused, match="接电话的人"):
        _do(cases, case_id, A.ESCALATE, channel="phone")
    called = FRIDAY + timedelta(minutes=10)
    clock.now = (FRIDAY + timedelta(minutes=30)).timestamp()
    _do(cases, case_id, A.ESCALATE, channel="phone", taken_by="镇应急办值班员刘强", at=called)
    view = cases.get(case_id)
    assert view.state is CaseState.ESCALATED and view.escalated_at == called and not view.awaiting_escalation
    assert view.events[-1].detail == "上报方式：电话，接收人：镇应急办值班员刘强" and view.events[-1].at == called
    assert cases.counts()["emergencies_unescalated"] == 0 and cases.in_scope("unescalated") == []
    assert view.due_at == datetime(2026, 2, 14, 23, 59, 59)  # the escalation does not restart the clock
    _do(cases, case_id, A.TOWNSHIP_INSTRUCTS, detail="镇里已派人，网格员现场跟踪")
    _do(cases, case_id, A.FEEDBACK, result="护坡已加固，险情解除")
    _do(cases, case_id, A.REVISIT, satisfaction="基本满意")
    _do(cases, case_id, A.CLOSE, closure="solved")
    assert cases.get(case_id).state is CaseState.CLOSED


def test_an_emergency_returned_by_the_township_cannot_close_without_its_word(cases):
    case_id = _report(cases, "自然灾害", WorkKind.EMERGENCY)
    _do(cases, case_id, A.ESCALATE, channel="paper", taken_by="镇综治中心")
    _do(cases, case_id, A.RETURN, detail="请补充现场照片")
    _do(cases, case_id, A.RESUBMIT)
    assert cases.get(case_id).due_at == datetime(2026, 2, 14, 23, 59, 59)  # still from the report
    _do(cases, case_id, A.ASSIGN, body="网格员李四")
    _do(cases, case_id, A.START)
    assert "乡镇的答复" in _steps(cases, case_id)[A.FEEDBACK]
    with pytest.raises(TransitionRefused, match="乡镇的答复"):
        _do(cases, case_id, A.FEEDBACK, result="村里自己处理了")
    _do(cases, case_id, A.ESCALATE, channel="phone", taken_by="镇应急办刘强")
    _do(cases, case_id, A.TOWNSHIP_SOLVED, result="镇里已派工程队处置")
    assert cases.get(case_id).state is CaseState.FEEDBACK


def test_a_coordination_matter_passes_to_the_township_and_closes_on_its_result(cases):
    case_id = _report(cases, "劳资纠纷", WorkKind.COORDINATION)
    assert A.ESCALATE not in _steps(cases, case_id)  # filed first: accepted by the village centre
    with pytest.raises(TransitionRefused, match="先立案"):
        _do(cases, case_id, A.ESCALATE, channel="paper", taken_by="镇人社所")
    with pytest.raises(TransitionRefused, match="不能自办自结"):
        _do(cases, case_id, A.SELF_SOLVE, result="当场协调", closure="resolved")
    _do(cases, case_id, A.FILE)
    steps = _steps(cases, case_id)
    assert steps[A.ESCALATE] == "" and "先上报乡镇" in steps[A.ASSIGN]
    with pytest.raises(TransitionRefused, match="先上报乡镇"):
        _do(cases, case_id, A.ASSIGN, body="网格员李四")
    _do(cases, case_id, A.ESCALATE, channel="paper", taken_by="镇人社所张所长")
    assert cases.get(case_id).state is CaseState.ESCALATED
    # The township asks the village to gather the facts: work goes on here, the result is the township's.
    _do(cases, case_id, A.TOWNSHIP_INSTRUCTS, detail="请村里核实欠薪人数")
    with pytest.raises(TransitionRefused, match="由乡镇反馈"):
        _do(cases, case_id, A.FEEDBACK, result="村里已核实")
    _do(cases, case_id, A.ESCALATE, channel="in_person", taken_by="镇人社所张所长", detail="核实名单")
    _do(cases, case_id, A.TOWNSHIP_SOLVED, result="镇人社所督促企业结清工资")
    _do(cases, case_id, A.REVISIT, satisfaction="满意")
    _do(cases, case_id, A.CLOSE, closure="solved")
    assert cases.get(case_id).state is CaseState.CLOSED


def test_a_coordination_matter_returned_after_escalation_may_be_assigned(cases):
    case_id = _report(cases, "劳资纠纷", WorkKind.COORDINATION)
    _do(cases, case_id, A.FILE)
    _do(cases, case_id, A.ESCALATE, channel="paper", taken_by="镇人社所")
    _do(cases, case_id, A.RETURN, detail="请村里先调解")
    _do(cases, case_id, A.RESUBMIT)
    _do(cases, case_id, A.ASSIGN, body="网格员李四")
    assert cases.get(case_id).state is CaseState.ASSIGNED


def test_closures_are_counted_by_type_and_satisfaction_this_year(cases, clock):
    def close(how, satisfaction, at):
        case_id = _report(cases, "邻里纠纷", WorkKind.ORDINARY, at=at)
        for action, kw in ((A.FILE, {}), (A.ASSIGN, {"body": "李四"}), (A.START, {}),
                           (A.FEEDBACK, {"result": "已调解"}), (A.REVISIT, {"satisfaction": satisfaction})):
            _do(cases, case_id, action, at=at, **kw)
        _do(cases, case_id, A.CLOSE, closure=how, at=at)

    close("solved", "满意", FRIDAY)
    close("solved", "基本满意", FRIDAY)
    close("under_watch", "不满意", FRIDAY)
    close("procedural", "满意", datetime(2025, 12, 30, 9, 0))  # last year
    on_spot = _report(cases, "婚姻家庭", WorkKind.ORDINARY)
    _do(cases, on_spot, A.SELF_SOLVE, result="当场调解", closure="resolved")
    figures = cases.closures()
    assert figures.year == 2026 and figures.total == 4
    assert dict(figures.by_type) == {"solved": 2, "resolved": 1, "procedural": 0, "suspended": 0, "under_watch": 1}
    assert dict(figures.by_satisfaction) == {"满意": 1, "基本满意": 1, "不满意": 1, "": 1}  # 自办自结: no revisit
    assert cases.closures(2025).total == 1
    with pytest.raises(TransitionRefused, match="办结类型"):
        _do(cases, _report(cases, "邻里纠纷", WorkKind.ORDINARY), A.SELF_SOLVE, result="当场", closure="maybe")


def test_a_database_made_at_0007_upgrades_with_emergency_clocks_from_the_report(access, session, clock, db_path):
    from gridDesk.storage import migrate
    from gridDesk.storage.engine import keyed_connect
    from tests.conftest import DIRECTOR, PASSWORD
    from tests.migrations_helper import downgrade

    clock.now = FRIDAY.timestamp()
    cases = CasesService(session)
    reported, filed = (_report(cases, "自然灾害", WorkKind.EMERGENCY) for _ in range(2))
    closed = _report(cases, "婚姻家庭", WorkKind.ORDINARY)
    _do(cases, closed, A.SELF_SOLVE, result="当场调解", closure="resolved")
    dek = session.dek
    downgrade(session.db.engine, "0007")
    session.close()
    conn = keyed_connect(db_path, dek)  # as GridDesk at 0007 left them: no clock, or due at filing
    conn.execute("UPDATE cases SET due_at = NULL WHERE id = ?", (reported,))
    conn.execute("UPDATE cases SET state = 'filed', due_at = reported_at WHERE id = ?", (filed,))
    conn.commit()
    conn.close()
    upgraded = access.login(DIRECTOR, PASSWORD)
    try:
        assert migrate.current_revision(upgraded.db.engine) == migrate.HEAD
        cases = CasesService(upgraded)
        for case_id in (reported, filed):
            view = cases.get(case_id)
            assert view.due_at == datetime(2026, 2, 14, 23, 59, 59) and view.awaiting_escalation
        assert cases.get(closed).closure_type == ""  # nobody recorded how it ended: not guessed
        assert dict(cases.closures().by_type)[""] == 1
        _do(cases, filed, A.ESCALATE, channel="phone", taken_by="镇应急办刘强")
        assert cases.counts()["emergencies_unescalated"] == 1
    finally:
        upgraded.close()
