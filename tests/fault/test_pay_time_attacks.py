"""Attack probes, issue 18: pay, time edges, per-member queries."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import event, update

from gridDesk.domain.assessment import Quarter
from gridDesk.domain.errors import GridDeskError
from gridDesk.domain.roster import TeamMember, TeamRole
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.daily_logs import DailyLogsService
from gridDesk.services.pay import PayService
from gridDesk.services.team import TeamService
from gridDesk.storage.orm.roster import TeamMemberRow
from tests.storage.review_village import A, Q3, _id, village  # noqa: F401


def _left(session, member, day):
    with session.db.transaction(writes=True) as s:
        s.execute(update(TeamMemberRow).where(TeamMemberRow.id == member).values(left_on=day))


def test_member_who_left_on_the_first_is_not_paid_for_that_day(village):
    """The daily log says a member is not in post on their leaving day (day < left_on); the pay
    ledger must agree rather than pay a day's base for a month they were not in post."""
    session, zhang, li = village
    _left(session, li, date(2026, 10, 1))
    logs = DailyLogsService(session)
    assert (li not in {t.id for t in logs.members()})
    assert logs.completeness(date(2026, 10, 1), date(2026, 10, 31)).get(li, (0, 0))[1] == 0  # owes nothing in October
    ledger = PayService(session).ledger("2026-10")
    assert li not in {m.member_id for m in ledger.members}


def test_pay_ledger_of_a_future_month_is_refused(village):
    session, zhang, li = village
    with pytest.raises(GridDeskError, match="2099-01"):
        PayService(session).ledger("2099-01")


def test_assessment_queries_do_not_grow_with_members(village):
    session, zhang, li = village
    engine = session.db.engine

    def count():
        n = [0]

        def hit(*_a, **_k):
            n[0] += 1
        event.listen(engine, "before_cursor_execute", hit)
        try:
            AssessmentService(session).quarter(Q3)
        finally:
            event.remove(engine, "before_cursor_execute", hit)
        return n[0]

    before = count()
    team = TeamService(session)
    for k in range(3, 33):
        team.save(TeamMember(f"成员{k}", _id(k), f"139000000{k:02d}", TeamRole.PART_TIME, A, date(2026, 1, 1)),
                  "群众", "高中", True)
    after = count()
    assert after <= before + 2, (before, after)
