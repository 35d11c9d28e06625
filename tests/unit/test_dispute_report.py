"""The monthly dispute report's figures (矛盾纠纷排查调处情况统计表, issue 20 item 2) over plain
records, against counts made by hand: the month, the year to date, the 重大 subset, every band
edge, the catch-all row, and the periods refused in words."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.dispute_report import (
    DEFAULT_BANDS, DEFAULT_ROWS, DisputeFacts, DisputeRecord, Figures, band_labels, band_of, check_bands,
    dispute_table, handled_and_succeeded, parse_period)
from gridDesk.domain.errors import ValidationError

ROWS = [name for name, _cats in DEFAULT_ROWS]
D = date


def rec(n, row, found, handled=None, ok=False, major=False, people=2):
    return DisputeRecord(n, row, found, handled, ok, major, people)


# November 2026, by hand:
#  1 邻里    found 11-03, handled 11-10 ok, major, 3 people           -> month found/handled/ok, all major
#  2 邻里    found 11-30, open                    49 people           -> month found, band 1-49
#  3 婚姻家庭 found 10-05, handled 11-01 not ok                         -> month handled only; YTD found in Oct
#  4 婚姻家庭 found 11-15, handled 12-01 (after the month)             -> month found only
#  5 劳资    found 12-01 (after the month)                            -> nowhere
#  6 劳资    found 2025-12-20, handled 2026-01-05 ok, major            -> YTD handled/ok (major), not found
#  7 (unknown row "水事") found 11-02, 50 people                      -> 其他, band 50-100
#  8 其他    found 2026-02-01, handled 02-10 ok, 100 people           -> YTD only, band 50-100
#  9 征地拆迁 found 11-20, major, 101 people, handled 11-25 not ok     -> month found/handled major, band 101-500
# 10 征地拆迁 found 06-01, 500 people, open                           -> YTD, band 101-500
# 11 征地拆迁 found 11-05, 501 people, major, open                    -> month, band 501+
# 12 山林土地水利权属 found 2025-11-10, handled 2025-11-20 ok          -> nowhere (last year)
# 13 邻里    found 10-31, handled 10-31 ok                            -> YTD only
RECORDS = [
    rec(1, "邻里", D(2026, 11, 3), D(2026, 11, 10), True, True, 3),
    rec(2, "邻里", D(2026, 11, 30), None, False, False, 49),
    rec(3, "婚姻家庭", D(2026, 10, 5), D(2026, 11, 1), False),
    rec(4, "婚姻家庭", D(2026, 11, 15), D(2026, 12, 1), True),
    rec(5, "劳资", D(2026, 12, 1)),
    rec(6, "劳资", D(2025, 12, 20), D(2026, 1, 5), True, True),
    rec(7, "水事", D(2026, 11, 2), None, False, False, 50),
    rec(8, "其他", D(2026, 2, 1), D(2026, 2, 10), True, False, 100),
    rec(9, "征地拆迁", D(2026, 11, 20), D(2026, 11, 25), False, True, 101),
    rec(10, "征地拆迁", D(2026, 6, 1), None, False, False, 500),
    rec(11, "征地拆迁", D(2026, 11, 5), None, False, True, 501),
    rec(12, "山林土地水利权属", D(2025, 11, 10), D(2025, 11, 20), True),
    rec(13, "邻里", D(2026, 10, 31), D(2026, 10, 31), True),
]


@pytest.fixture
def table():
    return dispute_table(RECORDS, ROWS, "其他", DEFAULT_BANDS, 2026, 11)


def test_the_month_row_by_row(table):
    rows = dict(table.rows)
    #                          found maj handled maj ok maj | 1-49 50-100 101-500 501+
    assert rows["邻里"].cells() == (2, 1, 1, 1, 1, 1, 2, 0, 0, 0)
    assert rows["婚姻家庭"].cells() == (1, 0, 1, 0, 0, 0, 1, 0, 0, 0)
    assert rows["劳资"].cells() == (0,) * 10
    assert rows["征地拆迁"].cells() == (2, 2, 1, 1, 0, 0, 0, 0, 1, 1)
    assert rows["其他"].cells() == (1, 0, 0, 0, 0, 0, 0, 1, 0, 0)  # 水事: no such row, counted as 其他
    assert rows["山林土地水利权属"].cells() == (0,) * 10
    assert [name for name, _f in table.rows] == ROWS


def test_subtotal_is_the_month_and_the_year_to_date_runs_from_january(table):
    assert table.subtotal.cells() == (6, 3, 3, 2, 1, 1, 3, 1, 1, 1)
    # YTD found: 1,2,3,4,7,8,9,10,11,13 = 10 (major 1,9,11); handled: 1,3,6,8,9,13 = 6 (major 1,6,9);
    # succeeded: 1,6,8,13 = 4 (major 1,6); bands: 1-49: 1,2,3,4,13; 50-100: 7,8; 101-500: 9,10; 501+: 11
    assert table.year_to_date.cells() == (10, 3, 6, 3, 4, 2, 5, 2, 2, 1)
    years = dict(table.year_rows)
    assert years["劳资"].cells() == (0, 0, 1, 1, 1, 1, 0, 0, 0, 0)
    assert sum(f.found for _r, f in table.year_rows) == table.year_to_date.found
    assert table.period == "2026-11"


def test_january_year_to_date_is_the_month():
    t = dispute_table(RECORDS, ROWS, "其他", DEFAULT_BANDS, 2026, 1)
    assert t.subtotal == t.year_to_date
    assert t.subtotal.cells() == (0, 0, 1, 1, 1, 1, 0, 0, 0, 0)  # case 6, found last December


def test_december_takes_the_first_and_last_day():
    t = dispute_table(RECORDS, ROWS, "其他", DEFAULT_BANDS, 2026, 12)
    assert t.subtotal.found == 1 and t.subtotal.handled == 1  # 5 found 12-01; 4 handled 12-01


@pytest.mark.parametrize(("people", "band"), [(1, 0), (49, 0), (50, 1), (100, 1), (101, 2), (500, 2), (501, 3),
                                              (10**6, 3), (0, 0)])
def test_band_edges(people, band):
    assert band_of(people, DEFAULT_BANDS) == band


def test_band_labels_say_the_edges():
    assert band_labels(DEFAULT_BANDS) == ("1-49人", "50-100人", "101-500人", "501人以上")
    assert band_labels((1,)) == ("1人及以上",)
    assert band_labels((1, 2, 10)) == ("1人", "2-9人", "10人以上")


def test_bands_are_checked():
    assert check_bands([1, 10, 100]) == (1, 10, 100)
    for bad, code in (([], "band_first"), ([2, 10], "band_first"), ([1, 10, 10], "band_order"),
                      ([1, 50, 20], "band_order"), ([1, "50"], "band_number"), ([1, True], "band_number"),
                      ([1, 10**20], "band_range"), (list(range(1, 20)), "band_count")):
        with pytest.raises(ValidationError) as e:
            check_bands(bad)
        assert e.value.code == f"dispute_report.{code}"


def test_other_bands_change_the_columns():
    t = dispute_table(RECORDS, ROWS, "其他", (1, 100), 2026, 11)
    assert t.band_labels == ("1-99人", "100人以上")
    assert t.subtotal.bands == (4, 2)


@pytest.mark.parametrize(("text", "code"), [("2026-13", "no_such_month"), ("2026-00", "no_such_month"),
                                            ("1900-01", "too_early"), ("1999-12", "too_early"),
                                            ("text", "bad_period"), ("", "bad_period"), ("2026-1", "bad_period"),
                                            ("2026-11-01", "bad_period"), (None, "bad_period"),
                                            (202611, "bad_period"), ("x" * 10_000, "bad_period")])
def test_bad_periods_are_refused_in_words(text, code):
    with pytest.raises(ValidationError) as e:
        parse_period(text)
    assert e.value.code == f"dispute_report.{code}"
    assert e.value.field == "dispute_period"
    assert "月" in e.value.message and e.value.render("en")
    assert len(e.value.message) < 120


def test_good_periods():
    assert parse_period("2026-11") == (2026, 11)
    assert parse_period(" 2000-01 ") == (2000, 1)


def test_handled_and_succeeded_from_facts_and_closing():
    facts = DisputeFacts(major=True, people=3, concluded_on=D(2026, 11, 5), agreed=True)
    assert handled_and_succeeded(facts, None, "") == (D(2026, 11, 5), True)
    assert handled_and_succeeded(facts, D(2026, 11, 2), "procedural") == (D(2026, 11, 2), True)
    refused = DisputeFacts(major=False, people=2, concluded_on=D(2026, 11, 5), agreed=False)
    assert handled_and_succeeded(refused, None, "") == (D(2026, 11, 5), False)
    assert handled_and_succeeded(refused, D(2026, 11, 20), "procedural") == (D(2026, 11, 5), False)
    in_progress = DisputeFacts(major=False, people=2, concluded_on=None, agreed=None)
    assert handled_and_succeeded(in_progress, None, "") == (None, False)
    assert handled_and_succeeded(None, D(2026, 11, 20), "resolved") == (D(2026, 11, 20), True)
    assert handled_and_succeeded(None, D(2026, 11, 20), "solved") == (D(2026, 11, 20), True)
    assert handled_and_succeeded(None, D(2026, 11, 20), "under_watch") == (D(2026, 11, 20), False)
    assert handled_and_succeeded(None, D(2026, 11, 20), "") == (D(2026, 11, 20), False)
    assert handled_and_succeeded(None, None, "") == (None, False)


def test_no_records_gives_zeros():
    t = dispute_table([], ROWS, "其他", DEFAULT_BANDS, 2026, 11)
    assert t.subtotal == Figures(bands=(0, 0, 0, 0)) and t.year_to_date == t.subtotal
