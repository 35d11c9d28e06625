"""Issue 18 as an attacker or a careless user would try it: patrols recorded for someone not in
post, absurd counts, reviews of a quarter not over, a task given to someone who left."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, select

from gridDesk.domain.accounts import Role
from gridDesk.domain.assessment import Quarter, ReviewLevel
from gridDesk.domain.daily_logs import LogEntry, TimeSlot
from gridDesk.domain.errors import GridDeskError
from gridDesk.domain.patrols import Patrol
from gridDesk.domain.visits import FindingCategory
from gridDesk.services.accounts import AccountsService
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.daily_logs import DailyLogsService
from gridDesk.services.patrols import PatrolsService
from gridDesk.services.quarter_reviews import PointsChange, QuarterReviewsService
from gridDesk.storage.orm.roster import GridRow, PlaceRow
from tests.storage.review_village import B, ENTRIES, NOW, Q3, enter, village  # noqa: F401


def _place_in_b(session):
    with session.db.transaction(writes=True) as s:
        gid = dict(s.execute(select(GridRow.code, GridRow.id)).all())
        return s.execute(insert(PlaceRow).values(kind="risk_point", name="井", address="村西", grid_id=gid[B],
                                                 details='{"risk_type": "河流"}', notes="",
                                                 updated_at=NOW)).inserted_primary_key[0]


def test_patrol_by_member_before_appointment_refused(village):
    session, zhang, li = village
    place = _place_in_b(session)
    # 李 took the post on 1 August 2026: a patrol on 20 July cannot be his
    with pytest.raises(GridDeskError, match="还未任职或已离岗"):
        PatrolsService(session).log(Patrol(place, li, datetime(2026, 7, 20, 9)), cert_override="临时例外")


def test_daily_log_huge_counts_are_refused_plainly(village):
    session, zhang, li = village
    logs = DailyLogsService(session)
    with pytest.raises(GridDeskError, match="最多记"):  # today: OverflowError from SQLite, a crash
        logs.save(LogEntry(zhang, date(2026, 11, 20), (TimeSlot("08:00", "09:00"),), "村里",
                           ((FindingCategory.FIRE, 10**20),), 0), cert_override="临时例外")


def test_daily_log_absurd_found_count_refused(village):
    session, zhang, li = village
    logs = DailyLogsService(session)
    with pytest.raises(GridDeskError, match="最多记"):
        logs.save(LogEntry(zhang, date(2026, 11, 19), (TimeSlot("08:00", "09:00"),), "村里",
                           ((FindingCategory.FIRE, 1_000_000),), 0), cert_override="临时例外")


def test_first_review_decided_inside_the_quarter_refused(village):
    session, zhang, li = village
    ids = enter(AssessmentService(session), zhang, ENTRIES)
    fill = [PointsChange(ids["民情日志"], 120, "纸质台账"), PointsChange(ids["巡查"], 90, "纸质台账")]
    with pytest.raises(GridDeskError, match="季度结束之后才能评议"):
        QuarterReviewsService(session).record(zhang, Q3, ReviewLevel.FIRST, "村党总支", date(2026, 8, 15), "同意", fill)


def test_first_review_of_running_quarter_refused(village):
    session, zhang, li = village
    q4 = Quarter(2026, 4)
    svc = AssessmentService(session)
    items, _ = svc.rules()
    changes = []
    for i in items:
        if i.kind.value != "metric":
            svc.save_entry(zhang, q4, i.id, min(10, i.max_points), "", 1)
    mq = svc.member_quarter(zhang, q4)
    changes = [PointsChange(i.item_id, 0, "x") for i in mq.items if i.points is None]
    with pytest.raises(GridDeskError, match="季度结束之后才能评议"):
        QuarterReviewsService(session).record(zhang, q4, ReviewLevel.FIRST, "村党总支", date(2026, 11, 20), "同意",
                                              changes)


def test_patrol_by_member_who_left_refused(village):
    session, zhang, li = village
    from sqlalchemy import update
    from gridDesk.storage.orm.roster import TeamMemberRow
    place = _place_in_b(session)
    with session.db.transaction(writes=True) as s:
        s.execute(update(TeamMemberRow).where(TeamMemberRow.id == li).values(left_on=date(2026, 10, 1)))
    with pytest.raises(GridDeskError, match="还未任职或已离岗"):
        PatrolsService(session).log(Patrol(place, li, datetime(2026, 11, 20, 9)), cert_override="临时例外")


def test_followup_task_owner_who_left_refused(village):
    session, zhang, li = village
    from sqlalchemy import update
    from gridDesk.domain.meetings import Attendee, Capacity, FollowUp, Meeting
    from gridDesk.services.meetings import MeetingsService
    from gridDesk.services.tasks import TasksService
    from gridDesk.storage.orm.roster import TeamMemberRow
    with session.db.transaction(writes=True) as s:
        s.execute(update(TeamMemberRow).where(TeamMemberRow.id == li).values(left_on=date(2026, 10, 1)))
    m = Meeting(date(2026, 11, 20), "会议室", "王主任", "张网格", decisions="整改",
                attendees=(Attendee("王主任", list(Capacity)[0]),),
                followups=(FollowUp("清理河道", li, date(2026, 11, 30), True),))
    # 李 left the team on 1 October: a task of 20 November cannot be his
    with pytest.raises(GridDeskError, match="不在网格队伍里"):
        meeting_id = MeetingsService(session).save(m).ids[0]
        MeetingsService(session).make_final(meeting_id)


def test_a_quarter_not_begun_has_no_review_sheets_summary_or_export(village, tmp_path):
    """`print review --quarter 2099Q1` printed ten sheets of a quarter nobody had worked."""
    from gridDesk.services.review_printouts import ReviewPrintService

    session, zhang, li = village
    service = ReviewPrintService(session)
    for call in (lambda: service.print_sheets(tmp_path / "s.pdf", Quarter(2099, 1)),
                 lambda: service.print_summary(tmp_path / "t.pdf", Quarter(2099, 1)),
                 lambda: service.export_xlsx(tmp_path / "r.xlsx", Quarter(2099, 1))):
        with pytest.raises(GridDeskError, match="还没有开始"):
            call()
    assert not any((tmp_path / name).exists() for name in ("s.pdf", "t.pdf", "r.xlsx"))


def test_a_review_of_a_quarter_nobody_worked_is_refused_not_printed_empty(village, tmp_path):
    """`print review --quarter 1900Q1` wrote an empty review PDF and said it had printed."""
    from gridDesk.services.review_printouts import ReviewPrintService

    session, zhang, li = village
    service = ReviewPrintService(session)
    for call in (lambda: service.print_sheets(tmp_path / "s.pdf", Quarter(1900, 1)),
                 lambda: service.print_summary(tmp_path / "t.pdf", Quarter(1900, 1)),
                 lambda: service.export_xlsx(tmp_path / "r.xlsx", Quarter(1900, 1))):
        with pytest.raises(GridDeskError, match="没有在岗的网格员"):
            call()
    assert not any((tmp_path / name).exists() for name in ("s.pdf", "t.pdf", "r.xlsx"))


def test_month_thirteen_is_a_plain_refusal_not_a_crash(village):
    session, zhang, li = village
    for year, month in ((2026, 13), (2026, 0), (0, 5)):
        with pytest.raises(GridDeskError, match="不存在"):  # was ValueError from date()
            DailyLogsService(session).month(year, month)


def test_whoever_typed_a_day_does_not_sign_it(village, access):
    """A 网格长 (here the director, who may sign anyone's) typed a member's day in for them and then
    signed it: the sign-off is a second pair of eyes, so another reviewer signs."""
    from gridDesk.services.accounts import AccountsService

    session, zhang, li = village
    logs = DailyLogsService(session)
    logs.save(LogEntry(li, date(2026, 11, 20), (TimeSlot("08:00", "09:00"),), "二组"), cert_override="临时例外")
    day = logs.day(li, date(2026, 11, 20))[0]
    with pytest.raises(GridDeskError, match="不能自己签核"):
        logs.sign_off(day.id)
    AccountsService(session, access).add("staff", "工作人员", Role.STAFF, "Member@2026x")
    staff = access.login("staff", "Member@2026x")
    try:
        DailyLogsService(staff).sign_off(day.id)
    finally:
        staff.close()
    assert logs.day(li, date(2026, 11, 20))[0].state.value == "signed"


def test_a_day_changed_after_the_dialog_opened_is_not_overwritten(village, clock):
    """Two people had the same day open; the second save silently replaced the first's words.
    The dialog's stamp is checked where the row is written."""
    session, zhang, li = village
    logs = DailyLogsService(session)
    day = date(2026, 11, 20)
    assert logs.day(li, day)[0] is None
    opened_blank = ""
    logs.save(LogEntry(li, day, (TimeSlot("08:00", "09:00"),), "二组，先存的"), cert_override="临时例外",
              seen=opened_blank)
    first = logs.day(li, day)[0]
    # a second dialog opened the blank day before the first saved: its save is refused
    with pytest.raises(GridDeskError, match="已被 .* 修改"):
        logs.save(LogEntry(li, day, (TimeSlot("09:00", "10:00"),), "后存的"), cert_override="临时例外",
                  seen=opened_blank)
    clock.now += 60
    logs.save(LogEntry(li, day, (TimeSlot("08:00", "10:00"),), "二组，改过"), cert_override="临时例外",
              seen=first.stamp)
    # the stamp the first dialog saw is stale now
    with pytest.raises(GridDeskError, match="已被"):
        logs.save(LogEntry(li, day, (TimeSlot("08:00", "09:00"),), "旧的"), cert_override="临时例外",
                  seen=first.stamp)
    assert logs.day(li, day)[0].entry.places == "二组，改过"


def test_a_correction_cannot_take_a_members_month_below_zero(village, clock):
    from gridDesk.domain.pay import Correction
    from gridDesk.services.pay import PayService

    session, zhang, li = village
    pay = PayService(session)
    pay.draw_up("2026-10")
    pay.lock("2026-10", pay.ledger("2026-10").drawn_at)
    own = next(m for m in pay.ledger("2026-10").members if m.member_id == zhang)
    with pytest.raises(GridDeskError, match="不能少于 0"):
        pay.correct("2026-10", Correction(zhang, -(own.total + 1), "多发", "扣回"))
    pay.correct("2026-10", Correction(zhang, -own.total, "多发", "扣回"))  # to exactly nothing is allowed
