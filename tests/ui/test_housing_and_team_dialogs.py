"""The dialogs of issue 17's housing and team ledgers, as a person sees them: a rental house
imported from a county ledger opens with the template's fields filled (and scrolls), the team
dialog offers the national lists and stores what they name, and a member taken from a county
ledger waits for the Article 9 declaration."""

from __future__ import annotations


import openpyxl
import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from gridDesk import paths
from gridDesk.domain.idcard import check_digit, mask_id_number
from gridDesk.storage.places_repo import PlacesRepo
from gridDesk.domain.places import PlaceKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import ImportService
from gridDesk.services.places import PlacesService
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.ui.dialogs.place_dialog import PlaceDialog
from gridDesk.ui.dialogs.team_dialog import TeamDialog


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 60, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def _id(born: str, seq: int) -> str:
    first17 = f"140105{born}{seq:03d}"
    return first17 + check_digit(first17)


def _book(path, header, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["1.0", "登记表"])
    ws.append(["说明"])
    ws.append(["填报单位：", "某某省", "省*"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_a_rental_from_a_county_ledger_opens_with_its_template_fields(qtbot, demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    path = _book(tmp_path / "RENTALHOUSE.xlsx",
                 ["所属网格*", "房屋准确地址*", "*房主姓名", "*隐患程度", "出租人证件类型", "出租人证件号码", "出租人联系手机",
                  "限住人数", "有无消防通道", "登记日期", "楼长"],
                 [[grid, "东街 12 号", "赵房东", "一般隐患", "身份证", _id("19700812", 25), "13900139002", "6", "无",
                   "2024-05-01", "钱楼长"]])
    service = ImportService(demo)
    service.commit(service.preview("rentals", path))
    place = PlacesService(demo).list(PlaceKind.RENTAL)[0]
    dialog = PlaceDialog(RosterService(demo).tree(), TeamService(demo).members(), PlacesService(demo).save, place)
    qtbot.addWidget(dialog)
    dialog.resize(560, 700)
    dialog.show()
    inputs = dialog.extra.inputs
    assert len(inputs) == 52  # the five GridDesk showed, and the template's 47 more
    assert isinstance(inputs["lessor_id"], QLineEdit) and inputs["lessor_id"].text() == mask_id_number(_id("19700812", 25))
    assert inputs["landlord_phone"].text() == "13900139002" and inputs["capacity"].text() == "6"
    assert isinstance(inputs["fire_exit"], QComboBox) and inputs["fire_exit"].currentText() == "无"
    assert inputs["hazard"].currentText() == "一般" and inputs["registered_on"].text() == "2024-05-01"
    labels = [dialog.extra.form.itemAt(i, dialog.extra.form.ItemRole.LabelRole).widget().text()
              for i in range(dialog.extra.form.rowCount())]
    assert "出租人证件号码" in labels and "是否签订治安责任保证书" in labels
    assert dialog.height() <= 760  # the fifty fields scroll inside the dialog
    dialog.grab().save(str(tmp_path / "place_dialog.png"))
    inputs["capacity"].setText("5")
    dialog.submit()
    assert not dialog.error_text() and not dialog.isVisible()
    with demo.db.transaction() as s:
        stored = PlacesRepo(s).list(PlaceKind.RENTAL)[0]
    assert stored.details["capacity"] == "5" and stored.details["lessor_id"] == _id("19700812", 25)
    assert stored.details["extra:楼长"] == "钱楼长"


def test_the_team_dialog_offers_the_national_lists_and_asks_a_county_member_to_declare(qtbot, demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    team = TeamService(demo)
    dialog = TeamDialog(RosterService(demo).tree(), team.save)
    qtbot.addWidget(dialog)
    assert "中共党员" in [dialog.political.itemText(i) for i in range(dialog.political.count())]
    assert "大学专科" in [dialog.education.itemText(i) for i in range(dialog.education.count())]
    assert dialog.political.isEditable() and dialog.education.isEditable()
    dialog.name.setText("字典乙")
    dialog.id_number.setText(_id("19900101", 93))
    dialog.phone.setText("13900009998")
    dialog.grid.setCurrentIndex(dialog.grid.findData(grid))
    dialog.political.setCurrentText("火星党")
    dialog.education.setCurrentText("大专")
    dialog.declaration.setChecked(True)
    dialog.show()
    dialog.submit()
    assert "火星党" in dialog.error_text() and dialog.isVisible()
    assert dialog.field_errors.label_of("political_status").isVisible()
    dialog.political.setCurrentText("党员")
    dialog.submit()
    saved = next(t for t in team.members() if t.member.name == "字典乙")
    assert (saved.political_status, saved.education, saved.declared) == ("中共党员", "大学专科", True)
    path = _book(tmp_path / "GRIDTEAM.xlsx", ["姓名*", "所属网格", "身份证号码*", "性别*", "出生年月*", "联系电话",
                                              "专兼职情况*", "政治面貌*", "文化程度*", "登记时间*", "备注"],
                 [["县里来", grid, _id("19850101", 11), "男", "1985-01", "13900001111", "专职", "团员", "中专",
                   "2024-01-01", ""]])
    service = ImportService(demo)
    service.commit(service.preview("team", path))
    record = next(t for t in team.members() if t.member.name == "县里来")
    again = TeamDialog(RosterService(demo).tree(),
                       lambda m, pol, edu, ok: team.save(m, pol, edu, ok, record.id), record)  # as the team tab does
    qtbot.addWidget(again)
    again.show()
    assert (again.political.currentText(), again.education.currentText()) == ("共青团员", "中专")
    assert not again.declaration.isChecked()
    again.grab().save(str(tmp_path / "team_dialog.png"))
    again.submit()
    assert "不得担任网格员的情形" in again.error_text()
    again.declaration.setChecked(True)
    again.submit()
    assert next(t for t in team.members() if t.member.name == "县里来").declared
