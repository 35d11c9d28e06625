"""The people of a case (当事人) came into the database as the caller gave them: names with
control characters or of any length (printed on the escalation slip and the case file), and a
grid member's report could link a resident of another grid by id (found by trying; fails before)."""

from __future__ import annotations

from datetime import datetime

import pytest

from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import NotFound, PermissionDenied, ValidationError
from gridDesk.domain.roster import ResidentFilter
from gridDesk.services.cases import CasesService
from gridDesk.services.roster import RosterService

from .test_scope_everywhere import db, member, three_grids  # noqa: F401  (the 3-grid village and ge1 of grid 1)


def _report(service, grid, people):
    return service.report(CaseReport("当事人测试", service.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                     datetime(2026, 11, 20, 9, 0), grid_code=grid, people=tuple(people)))


def test_case_people_names_are_cleaned_like_every_other_field(demo, member):
    _session, own, _other = member
    cases = CasesService(demo)
    with pytest.raises(ValidationError):
        _report(cases, own, [(None, "张三\x07")])
    case_id = _report(cases, own, [(None, "  李四  "), (None, "王" * 10_000), (None, "=cmd|' /C calc'!A0"),
                                   (None, "   ")]).ids[0]
    people = cases.get(case_id).people
    assert people[0] == "李四" and len(people[1]) <= 32 and len(people) == 3


def test_a_grid_member_links_only_its_grids_residents_to_a_case(demo, member):
    session, own, other = member
    roster = RosterService(demo)
    stranger = roster.resident(roster.resident_ids(ResidentFilter(grid_code=other))[0])
    neighbour = roster.resident(roster.resident_ids(ResidentFilter(grid_code=own))[0])
    cases = CasesService(session)
    with pytest.raises(PermissionDenied) as refused:
        _report(cases, own, [(stranger.id, "某人")])
    assert stranger.name not in str(refused.value)
    with pytest.raises(NotFound):
        _report(cases, own, [(10_000_000, "某人")])
    case_id = _report(cases, own, [(neighbour.id, neighbour.name)]).ids[0]
    assert cases.get(case_id).people == (neighbour.name,)
    assert _report(CasesService(demo), own, [(stranger.id, stranger.name)]).ids  # the centre's reach is the village
