"""Issue 17 item 7: a county-layout export is in the template's shape (HOUSEHOLDSTAFF.xls and kin)
and imports back into GridDesk with nothing changed; a masked one is refused in one sentence."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from gridDesk import paths
from gridDesk.domain.idcard import check_digit
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import ImportService
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.sheets.reader import SheetError
from tests.bench.roster_bench import HEADER as HOUSEHOLDSTAFF  # the template's header row, verbatim

KINDS = ("residents", "households", "team", "keygroup")


def _full_rows(grid: str) -> list[list[object]]:
    """Three people with every HOUSEHOLDSTAFF column filled, as county staff write them."""
    rows = []
    for n, (born, sex_digit, relation) in enumerate((("19700304", 1, "户主"), ("19720506", 2, "妻"),
                                                     ("19990708", 3, "子女"))):
        first17 = f"140105{born}{n}1{sex_digit}"
        sex = "男" if sex_digit % 2 else "女"
        rows.append([
            f"全列{'甲乙丙'[n]}", grid, sex, f"{born[:4]}-{born[4:6]}-{born[6:]}", first17 + check_digit(first17),
            "FULL-1", relation, "原表写的称谓" if n else "", "山西省太原市小店区", "汉", "群众" if n else "党员",
            "本科", "已婚" if n < 2 else "未婚", "人户一致", "是" if n == 2 else "否", "务工" if n == 2 else "",
            "2024-03-01" if n == 2 else "", f"北格镇{n}号", "小店派出所", "太原市临时居所", f"曾{n}",
            "某公司", "0351-7654321", f"1390000000{n}", f"p{n}@example.cn", "农民", "A", "无", 170 + n,
            "农业户口", "0351-1234567", "五好家庭", "北京" if n == 2 else "", "北京市朝阳区某街" if n == 2 else "",
            f"备注{n}"])
    return rows


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    """The demo village, plus three people imported from a ledger with every template column and
    one column GridDesk has no place for (kept with the row, exported back)."""
    tmp = tmp_path_factory.mktemp("county")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp / "v", paths.migrations_dir(), 200, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    grid = RosterService(session).tree()[0].code
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["1.0", "户籍人口信息登记表"])
    sheet.append(["填写说明"])
    sheet.append(["填报单位：", "山西省", "省*", "太原市", "市*"])
    sheet.append([])
    sheet.append([*HOUSEHOLDSTAFF, "村民小组"])
    for row in _full_rows(grid):
        sheet.append([*row, "第三组"])
    book.save(tmp / "full.xlsx")
    service = ImportService(session)
    preview = service.preview("residents", tmp / "full.xlsx")
    assert preview.summary() == "new 3, changed 0, unchanged 0, rejected 0", preview.rejected
    service.commit(preview)
    yield session, tmp
    session.close()


def _export(session, tmp, kind: str, masked: bool = False):
    reason = {} if masked else {"unmask_reason": "报乡镇核对"}
    return ExportService(session).export(kind, tmp / f"{kind}{'-masked' if masked else ''}.xlsx",
                                         layout="county", **reason)


def test_the_resident_ledger_has_the_template_shape(village):
    session, tmp = village
    [path] = _export(session, tmp, "residents")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.title == "户籍人口登记表"
    assert sheet["A1"].value == "1.0" and sheet["A1"].data_type == "s" and sheet["B1"].value == "户籍人口信息登记表"
    assert sheet["A2"].value.startswith("填写说明") and "版本号请勿修改" in sheet["A2"].value
    unit = [c.value for c in sheet[3]][:11]
    assert unit == ["填报单位：", "山西省", "省*", "太原市", "市*", "小店区", "市/县/区*", "小店镇", "乡镇/街道*",
                    "杏花村（演示）", "社区/村*"]
    headers = [c.value for c in sheet[5]]
    assert headers[:len(HOUSEHOLDSTAFF)] == HOUSEHOLDSTAFF  # every column, in order, * as the template
    assert headers[len(HOUSEHOLDSTAFF):] == ["现居住地址", "其他地址", "村民小组"]
    # The dictionary columns are dropdowns fed from a hidden sheet.
    lists = book.worksheets[1]
    assert lists.sheet_state == "hidden"
    rules = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    ethnicity = openpyxl.utils.get_column_letter(HOUSEHOLDSTAFF.index("民族*") + 1)
    assert any(ref.startswith(f"{ethnicity}6") and lists.title in formula for ref, formula in rules.items())
    assert any(ref.endswith("1005") for ref in rules)  # the rule covers the file's 1,000 rows
    # ID numbers and dates are text; 性别 and 出生日期 are the ID number's.
    at = {h.rstrip("*"): i for i, h in enumerate(headers)}
    body = list(sheet.iter_rows(min_row=6, values_only=False))
    assert len(body) == 203
    for row in body:
        number = row[at["身份证号码"]]
        assert number.data_type == "s" and len(number.value) == 18
        born = row[at["出生日期"]].value
        assert born == f"{number.value[6:10]}-{number.value[10:12]}-{number.value[12:14]}"
        assert row[at["性别"]].value == ("男" if int(number.value[16]) % 2 else "女")
    full = next(r for r in body if r[at["姓名"]].value == "全列丙")
    assert full[at["外出时间"]].value == "2024-03-01" and full[at["外出时间"]].data_type == "s"
    assert full[at["联系手机"]].value == "13900000002" and full[at["联系电话"]].value == "0351-7654321"
    assert full[at["户口类别"]].value == "农业户口" and full[at["村民小组"]].value == "第三组"


GRIDTEAM = ["姓名*", "所属网格", "身份证号码*", "性别*", "出生年月*", "联系电话", "专兼职情况*", "政治面貌*", "文化程度*",
            "登记时间*", "备注"]  # GRIDTEAM.xls row 5 (../shared/ledgers/county-template-headers.txt)


def test_the_team_ledger_has_gridteams_shape(village):
    """The team's county layout follows GRIDTEAM.xls column for column (its 性别 and 出生年月 the
    ID number's), then GridDesk's own 主要职责 and Article 9's declaration."""
    session, tmp = village
    [path] = _export(session, tmp, "team")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    headers = [c.value for c in sheet[5]]
    assert headers[:len(GRIDTEAM)] == GRIDTEAM and headers[len(GRIDTEAM):] == ["主要职责", "无不得担任情形"]
    body = [r for r in sheet.iter_rows(min_row=6, values_only=True) if r[0]]
    assert body
    for row in body:
        number = row[2]
        assert row[3] == ("男" if int(number[16]) % 2 else "女")
        assert row[4] == f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
        assert row[6]  # the post, under 专兼职情况


@pytest.mark.parametrize("kind", KINDS)
def test_a_county_layout_export_imports_back_unchanged(village, kind):
    session, tmp = village
    [path] = _export(session, tmp, kind)
    preview = ImportService(session).preview(kind, path)
    assert not preview.new and not preview.changed and not preview.rejected, (
        preview.rejected[:3], preview.shown_changed[:3])
    assert preview.unchanged > 0 and preview.unknown_columns == ([] if kind != "residents" else ["村民小组"])


def test_a_masked_county_export_is_refused_in_one_sentence(village):
    session, tmp = village
    [path] = _export(session, tmp, "residents", masked=True)
    with pytest.raises(SheetError) as caught:
        ImportService(session).preview("residents", path)
    assert caught.value.code == "sheet.masked_export" and "\n" not in caught.value.message


def test_the_unit_row_is_never_the_header(village, tmp_path):
    """A 填报单位 row whose cells happen to read like headers (a unit called 所属网格) is passed over."""
    session, _tmp = village
    grid = RosterService(session).tree()[0].code
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["1.0", "户信息登记表"])
    sheet.append(["填报单位：", "户号", "住址", "所属网格", "备注"])
    sheet.append(["户号*", "住址*", "所属网格*"])
    sheet.append(["UNIT-1", "南庄1号", grid])
    book.save(tmp_path / "unit.xlsx")
    preview = ImportService(session).preview("households", tmp_path / "unit.xlsx")
    assert preview.summary() == "new 1, changed 0, unchanged 0, rejected 0"
    assert preview.new[0].number == "UNIT-1"


def test_a_county_export_edited_by_staff_imports_the_edits_only(village, tmp_path):
    """The county export as staff edit it before sending it back: a sheet of notes put in front, a
    date typed 2024/3/1, an ID number with a trailing space, 汉 for 汉族, a row deleted in the
    middle. The ledger is found on its sheet; only the edited cells change."""
    session, tmp = village
    [path] = _export(session, tmp, "residents")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    at = {str(c.value).rstrip("*"): c.column for c in sheet[5]}
    people = [r for r in range(6, sheet.max_row + 1) if sheet.cell(r, at["外出时间"]).value is None]
    away, spaced, ethnic = people[:3]
    sheet.cell(away, at["是否外出"]).value = "是"
    sheet.cell(away, at["外出原因"]).value = "务工"
    sheet.cell(away, at["外出时间"]).value = "2024/3/1"
    sheet.cell(spaced, at["身份证号码"]).value += " "
    names = {sheet.cell(ethnic, at["民族"]).value}
    sheet.cell(ethnic, at["民族"]).value = "汉"
    sheet.delete_rows(people[5], 1)
    book.create_sheet("填写说明", 0)["A1"] = "本表由村综治中心填写，4 月 1 日前报乡镇"
    book.save(tmp_path / "edited.xlsx")
    preview = ImportService(session).preview("residents", tmp_path / "edited.xlsx")
    assert not preview.new and not preview.rejected, preview.rejected[:3]
    assert preview.unchanged == 203 - 1 - len(preview.changed)
    changes = {row.line: {c.header: c.after for c in row.changes} for row in preview.shown_changed}
    # Each row is named by its person, as the sheet's first column does (not by the family's address).
    assert {row.line: row.label for row in preview.shown_changed}[away] == sheet.cell(away, at["姓名"]).value
    assert changes[away] == {"是否外出": True, "外出原因": "务工", "外出时间": date(2024, 3, 1)}
    assert spaced not in changes
    assert changes.get(ethnic, {}) == ({} if names == {"汉族"} else {"民族": "汉族"})


@pytest.mark.parametrize("kind", ["residents", "team", "keygroup:elderly_alone"])
def test_a_masked_export_masks_the_birth_date_the_id_mask_hides(village, kind):
    """A masked county ledger printed 1401**********123X beside 出生日期 1995-06-07: the date is
    digits 7-14 of the number, so with the village's county code the number came back whole."""
    session, tmp = village
    from gridDesk.services.roster_export import MASKED_DATE

    paths = ExportService(session).export(kind, tmp / f"masked-birth-{kind.replace(':', '-')}.xlsx", layout="county")
    sheet = openpyxl.load_workbook(paths[0]).worksheets[0]
    headers = [str(c.value or "").rstrip("*") for c in sheet[5]]
    born = next(i for i, h in enumerate(headers) if h in ("出生日期", "出生年月"))
    ids = headers.index("身份证号码")
    rows = [r for r in sheet.iter_rows(min_row=6, values_only=True) if r[0]]
    assert rows
    for row in rows:
        assert "*" in row[ids]
        assert row[born] in (MASKED_DATE, None, "")
