"""A community correction that has run its term: the person is suggested as 解除社区矫正人员
(not 刑满释放人员), sensitive like the correction itself, and the ledgers carry the group."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gridDesk.domain.accounts import Role
from gridDesk.domain.key_groups import SPECS, AttentionLevel, KeyGroup, KeyGroupTag, visible_groups
from gridDesk.domain.roster import Grid, GridKind, Resident
from gridDesk.services.grids import GridService
from gridDesk.services.key_groups import KeyGroupsService
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_columns import COLUMNS

TODAY = datetime(2026, 6, 1, 10, 0)


@pytest.fixture
def person(session, clock):
    clock.now = TODAY.timestamp()
    GridService(session).save(Grid("140105100201001", "第一网格", GridKind.RURAL))
    return RosterService(session).save_resident(Resident("张三", "11010519491231002X", "", date(1949, 12, 31), "",
                                                         "H1", "户主", "140105100201001")).ids[0]


def _correction(groups, rid, until):
    groups.save(KeyGroupTag(None, rid, KeyGroup.CORRECTION, AttentionLevel.NORMAL, date(2025, 1, 1), until,
                            {"correction_start": "2025-01-01", "correction_end": str(until)}))


def _about_correction(groups, rid):
    return [s for s in groups.suggestions() if s.resident_id == rid
            and s.group in (KeyGroup.CORRECTION_ENDED, KeyGroup.RELEASED, KeyGroup.CORRECTION)]


def test_an_ended_correction_is_suggested_as_correction_ended(session, person):
    groups = KeyGroupsService(session)
    _correction(groups, person, date(2026, 3, 31))
    suggested = [s for s in groups.suggestions() if s.resident_id == person and s.group is not KeyGroup.ELDERLY_ALONE]
    assert [(s.group, s.add) for s in suggested] == [(KeyGroup.CORRECTION_ENDED, True)]
    assert "2026-03-31" in suggested[0].reason and "解除社区矫正" in suggested[0].reason
    assert not any(s.group is KeyGroup.RELEASED for s in groups.suggestions())
    groups.apply(suggested[0])
    tag = next(t for t in groups.tags(person) if t.group is KeyGroup.CORRECTION_ENDED)
    assert tag.since == date(2026, 4, 1)
    assert tag.details == {"discharge_date": "2026-03-31", "support_until": "2031-03-31"}
    assert not _about_correction(groups, person)  # listed: asked once


def test_no_suggestion_while_the_correction_runs(session, person):
    groups = KeyGroupsService(session)
    _correction(groups, person, date(2026, 12, 31))
    assert not _about_correction(groups, person)


def test_the_group_is_sensitive_and_on_the_ledgers():
    spec = SPECS[KeyGroup.CORRECTION_ENDED]
    assert spec.label == "解除社区矫正人员" and spec.sensitive
    assert KeyGroup.CORRECTION_ENDED not in visible_groups(Role.GRID_MEMBER)
    assert KeyGroup.CORRECTION_ENDED in visible_groups(Role.STAFF)
    group_column = next(c for c in COLUMNS["keygroup"] if c.key == "group")
    assert "解除社区矫正人员" in group_column.choices
    assert {"detail:discharge_date", "detail:support_until"} <= {c.key for c in COLUMNS["keygroup"]}
