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
    assert person.registered_address == "某村 1 号" and person.registered_place == "山西省太原市"
    assert preview.unknown_columns == []


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


# HOUSEHOLDSTAFF.xls's header row, exactly (LEDGERS.md; ../shared/ledgers/county-template-headers.txt).
TEMPLATE = ("姓名* | 所属网格* | 性别* | 出生日期 | 身份证号码* | 户号* | 与户主关系* | 与户主关系备注 | 户籍地 | 民族* | "
            "政治面貌* | 文化程度* | 婚姻状况* | 人户状态* | 是否外出* | 外出原因* | 外出时间* | 户籍详址 | 户籍派出所 | "
            "临时居所 | 曾用名 | 工作单位或就读学校 | 联系电话 | 联系手机 | 电子邮箱 | 职业 | 血型 | 宗教信仰 | 身高(CM) | "
            "户口类别 | 住宅电话 | 家庭称号 | 外出去向 | 外出详址 | 备注").split(" | ")


def _template_book(path, grid, extra_header=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["1.0", "户籍人口信息登记表"])
    ws.append(["填写说明：带*为必填项；身份证号码请设置为文本格式"])
    ws.append(["填报单位：", "山西省", "省*", "太原市", "市*", "小店区", "市/县/区*", "某镇", "乡镇/街道*", "某村", "社区/村*"])
    ws.append([])
    ws.append(TEMPLATE + ([extra_header] if extra_header else []))
    son = _id("19950607", 31)
    ws.append(["王小明", grid, "男", "1995-06-07", son, "T-1", "子女", "长子", "山西省太原市小店区", "汉", "团员", "本科",
               "未婚", "人户一致", "是", "务工", "2024-03-01", "小店区某村 8 号", "小店派出所", "北京市朝阳区某公寓",
               "王晓明", "北京某公司", "0351-7654321", "13912345678", "wxm@example.com", "工程师", "A", "无",
               "175", "农业", "0351-1234567", "平安家庭", "北京", "北京市朝阳区某路 1 号", "在京务工"]
              + (["要保留的值"] if extra_header else []))
    wb.save(path)
    return path, son


def test_every_column_of_the_county_resident_template_is_taken(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    path, son = _template_book(tmp_path / "HOUSEHOLDSTAFF.xlsx", grid)
    service = ImportService(demo)
    preview = service.preview("residents", path)
    assert preview.unknown_columns == [] and preview.rejected == []
    p = preview.new[0]
    assert (p.relation, p.relation_note, p.registered_place, p.police_station, p.temporary_residence) == (
        "子", "长子", "山西省太原市小店区", "小店派出所", "北京市朝阳区某公寓")
    assert (p.former_name, p.employer, p.phone, p.phone2, p.email, p.blood_type, p.religion, p.height_cm) == (
        "王晓明", "北京某公司", "13912345678", "0351-7654321", "wxm@example.com", "A", "无", "175")
    assert (p.hukou_kind, p.home_phone, p.family_honour, p.away_destination, p.away_address) == (
        "农业户口", "0351-1234567", "平安家庭", "北京", "北京市朝阳区某路 1 号")
    assert p.registered_address == "小店区某村 8 号" and p.ethnicity == "汉族" and p.education == "大学本科"
    service.commit(preview)
    again = service.preview("residents", path)  # what is stored reads back the same: nothing changed
    assert again.new == [] and again.changed == [] and again.unchanged == 1


def test_a_column_griddesk_has_no_place_for_is_kept_and_given_back(demo, tmp_path):
    from python_calamine import CalamineWorkbook

    from gridDesk.services.roster_export import ExportService

    grid = RosterService(demo).tree()[0].code
    path, son = _template_book(tmp_path / "more.xlsx", grid, extra_header="村民小组长意见")
    service = ImportService(demo)
    preview = service.preview("residents", path)
    assert preview.unknown_columns == ["村民小组长意见"]
    assert preview.new[0].extra == (("村民小组长意见", "要保留的值"),)
    service.commit(preview)
    files = ExportService(demo).export("residents", tmp_path / "back.xlsx", unmask_reason="核对往返")
    rows = CalamineWorkbook.from_path(str(files[0])).get_sheet_by_index(0).to_python()
    header = [str(h).lstrip("*") for h in rows[2]]
    assert header[-1] == "村民小组长意见"
    mine = next(r for r in rows[3:] if r[header.index("身份证号")] == son)
    assert mine[-1] == "要保留的值" and mine[header.index("户籍派出所")] == "小店派出所"
    again = service.preview("residents", files[0])
    assert again.rejected == [] and again.new == [] and again.changed == []


def test_the_template_columns_and_kept_columns_survive_an_edit_in_the_dialog(demo, tmp_path):
    """The dialog edits a masked copy: a masked 住宅电话 or a kept column with a number in it must
    not overwrite what is stored."""
    from dataclasses import replace

    grid = RosterService(demo).tree()[0].code
    path, son = _template_book(tmp_path / "edit.xlsx", grid, extra_header="联系人手机")
    service = ImportService(demo)
    service.commit(service.preview("residents", path))
    roster = RosterService(demo)
    rid = roster.resident_ids(ResidentFilter(grid_code=grid))
    shown = next(roster.resident(i) for i in rid if roster.resident(i).name == "王小明")
    assert shown.home_phone != "0351-1234567" and shown.extra == (("联系人手机", "要保留的值"),)
    roster.save_resident(replace(shown, occupation="技师"))
    full = roster.unmask(shown.id, "核对")
    assert full.occupation == "技师" and full.home_phone == "0351-1234567" and full.police_station == "小店派出所"


def test_a_hostile_sheets_own_columns_are_capped(demo, tmp_path):
    """What an attacker's ledger does with the kept columns: 150 made-up columns keep only 64 per
    person (all are still reported) and a kept cell holds at most 500 characters, so the JSON
    stored with a person stays small. A longer cell is not cut (that would lose what the centre
    imported without a word): its row is refused, naming the column and both lengths."""
    grid = RosterService(demo).tree()[0].code
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER + [f"自造列{i}" for i in range(150)])
    ws.append(["多列", _id("19900202", 33), "", "H-1", "户主", grid, "", "", "", "", ""] + ["x" * 500] * 150)
    ws.append(["长列", _id("19900202", 34), "", "H-2", "户主", grid, "", "", "", "", ""] + ["", "y" * 5000])
    wb.save(tmp_path / "hostile.xlsx")
    preview = ImportService(demo).preview("residents", tmp_path / "hostile.xlsx")
    assert len(preview.unknown_columns) == 150
    kept = preview.new[0].extra
    assert len(kept) == 64 and all(len(v) == 500 for _h, v in kept)
    [refused] = preview.rejected
    assert refused.line == 3 and "自造列1" in refused.reason and "5000" in refused.reason and "500 " in refused.reason


def test_a_text_longer_than_its_column_is_refused_not_cut(demo, tmp_path):
    """曾用名 holds 32 characters, 户号 32, an address 128: a longer one in a ledger is a refused row
    saying so (a cut 户号 would put two families in one household, a cut name is a wrong one)."""
    grid = RosterService(demo).tree()[0].code
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "户号", "与户主关系", "所属网格", "曾用名", "户籍详址"])
    ws.append(["曾名长", _id("19900202", 41), "H-41", "户主", grid, "曾" * 100, ""])
    ws.append(["户号长", _id("19900202", 42), "H" * 40 + "1", "户主", grid, "", ""])
    ws.append(["户号短", _id("19900202", 43), "H" * 40 + "2", "户主", grid, "", ""])
    ws.append(["址长", _id("19900202", 44), "H-44", "户主", grid, "", "址" * 129])
    ws.append(["正好", _id("19900202", 45), "H-45", "户主", grid, "曾" * 32, "址" * 128])
    wb.save(tmp_path / "long.xlsx")
    preview = ImportService(demo).preview("residents", tmp_path / "long.xlsx")
    reasons = {r.line: r.reason for r in preview.rejected}
    assert sorted(reasons) == [2, 3, 4, 5] and [p.name for p in preview.new] == ["正好"]
    assert "曾用名" in reasons[2] and "32" in reasons[2] and "100" in reasons[2]
    assert "户号" in reasons[3] and "41" in reasons[3]
    assert "128" in reasons[5] and "129" in reasons[5]


def _two_row_template(path, grid, merged: bool):
    """HOUSEHOLDSTAFF.xls as the county ships it: 户籍地 over 省* | 市* | 区县*, 家庭称号 over 五好家庭 |
    平安家庭, 外出去向 over 省 | 市 | 区县, named on a second header row."""
    head = ["姓名*", "所属网格*", "性别*", "出生日期", "身份证号码*", "户号*", "与户主关系*", "户籍地", "", "",
            "民族*", "家庭称号", "", "外出去向", "", "", "备注"]
    names = ["", "", "", "", "", "", "", "省*", "市*", "区县*", "", "五好家庭", "平安家庭", "省", "市", "区县", ""]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["1.0", "户籍人口信息登记表"])
    ws.append(["填写说明：带*为必填项"])
    ws.append(["填报单位：", "山西省", "省*", "太原市", "市*", "小店区", "市/县/区*"])
    ws.append([])
    ws.append(head)
    ws.append(names)
    if merged:
        for first, last in (("H", "J"), ("L", "M"), ("N", "P")):
            ws.merge_cells(f"{first}5:{last}5")
        for col in "ABCDEFGKQ":
            ws.merge_cells(f"{col}5:{col}6")
    father, son = _id("19650301", 11), _id("19950607", 31)
    ws.append(["王大明", grid, "男", "1965-03-01", father, "T-2", "户主", "山西省", "太原市", "小店区", "汉",
               "√", "√", "", "", "", ""])
    ws.append(["王小明", grid, "男", "1995-06-07", son, "T-2", "子女", "山西省", "太原市", "小店区", "汉",
               "", "是", "北京市", "", "朝阳区", "在京务工"])
    wb.save(path)
    return path, father, son


def test_the_templates_second_header_row_is_read_not_rejected_and_its_parts_joined(demo, tmp_path):
    """Issue 17: a ledger filled in from the real HOUSEHOLDSTAFF.xls has a row naming the parts of
    户籍地, 家庭称号 and 外出去向 under the header. It was read as a person (a rejected row), and the
    parts after the first were dropped without a word (市 and 区县 of every 户籍地)."""
    grid = RosterService(demo).tree()[0].code
    path, father, son = _two_row_template(tmp_path / "two-rows.xlsx", grid, merged=True)
    preview = ImportService(demo).preview("residents", path)
    assert preview.rejected == [] and preview.unknown_columns == []
    people = {p.id_number: p for p in preview.new}
    assert set(people) == {father, son}
    assert people[father].registered_place == "山西省太原市小店区"
    assert people[father].family_honour == "五好家庭、平安家庭" and people[son].family_honour == "平安家庭"
    assert people[son].away_destination == "北京市朝阳区" and people[son].relation == "子"
    assert [line for line, _label in ((r.line, r.label) for r in preview.shown_new)] == [7, 8]


def test_without_merged_headers_a_row_under_the_header_is_never_lost_silently(demo, tmp_path):
    """An empty header cell beside a known one is no proof of a second header row: the row under
    it is a row like any other, here refused with its reason, never skipped without a word."""
    grid = RosterService(demo).tree()[0].code
    path, father, son = _two_row_template(tmp_path / "flat.xlsx", grid, merged=False)
    preview = ImportService(demo).preview("residents", path)
    assert [r.line for r in preview.rejected] == [6]
    assert {p.id_number for p in preview.new} == {father, son}
