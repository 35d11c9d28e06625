"""Reporting periods and the calendar's due days (issue 20 item 3), without a database."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.errors import ValidationError
from gridDesk.domain.report_periods import Period, PeriodKind
from gridDesk.domain.reports import CalendarEntry, DueRule, FiledReport, calendar_entries, check_due_day, due_date


@pytest.mark.parametrize("text,kind,first,last", [
    ("2026-11", PeriodKind.MONTH, date(2026, 11, 1), date(2026, 11, 30)),
    ("2024-02", PeriodKind.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
    ("2026-12", PeriodKind.MONTH, date(2026, 12, 1), date(2026, 12, 31)),
    ("2026Q3", PeriodKind.QUARTER, date(2026, 7, 1), date(2026, 9, 30)),
    ("2026Q4", PeriodKind.QUARTER, date(2026, 10, 1), date(2026, 12, 31)),
    ("2026H1", PeriodKind.HALF, date(2026, 1, 1), date(2026, 6, 30)),
    ("2026H2", PeriodKind.HALF, date(2026, 7, 1), date(2026, 12, 31)),
    ("2026", PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31)),
])
def test_a_period_is_parsed_printed_the_same_way_and_knows_its_days(text, kind, first, last):
    p = Period.parse(text)
    assert (p.kind, p.start, p.end, str(p)) == (kind, first, last, text)
    assert p.year_to_date == (date(p.year, 1, 1), last)
    assert Period.parse(f" {text} ") == p and Period.containing(first, kind) == p == Period.containing(last, kind)


def test_words_next_and_previous():
    assert Period.parse("2026Q3").words == "2026年第三季度" and Period.parse("2026H1").words == "2026年上半年"
    assert Period.parse("2026-11").words == "2026年11月" and Period.parse("2026").words == "2026年"
    assert str(Period.parse("2026-12").next()) == "2027-01" and str(Period.parse("2026-01").previous()) == "2025-12"
    assert str(Period.parse("2026Q4").next()) == "2027Q1" and str(Period.parse("2026H1").previous()) == "2025H2"
    assert Period.parse("2026-09").quarters() == [(2026, 3)] and Period.parse("2026-08").quarters() == []
    assert Period.parse("2026").quarters() == [(2026, 1), (2026, 2), (2026, 3), (2026, 4)]


@pytest.mark.parametrize("bad", ["2026-13", "2026-00", "2026Q5", "2026Q0", "2026H3", "1900", "1999-12", "2100",
                                 "abc", "", "2026-1", "26-11", "2026/11", "٢٠٢٦", "2026-11-01", "x" * 5000,
                                 None, 2026, 10**20])
def test_a_period_that_is_not_one_is_refused_in_words(bad):
    with pytest.raises(ValidationError) as e:
        Period.parse(bad)
    assert "报告期" in e.value.message and len(e.value.message) < 200


def _weekdays(day: date) -> bool:
    return day.weekday() < 5


def test_the_due_day_moves_on_to_the_next_working_day():
    monthly = DueRule("monthly", 5)
    assert due_date(Period.parse("2026-10"), monthly, _weekdays) == date(2026, 11, 5)  # a Thursday
    assert due_date(Period.parse("2026-11"), monthly, _weekdays) == date(2026, 12, 7)  # Saturday 5th -> Monday
    holiday = {date(2026, 10, d) for d in range(1, 9)}
    assert due_date(Period.parse("2026-09"), monthly, lambda d: _weekdays(d) and d not in holiday) == date(2026, 10, 9)
    assert due_date(Period.parse("2026Q4"), DueRule("quarterly", 10), _weekdays) == date(2027, 1, 11)
    assert due_date(Period.parse("2026"), DueRule("yearly", 28), _weekdays) == date(2027, 1, 28)
    for bad in (0, 29, 31, -1, "5", 5.0, True, None):
        with pytest.raises(ValidationError):
            check_due_day(bad)


def test_due_then_overdue_and_filed_on_the_calendar_edges():
    rule = DueRule("monthly", 5)
    filed = {"2026-09": FiledReport(1, "monthly", "2026-09", 1, "2026-10-03T09:00:00", "demo", "x")}
    on_due_day = calendar_entries(rule, PeriodKind.MONTH, date(2026, 9, 15), date(2026, 11, 5), _weekdays, filed)
    assert [(e.period, e.state) for e in on_due_day] == [("2026-09", "filed"), ("2026-10", "due"), ("2026-11", "due")]
    after = calendar_entries(rule, PeriodKind.MONTH, date(2026, 9, 15), date(2026, 11, 6), _weekdays, filed)
    assert [(e.period, e.state, e.days_overdue) for e in after] == [
        ("2026-09", "filed", 0), ("2026-10", "overdue", 1), ("2026-11", "due", 0)]
    assert after[1].as_dict() == {"kind": "monthly", "period": "2026-10", "due": "2026-11-05", "days_overdue": 1}
    # a start in the future, an inactive kind: nothing on the calendar
    assert calendar_entries(rule, PeriodKind.MONTH, date(2027, 1, 1), date(2026, 11, 6), _weekdays, {}) == []
    assert calendar_entries(DueRule("monthly", 5, False), PeriodKind.MONTH, date(2026, 1, 1), date(2026, 11, 6),
                            _weekdays, {}) == []
    # a start long ago walks back no further than the look-back, ending at today's period
    long = calendar_entries(rule, PeriodKind.MONTH, date(2000, 1, 1), date(2026, 11, 6), _weekdays, {})
    assert len(long) == 120 and long[-1].period == "2026-11"
    assert isinstance(long[0], CalendarEntry)
    years = calendar_entries(DueRule("yearly", 10), PeriodKind.YEAR, date(2024, 3, 1), date(2026, 1, 12), _weekdays, {})
    # 2025's was due on Saturday 10 January 2026, so on Monday the 12th: due that day, overdue the next
    assert [(e.period, e.state) for e in years] == [("2024", "overdue"), ("2025", "due"), ("2026", "due")]
    years = calendar_entries(DueRule("yearly", 10), PeriodKind.YEAR, date(2024, 3, 1), date(2026, 1, 13), _weekdays, {})
    assert [(e.period, e.days_overdue) for e in years] == [("2024", 368), ("2025", 1), ("2026", 0)]
    assert Period.parse("２０２６Ｑ３") == Period.parse("2026Q3")  # typed with a Chinese input method
