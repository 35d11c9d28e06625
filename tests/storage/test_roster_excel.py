"""Excel in and out, read back for real: every kind of bad input gets its reason and loses nothing."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from gridDesk import paths
from gridDesk.domain.roster import ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.services.imports import ImportCancelled, ImportService
from gridDesk.sheets.reader import SheetError

GOOD_ID = "11010519491231002X"
HEADER = ["姓名", "身份证号", "联系电话", "户号", "与户主关系", "所属网格", "现居住地址"]


@pytest.fixture
def demo(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 200, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def _grid(demo) -> str:
    return RosterService(demo).tree()[0].code


def _book(path, rows, header=HEADER, above=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in above:
        ws.append(r)
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_county_ledger_with_rows_above_the_header_and_every_bad_id(demo, tmp_path):
    grid = _grid(demo)
    rows = [
        ["好人", GOOD_ID, "+86 138-0013-8000", "NEW1", "户主", grid, "东村"],
        ["全角", "１１０１０５１９８００１０１００１Ｘ".replace("Ｘ", "ｘ"), "", "NEW1", "配偶", grid, ""],
        ["错校验", "110105194912310021", "", "NEW2", "户主", grid, ""],
        ["假日期", "110105194902300025", "", "NEW2", "户主", grid, ""],
        ["零宽", "1101051949\u200b1231002X", "", "NEW2", "户主", grid, ""],
        ["十五位", "110105491231002", "", "NEW2", "户主", grid, ""],
        ["十七位", "11010519491231002", "", "NEW2", "户主", grid, ""],
        ["十九位", "11010519491231002X1", "", "NEW2", "户主", grid, ""],
        ["数字号", 110105194912310021, "", "NEW2", "户主", grid, ""],
        ["短电话", "110101200001010011", "13800", "NEW2", "户主", grid, ""],
        ["重复", GOOD_ID, "", "NEW1", "子", grid, ""],
        ["没网格", "110101200001010038", "", "NEW2", "户主", "不存在的网格", ""],
        [None, None, None, None, None, None, None],
        ["小写x", "11010519491231002x".replace("1949", "1950").replace("002x", "00" + "0x"), "0086 13900139000",
         "NEW3", "户主", grid, ""],
    ]
    from gridDesk.domain.idcard import check_digit
    rows[1][1] = "１１０１０５１９８００１０１００１" + check_digit("11010519800101001")
    for index, first17 in ((9, "11010120000101001"), (11, "11010120000101003")):
        rows[index][1] = first17 + check_digit(first17)
    lower = "11010519500101003"
    rows[-1][1] = lower + check_digit(lower).lower()
    path = _book(tmp_path / "county.xlsx", rows,
                 header=HEADER + ["村民小组长意见"], above=[["版本号：2023-1"], ["人口信息采集表（请勿修改表头）"],
                                                 ["填报单位：某某村", None, None]])
    service = ImportService(demo)
    preview = service.preview("residents", path)
    reasons = {r.values["name"]: r.reason for r in preview.rejected}
    assert "校验位" in reasons["错校验"] and "出生日期" in reasons["假日期"]
    assert "看不见" in reasons["零宽"] and "15 位" in reasons["十五位"]
    assert "18 位" in reasons["十七位"] and "18 位" in reasons["十九位"]
    assert "存成了数字" in reasons["数字号"] and "11 位" in reasons["短电话"]
    assert "第 5 行重复" in reasons["重复"] and "没有这个网格" in reasons["没网格"]
    assert preview.unknown_columns == ["村民小组长意见"]  # 宗教信仰 is a template column now
    assert len(preview.new) == 3 and preview.summary() == "new 3, changed 0, unchanged 0, rejected 10"
    assert all("*" not in r.id_number for r in preview.new)
    before = len(RosterService(demo).resident_ids(ResidentFilter()))
    service.commit(preview)
    assert len(RosterService(demo).resident_ids(ResidentFilter())) == before + 3
    again = service.preview("residents", path)
    assert again.summary() == "new 0, changed 0, unchanged 3, rejected 10"
    rejects = tmp_path / "rejects.xlsx"
    assert service.save_rejects(again, rejects) == 10
    back = CalamineWorkbook.from_path(str(rejects)).get_sheet_by_index(0).to_python()
    assert back[0][0] == "原行号" and back[0][-1] == "错误原因" and len(back) == 11
    assert back[1][0] == 7.0 or back[1][0] == 7  # the Excel line of 错校验


def test_missing_required_column_and_files_that_are_not_ledgers(demo, tmp_path):
    service = ImportService(demo)
    path = _book(tmp_path / "nohouse.xlsx", [["张三", GOOD_ID, "", "户主", _grid(demo)]],
                 header=["姓名", "身份证号", "联系电话", "与户主关系", "所属网格"])
    with pytest.raises(SheetError, match="户号"):
        service.preview("residents", path)
    (tmp_path / "note.xlsx").write_text("just text")
    with pytest.raises(SheetError, match="不是能读取的 Excel"):
        service.preview("residents", tmp_path / "note.xlsx")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    with pytest.raises(SheetError, match="空的"):
        service.preview("residents", tmp_path / "empty.xlsx")
    blank = openpyxl.Workbook()
    blank.save(tmp_path / "blank.xlsx")
    with pytest.raises(SheetError, match="没有任何数据"):
        service.preview("residents", tmp_path / "blank.xlsx")


def test_merged_household_cells_and_formulas(demo, tmp_path):
    grid = _grid(demo)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    from gridDesk.domain.idcard import check_digit

    second = "11010519500101003" + check_digit("11010519500101003")
    ws.append(["甲", GOOD_ID, "", "H-9", "户主", grid, "西村"])
    ws.append(["乙", second, "", None, "配偶", grid, "西村"])
    ws.merge_cells("D2:D3")
    ws.append(["丙", "=\"11010519500101\"&\"0053\"", "", "H-9", "子", grid, "西村"])
    wb.save(tmp_path / "merged.xlsx")
    preview = ImportService(demo).preview("residents", tmp_path / "merged.xlsx")
    households = {r.name: r.household_number for r in preview.new}
    assert households.get("乙") == "H-9"  # the merged 户号 reached every row it covers
    # a formula with no cached value is an empty cell: rejected, with its reason
    assert any(r.values["name"] == "丙" for r in preview.rejected)


def test_a_person_already_in_another_household_is_rejected(demo, tmp_path):
    roster = RosterService(demo)
    person = roster.unmask(roster.resident_ids(ResidentFilter())[0], "测试")
    path = _book(tmp_path / "move.xlsx", [[person.name, person.id_number, "", "OTHER-1", "户主",
                                           person.grid_code, ""]])
    preview = ImportService(demo).preview("residents", path)
    assert "已登记在户" in preview.rejected[0].reason and not preview.new


def test_cancelling_writes_nothing(demo, tmp_path):
    grid = _grid(demo)
    from gridDesk.domain.idcard import check_digit

    rows = []
    for i in range(1200):
        first17 = f"140105{date(1980, 1, 1).toordinal() + i and date.fromordinal(date(1980, 1, 1).toordinal() + i):%Y%m%d}001"
        rows.append([f"人{chr(0x4e00 + i)}", first17 + check_digit(first17), "", f"C{i // 3}", "户主", grid, ""])
    path = _book(tmp_path / "big.xlsx", rows)
    service = ImportService(demo)
    with pytest.raises(ImportCancelled):
        service.preview("residents", path, cancelled=lambda: True)
    preview = service.preview("residents", path)
    assert len(preview.new) == 1200
    before = len(RosterService(demo).resident_ids(ResidentFilter()))
    with pytest.raises(ImportCancelled):
        service.commit(preview, cancelled=lambda: True)
    assert len(RosterService(demo).resident_ids(ResidentFilter())) == before


def test_export_template_and_county_layouts_masked_and_audited(demo, tmp_path):
    from gridDesk.services.audit import AuditFilter, AuditService

    export = ExportService(demo)
    out = tmp_path / "roster.xlsx"
    export.export("residents", out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A3"].value == "*姓名" and sheet["B3"].value == "*身份证号"
    assert "*" in sheet["B4"].value and sheet["B4"].data_type == "s"
    assert sheet.data_validations.dataValidation  # dropdowns for the choice columns
    back = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert len(back) == 3 + 200
    county = export.export("residents", tmp_path / "county.xlsx", layout="county", unmask_reason="报县里核对")
    first = CalamineWorkbook.from_path(str(county[0])).get_sheet_by_index(0).to_python()
    assert first[0][:2] == ["1.0", "户籍人口信息登记表"] and first[2][0].startswith("填报单位")
    assert len(first[5][4]) == 18 and "*" not in first[5][4]
    rows, total = AuditService(demo).query(AuditFilter(action="export"))
    assert total == 2 and "unmasked: 报县里核对" in rows[0].detail and "masked" in rows[1].detail
    # re-importing our own template changes nothing
    preview = ImportService(demo).preview("residents", county[0])
    assert preview.unchanged == 200 and not preview.new and not preview.changed


def test_county_layout_splits_at_1000_rows(tmp_path):
    from gridDesk.sheets.columns import Column
    from gridDesk.domain.county_unit import CountyUnit
    from gridDesk.sheets.writer import write_county

    cols = [Column("a", "甲", text=True)]
    files = write_county(tmp_path / "x.xlsx", "t", CountyUnit(village="u"), "v", cols,
                         ([str(i)] for i in range(2500)))
    assert [f.name for f in files] == ["x-001.xlsx", "x-002.xlsx", "x-003.xlsx"]
    sizes = [len(CalamineWorkbook.from_path(str(f)).get_sheet_by_index(0).to_python()) - 5 for f in files]
    assert sizes == [1000, 1000, 500]


def test_team_households_and_key_group_ledgers(demo, tmp_path):
    grid = _grid(demo)
    from gridDesk.domain.idcard import check_digit

    adult = "14010519900101001"
    minor_born = date.today().replace(year=date.today().year - 16)
    minor = f"140105{minor_born:%Y%m%d}001"
    team = _book(tmp_path / "team.xlsx", [
        ["王网格", adult + check_digit(adult), "13900001111", "专职网格员", grid, "2024-01-01", "是"],
        ["小孩", minor + check_digit(minor), "13900001112", "专职网格员", grid, date.today().isoformat(), "是"],
        ["没声明", "140105199001010028", "13900001113", "网格长", "", "2024-01-01", "否"],
    ], header=["姓名", "身份证号", "手机号码", "岗位", "所属网格", "任职日期", "无不得担任情形"])
    service = ImportService(demo)
    preview = service.preview("team", team)
    reasons = [r.reason for r in preview.rejected]
    assert len(preview.new) == 1 and any("18 周岁" in r for r in reasons) and any("第九条" in r for r in reasons)
    service.commit(preview)
    houses = _book(tmp_path / "hh.xlsx", [["H-NEW", "南庄3排", grid], ["H-NEW", "重复", grid]],
                   header=["户号", "住址", "所属网格"])
    preview = service.preview("households", houses)
    assert len(preview.new) == 1 and "重复" in preview.rejected[0].reason
    roster = RosterService(demo)
    person = roster.unmask(roster.resident_ids(ResidentFilter(min_age=20))[0], "测试")
    kg = _book(tmp_path / "kg.xlsx", [[person.id_number, "残疾人", "一般", "肢体", "三级"],
                                      ["110105194912310021", "残疾人", "", "", ""]],
               header=["身份证号", "人群类别", "关注程度", "残疾类别", "残疾等级"])
    preview = service.preview("keygroup", kg)
    assert len(preview.new) == 1 and preview.new[0].details == {"disability_type": "肢体", "grade": "三级"}
    service.commit(preview)
    assert service.preview("keygroup", kg).unchanged == 1


def test_password_protected_file(demo, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = _book(tmp_path / "plain.xlsx", [["张三", GOOD_ID, "", "H", "户主", _grid(demo), ""]])
    locked = tmp_path / "locked.xlsx"
    with open(plain, "rb") as src, open(locked, "wb") as dst:
        OOXMLFile(src).encrypt("Passw0rd", dst)
    with pytest.raises(SheetError, match="密码"):
        ImportService(demo).preview("residents", locked)


@pytest.mark.parametrize("raw, expected", [
    ("+86 138 0013 8000", "13800138000"), ("0086-138-0013-8000", "13800138000"),
    ("１３８００１３８０００", "13800138000"), ("138-0013-8000", "13800138000"), ("0351-7654321", "0351-7654321")])
def test_phone_forms_are_normalised(raw, expected):
    from gridDesk.domain.phones import normalise_phone

    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["13800", "2380013800", "138001380001", "电话13800138000"])
def test_bad_phones_say_why(raw):
    from gridDesk.domain.errors import ValidationError
    from gridDesk.domain.phones import normalise_phone

    with pytest.raises(ValidationError):
        normalise_phone(raw)


def test_a_100000_row_file_previews_in_one_piece(demo, tmp_path):
    import xlsxwriter

    from gridDesk.domain.idcard import check_digit

    grid = _grid(demo)
    path = tmp_path / "huge.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    for i, h in enumerate(HEADER):
        sheet.write_string(0, i, h)
    start = date(1950, 1, 1).toordinal()
    for n in range(100_000):
        first17 = f"140105{date.fromordinal(start + n // 10):%Y%m%d}{n % 10:02d}1"
        for i, v in enumerate((f"居民{chr(0x4e00 + n % 20000)}", first17 + check_digit(first17), "",
                               f"B{n // 4}", "户主" if n % 4 == 0 else "子", grid, "")):
            sheet.write_string(n + 1, i, v)
    book.close()
    preview = ImportService(demo).preview("residents", path)
    assert len(preview.new) == 100_000 and not preview.rejected


def test_an_old_xls_county_template_imports(demo, tmp_path):
    import xlwt

    grid = _grid(demo)
    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    sheet.write(0, 0, "版本号：2019")
    sheet.write(1, 0, "填报单位：某某村")
    for c, h in enumerate(["序号", "*姓名", "*公民身份号码", "*户号", "*与户主关系", "*网格名称"]):
        sheet.write(2, c, h)
    names = {n.code: n.name for n in RosterService(demo).tree()}
    sheet.write(3, 0, 1)
    for c, v in enumerate(["老表格", GOOD_ID, "XLS-1", "户主", names[grid]], start=1):
        sheet.write(3, c, v)
    sheet.write(4, 0, 2)
    for c, v in enumerate(["数字号", 110105194912310021.0, "XLS-1", "配偶", names[grid]], start=1):
        sheet.write(4, c, v)
    book.save(str(tmp_path / "old.xls"))
    preview = ImportService(demo).preview("residents", tmp_path / "old.xls")
    assert [r.name for r in preview.new] == ["老表格"], [r.reason for r in preview.rejected]
    assert preview.new[0].grid_code == grid
    assert "存成了数字" in preview.rejected[0].reason


def test_the_rejects_file_can_be_fixed_and_imported_again(demo, tmp_path):
    grid = _grid(demo)
    path = _book(tmp_path / "in.xlsx", [["改正", "110105194912310021", "", "FIX-1", "户主", grid, ""]])
    service = ImportService(demo)
    first = service.preview("residents", path)
    service.save_rejects(first, tmp_path / "rejects.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "rejects.xlsx")
    wb.active["C2"] = GOOD_ID  # column B is 原行号, C the ID number
    wb.save(tmp_path / "rejects.xlsx")
    again = service.preview("residents", tmp_path / "rejects.xlsx")
    assert [r.name for r in again.new] == ["改正"] and set(again.unknown_columns) == {"原行号", "错误原因"}


def test_export_of_a_filtered_view(demo, tmp_path):
    roster = RosterService(demo)
    away = len(roster.resident_ids(ResidentFilter(away=True)))
    ExportService(demo).export("residents", tmp_path / "away.xlsx", f=ResidentFilter(away=True))
    rows = CalamineWorkbook.from_path(str(tmp_path / "away.xlsx")).get_sheet_by_index(0).to_python()
    assert away > 0 and len(rows) - 3 == away
    assert {r[14] for r in rows[3:]} == {"是"}  # the 是否外出 column
