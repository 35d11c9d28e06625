"""The 需审批 chain honours the table and the scope: the demo's matter in public notice is read by
its grid's member but not recorded by them, and is not even read from another grid; steps grey
结案归档 with the notice's end as the reason."""

from __future__ import annotations

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_approvals import Decision, Stage
from gridDesk.domain.cases import CaseAction, CaseState, WorkKind
from gridDesk.domain.errors import PermissionDenied
from gridDesk.domain.roster import Grid, GridKind
from gridDesk.domain.rules import OUTSIDE_GRIDS, Permission, refusal
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.case_approvals import CaseApprovalsService
from gridDesk.services.cases import CasesService
from gridDesk.services.grids import GridService

PW = "Member@2026x"


def _matter(session):
    return next(v for v in CasesService(session).list(None) if v.work_kind is WorkKind.APPROVAL)


def test_the_demo_has_a_matter_in_public_notice(demo):
    matter = _matter(demo)
    f = CaseApprovalsService(demo).file(matter.id)
    assert [link.decision for link in f.links] == [Decision.APPROVED] * 3 and f.notice is not None
    assert f.notice.starts_on <= f.today <= f.notice.ends_on  # running now
    assert matter.state is CaseState.FEEDBACK
    assert dict(CasesService(demo).steps(matter.id))[CaseAction.CLOSE] == \
        f"公示期到 {f.notice.ends_on:%Y-%m-%d} 结束，公示期满后才能结案。"


@pytest.mark.parametrize("own", [True, False])
def test_a_grid_member_reads_its_grids_chain_and_records_nothing(demo, db, own):
    access = Access(db, paths.migrations_dir(), MemoryCache())
    matter = _matter(demo)
    grid = matter.grid_code
    if not own:  # a grid of its own, elsewhere in the village
        grid = GridService(demo).next_code()
        GridService(demo).save(Grid(grid, "第二网格", GridKind.RURAL))
    AccountsService(demo, access).add("ge9", "网格员九", Role.GRID_MEMBER, PW)
    AccountsService(demo, access).set_grids("ge9", [grid])
    member = access.login("ge9", PW)
    try:
        approvals = CaseApprovalsService(member)
        if own:
            f = approvals.file(matter.id)
            assert len(f.links) == 3 and f.notice_refusal == refusal(Permission.CASE_NOTICE)
            assert f.print_refusal == refusal(Permission.CASE_NOTICE)
        else:
            with pytest.raises(PermissionDenied) as outside:
                approvals.file(matter.id)
            assert str(outside.value) == OUTSIDE_GRIDS and matter.title not in str(outside.value)
        with pytest.raises(PermissionDenied, match="只有主任、工作人员可以登记需审批事项的村受理"):
            approvals.record_link(matter.id, Stage.VILLAGE, "x", matter.reported_at.date(), Decision.APPROVED, "x")
        with pytest.raises(PermissionDenied, match="只有主任、工作人员可以登记和打印公示"):
            approvals.record_notice(matter.id, "x", None, None, "x")
    finally:
        member.close()
    assert CasesService(demo).get(matter.id).version == matter.version  # nothing changed
