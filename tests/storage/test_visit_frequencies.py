"""Visit frequencies as data: GridDesk's defaults (weekly for a severe mental disorder, monthly for
every other key group) until the director sets them; key_groups_due and the dashboard follow."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.domain.key_groups import AttentionLevel, KeyGroup, KeyGroupTag
from gridDesk.domain.roster import ResidentFilter
from gridDesk.domain.visits import DEFAULT_VISIT_EVERY_DAYS, Visit
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.demo import build_demo
from gridDesk.services.key_groups import KeyGroupsService
from gridDesk.services.roster import RosterService
from gridDesk.services.status import current_status
from gridDesk.services.team import TeamService
from gridDesk.services.visit_frequencies import VisitFrequenciesService
from gridDesk.services.visits import VisitsService


@pytest.fixture
def village(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield access, session
    session.close()


def test_the_defaults_are_stated_once_for_every_group():
    assert set(DEFAULT_VISIT_EVERY_DAYS) == set(KeyGroup)
    assert DEFAULT_VISIT_EVERY_DAYS[KeyGroup.MENTAL_DISORDER] == 7
    assert {d for g, d in DEFAULT_VISIT_EVERY_DAYS.items() if g is not KeyGroup.MENTAL_DISORDER} == {30}


def _two_people_visited_ten_days_ago(session):
    roster = RosterService(session)
    people, households = [], set()
    for rid in roster.resident_ids(ResidentFilter()):
        person = roster.resident(rid)
        if person.household_number and person.household_number not in households and \
                not KeyGroupsService(session).tags(rid):
            people.append(person)
            households.add(person.household_number)
        if len(people) == 2:
            break
    groups = KeyGroupsService(session)
    for person, group in zip(people, (KeyGroup.MENTAL_DISORDER, KeyGroup.LEFT_BEHIND_WOMAN)):
        groups.save(KeyGroupTag(None, person.id, group, AttentionLevel.NORMAL, None, None, {}))
    visits = VisitsService(session)
    member = TeamService(session).members()[1].id
    for person in people:
        visits.log(Visit(member, person.grid_code, visits.today() - timedelta(days=10), "上午",
                         (person.household_number,)))
    return people[0].id, people[1].id


def _due(session):
    return {d.resident_id: d for d in VisitsService(session).key_groups_due()}


def test_due_follows_the_directors_frequencies(village):
    access, session = village
    weekly, monthly = _two_people_visited_ten_days_ago(session)
    due = _due(session)
    assert weekly in due and monthly not in due  # 10 days: past a week, within a month
    assert due[weekly].due_since == due[weekly].last_visit + timedelta(days=7)
    assert current_status(session).key_groups_due == len(due)  # the dashboard counts the same list

    service = VisitFrequenciesService(session)
    service.set_frequency(KeyGroup.LEFT_BEHIND_WOMAN, 7)
    service.set_frequency(KeyGroup.MENTAL_DISORDER, 0)  # only the weekly household round
    due = _due(session)
    assert monthly in due and weekly not in due
    assert current_status(session).key_groups_due == len(due)
    shown = {f.group: f for f in service.frequencies()}
    assert shown[KeyGroup.LEFT_BEHIND_WOMAN].every_days == 7 and not shown[KeyGroup.LEFT_BEHIND_WOMAN].is_default
    assert shown[KeyGroup.MENTAL_DISORDER].every_days == 0 and shown[KeyGroup.MENTAL_DISORDER].default_days == 7

    service.set_frequency(KeyGroup.MENTAL_DISORDER, 7)  # back to the default
    assert {f.group: f for f in service.frequencies()}[KeyGroup.MENTAL_DISORDER].is_default
    assert weekly in _due(session)
    rows, _n = AuditService(session).query(AuditFilter(action="settings_changed"))
    assert any(r.target == "visit frequency" and r.detail == "left_behind_woman 7" for r in rows)

    for bad in (-1, 366):
        with pytest.raises(ValidationError, match="走访频次"):
            service.set_frequency(KeyGroup.FLOATING, bad)


def test_only_the_director_sets_them_and_a_grid_member_sees_no_sensitive_group(village):
    access, session = village
    accounts = AccountsService(session, access)
    accounts.add("staff1", "工作人员", Role.STAFF, "Staff@2026x")
    accounts.add("member1", "网格员", Role.GRID_MEMBER, "Grid@2026xy")
    staff = access.login("staff1", "Staff@2026x")
    member = access.login("member1", "Grid@2026xy")
    try:
        with pytest.raises(PermissionDenied, match="只有主任可以修改规则（办理时限、走访和巡查频次"):
            VisitFrequenciesService(staff).set_frequency(KeyGroup.FLOATING, 14)
        assert KeyGroup.MENTAL_DISORDER in {f.group for f in VisitFrequenciesService(staff).frequencies()}
        assert KeyGroup.MENTAL_DISORDER not in {f.group for f in VisitFrequenciesService(member).frequencies()}
    finally:
        staff.close()
        member.close()
    assert VisitFrequenciesService(session).frequencies()[0].is_default
