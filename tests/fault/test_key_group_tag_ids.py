"""A key-group tag is changed by its id: a grid member's account could name the id of another
grid's resident's tag (or of a sensitive tag it may not even see) beside one of its own
residents, and the repo rewrote that tag's level, dates and notes (found by trying; the test
failed before)."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.errors import NotFound, PermissionDenied
from gridDesk.domain.key_groups import SPECS, AttentionLevel, KeyGroup, KeyGroupTag
from gridDesk.domain.roster import ResidentFilter
from gridDesk.services.key_groups import KeyGroupsService
from gridDesk.services.roster import RosterService

from .test_scope_everywhere import db, member, three_grids  # noqa: F401  (the 3-grid village and ge1 of grid 1)


def _a_tag(demo, grid, sensitive: bool):
    roster, groups = RosterService(demo), KeyGroupsService(demo)
    for rid in roster.resident_ids(ResidentFilter(grid_code=grid)):
        for tag in groups.tags(rid):
            if SPECS[tag.group].sensitive is sensitive and tag.until is None:
                return tag
    pytest.skip("the demo has no such tag")


def _rewrite(session, tag_id, resident_id):
    return KeyGroupsService(session).save(KeyGroupTag(tag_id, resident_id, KeyGroup.LEFT_BEHIND_ELDERLY,
                                                      AttentionLevel.NORMAL, date(2026, 1, 1), date(2026, 1, 2),
                                                      {}, "改掉"))


@pytest.mark.parametrize("where,sensitive", [("other", False), ("other", True), ("own", True)])
def test_a_tag_id_is_that_residents_tag_of_that_group(demo, member, where, sensitive):
    session, own, other = member
    mine = RosterService(demo).resident_ids(ResidentFilter(grid_code=own))[0]
    if where == "own":  # the account's own resident, but a tag it may not see
        KeyGroupsService(demo).save(KeyGroupTag(None, mine, KeyGroup.CORRECTION, AttentionLevel.SERIOUS,
                                                date(2026, 3, 1), None, {}, ""))
        target = next(t for t in KeyGroupsService(demo).tags(mine) if t.group is KeyGroup.CORRECTION)
    else:
        target = _a_tag(demo, other, sensitive)
    with pytest.raises((NotFound, PermissionDenied)):
        _rewrite(session, target.id, mine)
    after = next(t for t in KeyGroupsService(demo).tags(target.resident_id) if t.id == target.id)
    assert after == target
