"""The six-step loop's rules and the working-day clock, without a database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gridDesk.domain.cases import (CaseAction, CaseFacts, CaseState, TransitionRefused, check_action,
                                   check_event_time)
from gridDesk.domain.workdays import WorkCalendar, clock_state

S, A = CaseState, CaseAction


def facts(state, feedback=False, revisited=False, extension=False):
    return CaseFacts(state, feedback, revisited, extension)


def test_the_happy_path_through_six_steps():
    state = S.REPORTED
    for action in (A.FILE, A.ASSIGN, A.START, A.FEEDBACK):
        state = check_action(facts(state), action)
    assert state is S.FEEDBACK
    assert check_action(facts(state, True, True), A.CLOSE) is S.CLOSED


def test_self_solved_is_registered_and_closed_at_once():
    assert check_action(facts(S.REPORTED), A.SELF_SOLVE) is S.CLOSED


def test_refusals_say_why():
    with pytest.raises(TransitionRefused, match="调查落实"):
        check_action(facts(S.IN_PROGRESS), A.ASSIGN)
    with pytest.raises(TransitionRefused, match="处理结果"):
        check_action(facts(S.FEEDBACK), A.CLOSE)
    with pytest.raises(TransitionRefused, match="回访"):
        check_action(facts(S.FEEDBACK, feedback=True), A.CLOSE)
    with pytest.raises(TransitionRefused, match="已结案"):
        check_action(facts(S.CLOSED), A.FILE)
    with pytest.raises(TransitionRefused, match="原因"):
        check_action(facts(S.ESCALATED), A.RETURN, "")
    with pytest.raises(TransitionRefused, match="延期"):
        check_action(facts(S.IN_PROGRESS), A.APPROVE_EXTENSION)


def test_escalation_and_the_townships_answers():
    assert check_action(facts(S.IN_PROGRESS), A.ESCALATE) is S.ESCALATED
    assert check_action(facts(S.ESCALATED), A.ESCALATE) is S.ESCALATED  # on to the county
    assert check_action(facts(S.ESCALATED), A.TOWNSHIP_INSTRUCTS) is S.IN_PROGRESS
    assert check_action(facts(S.ESCALATED), A.TOWNSHIP_SOLVED) is S.FEEDBACK
    assert check_action(facts(S.ESCALATED), A.RETURN, "不属于乡镇职责") is S.RETURNED
    assert check_action(facts(S.RETURNED), A.RESUBMIT) is S.FILED
    assert check_action(facts(S.CLOSED), A.NOTE, "更正地址") is S.CLOSED


def test_event_times_must_be_in_order():
    reported = datetime(2026, 3, 2, 9)
    with pytest.raises(TransitionRefused, match="晚于现在"):
        check_event_time(datetime(2026, 3, 9), reported, datetime(2026, 3, 3))
    with pytest.raises(TransitionRefused, match="早于问题上报"):
        check_event_time(datetime(2026, 3, 1), reported, datetime(2026, 3, 3))


def test_the_clock_across_a_holiday_and_an_adjusted_working_weekend():
    import holidays

    cn = holidays.China(years=[2026])
    calendar = WorkCalendar.of(cn, cn.weekend_workdays)
    # Spring Festival 2026: 15-23 Feb off; Saturday 14 Feb and Saturday 28 Feb are worked.
    assert calendar.is_working_day(date(2026, 2, 14)) and not calendar.is_working_day(date(2026, 2, 17))
    reported = datetime(2026, 2, 13, 16, 0)  # a Friday afternoon
    due = calendar.add_working_days(reported, 2)
    assert due.date() == date(2026, 2, 24)  # Sat 14 Feb counts, then the holiday, then Tue 24 Feb
    assert calendar.working_days_between(date(2026, 2, 13), date(2026, 2, 24)) == 2
    plain = WorkCalendar.of([], [])
    assert plain.add_working_days(reported, 2).date() == date(2026, 2, 17)


def test_clock_states():
    start, due = datetime(2026, 3, 2, 9), datetime(2026, 3, 12, 9)
    assert clock_state(start, due, datetime(2026, 3, 4)) == "ok"
    assert clock_state(start, due, datetime(2026, 3, 10)) == "warning"
    assert clock_state(start, due, datetime(2026, 3, 13)) == "overdue"
    assert clock_state(start, None, datetime(2026, 3, 13)) == "none"
