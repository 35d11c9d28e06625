"""The calendar, honest (issue 16, item 7): a calendar change re-times the open cases in the same
commit and says how many moved; a year whose official holidays nobody entered is shown as an
estimate, and from November the centre is asked for next year's."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gridDesk.domain.accounts import Role
from gridDesk.domain.calendar_years import YearSource
from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditService
from gridDesk.services.cases import CasesService
from gridDesk.services.work_calendar import CalendarService
from gridDesk.storage.audit_repo import AuditFilter

# 2027 is not in the holiday library GridDesk ships (its notice is not out): an estimated year.
MONDAY = datetime(2027, 3, 8, 9, 0)


@pytest.fixture
def cases(session, clock):
    clock.now = MONDAY.timestamp()
    return CasesService(session)


def _open_case(cases, name="邻里纠纷", kind=WorkKind.ORDINARY, file=True):
    category = next(c.id for c in cases.categories() if c.name == name)
    case_id = cases.report(CaseReport("邻居为排水沟争吵", category, kind, Channel.VISIT, MONDAY,
                                      place="东村3排", reporter="网格员李四")).ids[0]
    if file:
        cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[A.FILE]())
    return case_id


def _due(cases, case_id) -> date:
    return cases.get(case_id).due_at.date()


def test_a_holiday_entered_later_re_times_the_open_cases_and_says_how_many(cases, session):
    case_id = _open_case(cases)
    before = _due(cases, case_id)  # 15 working days from Monday 8 March: Monday 29 March
    assert before == date(2027, 3, 29)
    untouched = _open_case(cases, file=False)  # reported, not filed: no clock yet
    changes = cases.set_calendar_day(date(2027, 3, 10), "holiday", "地方节日")
    assert changes.moved == 1
    assert _due(cases, case_id) == date(2027, 3, 30)  # one working day later
    assert cases.get(untouched).due_at is None
    # a worked Sunday gives the day back
    assert cases.set_calendar_day(date(2027, 3, 14), "workday", "调休").moved == 1
    assert _due(cases, case_id) == date(2027, 3, 29)
    # a day off before the clock started moves nothing
    assert cases.set_calendar_day(date(2027, 3, 1), "holiday", "").moved == 0
    assert _due(cases, case_id) == date(2027, 3, 29)
    # removing the holiday moves it again
    assert cases.set_calendar_day(date(2027, 3, 10), None).moved == 1
    assert _due(cases, case_id) == date(2027, 3, 26)
    rows, _ = AuditService(session).query(AuditFilter(action="settings_changed"))
    assert any("1 open cases re-timed" in r.detail and cases.get(case_id).number in r.detail for r in rows)


def test_an_extension_is_kept_when_re_timed(cases, clock):
    case_id = _open_case(cases)
    for action, kw in ((A.ASSIGN, {"body": "网格员李四"}), (A.START, {}),
                       (A.REQUEST_EXTENSION, {"days": 5, "detail": "等待鉴定"}), (A.APPROVE_EXTENSION, {})):
        cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](**kw))
    assert _due(cases, case_id) == date(2027, 4, 6)  # 15 + 5 working days; 5 April is 清明
    cases.set_calendar_day(date(2027, 4, 1), "holiday", "")
    assert _due(cases, case_id) == date(2027, 4, 7)


def test_closed_cases_keep_their_dates(cases):
    case_id = _open_case(cases, name="邻里纠纷")
    for action, kw in ((A.ASSIGN, {"body": "网格员李四"}), (A.START, {}), (A.FEEDBACK, {"result": "已疏通"}),
                       (A.REVISIT, {"satisfaction": "满意"}), (A.CLOSE, {"closure": "resolved"})):
        cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](**kw))
    due = _due(cases, case_id)
    assert cases.set_calendar_day(date(2027, 3, 10), "holiday", "").moved == 0
    assert _due(cases, case_id) == due


def test_an_estimated_year_says_so_until_the_director_confirms_its_notice(cases, session, clock):
    calendar = CalendarService(session)
    years = {y.year: y for y in calendar.years()}
    assert years[2026].source is YearSource.PUBLISHED
    assert years[2027].source is YearSource.ESTIMATED
    case_id = _open_case(cases)
    assert cases.get(case_id).due_estimated
    assert calendar.year_to_enter() == 2027  # this year itself is a guess
    calendar.confirm_year(2027, "国办发明电〔2026〕号")
    cases = CasesService(session)  # a fresh calendar (the change bus drops the cached one in the app)
    assert not cases.get(case_id).due_estimated
    assert calendar.year_to_enter() is None
    entered = {y.year: y for y in calendar.years()}[2027]
    assert entered.source is YearSource.ENTERED and entered.notice == "国办发明电〔2026〕号"
    calendar.withdraw_year(2027)
    assert calendar.year_to_enter() == 2027
    with pytest.raises(ValidationError):
        calendar.confirm_year(2031)


def test_from_november_next_years_notice_is_asked_for(session, clock):
    calendar = CalendarService(session)
    clock.now = datetime(2026, 10, 30, 9, 0).timestamp()
    assert calendar.year_to_enter() is None  # 2026 is published, and it is not November yet
    clock.now = datetime(2026, 11, 2, 9, 0).timestamp()
    assert calendar.year_to_enter() == 2027


def test_reading_the_years_writes_nothing_and_only_the_director_confirms(cases, session, access):
    audit = AuditService(session)
    before = audit.query(AuditFilter())[1]
    CalendarService(session).years()
    CalendarService(session).year_to_enter()
    assert audit.query(AuditFilter())[1] == before
    AccountsService(session, access).add("yuan3", "员", Role.STAFF, "Staff@2026x")
    staff = access.login("yuan3", "Staff@2026x")
    try:
        assert CalendarService(staff).year_to_enter() == 2027
        with pytest.raises(PermissionDenied):
            CalendarService(staff).confirm_year(2027)
    finally:
        staff.close()


def test_griddesk_status_names_the_year_to_enter(session, clock):
    from gridDesk.services.status import current_status

    clock.now = datetime(2026, 9, 1, 9, 0).timestamp()
    assert current_status(session).holidays_to_enter == 0
    clock.now = datetime(2026, 11, 20, 9, 0).timestamp()
    assert current_status(session).as_dict()["holidays_to_enter"] == 2027
