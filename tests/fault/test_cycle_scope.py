"""Attack probes, issue 18: roles and scope."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from gridDesk.domain.accounts import Role
from gridDesk.domain.daily_logs import LogEntry, TimeSlot
from gridDesk.domain.errors import GridDeskError
from gridDesk.domain.patrols import Patrol
from gridDesk.services.accounts import AccountsService
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.daily_logs import DailyLogsService
from gridDesk.services.patrols import PatrolsService
from gridDesk.services.pay import PayService
from gridDesk.services.quarter_reviews import QuarterReviewsService
from gridDesk.services.status import current_status
from gridDesk.services.tasks import TasksService
from gridDesk.storage.orm.patrols import PatrolRow
from tests.storage.review_village import A, B, Q3, village  # noqa: F401

PW = "Member@2026x"
OV = "临时例外"


@pytest.fixture
def people(village, access):
    session, zhang, li = village
    acc = AccountsService(session, access)
    acc.add("li", "李", Role.GRID_MEMBER, PW, member_id=li)
    acc.add("zhangz", "张长", Role.GRID_LEADER, PW, member_id=zhang)
    acc.add("staff", "工作人员", Role.STAFF, PW)
    out = {n: access.login(n, PW) for n in ("li", "zhangz", "staff")}
    yield session, zhang, li, out
    for s in out.values():
        s.close()


def test_member_cannot_read_other_grids_log_day(people):
    session, zhang, li, who = people
    with pytest.raises(GridDeskError):
        DailyLogsService(who["li"]).day(zhang, date(2026, 9, 20))


def test_member_month_grid_shows_only_self(people):
    session, zhang, li, who = people
    rows = DailyLogsService(who["li"]).month(2026, 9)
    assert {r.member_id for r in rows} == {li}


def test_member_cannot_read_other_grids_patrols(people):
    session, zhang, li, who = people
    with session.db.transaction() as s:
        pid = s.scalar(select(PatrolRow.id))
    with pytest.raises(GridDeskError):
        PatrolsService(who["li"]).get(pid)
    assert PatrolsService(who["li"]).log_list(date(2026, 9, 1), date(2026, 9, 30)) == []
    with pytest.raises(GridDeskError):
        PatrolsService(who["li"]).log_list(date(2026, 9, 1), date(2026, 9, 30), A)
    assert all(d.grid_code.startswith(B) for d in PatrolsService(who["li"]).due())


def test_member_cannot_patrol_for_other_grid(people):
    session, zhang, li, who = people
    with session.db.transaction() as s:
        place = s.scalar(select(PatrolRow.place_id))
    with pytest.raises(GridDeskError):
        PatrolsService(who["li"]).log(Patrol(place, zhang, datetime(2026, 11, 20, 9)))


def test_member_sees_no_assessment_and_status_is_own(people):
    session, zhang, li, who = people
    with pytest.raises(GridDeskError):
        AssessmentService(who["li"]).quarter(Q3)
    st = current_status(who["li"])
    assert st.reviews_open == 0 and st.pay_unlocked_months == 0
    assert st.logs_missing_yesterday <= 1


def test_staff_cannot_lock_pay_or_record_review(people):
    session, zhang, li, who = people
    with pytest.raises(GridDeskError):
        PayService(who["staff"]).lock("2026-10")
    with pytest.raises(GridDeskError):
        QuarterReviewsService(who["staff"]).record(zhang, Q3, __import__("gridDesk.domain.assessment", fromlist=["x"]).ReviewLevel.FIRST,
                                                   "x", date(2026, 10, 10), "同意")


def test_leader_cannot_sign_other_grids_day(people):
    session, zhang, li, who = people
    DailyLogsService(session).save(LogEntry(li, date(2026, 11, 20), (TimeSlot("08:00", "09:00"),), "二组"),
                                   cert_override=OV)
    log = DailyLogsService(session).day(li, date(2026, 11, 20))[0]
    with pytest.raises(GridDeskError):
        DailyLogsService(who["zhangz"]).sign_off(log.id)
    assert all(w.member_id != li for w in DailyLogsService(who["zhangz"]).to_sign_off())


def test_leader_cannot_edit_others_day_in_other_grid(people):
    session, zhang, li, who = people
    with pytest.raises(GridDeskError):
        DailyLogsService(who["zhangz"]).save(LogEntry(li, date(2026, 11, 19), (TimeSlot("08:00", "09:00"),), "二组"),
                                             cert_override="")


def test_member_tasks_are_own(people):
    session, zhang, li, who = people
    assert TasksService(who["li"]).list() == []
