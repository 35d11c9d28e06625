"""A grid member's account reaches only the cases of its own grids (RULES.md, issue 15): before
this, CasesService.list showed every grid's cases with names and descriptions, and act() let the
member file, assign and close another grid's case."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, CaseState, Channel, WorkKind
from gridDesk.domain.errors import PermissionDenied
from gridDesk.domain.roster import Grid, GridKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.grids import GridService
from gridDesk.services.roster import RosterService

MEMBER_PW = "Member@2026x"


@pytest.fixture
def member(demo, db):
    access = Access(db, paths.migrations_dir(), MemoryCache())
    AccountsService(demo, access).add("ge1", "网格员一", Role.GRID_MEMBER, MEMBER_PW)
    own = RosterService(demo).tree()[0].code
    grids = GridService(demo)
    other = grids.next_code()
    grids.save(Grid(other, "第二网格", GridKind.RURAL))
    cases = CasesService(demo)
    for n in range(2):  # another grid's open matters, with words a member of grid one must not see
        cases.report(CaseReport(f"邻居家的私事 {n}", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                datetime(2026, 11, 20, 9, 0), grid_code=other, description="只给本网格看"))
    AccountsService(demo, access).set_grids("ge1", [own])
    session = access.login("ge1", MEMBER_PW)
    yield session, own
    session.close()


def test_a_grid_member_lists_and_counts_only_its_grids_cases(demo, member):
    session, own = member
    everything = CasesService(demo).list(None)
    assert {v.grid_code for v in everything} - {own}, "the demo must have cases of other grids"
    mine = CasesService(session).list(None)
    assert mine and {v.grid_code for v in mine} == {own}
    assert len(mine) == sum(1 for v in everything if v.grid_code == own)
    counts = CasesService(session).counts()
    assert sum(n for k, n in counts.items() if k.startswith("state:")) == len(mine)
    assert counts["open"] == sum(1 for v in mine if v.state is not CaseState.CLOSED)


def test_another_grids_case_can_be_neither_read_nor_worked(demo, member):
    session, own = member
    other = next(v for v in CasesService(demo).list(None) if v.grid_code != own and v.state is not CaseState.CLOSED)
    with pytest.raises(PermissionDenied, match="不在您负责的网格") as refused:
        CasesService(session).get(other.id)
    assert other.title not in str(refused.value)
    with pytest.raises(PermissionDenied):
        CasesService(session).act(other.id, other.version, STEP_INPUTS[CaseAction.NOTE](detail="越权"))
    assert CasesService(demo).get(other.id).version == other.version  # nothing changed
    with demo.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT target FROM audit_log WHERE action='permission_denied' "
                                 "AND account='ge1'")).scalars().all()
    assert rows.count(f"case:{other.id}") == 2
    mine = next(v for v in CasesService(session).list(None) if v.state is not CaseState.CLOSED)
    assert CasesService(session).get(mine.id).id == mine.id  # its own grid's case still opens
