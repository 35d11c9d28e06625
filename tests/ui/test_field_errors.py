"""Issue 22 items 6, 2 and 13: errors at the field, readable dropdowns, households made by hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from gridDesk import paths
from gridDesk.domain.roster import GridKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.ui.dialogs.grid_dialog import GridDialog
from gridDesk.ui.dialogs.household_dialog import HouseholdDialog
from gridDesk.ui.dialogs.resident_dialog import ResidentDialog
from gridDesk.ui.dialogs.team_dialog import TeamDialog
from gridDesk.ui.pages.grids_tab import GridsTab
from gridDesk.services.grids import GridService
from tests.ui.helpers import when_dialog_opens

BAD_ID = "110105194912310021"  # the check digit is wrong


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp, paths.migrations_dir(), 400, make_access=make)
    return make, summary.db_path


@pytest.fixture
def roster(demo):
    make, db = demo
    session = make(db).login("demo", "Demo@2026")
    yield RosterService(session)
    session.close()


def _rect_in(dialog: QWidget, w: QWidget) -> QRect:
    return QRect(w.mapTo(dialog, QPoint(0, 0)), w.size())


def _resident_dialog(qtbot, roster, save=lambda r: None):
    grids = roster.tree()
    dialog = ResidentDialog(grids, save, None, grids[0].code, households=roster.households,
                            next_number=roster.next_household_number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_wrong_id_is_said_under_the_id_field_in_red_and_goes_when_edited(qtbot, roster, tmp_path):
    dialog = _resident_dialog(qtbot, roster)
    f = dialog.fields
    f["name"].setText("张三")
    f["id_number"].setText(BAD_ID)
    dialog.submit()
    label = dialog.field_errors.label_of("id_number")
    assert label is not None and label.isVisible() and "校验位" in label.text()
    assert not dialog.error.isVisible()  # not at the bottom of the dialog
    field, under = _rect_in(dialog, f["id_number"]), _rect_in(dialog, label)
    assert under.top() >= field.bottom() and under.top() - field.bottom() < 20  # right under it
    assert abs(under.left() - field.left()) < 4
    assert f["id_number"].property("fieldError") is True
    dialog.grab().save(str(tmp_path / "resident_error.png"))
    # The border is drawn red: a pixel on the field's left edge.
    image = dialog.grab().toImage()
    edge = image.pixelColor(field.left(), field.center().y())
    assert edge.red() > 150 and edge.green() < 90, edge.name()
    f["id_number"].setText("11010519491231002X")
    assert not label.isVisible() and not f["id_number"].property("fieldError")


def test_an_error_with_no_field_here_stays_on_the_dialog_line(qtbot, roster):
    from gridDesk.domain.errors import Conflict

    def save(_r):
        raise Conflict("roster.id_elsewhere")

    dialog = _resident_dialog(qtbot, roster, save)
    dialog.fields["name"].setText("张三")
    dialog.fields["id_number"].setText("11010519491231002X")
    dialog.submit()
    assert dialog.isVisible() and dialog.error.isVisible() and "别的网格" in dialog.error.text()
    assert dialog.field_errors.shown() == {}


def test_a_two_line_error_grows_the_dialog_so_nothing_overlaps(qtbot, roster, tmp_path):
    grids = roster.tree()

    def save(*_a):
        from gridDesk.domain.errors import ValidationError
        raise ValidationError("declaration", "team.declaration")

    dialog = TeamDialog(grids, save)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.name.setText("李四")
    dialog.error.setMinimumWidth(0)
    dialog.submit()
    qtbot.wait(50)
    dialog.grab().save(str(tmp_path / "team_error.png"))
    label = dialog.field_errors.label_of("declaration")
    assert label.isVisible() and label.text()
    assert dialog.height() > before
    form = dialog.layout().itemAt(0).layout()
    roles = (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole)
    rows = [form.itemAt(r, role).widget() for r in range(form.rowCount()) for role in roles
            if form.itemAt(r, role) is not None and form.itemAt(r, role).widget() is not None]
    shown = [w for w in rows if w.isVisible() and w.height() > 0 and not (isinstance(w, QLabel) and not w.text())]
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            assert not _rect_in(dialog, a).intersects(_rect_in(dialog, b)), (a, b)
    buttons = _rect_in(dialog, dialog.buttons)
    assert all(_rect_in(dialog, w).bottom() < buttons.top() for w in shown)


def test_the_selected_row_of_an_open_dropdown_is_readable(qtbot, tmp_path):
    box = QComboBox()
    box.addItems(["农村网格（约 300 户）", "城市网格（约 500 户）", "微网格"])
    box.setCurrentIndex(1)
    qtbot.addWidget(box)
    box.resize(260, 30)
    box.show()
    qtbot.waitExposed(box)
    box.showPopup()
    qtbot.wait(100)
    view = box.view()
    rect = view.visualRect(view.model().index(1, 0))
    popup = view.window()  # the popup as it is drawn on screen, frame and all
    image = popup.grab().toImage()
    image.save(str(tmp_path / "popup.png"))
    rect.moveTopLeft(view.viewport().mapTo(popup, rect.topLeft()))
    right = min(rect.right(), image.width()) - 4  # the view's rect may run past the popup's edge
    light = [image.pixelColor(x, y).lightness() for x in range(rect.left() + 4, right)
             for y in range(rect.top() + 3, rect.bottom() - 3)]
    ink = sum(1 for v in light if v < 90)
    assert ink > 30 and max(light) > 180  # dark text strokes on a light row, not an empty row
    box.hidePopup()


def test_new_household_creates_it_with_its_head(qtbot, roster, demo):
    grids = roster.tree()
    number = roster.next_household_number()
    assert len(number) == 9 and number.isdigit()
    dialog = HouseholdDialog(grids, lambda n, head: roster.add_household(n, head), "12345", grids[0].code)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.head_name.setText("赵新户")
    dialog.head_id.setText("11010519491231002X")
    dialog.registered_address.setText("东村9排9号")
    dialog.submit()  # the number is not of the form
    assert dialog.isVisible() and "9 位数字" in dialog.field_errors.label_of("household_number").text()
    dialog.number.setText(number)
    dialog.submit()
    assert not dialog.isVisible()
    view = roster.household(number)
    assert view.grid_code == grids[0].code and [m.name for m in view.members] == ["赵新户"]
    assert view.members[0].relation == "户主"
    assert any(c.number == number and c.head == "赵新户" for c in roster.households(grids[0].code))


def test_the_resident_form_lists_the_grid_households_and_carries_the_address(qtbot, roster):
    grids = roster.tree()
    dialog = _resident_dialog(qtbot, roster)
    picker = dialog.fields["household_number"]
    mine = roster.households(grids[0].code)
    listed = [picker.box.itemData(i) for i in range(picker.box.count())]
    assert [c.number for c in mine] == listed[1:-1] and len(mine) > 3
    other = roster.households(grids[1].code)[0].number
    assert other not in listed
    chosen = mine[2]
    picker.box.setCurrentIndex(picker.box.findData(chosen.number))
    assert dialog.fields["registered_address"].text() == chosen.registered_address != ""
    assert dialog.fields["actual_address"].text() == chosen.address
    assert dialog.value().household_number == chosen.number
    dialog.fields["grid_code"].setCurrentIndex(dialog.fields["grid_code"].findData(grids[1].code))
    assert other in [picker.box.itemData(i) for i in range(picker.box.count())]


def test_save_and_next_member_keeps_the_household_and_its_address(qtbot, roster):
    saved = []
    dialog = _resident_dialog(qtbot, roster, lambda r: saved.append(roster.save_resident(r)))
    picker = dialog.fields["household_number"]
    picker.start_new()
    number = picker.number()
    assert len(number) == 9 and dialog.fields["relation"].currentText() == "户主"
    dialog.fields["name"].setText("钱一")
    dialog.fields["id_number"].setText("110105194912310038")
    dialog.fields["registered_address"].setText("西村1排1号")
    dialog.next_member.click()
    assert saved and dialog.isVisible()
    assert dialog.fields["name"].text() == "" and dialog.fields["id_number"].text() == ""
    assert dialog.fields["registered_address"].text() == "西村1排1号"
    assert picker.number() == number and not picker.is_new()


def test_new_micro_grid_with_nothing_selected_says_so_and_offers_micro_types(qtbot, demo):
    make, db = demo
    session = make(db).login("demo", "Demo@2026")
    opened = []

    def look(dialog):
        opened.append((dialog.windowTitle(), dialog.parent_code,
                       [dialog.kind.itemData(i) for i in range(dialog.kind.count())]))
        dialog.reject()

    try:
        tab = GridsTab(RosterService(session), GridService(session), True)
        qtbot.addWidget(tab)
        tab.show()
        tab.refresh()
        tab.tree.setCurrentItem(None)
        tab.add_micro.click()
        assert opened == [] and "选中" in tab.error.text() and tab.error.isVisible()
        top = tab.tree.topLevelItem(0)
        tab.tree.setCurrentItem(top)
        when_dialog_opens(look)
        tab.add_micro.click()
        assert opened == [("新增微网格", top.data(0, 256), [GridKind.MICRO.value])]
    finally:
        session.close()
    plain = GridDialog(lambda *a: None, "140105100201002")
    qtbot.addWidget(plain)
    assert GridKind.MICRO.value not in [plain.kind.itemData(i) for i in range(plain.kind.count())]


def test_a_micro_grid_is_stored_as_one_and_a_grid_cannot_be_micro(roster):
    from gridDesk.domain.errors import ValidationError
    from gridDesk.domain.roster import Grid

    grids = GridService(roster.session)
    parent = roster.tree()[0].code
    code = grids.next_code(parent)
    grids.save(Grid(code, "东头", GridKind.RURAL, parent_code=parent))
    assert next(n for n in roster.tree() if n.code == code).kind is GridKind.MICRO
    with pytest.raises(ValidationError) as refused:
        grids.save(Grid(grids.next_code(), "西头", GridKind.MICRO))
    assert refused.value.field == "kind"


def test_民族_is_a_dropdown_of_gb_3304_that_still_takes_what_is_typed(qtbot, roster):
    """Issue 17: the resident form offered no list for 民族; typing 汉 is stored as 汉族."""
    from dataclasses import replace

    from gridDesk.domain.resident_rules import check_resident
    from gridDesk.domain.roster import ResidentFilter

    dialog = _resident_dialog(qtbot, roster)
    box = dialog.fields["ethnicity"]
    assert isinstance(box, QComboBox) and box.findText("汉族") == 1 and box.findText("基诺族") > 0
    assert box.count() == 1 + 58
    first = roster.resident(roster.resident_ids(ResidentFilter())[0])
    editing = ResidentDialog(roster.tree(), lambda r: None, first, households=roster.households)
    qtbot.addWidget(editing)
    assert editing.fields["ethnicity"].currentText() == first.ethnicity
    editing.fields["ethnicity"].setCurrentText("汉")
    typed = editing.value()
    assert typed.ethnicity == "汉"
    assert check_resident(replace(typed, id_number="11010519491231002X", phone="", phone2="",
                                  home_phone="")).ethnicity == "汉族"


def test_the_templates_other_columns_are_on_a_tab_of_the_form_and_a_wrong_one_brings_it_forward(qtbot, roster,
                                                                                                tmp_path):
    """Issue 17: 曾用名, 户籍派出所, 户口类别, 身高 ... were imported and exported but nobody could
    see or correct them in the resident form."""
    from gridDesk.domain.roster import ResidentFilter

    saved = []
    dialog = _resident_dialog(qtbot, roster, save=saved.append)
    f = dialog.fields
    assert dialog.tabs.count() == 2 and dialog.tabs.currentIndex() == 0
    f["name"].setText("张三")
    f["id_number"].setText("11010519491231002X")
    f["relation"].setCurrentText("户主")
    f["former_name"].setText("张小三")
    f["police_station"].setText("城关派出所")
    f["hukou_kind"].setCurrentText("农业")
    f["blood_type"].setCurrentText("AB")
    f["height_cm"].setText("三米")
    dialog.submit()
    assert not saved
    assert dialog.tabs.currentIndex() == 1  # the field in error is where a person looks
    label = dialog.field_errors.label_of("height_cm")
    assert label is not None and label.isVisible() and "身高" in label.text()
    dialog.grab().save(str(tmp_path / "resident_more_tab.png"))
    f["height_cm"].setText("172")
    dialog.submit()
    assert saved and saved[0].former_name == "张小三" and saved[0].police_station == "城关派出所"
    assert saved[0].hukou_kind == "农业" and saved[0].blood_type == "AB" and saved[0].height_cm == "172"
    # What the roster holds comes back into the form when the person is edited.
    first = roster.resident(roster.resident_ids(ResidentFilter())[0])
    from dataclasses import replace
    kept = replace(first, former_name="李四妹", email="a@b.cn", family_honour="五好家庭")
    editing = ResidentDialog(roster.tree(), lambda r: None, kept, households=roster.households)
    qtbot.addWidget(editing)
    assert editing.fields["former_name"].text() == "李四妹" and editing.fields["email"].text() == "a@b.cn"
    assert editing.value().family_honour == "五好家庭" and editing.value().extra == kept.extra


def test_a_former_name_longer_than_it_holds_is_said_at_the_field_not_cut(qtbot, roster, tmp_path):
    """A 10,000-character 曾用名 pasted on the 户籍及其他 tab used to be saved cut to 32 characters
    without a word; now the tab comes forward with both lengths under the field."""
    saved = []
    dialog = _resident_dialog(qtbot, roster, save=saved.append)
    f = dialog.fields
    f["name"].setText("张三")
    f["id_number"].setText("11010519491231002X")
    f["relation"].setCurrentText("户主")
    f["former_name"].setText("曾" * 10_000)
    dialog.submit()
    assert not saved and dialog.tabs.currentIndex() == 1
    label = dialog.field_errors.label_of("former_name")
    assert label is not None and label.isVisible()
    assert "曾用名" in label.text() and "32" in label.text() and "10000" in label.text()
    assert label.width() <= dialog.width()  # the sentence is short: the dialog does not grow off screen
    dialog.grab().save(str(tmp_path / "former_name_too_long.png"))
    f["former_name"].setText("曾" * 32)
    dialog.submit()
    assert saved and saved[0].former_name == "曾" * 32
