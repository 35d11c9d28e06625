"""The other tabs of 网格与人口, driven as a person would: grids, the team with a photo, places,
and a resident's key groups with the rules' suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from gridDesk import paths
from tests.ui.helpers import when_dialog_opens
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.ui.pages.people_page import PeoplePage


@pytest.fixture
def people(qtbot, tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    page = PeoplePage(session)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.refresh()
    yield page
    session.close()



def test_add_a_micro_grid_and_set_its_qr_image(people, tmp_path):
    people.tabs.setCurrentWidget(people.grids)
    tab = people.grids
    first = tab.tree.topLevelItem(0)
    tab.tree.setCurrentItem(first)
    code = first.text(1)

    def fill(dialog):
        assert dialog.code.text() == code + "01"
        dialog.submit()
        assert "名称" in dialog.error_text()
        dialog.name.setText("一号微网格")
        dialog.submit()

    when_dialog_opens(fill)
    tab.add_micro.click()
    first = tab.tree.topLevelItem(0)  # the tree was rebuilt
    assert first.childCount() == 1 and first.child(0).text(0) == "一号微网格"
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(tmp_path / "qr.png"))
    tab.set_image(code, "qr", tmp_path / "qr.png")
    assert tab.tree.topLevelItem(0).text(6) == "有"
    (tmp_path / "bad.png").write_bytes(b"not a picture")
    tab.set_image(code, "map", tmp_path / "bad.png")
    assert "JPEG 或 PNG" in tab.error.text()


def test_team_member_needs_the_declaration_and_gets_a_cropped_photo(people, tmp_path):
    people.tabs.setCurrentWidget(people.team)
    tab = people.team
    before = tab.table.rowCount()

    def fill(dialog):
        dialog.name.setText("赵新")
        dialog.id_number.setText("14010519900101002X"[:17] + "0")
        dialog.phone.setText("139-0000-3333")
        dialog.submit()
        assert dialog.isVisible() and dialog.error_text()
        from gridDesk.domain.idcard import check_digit

        dialog.id_number.setText("14010519900101002" + check_digit("14010519900101002"))
        dialog.submit()
        assert "不得担任" in dialog.error_text()
        dialog.declaration.setChecked(True)
        dialog.submit()

    when_dialog_opens(fill)
    tab.add_button.click()
    assert tab.table.rowCount() == before + 1
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text().startswith("赵新"))
    assert tab.table.item(row, 1).text() == "赵新（未持证）"  # no onboarding training, no certificate yet
    member_id = tab.table.item(row, 1).data(Qt.ItemDataRole.UserRole)
    wide = QImage(800, 400, QImage.Format.Format_RGB32)
    wide.fill(QColor("#3366aa"))
    wide.save(str(tmp_path / "wide.jpg"))
    tab.set_photo(member_id, str(tmp_path / "wide.jpg"))
    photo = QImage.fromData(tab.service.photo(member_id))
    assert (photo.width(), photo.height()) == (360, 480)  # cropped to a 3:4 portrait
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text().startswith("赵新"))
    assert tab.table.item(row, 1).text() == "赵新（未持证）"  # no onboarding training, no certificate yet
    assert not tab.table.item(row, 0).icon().isNull()
    tab.set_photo(member_id, str(tmp_path / "missing.jpg"))
    assert "无法读取" in tab.error.text()


def test_places_tab_adds_a_risk_point(people):
    people.tabs.setCurrentWidget(people.places)
    tab = people.places

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("risk_point"))
        dialog.name.setText("北沟")
        dialog.address.setText("村北 2 公里")
        dialog.extra.inputs["risk_type"].setCurrentText("沟壑")
        dialog.extra.inputs["hazard"].setCurrentText("较大")
        dialog.submit()

    when_dialog_opens(fill)
    tab.add_button.click()
    assert tab.table.rowCount() == 1
    assert [tab.table.item(0, c).text() for c in (0, 1, 5)] == ["风险点", "北沟", "较大"]


def test_key_groups_for_a_resident_and_the_suggestions(people):
    roster = people.residents
    roster.table.selectRow(0)
    name = roster.model.item(0).name

    def fill(dialog):
        dialog.group.setCurrentIndex(dialog.group.findData("disabled"))
        dialog.extra.inputs["grade"].setCurrentText("二级")
        dialog.add()
        assert dialog.current.count() >= 1
        dialog.add()
        assert "重复" in dialog.error_text()
        dialog.accept()

    when_dialog_opens(fill)
    roster.edit_tags()
    assert "残疾人" in roster.detail.toPlainText() and name in roster.detail.toPlainText()

    def confirm(dialog):
        for i in range(dialog.list.count()):
            dialog.list.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.apply()

    when_dialog_opens(confirm)
    roster.open_suggestions()
    assert roster.key_groups.suggestions() == []


def test_a_grid_members_grids_tab_offers_no_new_grid(qtbot, tmp_path):
    """A new grid, a micro-grid too, is the centre's: a grid member's account edits its own grid
    but is offered neither 新增网格 nor 新增微网格 (the service refuses both)."""
    from gridDesk.domain.accounts import Role
    from gridDesk.services.accounts import AccountsService
    from gridDesk.services.roster import RosterService

    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    demo = access.login("demo", "Demo@2026")
    AccountsService(demo, access).add("ge1", "网格员一", Role.GRID_MEMBER, "Member@2026x")
    AccountsService(demo, access).set_grids("ge1", [RosterService(demo).tree()[0].code])
    demo.close()
    session = access.login("ge1", "Member@2026x")
    page = PeoplePage(session)
    qtbot.addWidget(page)
    page.show()
    tab = page.grids
    assert not tab.edit_button.isHidden()
    assert tab.add_button.isHidden() and tab.add_micro.isHidden()
    session.close()
