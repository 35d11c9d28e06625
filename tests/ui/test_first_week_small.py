"""Issue 22 item 15: small things a new member of staff meets in the first week."""

from __future__ import annotations


from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.ui.dialogs.login_dialog import LoginDialog
from gridDesk.ui.dialogs.setup_wizard import SetupWizard
from tests.conftest import DIRECTOR


def test_remember_me_greyed_out_says_why(qtbot, db_path, clock, centre, tmp_path):
    access = Access(db_path, paths.migrations_dir(), MemoryCache(enabled=False), clock)
    dialog = LoginDialog(access, "测试村", DIRECTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled()
    assert dialog.remember_why.isVisible() and "凭据" in dialog.remember_why.text()
    assert "凭据" in dialog.remember.toolTip()
    dialog.grab().save(str(tmp_path / "login_no_keyring.png"))


def test_remember_me_available_needs_no_excuse(qtbot, access, centre):
    dialog = LoginDialog(access, "测试村", DIRECTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember.isEnabled() and not dialog.remember_why.isVisible()
    assert dialog.remember.toolTip() == ""


def test_the_account_page_starts_in_the_login_name(qtbot, access):
    wizard = SetupWizard(access.create_centre)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.village_page
    assert wizard.focusWidget() is page.village
    page.village.setText("杏花村")
    page.code.setText("140105100201")
    page.township.setText("小店镇")
    page.township.setFocus()
    wizard.next()
    qtbot.wait(20)
    assert wizard.currentPage() is wizard.director_page
    assert wizard.focusWidget() is wizard.director_page.username, wizard.focusWidget()


def test_the_grid_card_and_the_grid_table_agree_with_micro_grids(qtbot, access, session, tmp_path):
    from dataclasses import replace

    from gridDesk.domain.roster import Grid, GridKind, Household
    from gridDesk.services.village_generator import generate_village
    from gridDesk.storage.roster_repo import RosterRepo
    from gridDesk.ui.shell import build_main_window

    village = generate_village("140105100201", 200)
    first = village.grids[0]
    micro = Grid(first.code + "01", "一号微网格", GridKind.RURAL, parent_code=first.code)
    moved = {h.number for h in village.households[:5]}
    households = [replace(h, grid_code=micro.code) if h.number in moved else h for h in village.households]
    residents = [replace(r, grid_code=micro.code) if r.household_number in moved else r for r in village.residents]
    with session.write("demo_generated", "test") as s:
        RosterRepo(s).insert_village([*village.grids, micro], households, residents, village.team,
                                     __import__("datetime").datetime(2026, 1, 1))
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.page("dashboard")
    qtbot.waitUntil(lambda: page.cards["grids"].value.text() != "–", timeout=10000)
    page.refresh()
    table = page.table
    assert int(page.cards["grids"].value.text()) == table.rowCount() == len(village.grids)
    assert "不含微网格" in page.cards["grids"].caption.text() and "微网格 1 个" in page.table_caption.text()
    column = lambda c: sum(int(table.item(r, c).text().replace(",", "")) for r in range(table.rowCount()))  # noqa: E731
    assert column(2) == int(page.cards["households"].value.text().replace(",", ""))
    assert column(3) == int(page.cards["residents"].value.text().replace(",", ""))
    window.grab().save(str(tmp_path / "dashboard_micro.png"))
