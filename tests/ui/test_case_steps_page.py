"""The cases page offers the steps the rules table gives this account (RULES.md): a step the
state allows but the account may not take is greyed, with the reason on hover."""

from __future__ import annotations

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, Channel, WorkKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.ui.pages.cases_page import CasesPage

PW = "Member@2026x"


@pytest.fixture
def village(tmp_path):
    """The demo's director session, an access to log others in, and the code of grid one."""
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 120, make_access=make)
    access = make(summary.db_path)
    director = access.login("demo", "Demo@2026")
    yield director, access, RosterService(director).tree()[0].code
    director.close()


def _account(director, access, name, role, grids=()):
    AccountsService(director, access).add(name, name, role, PW)
    if grids:
        AccountsService(director, access).set_grids(name, list(grids))
    return access.login(name, PW)


def _reported(session, grid):
    cases = CasesService(session)
    return cases.report(CaseReport("路灯不亮", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                   cases._now(), grid_code=grid)).ids[0]


def _page(qtbot, session, case_id):
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.select_case(case_id)
    return page


def test_a_grid_member_sees_filing_greyed_with_the_reason(qtbot, village):
    director, access, grid = village
    member = _account(director, access, "ge1", Role.GRID_MEMBER, [grid])
    try:
        page = _page(qtbot, member, _reported(member, grid))
        filing = page.action_button(CaseAction.FILE)
        assert filing is not None and not filing.isEnabled()
        assert filing.toolTip() == "只有主任、工作人员可以立案。"
        on_spot = page.action_button(CaseAction.SELF_SOLVE)
        assert on_spot.isEnabled() and on_spot.toolTip() == ""  # an ordinary matter of its own grid
    finally:
        member.close()


def test_staff_see_filing_enabled(qtbot, village):
    director, access, grid = village
    staff = _account(director, access, "yuan", Role.STAFF)
    try:
        page = _page(qtbot, staff, _reported(staff, grid))
        filing = page.action_button(CaseAction.FILE)
        assert filing.isEnabled() and filing.toolTip() == ""
        filing.click()
        assert page.current.state.value == "filed"
        assert not page.action_button(CaseAction.APPROVE_EXTENSION)  # nothing to approve yet
    finally:
        staff.close()
