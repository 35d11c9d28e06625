"""民情日志 on a real database: a member's day with its visits and a reported case, the 网格长's
sign-off and return, the scope of each account, and the missing days counted by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.daily_logs import DayMark, LogEntry, LogState, TimeSlot
from gridDesk.domain.errors import NotFound, PermissionDenied, ValidationError
from gridDesk.domain.roster import TeamRole
from gridDesk.domain.visits import Finding, FindingCategory, Visit
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.daily_logs import DailyLogsService
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.services.status import current_status
from gridDesk.services.team import TeamService
from gridDesk.services.visits import VisitsService
from gridDesk.storage.daily_logs_repo import log_day_refs, log_days_by_member

PW = "Member@2026x"
TODAY = date(2026, 9, 21)  # the test clock's day, a Monday


@pytest.fixture
def village(tmp_path, clock):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 400, make_access=make)
    access = make(summary.db_path)
    director = access.login("demo", "Demo@2026")
    grids = [n.code for n in RosterService(director).tree() if n.parent_code is None]
    team = TeamService(director).members()
    leader = next(t for t in team if t.member.role is TeamRole.LEADER)
    own = next(t for t in team if t.member.grid_code == grids[0])
    other = next(t for t in team if t.member.grid_code == grids[1])
    accounts = AccountsService(director, access)
    accounts.add("ge1", "本网格员", Role.GRID_MEMBER, PW, member_id=own.id)
    accounts.add("zhang", "网格长", Role.GRID_LEADER, PW, member_id=leader.id)
    yield access, director, grids, leader, own, other
    director.close()


def _entry(member_id: int, day: date, **kw) -> LogEntry:
    base = dict(slots=(TimeSlot("08:30", "11:30"), TimeSlot("14:00", "16:30")), places="一组、二组入户")
    return LogEntry(member_id, day, **(base | kw))


def test_a_members_day_shows_its_visits_and_reports_a_problem_to_a_case(village):
    access, director, grids, _leader, own, _other = village
    member = access.login("ge1", PW)
    visits = VisitsService(member)
    numbers = [n for n, _a in visits.not_visited(grids[0])][:3]
    day = TODAY - timedelta(days=3)  # Friday
    visits.log(Visit(own.id, grids[0], day, "上午", tuple(numbers),
                     findings=(Finding(FindingCategory.FIRE, "柴草堆在灶旁"),)))
    logs = DailyLogsService(member)
    logs.save(_entry(own.id, day, found=((FindingCategory.DISPUTE, 2),), solved_on_spot=1))
    entry, seen = logs.day(own.id, day)
    assert entry.minutes == 180 + 150 and entry.hours == 5.5
    assert entry.state is LogState.SUBMITTED and entry.entry.found == ((FindingCategory.DISPUTE, 2),)
    # the households come from the visit log, with their door numbers and the visit's finding
    assert [v.household_numbers for v in seen] == [tuple(sorted(numbers))]
    assert seen[0].findings[0][1:3] == ("fire", "柴草堆在灶旁")
    category = CasesService(director).categories()[0].id
    case_id = logs.report_problem(entry.id, category, "两户因宅基地边界争执", "当场调解未果，上报")
    assert logs.get(entry.id).case_ids == (case_id,)
    case = CasesService(director).get(case_id)
    assert case.grid_code == grids[0] and case.reporter == own.member.name
    # two found: one solved on the spot, one reported; a third report has nothing left to report
    with pytest.raises(ValidationError) as refused:
        logs.report_problem(entry.id, category, "再报一件")
    assert refused.value.code == "daily_log.no_more_found"
    # 今日无异常 is an entry of its own, and cannot carry problems
    logs.save(LogEntry(own.id, day - timedelta(days=1), nothing_to_report=True))
    assert logs.day(own.id, day - timedelta(days=1))[0].entry.nothing_to_report
    with pytest.raises(ValidationError) as refused:
        logs.save(LogEntry(own.id, day - timedelta(days=2), nothing_to_report=True,
                           found=((FindingCategory.FIRE, 1),)))
    assert refused.value.code == "daily_log.nothing_but_found"
    with pytest.raises(ValidationError):  # overlapping slots
        logs.save(_entry(own.id, day - timedelta(days=2), slots=(TimeSlot("08:00", "10:00"), TimeSlot("09:30", "11:00"))))
    with pytest.raises(ValidationError):
        logs.save(_entry(own.id, TODAY + timedelta(days=1)))
    member.close()


def test_a_leader_signs_and_returns_never_their_own_and_a_signed_day_stands(village):
    access, director, grids, leader, own, _other = village
    member, chief = access.login("ge1", PW), access.login("zhang", PW)
    day = TODAY - timedelta(days=1)
    mine = DailyLogsService(member)
    mine.save(_entry(own.id, day))
    mine.save(_entry(own.id, day - timedelta(days=3)))
    DailyLogsService(chief).save(_entry(leader.id, day))  # the leader's own day
    review = DailyLogsService(chief)
    waiting = {(w.member_id, w.day): w.log_id for w in review.to_sign_off()}
    assert (leader.id, day) not in waiting  # never their own
    review.sign_off(waiting[(own.id, day)])
    review.return_day(waiting[(own.id, day - timedelta(days=3))], "时段写错了")
    signed = mine.day(own.id, day)[0]
    assert signed.state is LogState.SIGNED and signed.reviewed_by == "zhang"
    # the member cannot change a signed day; a returned one is corrected and goes back
    with pytest.raises(ValidationError) as refused:
        mine.save(_entry(own.id, day, places="改一下"))
    assert refused.value.code == "daily_log.signed"
    returned = mine.day(own.id, day - timedelta(days=3))[0]
    assert returned.state is LogState.RETURNED and returned.return_reason == "时段写错了"
    mine.save(_entry(own.id, day - timedelta(days=3), places="更正后"))
    assert mine.day(own.id, day - timedelta(days=3))[0].state is LogState.SUBMITTED
    # a leader's own day: refused to them, signed by the centre
    own_day = DailyLogsService(chief).day(leader.id, day)[0]
    with pytest.raises(ValidationError) as refused:
        review.sign_off(own_day.id)
    assert refused.value.code == "daily_log.own_day"
    DailyLogsService(director).sign_off(own_day.id)
    assert DailyLogsService(director).get(own_day.id).state is LogState.SIGNED
    # a grid member does not review at all
    with pytest.raises(PermissionDenied):
        mine.sign_off(own_day.id)
    member.close()
    chief.close()


def test_a_member_cannot_log_or_see_another_grids_member(village):
    access, director, _grids, _leader, own, other = village
    member = access.login("ge1", PW)
    logs = DailyLogsService(member)
    day = TODAY - timedelta(days=1)
    with pytest.raises(PermissionDenied):
        logs.save(_entry(other.id, day))
    DailyLogsService(director).save(_entry(other.id, day))
    other_day = DailyLogsService(director).day(other.id, day)[0]
    with pytest.raises(PermissionDenied):
        logs.day(other.id, day)
    with pytest.raises(PermissionDenied):
        logs.get(other_day.id)
    assert [m.member_id for m in logs.month(2026, 9)] == [own.id]
    # a day's photos are seen by whoever sees that member's days
    from gridDesk.domain.attachments import NewAttachment
    from gridDesk.services.attachments import AttachmentsService

    DailyLogsService(director).save(_entry(other.id, day - timedelta(days=3)),
                                    [NewAttachment("河道.png", b"\x89PNG" + b"1" * 40)])
    photo_day = DailyLogsService(director).day(other.id, day - timedelta(days=3))[0]
    assert [a.name for a in AttachmentsService(director).listed("log_day", photo_day.id)] == ["河道.png"]
    with pytest.raises(PermissionDenied):
        AttachmentsService(member).listed("log_day", photo_day.id)
    assert [m.id for m in logs.members()] == [own.id]
    with pytest.raises(NotFound):
        logs.day(999_999, day)
    member.close()


def test_the_month_grid_and_completeness_against_days_counted_by_hand(village):
    access, director, _grids, _leader, own, other = village
    logs = DailyLogsService(director)
    # July 2026: no statutory holiday; 1 July is a Wednesday; 23 weekdays (counted on a calendar).
    logs.save(_entry(own.id, date(2026, 7, 1)))
    logs.save(LogEntry(own.id, date(2026, 7, 2), nothing_to_report=True))
    logs.save(_entry(own.id, date(2026, 7, 3)))
    logs.save(_entry(own.id, date(2026, 7, 4)))  # a Saturday worked: entered, owed by nobody
    logs.save(_entry(other.id, date(2026, 7, 31)))
    refs = {d: i for i, d, _s in log_day_refs_of(director, own.id)}
    DailyLogsService(access.login("zhang", PW)).sign_off(refs[date(2026, 7, 1)])  # not who typed it in
    logs.return_day(refs[date(2026, 7, 3)], "请补写地点")
    row = next(m for m in logs.month(2026, 7) if m.member_id == own.id)
    assert len(row.marks) == 31
    assert row.marks[:4] == (DayMark.SIGNED, DayMark.NOTHING, DayMark.RETURNED, DayMark.ENTERED)
    assert row.marks[4] is DayMark.OFF  # Sunday 5 July
    assert row.count(DayMark.MISSING) == 23 - 3
    done = logs.completeness(date(2026, 7, 1), date(2026, 7, 31))
    assert done[own.id] == (3, 23) and done[other.id] == (1, 23)
    with director.db.transaction() as s:
        counted = log_days_by_member(s, date(2026, 7, 1), date(2026, 7, 31))
        assert counted[own.id] == 4 and counted[other.id] == 1  # the Saturday counts as a day with an entry
        assert log_days_by_member(s, date(2026, 7, 2), date(2026, 7, 3))[own.id] == 2  # both ends included
        assert [st for _i, _d, st in log_day_refs(s, own.id, date(2026, 7, 1), date(2026, 7, 3))] == [
            "signed", "submitted", "returned"]
    # this month: today (Monday 21 September) is not missing until it is over
    september = next(m for m in logs.month(2026, 9) if m.member_id == own.id)
    assert september.marks[20] is DayMark.OFF and september.marks[17] is DayMark.MISSING


def log_day_refs_of(session, member_id):
    with session.db.transaction() as s:
        return log_day_refs(s, member_id, date(2026, 7, 1), date(2026, 7, 31))


def test_status_counts_yesterdays_missing_logs_and_the_days_to_sign_off(village):
    access, director, _grids, leader, own, other = village
    in_post = len(DailyLogsService(director).members())
    # The last working day before Monday 21 September 2026 is Sunday the 20th: a weekend worked
    # (调休) for the Mid-Autumn holiday, as the State Council's notice has it.
    friday = TODAY - timedelta(days=1)
    assert current_status(director).logs_missing_yesterday == in_post
    DailyLogsService(director).save(_entry(own.id, friday))
    DailyLogsService(director).save(LogEntry(other.id, friday, nothing_to_report=True))
    DailyLogsService(director).save(_entry(leader.id, friday))
    figures = current_status(director)
    assert figures.logs_missing_yesterday == in_post - 3
    assert figures.logs_to_sign_off == 3
    chief = access.login("zhang", PW)
    assert current_status(chief).logs_to_sign_off == 2  # the leader's own day is not theirs to sign
    member = access.login("ge1", PW)
    assert current_status(member).logs_to_sign_off == 0
    assert current_status(member).logs_missing_yesterday == 0  # its own person logged Friday
    chief.close()
    member.close()


def test_the_week_report_builds_from_the_days(village):
    access, director, grids, _leader, own, _other = village
    monday = TODAY - timedelta(days=7)
    logs = DailyLogsService(director)
    logs.save(_entry(own.id, monday, found=((FindingCategory.FIRE, 2), (FindingCategory.DEMAND, 1)), solved_on_spot=2))
    logs.save(LogEntry(own.id, monday + timedelta(days=1), nothing_to_report=True))
    day = logs.day(own.id, monday)[0]
    logs.report_problem(day.id, CasesService(director).categories()[0].id, "路灯坏了")
    DailyLogsService(access.login("zhang", PW)).sign_off(day.id)  # the grid's leader, not who typed it in
    numbers = [n for n, _a in VisitsService(director).not_visited(grids[0])][:4]
    VisitsService(director).log(Visit(own.id, grids[0], monday, "上午", tuple(numbers)))
    row = next(r for r in VisitsService(director).week_report(monday) if r.member_id == own.id)
    assert row.households_per_day[0] == 4 and row.visits == 1  # the visit figures stay
    assert row.log_marks[:3] == ("signed", "nothing", "missing")
    assert row.log_marks[5:] == ("off", "missing")  # Sunday the 20th is a weekend worked (调休)
    assert row.log_minutes == 330
    assert (row.log_found, row.log_solved, row.log_reported) == (3, 2, 1)
    assert row.missing_days == 4  # Wednesday to Friday, and the Sunday worked
