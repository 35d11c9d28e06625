"""党建 driven as a person would (issue 19 items 1-3): the village organisation, a branch and a
group set up through their dialogs (the standard's name proposed, another name warned about, a
name of 200 characters refused under its field with what was typed kept), a member linked to
households in the link dialog (another member's household cannot be ticked), the demo's member
behind in red and on the dashboard card that opens the tab, and the chart's preview read back."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.party import OrgLevel
from gridDesk.domain.roster import Grid, GridKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.dashboard import DashboardService
from gridDesk.services.demo import build_demo
from gridDesk.services.grids import GridService
from gridDesk.services.party import PartyService
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.ui.pages.dashboard import DashboardPage
from gridDesk.ui.pages.party_page import PartyPage
from tests.conftest import FakeClock
from tests.ui.helpers import when_dialog_opens

PW = "Member@2026pass"
TODAY = datetime(2026, 11, 20, 10, 0)


def _village(tmp_path, activity: bool):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=activity)
    access = make(summary.db_path)
    return access.login("demo", "Demo@2026"), access


@pytest.fixture
def plain(tmp_path):
    session, access = _village(tmp_path, False)
    node = next(g for g in RosterService(session).tree() if g.parent_code is None)
    GridService(session).save(Grid(node.code + "01", "东村第1微网格", GridKind.MICRO, "", node.code))
    yield session, access
    session.close()


@pytest.fixture
def demo(tmp_path):
    session, access = _village(tmp_path, True)
    yield session, access
    session.close()


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def _page(qtbot, session, part: str):
    page = PartyPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.show_part(part)
    return page, page.parts[part]


def _opens(act, errors: list) -> None:
    """when_dialog_opens, closing the dialog if the check fails (the test then fails, not hangs)."""
    def run(dialog):
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001  re-raised by the test after exec returns
            errors.append(exc)
            dialog.reject()

    when_dialog_opens(run)


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_village_organisation_a_branch_and_a_group_set_up_through_their_dialogs(qtbot, plain, tmp_path):
    session, _access = plain
    page, tab = _page(qtbot, session, "orgs")
    village = session.centre.village_name
    assert not tab.buttons["branch"].isEnabled()  # the village organisation first
    seen = {}

    def village_dialog(dialog):
        seen["village"] = dialog.name.text()
        _ok(dialog)

    errors: list = []
    _opens(village_dialog, errors)
    tab.buttons["village"].click()
    assert not errors, errors
    assert seen["village"] == f"{village}党总支"
    assert not tab.buttons["village"].isEnabled() and tab.buttons["branch"].isEnabled()

    def branch_dialog(dialog):
        seen["proposed"] = dialog.name.text()
        assert dialog.form_warning.isHidden()
        dialog.name.setText("东村支部")
        seen["warning"] = dialog.form_warning.text() if dialog.form_warning.isVisible() else ""
        dialog.name.setText("东" * 200)
        _ok(dialog)  # refused: the dialog stays, the reason under the field, the text kept
        seen["refused"] = dialog.error_text()
        seen["kept"] = len(dialog.name.text())
        dialog.grab().save(str(tmp_path / "branch_dialog.png"))
        dialog.propose_button.click()
        _ok(dialog)

    _opens(branch_dialog, errors)
    tab.buttons["branch"].click()
    assert not errors, errors
    grid = next(g for g in RosterService(session).tree() if g.parent_code is None)
    assert seen["proposed"] == f"{village}{grid.name}党支部"
    assert "不符合规范" in seen["warning"] and seen["proposed"] in seen["warning"]
    assert "最多 64 个字，现在是 200 个字" in seen["refused"] and seen["kept"] == 200
    assert tab.buttons["group"].isEnabled()

    def group_dialog(dialog):
        seen["group"] = dialog.name.text()
        seen["grids"] = [dialog.grid.itemData(i) for i in range(dialog.grid.count())]
        _ok(dialog)

    _opens(group_dialog, errors)
    tab.buttons["group"].click()
    assert not errors, errors
    assert seen["grids"] == [grid.code + "01"]  # only micro-grids of a grid that has its branch
    assert seen["group"] == "东村第1微网格党小组"
    top = tab.tree.topLevelItem(0)
    assert top.text(0) == f"{village}党总支" and top.child(0).text(0) == seen["proposed"]
    assert top.child(0).child(0).text(0) == "东村第1微网格党小组"
    # its one micro-grid has its group now: the button says why it has nothing to offer
    assert not tab.buttons["group"].isEnabled() and "微网格" in tab.buttons["group"].toolTip()
    page.grab().save(str(tmp_path / "orgs.png"))


def test_linking_a_member_to_households_in_the_dialog(qtbot, demo):
    session, _access = demo
    party = PartyService(session)
    page, tab = _page(qtbot, session, "contacts")
    linked = {l.member_id for l in party.links()}
    member = next(m for m in party.members() if m.id not in linked and m.grid_code)
    tab.member.setCurrentIndex(tab.member.findData(member.id))
    assert tab.link_table.rowCount() == 0
    seen = {}

    def link(dialog):
        items = [dialog.households.item(i) for i in range(dialog.households.count())]
        taken = [i for i in items if not i.flags() & Qt.ItemFlag.ItemIsEnabled]
        free = [i for i in items if i.flags() & Qt.ItemFlag.ItemIsEnabled]
        seen["taken"] = taken[0].text() if taken else ""
        for item in free[:2]:
            item.setCheckState(Qt.CheckState.Checked)
        seen["numbers"] = [i.data(Qt.ItemDataRole.UserRole) for i in free[:2]]
        seen["count"] = dialog.count.text()
        _ok(dialog)

    errors: list = []
    _opens(link, errors)
    tab.buttons["link"].click()
    assert not errors, errors
    assert "已由" in seen["taken"] and seen["count"] == "新选 2 户"
    assert sorted(l.household_number for l in party.links(member.id)) == sorted(seen["numbers"])
    assert tab.link_table.rowCount() == 2
    assert {tab.link_table.item(r, 0).text() for r in range(2)} == set(seen["numbers"])


def test_the_member_behind_is_red_on_the_tab_and_on_the_dashboard_card(qtbot, demo, tmp_path):
    session, _access = demo
    page, tab = _page(qtbot, session, "contacts")
    behind = [r for r in tab.rows if r.behind]
    assert len(behind) == 1
    assert tab.table.item(0, 0).text() == behind[0].name
    assert tab.table.item(0, 0).foreground().color().name() == "#b3261e"
    assert "落后 1 名" in tab.caption.text()
    page.grab().save(str(tmp_path / "contacts.png"))
    opened = []
    board = DashboardPage(session, DashboardService(session), "杏花村", "演示主任",
                          navigate=lambda p, a: opened.append((p, a)))
    qtbot.addWidget(board)
    board.refresh()
    card = board.cards["party_members_behind"]
    assert card.value.text() == "1" and card.caption.text() == "联户落后的党员"
    card.click()
    assert opened == [("party", "contacts")]


def test_the_chart_preview_reads_back(qtbot, demo):
    session, _access = demo
    page, tab = _page(qtbot, session, "orgs")
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(tab.chart_pdf())).pages).replace(" ", "")
    for org in PartyService(session).orgs():
        assert org.name.replace(" ", "") in text.replace("\n", "")


def test_a_grid_members_page_shows_their_grids_and_offers_no_register_changes(qtbot, demo):
    session, access = demo
    grid = next(g for g in RosterService(session).tree() if g.parent_code is None)
    worker = next(t for t in TeamService(session).members() if t.member.grid_code == grid.code)
    AccountsService(session, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW, member_id=worker.id)
    AccountsService(session, access).set_grids("ge1", [grid.code])
    member = access.login("ge1", PW)
    try:
        page, tab = _page(qtbot, member, "contacts")
        assert tab.buttons["link"].isHidden() and tab.buttons["appraise"].isHidden()
        assert not tab.buttons["contact"].isHidden()
        org_names = {o.name for o in PartyService(member).orgs() if o.level is OrgLevel.BRANCH}
        assert len(org_names) == 1 and all(r.org_name in org_names for r in tab.rows)
        orgs_tab = page.parts["orgs"]
        assert orgs_tab.buttons["branch"].isHidden() and not orgs_tab.buttons["print"].isHidden()
    finally:
        member.close()
