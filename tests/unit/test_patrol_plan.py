"""The patrol plan by hand: a season across the new year, a season that begins mid-month, the
tightest frequency winning, a missed patrol counted once."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.errors import ValidationError
from gridDesk.domain.patrols import PatrolRules, Season, check_month_day, next_due, plan, targets_of
from gridDesk.domain.places import Place, PlaceKind

RULES = PatrolRules({"rental": 30, "risk:河流": 7, "hazard:重大": 3},
                    (Season(1, "汛期", "06-01", "09-30", {"risk:河流": 1}),
                     Season(2, "冬春", "11-01", "03-31", {"rental": 7})))
RENTAL = ("rental",)
RIVER = ("risk:河流",)


def test_a_season_across_the_new_year():
    winter = RULES.seasons[1]
    assert [winter.covers(d) for d in (date(2026, 10, 31), date(2026, 11, 1), date(2026, 12, 31), date(2027, 1, 1),
                                       date(2027, 3, 31), date(2027, 4, 1))] == [False, True, True, True, True, False]
    every = lambda d: RULES.frequency(RENTAL, d)  # noqa: E731
    # last patrol 20 Oct: 30 days until the season; on 1 Nov (12 days on) the weekly rule is due
    assert next_due(date(2026, 10, 20), date(2026, 1, 1), every, date(2027, 12, 31)) == date(2026, 11, 1)
    # across the new year: 28 Dec -> 4 Jan
    assert next_due(date(2026, 12, 28), date(2026, 1, 1), every, date(2027, 12, 31)) == date(2027, 1, 4)
    # the season ends: last patrol 30 Mar, monthly again from 1 Apr: 30 days on is 29 Apr
    assert next_due(date(2027, 3, 30), date(2026, 1, 1), every, date(2027, 12, 31)) == date(2027, 4, 29)
    # a month across the turn: December is planned weekly from the 28 Nov patrol on
    days = plan(date(2026, 12, 1), date(2026, 12, 31), date(2026, 11, 28), set(), every, date(2027, 1, 10))
    assert [d.day.day for d in days if d.planned] == [5, 12, 19, 26]
    assert all(d.missed for d in days if d.planned)


def test_a_season_that_begins_mid_month_tightens_the_plan_on_its_first_day():
    every = lambda d: RULES.frequency(RIVER, d)  # noqa: E731
    done = {date(2026, 5, 25), date(2026, 6, 1), date(2026, 6, 2), date(2026, 6, 4)}
    days = plan(date(2026, 5, 20), date(2026, 6, 5), date(2026, 5, 18), done, every, today=date(2026, 6, 5))
    planned = [d.day for d in days if d.planned]
    # weekly in May (18 -> 25), daily from 1 June: 1, 2, 3 (missed), 4, 5 (today, not yet missed)
    assert planned == [date(2026, 5, 25), *(date(2026, 6, n) for n in range(1, 6))]
    assert [d.day for d in days if d.missed] == [date(2026, 6, 3)]
    assert next_due(date(2026, 5, 28), date(2026, 1, 1), every, date(2026, 12, 31)) == date(2026, 6, 1)


def test_a_missed_patrol_is_counted_once_and_the_plan_goes_on():
    every = lambda d: 3  # noqa: E731
    days = plan(date(2026, 7, 1), date(2026, 7, 12), None, {date(2026, 7, 9)}, every, today=date(2026, 7, 13))
    assert [d.day.day for d in days if d.planned] == [1, 4, 7, 12]  # the 9th, out of plan, starts the count again
    assert [d.day.day for d in days if d.missed] == [1, 4, 7, 12]
    assert [d.day.day for d in days if d.done] == [9]


def test_the_tightest_frequency_wins_and_a_hazard_tightens_it():
    serious = Place(1, PlaceKind.RENTAL, "王家院", "", "G1", details={"hazard": "重大"})
    plain = Place(2, PlaceKind.RISK_POINT, "河", "", "G1", details={"risk_type": "河流", "hazard": "一般"})
    assert targets_of(serious) == ("rental", "hazard:重大") and targets_of(plain) == ("risk:河流",)
    assert RULES.frequency(targets_of(serious), date(2026, 7, 1)) == 3
    assert RULES.frequency(targets_of(plain), date(2026, 7, 1)) == 1
    assert RULES.frequency(targets_of(plain), date(2026, 5, 31)) == 7
    assert RULES.frequency(("risk:其他",), date(2026, 7, 1)) == 0  # no row: no plan


def test_month_days_are_checked():
    assert check_month_day("6-1", "starts") == "06-01" and check_month_day("11月15日", "starts") == "11-15"
    assert check_month_day("02-29", "ends") == "02-29"
    for bad in ("13-01", "04-31", "0601", ""):
        with pytest.raises(ValidationError):
            check_month_day(bad, "starts")
