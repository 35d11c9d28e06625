"""People's mediation in the domain (issue 20 item 1): what may follow what, the number scheme,
the report's bands, and every check refusing in words."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.errors import NotFound, ValidationError
from gridDesk.domain.mediation import (ALLOWED, Agreement, FollowUpVisit, Intake, Investigation, MediationSession,
                                       MediationState, Outcome, Party, Performance, Referral, Severity, Source, Step,
                                       after_followup, bounded, check_followup, check_id, check_intake,
                                       check_investigation, check_outcome, check_session, check_step,
                                       mediation_number, parse_number, people_band)

TODAY = date(2026, 11, 20)
TWO = (Party("张三"), Party("李四"))


def intake(**changes) -> Intake:
    base = dict(case_id=1, source=Source.APPLICATION, severity=Severity.ORDINARY, occurred_on=date(2026, 11, 1),
                place="村东", people=2, dispute_type="邻里纠纷", summary="排水沟争执", parties=TWO,
                accepted_on=date(2026, 11, 2))
    return Intake(**{**base, **changes})


def agreement(**changes) -> Agreement:
    base = dict(facts="事实", disputed="争议", terms="协议", performance="自行履行", perform_by=date(2026, 11, 30),
                recorder="白莹")
    return Agreement(**{**base, **changes})


def test_what_may_follow_what():
    check_step(MediationState.REGISTERED, Step.SESSION)
    check_step(MediationState.REGISTERED, Step.INVESTIGATE)
    with pytest.raises(ValidationError) as e:
        check_step(MediationState.REGISTERED, Step.OUTCOME)  # no outcome before a session
    assert "不能登记调解结果" in e.value.message and "已受理" in e.value.message
    check_step(MediationState.IN_PROGRESS, Step.OUTCOME)
    for step in (Step.SESSION, Step.INVESTIGATE, Step.OUTCOME):
        with pytest.raises(ValidationError):
            check_step(MediationState.AGREED, step)
    check_step(MediationState.AGREED, Step.FOLLOW_UP)
    assert ALLOWED[MediationState.REFERRED] == frozenset()  # referred: the mediation ends there
    with pytest.raises(ValidationError):
        check_step(MediationState.REFERRED, Step.PRINT)
    with pytest.raises(ValidationError):
        check_step(MediationState.CLOSED, Step.FOLLOW_UP)
    assert after_followup(FollowUpVisit(TODAY, "王", Performance.DONE)) is MediationState.CLOSED
    assert after_followup(FollowUpVisit(TODAY, "王", Performance.PARTIAL)) is MediationState.AGREED
    assert after_followup(FollowUpVisit(TODAY, "王", Performance.NOT_DONE)) is MediationState.AGREED


def test_the_number_scheme_reads_back():
    assert mediation_number(2026, 3) == "（2026）调字第003号"
    assert mediation_number(2026, 1234) == "（2026）调字第1234号"
    assert parse_number("（2026）调字第003号") == (2026, 3)
    assert parse_number("(2026)调字第3号") == (2026, 3)
    assert parse_number(" 2026-12 ") == (2026, 12)
    for bad in ("", "2026", "调字第3号", "2026-99999999", "x" * 500):
        with pytest.raises(ValidationError) as e:
            parse_number(bad)
        assert "调解编号" in e.value.message and "mediation number" in e.value.render("en")


def test_the_report_bands():
    assert [people_band(n) for n in (1, 49, 50, 100, 101, 500, 501, 10000)] == [
        "lt50", "lt50", "50_100", "50_100", "100_500", "100_500", "gt500", "gt500"]


def test_an_intake_is_refused_in_words():
    check_intake(intake(), TODAY)
    cases = [
        (intake(parties=()), "parties"), (intake(parties=(Party("张三"),)), "parties"),
        (intake(parties=(Party("张三"), Party(""))), "parties"), (intake(parties=(Party("张三"), Party("张三"))), "parties"),
        (intake(occurred_on=date(1900, 1, 1)), "occurred_on"), (intake(occurred_on=date(2027, 1, 1)), "occurred_on"),
        (intake(accepted_on=date(2026, 10, 1)), "accepted_on"), (intake(people=0), "people"),
        (intake(people=10**20), "people"), (intake(people=True), "people"), (intake(people=1), "people"),
        (intake(dispute_type=""), "dispute_type"), (intake(summary=""), "summary"),
        (intake(source="application"), "source"), (intake(severity=None), "severity"),
    ]
    for bad, field in cases:
        with pytest.raises(ValidationError) as e:
            check_intake(bad, TODAY)
        assert e.value.field == field, (bad, e.value.message)
        assert e.value.render("en").isascii() and "这一项" not in e.value.message


def test_steps_are_refused_in_words():
    accepted = date(2026, 11, 2)
    check_session(MediationSession(date(2026, 11, 5), "调解室", ("王",), "双方", "说明"), accepted, TODAY)
    for bad, field in ((MediationSession(date(2026, 11, 1), "调解室", ("王",), "", "说"), "on"),
                       (MediationSession(date(2026, 11, 5), "", ("王",), "", "说"), "place"),
                       (MediationSession(date(2026, 11, 5), "室", (), "", "说"), "mediators"),
                       (MediationSession(date(2026, 11, 5), "室", ("王",), "", ""), "said")):
        with pytest.raises(ValidationError) as e:
            check_session(bad, accepted, TODAY)
        assert e.value.field == field
    with pytest.raises(ValidationError):
        check_investigation(Investigation(date(1900, 1, 1), "王", "x"), accepted, TODAY)
    last = date(2026, 11, 5)
    check_outcome(Outcome(date(2026, 11, 6), True, agreement=agreement()), last, TODAY)
    check_outcome(Outcome(date(2026, 11, 6), False, Referral.COURT), last, TODAY)
    for bad, field in ((Outcome(date(2026, 11, 6), True), "terms"),  # an agreement with no terms
                       (Outcome(date(2026, 11, 6), True, agreement=agreement(terms="")), "terms"),
                       (Outcome(date(2026, 11, 6), True, agreement=agreement(perform_by=None)), "perform_by"),
                       (Outcome(date(2026, 11, 6), True, agreement=agreement(perform_by=date(2026, 11, 1))), "perform_by"),
                       (Outcome(date(2026, 11, 6), True, agreement=agreement(perform_by=date(2199, 1, 1))), "perform_by"),
                       (Outcome(date(2026, 11, 6), False), "referral"),
                       (Outcome(date(2026, 11, 6), True, Referral.COURT, agreement=agreement()), "referral"),
                       (Outcome(date(2026, 11, 4), False, Referral.COURT), "on")):
        with pytest.raises(ValidationError) as e:
            check_outcome(bad, last, TODAY)
        assert e.value.field == field, bad
    with pytest.raises(ValidationError) as e:
        check_outcome(Outcome(date(2026, 11, 6), False, Referral.COURT), None, TODAY)
    assert e.value.field == "sessions"
    with pytest.raises(ValidationError):
        check_followup(FollowUpVisit(date(2026, 11, 1), "王", Performance.DONE), date(2026, 11, 6), TODAY)
    with pytest.raises(ValidationError):
        check_followup(FollowUpVisit(date(2026, 11, 8), "王", "done"), date(2026, 11, 6), TODAY)


def test_ids_and_long_text_are_refused_not_cut():
    for bad in (0, -1, 10**20, True, "3", None):
        with pytest.raises(NotFound):
            check_id(bad)
    assert check_id(5) == 5
    assert bounded("  调解  ", 10, "place") == "调解"
    with pytest.raises(ValidationError) as e:
        bounded("字" * 129, 128, "place")
    assert "128" in e.value.message and "129" in e.value.message and "地点" in e.value.message
