"""Assigning to a person and 持证上岗 as a person meets them on the pages: the director chooses a
member from the team and gives a reason for an uncertified one; staff are told to ask the
director; a grid member's account sees and works a case of another grid assigned to its person;
the dashboard counts and lists the exceptions."""

from __future__ import annotations

from datetime import date

import pytest

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.cases import CaseAction, CaseState
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import TeamMember, TeamRole
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.ui.dialogs.cert_overrides_dialog import CertOverridesDialog
from gridDesk.ui.dialogs.reason_dialog import ReasonDialog
from gridDesk.ui.pages.cases_page import CasesPage
from gridDesk.ui.pages.dashboard import DashboardPage
from gridDesk.ui.pages.visits_page import VisitsPage
from tests.ui.helpers import when_dialog_opens

PW = "Member@2026x"


@pytest.fixture
def village(tmp_path):
    """The small demo (its team passed onboarding) plus 新来的, appointed and never trained."""
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    director = access.login("demo", "Demo@2026")
    grids = [n.code for n in RosterService(director).tree() if n.parent_code is None]
    first17 = "14010519900101077"
    TeamService(director).save(TeamMember("新来的", first17 + check_digit(first17), "13900000077",
                                          TeamRole.PART_TIME, grids[1], date(2026, 1, 5)), "群众", "高中", True)
    new = next(t.id for t in TeamService(director).members() if t.member.name == "新来的")
    yield access, director, grids, new
    director.close()


def _filed_case(session, grid: str, title: str) -> int:
    from gridDesk.domain.case_records import CaseReport
    from gridDesk.domain.cases import Channel, WorkKind

    cases = CasesService(session)
    case_id = cases.report(CaseReport(title, cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                      cases._now(), grid_code=grid)).ids[0]
    cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[CaseAction.FILE]())
    return case_id


def _page(qtbot, session, case_id: int) -> CasesPage:
    page = CasesPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.select_case(case_id)
    return page


def test_the_director_chooses_an_uncertified_member_and_says_why(qtbot, village):
    access, director, grids, new = village
    case_id = _filed_case(director, grids[1], "村口路灯不亮")
    page = _page(qtbot, director, case_id)
    seen = {}

    def reason(dialog):
        assert isinstance(dialog, ReasonDialog)
        seen["asked"] = True
        dialog.reason.setText("汛期人手不足，由网格长带领")
        dialog.submit()

    def assign(dialog):
        texts = [dialog.member.itemText(i) for i in range(dialog.member.count())]
        assert any(t.startswith("新来的") and t.endswith("（未持证）") for t in texts)
        assert sum("（未持证）" in t for t in texts) == 1  # the demo team passed its onboarding
        dialog.member.setCurrentIndex(dialog.member.findData(new))
        assert not dialog.assignee.isEnabled()  # a person, or words for a body: not both
        when_dialog_opens(reason)
        dialog.submit()

    when_dialog_opens(assign)
    page.action_button(CaseAction.ASSIGN).click()
    assert seen.get("asked")
    assert page.current.state is CaseState.ASSIGNED and page.current.assignee == "新来的"

    dashboard = DashboardPage(director, DashboardService(director), "杏花村", "演示主任")
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert dashboard.cert_card.value.text() == "1"
    listed = []
    when_dialog_opens(lambda d: (listed.append(d.table.item(0, 2).text() + "|" + d.table.item(0, 4).text()),
                                 d.reject()))
    dashboard.cert_card.click()
    assert listed == ["新来的|汛期人手不足，由网格长带领"]


def test_staff_are_told_to_ask_the_director(qtbot, village, monkeypatch):
    access, director, grids, new = village
    AccountsService(director, access).add("xiaoli", "小李", Role.STAFF, PW)
    case_id = _filed_case(director, grids[1], "村口路灯不亮")
    staff = access.login("xiaoli", PW)
    try:
        page = _page(qtbot, staff, case_id)
        opened = []
        monkeypatch.setattr(ReasonDialog, "exec", lambda self: opened.append(self) or 0)
        said = []

        def assign(dialog):
            dialog.member.setCurrentIndex(dialog.member.findData(new))
            dialog.submit()
            said.append(dialog.error_text())
            assert dialog.isVisible()
            dialog.reject()

        when_dialog_opens(assign)
        page.action_button(CaseAction.ASSIGN).click()
        assert opened == []  # only a director is asked for a reason
        assert "新来的" in said[0] and "参加培训并登记证书" in said[0] and "请主任" in said[0]
        assert CasesService(director).get(case_id).state is CaseState.FILED
    finally:
        staff.close()


def test_a_grid_members_account_works_the_case_assigned_to_its_person(qtbot, village):
    access, director, grids, _new = village
    serving = [t for t in TeamService(director).members() if t.grid_codes == (grids[0],)]
    me = serving[0]
    AccountsService(director, access).add("ge1", "", Role.GRID_MEMBER, PW, member_id=me.id)
    theirs = _filed_case(director, grids[1], "另一网格的事，派给本人")
    CasesService(director).act(theirs, CasesService(director).get(theirs).version, STEP_INPUTS[CaseAction.ASSIGN](member_id=me.id))
    namesake = _filed_case(director, grids[1], "另一网格的事，派给村调委会")
    CasesService(director).act(namesake, CasesService(director).get(namesake).version, STEP_INPUTS[CaseAction.ASSIGN](body="村调委会"))
    member = access.login("ge1", PW)
    try:
        page = _page(qtbot, member, theirs)
        assert namesake not in {c.id for c in page.cases}
        page.action_button(CaseAction.START).click()
        assert page.current.state is CaseState.IN_PROGRESS
        when_dialog_opens(lambda d: (d.text.setPlainText("路灯已修好"), d.submit()))
        page.action_button(CaseAction.FEEDBACK).click()
        assert page.current.state is CaseState.FEEDBACK and page.current.result == "路灯已修好"
    finally:
        member.close()


def test_the_director_logs_a_visit_for_an_uncertified_member_with_a_reason(qtbot, village):
    access, director, grids, new = village
    page = VisitsPage(director)
    qtbot.addWidget(page)
    page.refresh()
    steps = []

    def reason(dialog):
        steps.append("reason")
        dialog.reason.setText("陪同网格长走访")
        dialog.submit()

    def log(dialog):
        dialog.member.setCurrentIndex(dialog.member.findData(new))
        dialog.grid.setCurrentIndex(dialog.grid.findData(grids[1]))
        dialog.check_all(2)
        when_dialog_opens(reason)
        dialog.submit()

    when_dialog_opens(log)
    page.log_visit()
    assert steps == ["reason"]
    [allowed] = DashboardService(director).cert_overrides()
    assert allowed.member_id == new and allowed.target.startswith("visit:")


def test_the_accounts_panel_links_an_account_to_its_person(qtbot, village):
    from gridDesk.ui.widgets.accounts_panel import AccountsPanel

    access, director, grids, new = village
    panel = AccountsPanel(AccountsService(director, access), RosterService(director).tree,
                          TeamService(director).members)
    qtbot.addWidget(panel)
    panel.refresh()

    def fill(dialog):
        dialog.username.setText("xinlai")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.GRID_MEMBER.value))
        dialog.member.setCurrentIndex(dialog.member.findData(new))
        dialog.password.setText(PW)
        dialog.submit()

    when_dialog_opens(fill)
    panel.add()
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "xinlai")
    assert panel.table.item(row, 4).text() == "新来的" and panel.table.item(row, 1).text() == "新来的"
    panel.table.selectRow(row)
    when_dialog_opens(lambda d: (d.member.setCurrentIndex(0), d.submit()))
    panel.pick_member()
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "xinlai")
    assert panel.table.item(row, 4).text() == ""
