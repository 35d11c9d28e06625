"""Petitions' domain rules without a database: the time limits in calendar or working days, the
flow's order, overdue as a petition stood on a day, the figures and the repeat rate."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridDesk.domain.errors import NotFound, ValidationError
from gridDesk.domain.petitions import (Petition, PetitionForm, Petitioner, PetitionRules, PetitionState, PetitionStep,
                                       add_days, check_day, check_id, check_people, check_step, check_text, figures_of,
                                       overdue_at, repeat_rate)

WEEKDAYS = lambda d: d.weekday() < 5  # noqa: E731  (no holidays: Monday to Friday)


def test_calendar_days_move_a_last_day_off_work_to_the_next_working_day():
    rules = PetitionRules()
    assert add_days(date(2026, 11, 2), 15, rules, WEEKDAYS) == date(2026, 11, 17)  # a Tuesday: kept
    assert add_days(date(2026, 11, 6), 15, rules, WEEKDAYS) == date(2026, 11, 23)  # Sat 21st -> Mon 23rd
    assert add_days(date(2026, 11, 6), 15, rules, lambda d: d not in {date(2026, 11, 23)} and d.weekday() < 5) \
        == date(2026, 11, 24)


def test_working_days_skip_every_day_off():
    rules = PetitionRules(working_days=True)
    assert add_days(date(2026, 11, 2), 15, rules, WEEKDAYS) == date(2026, 11, 23)
    assert add_days(date(2026, 11, 6), 1, rules, WEEKDAYS) == date(2026, 11, 9)


def test_the_flow_allows_each_step_only_from_its_states():
    assert check_step(PetitionState.REGISTERED, PetitionStep.ACCEPT) is PetitionState.ACCEPTED
    assert check_step(PetitionState.ACCEPTED, PetitionStep.ANSWER) is PetitionState.ANSWERED
    for state, step in ((PetitionState.REGISTERED, PetitionStep.ANSWER), (PetitionState.REFUSED, PetitionStep.ACCEPT),
                        (PetitionState.CLOSED, PetitionStep.CLOSE), (PetitionState.ANSWERED, PetitionStep.START)):
        with pytest.raises(ValidationError):
            check_step(state, step)


def _p(on: date, **kw) -> Petition:
    base = dict(received_on=on, form=PetitionForm.VISIT, people=1, petitioners=(Petitioner("甲"),), purpose_id=1,
                subject_id=2, summary="事", subject="民政", purpose="求决", accept_due=on + timedelta(days=15))
    base.update(kw)
    return Petition(**base)


def test_overdue_is_judged_as_the_petition_stood_that_day():
    p = _p(date(2026, 3, 1))
    assert not overdue_at(p, date(2026, 3, 16)) and overdue_at(p, date(2026, 3, 17))
    accepted = _p(date(2026, 3, 1), state=PetitionState.ACCEPTED, decided_on=date(2026, 3, 20),
                  answer_due=date(2026, 5, 19))
    assert overdue_at(accepted, date(2026, 3, 19))  # not yet decided then, and past 15 days
    assert not overdue_at(accepted, date(2026, 3, 21)) and overdue_at(accepted, date(2026, 5, 20))
    answered = _p(date(2026, 3, 1), state=PetitionState.ANSWERED, decided_on=date(2026, 3, 2),
                  answer_due=date(2026, 5, 1), answered_on=date(2026, 6, 1))
    assert overdue_at(answered, date(2026, 5, 31)) and not overdue_at(answered, date(2026, 6, 1))
    assert answered.answered_in_time() is False
    refused = _p(date(2026, 3, 1), state=PetitionState.REFUSED, decided_on=date(2026, 3, 5))
    assert not overdue_at(refused, date(2026, 12, 31))


def test_figures_and_the_repeat_rate():
    rules = PetitionRules()
    ps = [_p(date(2026, 3, 1), people=5), _p(date(2026, 3, 2), form=PetitionForm.CALL, repeat_of=1),
          _p(date(2026, 4, 1))]
    f = figures_of(ps, date(2026, 3, 1), date(2026, 3, 31), date(2026, 3, 31), rules)
    assert (f.count, f.people, f.collective, f.repeats, f.repeat_rate) == (2, 6, 1, 1, 0.5)
    assert f.by_form["visit"] == 1 and f.by_form["call"] == 1 and f.overdue == 2
    assert repeat_rate(0, 0) is None


def test_bad_values_are_refused_in_words():
    today = date(2026, 11, 20)
    for day in (date(1900, 1, 1), date(2026, 11, 21), "2026-11-01"):
        with pytest.raises(ValidationError):
            check_day(day, "received_on", today)
    for people in (0, 100000, True, "3"):
        with pytest.raises(ValidationError):
            check_people(people, 1)
    with pytest.raises(ValidationError):
        check_people(1, 2)  # fewer than the named
    with pytest.raises(ValidationError) as long:
        check_text("长" * 2001, "summary")
    assert "2001" in long.value.message
    for bad in (10**20, 0, -1, "1", None, True):
        with pytest.raises(NotFound):
            check_id(bad, "petition.gone")
    assert check_id(2**63 - 1, "petition.gone") == 2**63 - 1
