"""A small village for the quarterly review's tests: two grids, two members, and their visits,
cases and training of 2026Q3 and around it, each counted by hand in the tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, select

from gridDesk.domain.assessment import Quarter
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import Grid, GridKind, TeamMember, TeamRole
from gridDesk.services.grids import GridService
from gridDesk.services.team import TeamService
from gridDesk.storage.orm.cases import CaseCategoryRow, CaseRow
from gridDesk.storage.orm.daily_logs import LogDayRow
from gridDesk.storage.orm.patrols import PatrolRow
from gridDesk.storage.orm.roster import GridRow, HouseholdRow, PlaceRow
from gridDesk.storage.orm.training import AttendanceRow, TrainingSessionRow
from gridDesk.storage.orm.visits import VisitRow, visit_households

NOW = datetime(2026, 11, 23, 10, 0)
Q3 = Quarter(2026, 3)
A, B = "140105100201001", "140105100201002"


def _id(n: int) -> str:
    first17 = f"14010519800101{n:03d}"
    return first17 + check_digit(first17)


def _visit(s, member, grid, day, households):
    vid = s.execute(insert(VisitRow).values(member_id=member, grid_id=grid, visited_on=day, slot="上午", companions="",
                                            solved_on_spot=0, notes="", account="t", created_at=NOW)).inserted_primary_key[0]
    s.execute(insert(visit_households), [{"visit_id": vid, "household_id": h, "visited_on": day} for h in households])


def _case(s, n, member, closed, due, category):
    s.add(CaseRow(number=f"T{n}", title=f"案件{n}", category_id=category, work_kind="ordinary", channel="visit",
                  reported_at=datetime(2026, 6, 1), state="closed" if closed else "assigned",
                  assignee_member_id=member, due_at=due, closed_at=closed, updated_at=NOW))


def _training(s, starts, hours, present):
    row = TrainingSessionRow(level="township", organiser="镇", starts_at=starts, hours=hours, topic=f"培训{starts:%m%d}",
                             updated_at=NOW)
    s.add(row)
    s.flush()
    for member, presence, own in present:
        s.add(AttendanceRow(session_id=row.id, member_id=member, presence=presence, hours=own))


@pytest.fixture
def village(session, clock):
    """Grid A (4 households) served by 张 since 2020, grid B (2 households) by 李 from 1 August
    2026; their visits, cases and training of 2026Q3 and around it, counted by hand below."""
    clock.now = NOW.timestamp()
    grids = GridService(session)
    grids.save(Grid(A, "第一网格", GridKind.RURAL))
    grids.save(Grid(B, "第二网格", GridKind.RURAL))
    team = TeamService(session)
    team.save(TeamMember("张网格", _id(1), "13900000001", TeamRole.FULL_TIME, A, date(2020, 3, 1)), "中共党员", "大专", True)
    team.save(TeamMember("李网格", _id(2), "13900000002", TeamRole.PART_TIME, B, date(2026, 8, 1)), "群众", "高中", True)
    ids = {t.member.name: t.id for t in team.members()}
    zhang, li = ids["张网格"], ids["李网格"]
    with session.db.transaction(writes=True) as s:
        gid = dict(s.execute(select(GridRow.code, GridRow.id)).all())
        h = {}
        for n, grid in enumerate((A, A, A, A, B, B), 1):
            row = HouseholdRow(number=f"H{n}", address=f"{n}号", grid_id=gid[grid])
            s.add(row)
            s.flush()
            h[n] = row.id
        # 张 (grid A): weeks start on Mondays; 2026Q3 has 13 of them, 6 July to 28 September.
        _visit(s, zhang, gid[A], date(2026, 7, 3), [h[1], h[2], h[3], h[4]])  # before the first Monday: not counted
        _visit(s, zhang, gid[A], date(2026, 7, 7), [h[1], h[2]])  # week of 6 July: h1 h2 h3 = 3
        _visit(s, zhang, gid[A], date(2026, 7, 9), [h[2], h[3]])
        _visit(s, zhang, gid[A], date(2026, 7, 14), [h[1], h[2], h[3], h[4]])  # week of 13 July: 4
        _visit(s, zhang, gid[B], date(2026, 7, 8), [h[5]])  # not his grid; 李's before he came: not counted
        _visit(s, zhang, gid[A], date(2026, 10, 2), [h[1]])  # week of 28 September (in the quarter): 1
        _visit(s, zhang, gid[A], date(2026, 10, 6), [h[1], h[2], h[3], h[4]])  # the next quarter's week
        # 李 (grid B) from Saturday 1 August: 9 weeks, 3 August to 28 September.
        _visit(s, li, gid[B], date(2026, 7, 20), [h[5]])  # before he took the post
        _visit(s, li, gid[A], date(2026, 7, 21), [h[1]])  # 张's grid, week of 20 July: the grid's round, 1
        _visit(s, li, gid[B], date(2026, 8, 4), [h[5], h[6]])  # week of 3 August: 2
        _visit(s, li, gid[B], date(2026, 8, 5), [h[5]])
        category = s.scalar(select(CaseCategoryRow.id).where(CaseCategoryRow.parent_id.is_not(None)))
        _case(s, 1, zhang, datetime(2026, 7, 10, 9), datetime(2026, 7, 15, 17), category)  # on time
        _case(s, 2, zhang, datetime(2026, 8, 20, 10), datetime(2026, 8, 18, 17), category)  # late
        _case(s, 3, zhang, datetime(2026, 9, 30, 23), datetime(2026, 10, 5, 17), category)  # on time
        _case(s, 4, zhang, datetime(2026, 10, 1, 9), datetime(2026, 10, 5, 17), category)  # next quarter
        _case(s, 5, zhang, None, datetime(2026, 8, 1, 17), category)  # still open
        _case(s, 6, zhang, datetime(2026, 9, 1, 9), None, category)  # no time limit: on time
        _case(s, 7, li, datetime(2026, 8, 10, 9), datetime(2026, 8, 9, 17), category)  # 李's, late
        _training(s, datetime(2026, 7, 15, 9), 3, [(zhang, "present", None), (li, "excused", None)])
        _training(s, datetime(2026, 8, 20, 9), 4, [(zhang, "present", 1.0), (li, "present", None)])
        _training(s, datetime(2026, 6, 30, 9), 5, [(zhang, "present", None)])  # 2026Q2
        _training(s, datetime(2026, 9, 30, 14), 2, [(zhang, "present", None)])
        # 民情日志: 张 on Wed 1 and Thu 2 July (nothing to report), Sat 4 July (owed by nobody) and
        # Sunday 20 September (the Mid-Autumn 调休 working day); 李 on Mon 3 August.
        for member, day, nothing in ((zhang, date(2026, 7, 1), False), (zhang, date(2026, 7, 2), True),
                                     (zhang, date(2026, 7, 4), False), (zhang, date(2026, 9, 20), False),
                                     (li, date(2026, 8, 3), False)):
            s.execute(insert(LogDayRow).values(member_id=member, day=day, nothing_to_report=nothing, state="signed",
                                               entered_by="t", entered_at=NOW))
        # 巡查: a river in grid A that 张 answers for; in flood season (1 June to 30 September) a
        # river is due every day. Patrolled 1, 2 and 3 September, the first patrol on record.
        place = s.execute(insert(PlaceRow).values(kind="risk_point", name="杏花河", address="村东", grid_id=gid[A],
                                                  responsible_member_id=zhang, details='{"risk_type": "河流"}',
                                                  notes="", updated_at=NOW)).inserted_primary_key[0]
        for day in (1, 2, 3):
            at = datetime(2026, 9, day, 9)
            s.execute(insert(PatrolRow).values(place_id=place, member_id=zhang, grid_id=gid[A], patrolled_on=at.date(),
                                               patrolled_at=at, outcome="normal", account="t", created_at=NOW))
    return session, zhang, li


def enter(service, member, scores):
    items, _grades = service.rules()
    by_name = {i.name: i.id for i in items}
    for name, (points, words, count) in scores.items():
        service.save_entry(member, Q3, by_name[name], points, words, count)
    return by_name


ENTRIES = {"群众代表评议": (90, "群众评价好", 12), "党员评议": (85, "", 8), "本人自评": (45, "本季走访还不够", 0)}
