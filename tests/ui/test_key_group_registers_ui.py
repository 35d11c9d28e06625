"""One register per key group, as a person meets it: the tag dialog shows the chosen group's own
fields (lists as dropdowns, dates as date edits), and the import dialog asks which register a file
is, or recognises it, and refuses another group's columns in one sentence."""

from __future__ import annotations

import os

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit

from gridDesk import paths
from gridDesk.domain.key_groups import KeyGroup
from gridDesk.domain.roles import Role
from gridDesk.domain.roster import ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import ImportService
from gridDesk.services.key_groups import KeyGroupsService
from gridDesk.services.roster import RosterService
from gridDesk.ui.dialogs.import_dialog import ImportDialog
from gridDesk.ui.dialogs.key_group_dialog import KeyGroupDialog

SHOTS = os.environ.get("GRIDDESK_SHOTS", "")


@pytest.fixture
def village(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 40, make_access=make)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access
    session.close()


def _person(session):
    roster = RosterService(session)
    return roster.unmask(roster.resident_ids(ResidentFilter(min_age=20))[0], "测试")


def _shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def test_the_tag_dialog_shows_the_chosen_groups_own_fields(qtbot, village):
    session, _access = village
    p = _person(session)
    dialog = KeyGroupDialog(KeyGroupsService(session), p.id, p.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.group.setCurrentIndex(dialog.group.findData(KeyGroup.RELEASED.value))
    inputs = dialog.extra.inputs
    assert list(inputs)[:4] == ["person_type", "release_date", "crime", "sentence"]
    assert isinstance(inputs["release_date"], QDateEdit) and isinstance(inputs["reoffend_date"], QDateEdit)
    assert isinstance(inputs["person_type"], QComboBox) and isinstance(inputs["crime"], QLineEdit)
    assert [inputs["recidivist"].itemText(i) for i in range(inputs["recidivist"].count())] == ["", "是", "否"]
    labels = [dialog.extra.form.itemAt(i, dialog.extra.form.ItemRole.LabelRole).widget().text()
              for i in range(dialog.extra.form.rowCount())]
    assert labels[:3] == ["人员类型", "解教(刑释)日期", "原罪名/原罪错"] and "帮教情况" in labels
    assert inputs["release_date"].text().strip() == ""  # no date until one is picked
    inputs["person_type"].setCurrentText("刑满释放人员")
    inputs["release_date"].setDate(QDate(2023, 5, 6))
    inputs["crime"].setText("盗窃")
    qtbot.wait(100)  # the new fields show at the next turn of the event loop
    _shot(dialog, "key_group_dialog_released.png")
    dialog.add()
    assert not dialog.error_text()
    [tag] = [t for t in KeyGroupsService(session).tags(p.id) if t.group is KeyGroup.RELEASED]
    assert tag.details == {"person_type": "刑满释放人员", "release_date": "2023-05-06", "crime": "盗窃"}
    dialog.group.setCurrentIndex(dialog.group.findData(KeyGroup.LEFT_BEHIND_CHILD.value))
    child = dialog.extra.inputs["person_type"]
    assert "农村留守儿童" in [child.itemText(i) for i in range(child.count())]


def _book(path, header, rows):
    wb = openpyxl.Workbook()
    wb.active.append(header)
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def _preview(qtbot, dialog, path):
    dialog.start_preview(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)


def test_the_import_dialog_asks_which_register_and_refuses_another_groups(qtbot, village, tmp_path):
    session, _access = village
    p = _person(session)
    drugs = _book(tmp_path / "drugs.xlsx", ["姓名*", "身份证号码*", "吸毒原因", "毒品来源", "戒毒情况*", "管控现状"],
                  [[p.name, p.id_number, "好奇", "朋友", "社区戒毒", "在控"]])
    dialog = ImportDialog(ImportService(session))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.group.isVisible()  # 人口信息 has one ledger
    dialog.kind.setCurrentIndex(dialog.kind.findData("keygroup"))
    assert dialog.group.isVisible() and dialog.group.currentText() == "按表识别"
    dialog.group.setCurrentIndex(dialog.group.findData(KeyGroup.RELEASED.value))
    _preview(qtbot, dialog, drugs)
    assert dialog.preview is None
    said = dialog.error.text()
    assert "吸毒人员" in said and "刑满释放人员" in said and said.count("。") == 1
    _shot(dialog, "import_register_refused.png")
    dialog.group.setCurrentIndex(0)  # 按表识别: the columns say 吸毒人员
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview is not None, timeout=15000)
    assert dialog.preview.register == "drug_user" and len(dialog.preview.new) == 1
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.committed, timeout=15000)
    assert any(t.group is KeyGroup.DRUG_USER for t in KeyGroupsService(session).tags(p.id))


def test_a_grid_member_is_not_offered_the_sensitive_registers(qtbot, village):
    session, access = village
    grid = RosterService(session).tree()[0].code
    AccountsService(session, access).add("ge", "葛网格", Role.GRID_MEMBER, "Grid@2026xy")
    AccountsService(session, access).set_grids("ge", [grid])
    member = access.login("ge", "Grid@2026xy")
    try:
        dialog = ImportDialog(ImportService(member))
        qtbot.addWidget(dialog)
        offered = {dialog.group.itemData(i) for i in range(dialog.group.count())}
        assert KeyGroup.LEFT_BEHIND_CHILD.value in offered
        assert not offered & {KeyGroup.DRUG_USER.value, KeyGroup.RELEASED.value, KeyGroup.MENTAL_DISORDER.value,
                              KeyGroup.CORRECTION.value}
    finally:
        member.close()


def test_the_export_dialog_offers_each_groups_register(qtbot, village, tmp_path):
    from gridDesk.services.roster_export import ExportService
    from gridDesk.sheets.reader import read_matrix
    from gridDesk.ui.dialogs.export_dialog import ExportDialog

    session, _access = village
    dialog = ExportDialog(ExportService(session), ResidentFilter(), True, groups=KeyGroupsService(session).groups())
    qtbot.addWidget(dialog)
    at = dialog.kind.findData("keygroup:released")
    assert at >= 0 and dialog.kind.itemText(at) == "刑满释放人员登记表"
    assert dialog.kind.findData("keygroup") >= 0  # the combined ledger stays
    dialog.kind.setCurrentIndex(at)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("county"))
    dialog.start(tmp_path / "released.xlsx")
    qtbot.waitUntil(lambda: bool(dialog.files), timeout=15000)
    # The header row wherever the county layout puts it, `*` where required.
    header = next([str(v).replace("*", "") for v in r] for r in read_matrix(dialog.files[0])[1]
                  if str(r[0]).replace("*", "") == "姓名")
    assert header[5:8] == ["人员类型", "解教(刑释)日期", "原罪名/原罪错"]
