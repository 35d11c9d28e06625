"""A resident ledger written the way county staff write it: 子女 and the other words of GB/T 4761,
民族 and the others in their everyday spellings, and ID numbers in other scripts' digits
(issue 17: 6 of 18 valid rows were refused for 子女; an Arabic-Indic digit made a second record of
a person already on the roster; U+19DA crashed the import)."""

from __future__ import annotations

import openpyxl
import pytest

from gridDesk import paths
from gridDesk.domain.idcard import check_digit
from gridDesk.domain.roster import ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import ImportService
from gridDesk.services.roster import RosterService

HEADER = ["姓名", "身份证号", "联系电话", "户号", "与户主关系", "所属网格", "民族", "政治面貌", "文化程度", "婚姻状况", "备注"]


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


def _book(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_the_words_county_ledgers_use_are_read_not_refused(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    rows = [
        ["户甲", _id("19700101", 11), "", "K-1", "户主", grid, "汉", "党员", "大专", "已婚", ""],
        ["妻甲", _id("19720101", 22), "", "K-1", "妻", grid, "汉族", "群众", "初中", "已婚", ""],
        ["子甲", _id("19950101", 31), "", "K-1", "子女", grid, "汉", "团员", "本科", "未婚", ""],  # a son (odd)
        ["女甲", _id("19980101", 42), "", "K-1", "子女", grid, "蒙族", "团员", "中等专科", "离异", ""],  # a daughter
        ["孙甲", _id("20180101", 51), "", "K-1", "孙子女", grid, "汉", "", "学前", "", ""],
        ["堂甲", _id("19750101", 61), "", "K-1", "堂兄弟", grid, "汉", "", "高中", "", "住东屋"],
        ["错甲", _id("19760101", 71), "", "K-1", "邻居家的", grid, "汉", "", "", "", ""],
        ["错乙", _id("19770101", 81), "", "K-1", "子", grid, "火星族", "", "", "", ""],
    ]
    preview = ImportService(demo).preview("residents", _book(tmp_path / "county.xlsx", rows))
    new = {r.name: r for r in preview.new}
    assert (new["子甲"].relation, new["女甲"].relation, new["孙甲"].relation) == ("子", "女", "孙子")
    assert new["妻甲"].relation == "配偶" and new["户甲"].political_status == "中共党员"
    assert (new["户甲"].ethnicity, new["女甲"].ethnicity) == ("汉族", "蒙古族")
    assert (new["户甲"].education, new["子甲"].education, new["女甲"].education) == ("大学专科", "大学本科", "中专")
    assert new["女甲"].marital_status == "离婚" and new["孙甲"].education == "学龄前"
    # Where the list keeps less than the ledger said, the ledger's words stay in 备注.
    assert new["堂甲"].relation == "其他亲属" and "堂兄弟" in new["堂甲"].notes and "住东屋" in new["堂甲"].notes
    reasons = {r.values["name"]: r.reason for r in preview.rejected}
    assert set(reasons) == {"错甲", "错乙"}
    assert "邻居家的" in reasons["错甲"] and "火星族" in reasons["错乙"]


@pytest.mark.parametrize("digit", ["\u0664", "\u096a", "\u0e54"])  # 4 in Arabic-Indic, Devanagari, Thai
def test_an_id_in_another_scripts_digits_is_a_refused_row_not_a_second_record(demo, tmp_path, digit):
    roster = RosterService(demo)
    grid = roster.tree()[0].code
    number = _id("19840404", 41)  # the person already on the roster
    service = ImportService(demo)
    service.commit(service.preview("residents", _book(tmp_path / "first.xlsx", [
        ["四号", number, "", "F-4", "户主", grid, "", "", "", "", ""]])))
    before = len(roster.resident_ids(ResidentFilter()))
    foreign = number.replace("4", digit)
    preview = service.preview("residents", _book(tmp_path / "again.xlsx", [
        ["四号", foreign, "", "F-4", "户主", grid, "", "", "", "", ""]]))
    assert preview.new == [] and len(preview.rejected) == 1
    assert "0～9" in preview.rejected[0].reason
    service.commit(preview)
    assert len(roster.resident_ids(ResidentFilter())) == before


def test_a_digit_int_cannot_read_is_a_refused_row_not_a_crash(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    path = _book(tmp_path / "odd.xlsx", [["怪号", "\u19da" + _id("19800101", 91)[1:], "", "Z-1", "户主", grid,
                                          "", "", "", "", ""]])
    preview = ImportService(demo).preview("residents", path)
    assert preview.new == [] and len(preview.rejected) == 1


def test_an_id_with_no_such_province_is_refused(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    first17 = "000000198001010011"[:17]
    path = _book(tmp_path / "zero.xlsx", [["零号", first17 + check_digit(first17), "", "Z-2", "户主", grid,
                                           "", "", "", "", ""]])
    preview = ImportService(demo).preview("residents", path)
    assert preview.new == [] and "省份" in preview.rejected[0].reason


def test_sex_and_birth_date_in_the_ledger_are_checked_against_the_id(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名*", "*性别", "出生日期", "身份证号码*", "户号*", "与户主关系*", "所属网格*"])
    man = _id("19800105", 11)  # odd sequence: a man, born 1980-01-05
    ws.append(["对的", "男", "1980-01-05", man, "S-1", "户主", grid])
    ws.append(["错性别", "女", "1981-02-03", _id("19810203", 13), "S-2", "户主", grid])
    ws.append(["错日期", "男", "1982-03-05", _id("19820304", 15), "S-3", "户主", grid])
    ws.append(["年月对", "1", "1983-04", _id("19830405", 17), "S-4", "户主", grid])
    wb.save(tmp_path / "checked.xlsx")
    preview = ImportService(demo).preview("residents", tmp_path / "checked.xlsx")
    assert sorted(r.name for r in preview.new) == ["对的", "年月对"]
    assert preview.unknown_columns == []
    reasons = {r.values["name"]: r.reason for r in preview.rejected}
    assert "女" in reasons["错性别"] and "男性" in reasons["错性别"]
    assert "1982-03-05" in reasons["错日期"] and "1982-03-04" in reasons["错日期"]


def test_a_county_ledgers_headers_are_found_mobile_over_phone(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名* ", "所属网格*", "公民身份号码", "户号*", "与户主关系*", "联系电话", "联系手机", "户籍详址",
               "户籍地", "工作单位或就读学校", "民族（汉字）"])
    ws.append(["手机人", grid, _id("19900101", 21), "M-1", "户主", "0351-7654321", "13912345678", "某村 1 号",
               "山西省太原市", "太原一中", "汉"])
    wb.save(tmp_path / "heads.xlsx")
    preview = ImportService(demo).preview("residents", tmp_path / "heads.xlsx")
    assert preview.rejected == [] or print(preview.rejected[0].reason)
    person = preview.new[0]
    assert person.phone == "13912345678" and person.employer == "太原一中" and person.ethnicity == "汉族"
    assert person.registered_address == "某村 1 号"
    assert preview.unknown_columns == ["户籍地"]


def test_a_masked_export_imported_again_is_said_in_one_sentence(demo, tmp_path):
    from gridDesk.services.roster_export import ExportService
    from gridDesk.sheets.reader import SheetError

    files = ExportService(demo).export("residents", tmp_path / "masked.xlsx")
    with pytest.raises(SheetError) as err:
        ImportService(demo).preview("residents", files[0])
    assert err.value.code == "sheet.masked_export"
    assert "隐去" in err.value.message and "导出完整的身份证号和电话" in err.value.message


def test_a_few_masked_cells_in_a_real_ledger_stay_rejected_rows(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    rows = [["甲", _id("19700101", 11), "", "K-9", "户主", grid, "", "", "", "", ""],
            ["乙", _id("19710101", 13), "", "K-8", "户主", grid, "", "", "", "", ""],
            ["丙", "1401**********123X", "", "K-7", "户主", grid, "", "", "", "", ""]]
    preview = ImportService(demo).preview("residents", _book(tmp_path / "few.xlsx", rows))
    assert len(preview.new) == 2 and "星号" in preview.rejected[0].reason


def test_the_template_offers_民族_and_every_list_as_a_dropdown_from_a_hidden_sheet(demo, tmp_path):
    from gridDesk.services.roster_export import ExportService

    files = ExportService(demo).export("residents", tmp_path / "t.xlsx", unmask_reason="核对")
    book = openpyxl.load_workbook(files[0])
    main, lists = book.worksheets[0], book["字典"]
    assert lists.sheet_state == "hidden"
    headers = [c.value for c in main[3]]
    listed = {headers[next(iter(dv.sqref.ranges)).min_col - 1].lstrip("*"): dv.formula1
              for dv in main.data_validations.dataValidation}
    assert "民族" in listed and "与户主关系" in listed and "'字典'!" in listed["民族"]
    column = [c.value for c in lists[listed["民族"].split("!")[1].split(":")[0].replace("$", "")[0]] if c.value][1:]
    assert column[:2] == ["汉族", "蒙古族"] and len(column) == 58
