"""A grid member's whole session through the main window (issue 15, "Done when"): the cases page
lists only its grid's cases and the one of another grid assigned to its person; on those it may
take only its own steps (the others greyed, the reason on hover); the dashboard counts its grid."""

from __future__ import annotations

import pytest

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, CaseState, Channel, WorkKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.ui.shell import build_main_window

PW = "Member@2026x"


@pytest.fixture
def member_window(qtbot, tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 600, make_access=make, with_activity=True)
    access = make(summary.db_path)
    director = access.login("demo", "Demo@2026")
    own, other = [n.code for n in RosterService(director).tree() if n.parent_code is None][:2]
    me = next(t for t in TeamService(director).members() if t.member.grid_code == own)
    AccountsService(director, access).add("ge1", "本网格员", Role.GRID_MEMBER, PW, member_id=me.id)
    cases = CasesService(director)
    theirs = cases.report(CaseReport("另一网格的水管破裂，派给本人", cases.categories()[0].id, WorkKind.ORDINARY,
                                     Channel.VISIT, cases._now(), grid_code=other)).ids[0]
    cases.act(theirs, cases.get(theirs).version, STEP_INPUTS[CaseAction.FILE]())
    cases.act(theirs, cases.get(theirs).version, STEP_INPUTS[CaseAction.ASSIGN](member_id=me.id))
    cases.report(CaseReport("本网格路灯不亮", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                            cases._now(), grid_code=own))
    everything = cases.list(None)
    director.close()
    session = access.login("ge1", PW)
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    yield window, session, own, theirs, everything
    session.close()


def test_a_grid_members_session_sees_its_grid_and_takes_only_its_steps(member_window):
    window, session, own, theirs, everything = member_window
    window.show_page("cases")
    page = window.page("cases")
    page.show_scope("all")
    listed = {c.id: c for c in page.cases}
    assert theirs in listed
    assert {c.grid_code for c in listed.values() if c.id != theirs} == {own}
    assert len(listed) == sum(1 for v in everything if v.grid_code == own) + 1
    assert len(listed) < len(everything)

    # Another grid's case assigned to this person: only the investigation is its step.
    assert page.select_case(theirs)
    start = page.action_button(CaseAction.START)
    assert start is not None and start.isEnabled()
    for step in (CaseAction.ESCALATE, CaseAction.RETURN):
        button = page.action_button(step)
        assert button is not None and not button.isEnabled() and "只有" in button.toolTip()
    start.click()
    assert page.current.state is CaseState.IN_PROGRESS

    # A case of its own grid that is not assigned to it: filing is the centre's, said on hover.
    reported = next(c for c in listed.values() if c.state is CaseState.REPORTED and c.grid_code == own)
    assert page.select_case(reported.id)
    file = page.action_button(CaseAction.FILE)
    assert file is not None and not file.isEnabled()
    assert file.toolTip() == "只有主任、工作人员可以立案。"

    # The dashboard's figures are its grid's.
    window.show_page("dashboard")
    figures = CasesService(session).counts()
    assert figures["open"] == sum(1 for c in listed.values() if c.state is not CaseState.CLOSED)
