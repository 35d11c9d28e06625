"""Issue 17 for housing and the team: RENTALHOUSE / LETTINGHOUSE / ACTUALHOUSE ledgers become rental
places (every template column kept, nothing imported lost), and GRIDTEAM ledgers import into the
team (性别/出生年月 checked against the ID, 专兼职情况 and the national dictionaries read). Each
file is built in the template's exact layout: version cell, title, instructions, 填报单位, `*` headers."""

from __future__ import annotations

import shutil
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.idcard import check_digit, mask_id_number
from gridDesk.domain.places import PlaceKind
from gridDesk.domain.roster import TeamRole
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import ImportService
from gridDesk.services.places import PlacesService
from gridDesk.services.printouts import PrintService
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.services.team import TeamService
from gridDesk.sheets.reader import SheetError
from gridDesk.storage.places_repo import PlacesRepo
from gridDesk.domain.errors import ValidationError

PW = "Grid@2026pw"
UNIT = ["填报单位：", "某某省", "省*", "某某市", "市*", "某某区", "市/县/区*", "某某镇", "乡镇/街道*", "某某社区", "社区/村*"]
RENTALHOUSE = ("所属网格* | 房屋准确地址* | *房主姓名 | *隐患程度 | 出租房类别* | 房屋编号 | 房产证地址 | 建筑物名称 | 建筑物用途 | "
               "物业管理单位名称 | 代表人/业主 | 业主身份证号码 | 业主联系电话 | 房屋户型 | 建成年份 | 本户建筑面积 | 房屋结构 | 房屋用途 | "
               "房屋来源 | 自主产权 | 租凭公房 | 房屋凭证 | 房屋权证号 | 房屋权证发证时间 | 土地凭证 | 土地权证号 | 土地权证发证时间 | "
               "产权人类型 | 产权人姓名 | 产权人证件类型 | 产权人证件号码 | 产权人联系电话 | 产权人联系手机 | 出租房用途 | 租赁备案证号 | "
               "出租人类型 | 出租人证件类型 | 出租人证件号码 | 出租人联系电话 | 出租人联系手机 | 出租人联系地址 | 出租房性质 | 管理类别 | "
               "登记日期 | 出租时间 | 出租间数 | 限住人数 | 月租金 | 隐患情况 | 是否签订治安责任保证书 | 有无安全通道 | 有无消防通道 | 备注"
               ).split(" | ")
GRIDTEAM = "姓名* | 所属网格 | 身份证号码* | 性别* | 出生年月* | 联系电话 | 专兼职情况* | 政治面貌* | 文化程度* | 登记时间* | 备注".split(" | ")


def _make(path):
    return Access(path, paths.migrations_dir(), MemoryCache())


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    """A demo village of three grids, built once for this file; each test works on a copy."""
    return build_demo(tmp_path_factory.mktemp("village") / "v", paths.migrations_dir(), 600, make_access=_make).db_path


@pytest.fixture
def demo(village, tmp_path):
    shutil.copytree(village.parent, tmp_path / "centre")
    access = _make(tmp_path / "centre" / village.name)
    session = access.login("demo", "Demo@2026")
    session.access_for_tests = access
    yield session
    session.close()


def _id(born: str, seq: int, area: str = "140105") -> str:
    first17 = f"{area}{born}{seq:03d}"
    return first17 + check_digit(first17)


def _template(path, title: str, header: list[str], rows: list[list[object]]):
    """The county template's shape: A1 the version, the title, the instructions, 填报单位, headers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["1.0", title])
    ws.append(["说明：带*号的为必填项；日期格式为 YYYY-MM-DD；身份证号码请设为文本。"])
    ws.append(UNIT)
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append([str(v) if isinstance(v, str) else v for v in row])
    wb.save(path)
    return path


def _rental(**given: object) -> list[object]:
    return [given.get(h.replace("*", ""), "") for h in RENTALHOUSE + ["楼长"]]


def _grids(demo) -> tuple[str, str, str]:
    tops = [n for n in RosterService(demo).tree() if n.parent_code is None]
    return tops[0].code, tops[0].name, tops[1].code


def _rental_book(demo, path):
    grid, grid_name, _other = _grids(demo)
    owner, lessor = _id("19650304", 17), _id("19700812", 25)
    rows = [
        _rental(所属网格=grid_name, 房屋准确地址="东街 12 号", 房主姓名="赵房东", 隐患程度="一般隐患", 出租房类别="住宅",
                房屋编号="FW-001", 代表人="赵房东", 业主身份证号码=owner, 业主联系电话="13800138001", 房屋结构="砖混",
                自主产权="是", 产权人证件类型="身份证", 产权人证件号码=owner, 出租人证件类型="居民身份证",
                出租人证件号码=lessor, 出租人联系电话="0351-1234567", 出租人联系手机="13900139002",
                登记日期="2024-05-01", 出租时间="2024/03/01", 出租间数=3, 限住人数="6", 月租金="800",
                是否签订治安责任保证书="已签订", 有无安全通道="有", 有无消防通道="没有", 备注="院内有车棚", 楼长="钱楼长"),
        _rental(所属网格=grid, 房屋准确地址="西街 3 号", 房主姓名="孙房东", 隐患程度="无"),
        _rental(所属网格=grid, 房屋准确地址="南街 7 号", 房主姓名="李外籍", 隐患程度="重大", 出租人证件类型="护照",
                出租人证件号码="E12345678"),
        _rental(所属网格="不存在的网格", 房屋准确地址="北街 1 号", 房主姓名="周", 隐患程度="无"),
        _rental(所属网格=grid, 房屋准确地址="北街 2 号", 房主姓名="吴", 隐患程度="无",
                业主身份证号码="١١٠١٠٥١٩٤٩١٢٣١٠٠٠٣"),  # Arabic-Indic digits
        _rental(所属网格=grid, 房屋准确地址="北街 3 号", 房主姓名="郑", 隐患程度="无",
                出租人证件号码="\u19da1010519491231000"),  # U+19DA first: a crash once
        _rental(所属网格=grid, 房屋准确地址="北街 4 号", 房主姓名="王", 隐患程度="无", 限住人数="六个"),
        _rental(所属网格=grid, 房屋准确地址="北街 5 号", 房主姓名="冯", 隐患程度="火星级"),
        _rental(所属网格=grid, 房屋准确地址="西街3号", 房主姓名="陈", 隐患程度="无"),  # the same house as row 2
        _rental(所属网格=grid, 房屋准确地址="北街 6 号", 房主姓名="褚", 隐患程度="无", 出租人联系手机="1390013"),
    ]
    return _template(path, "出租房信息登记表", RENTALHOUSE + ["楼长"], rows)


def test_a_rentalhouse_ledger_imports_every_valid_row_and_rejects_only_wrong_ones(demo, tmp_path):
    grid, _name, _other = _grids(demo)
    service = ImportService(demo)
    preview = service.preview("rentals", _rental_book(demo, tmp_path / "RENTALHOUSE.xlsx"))
    assert preview.unknown_columns == ["楼长"]
    assert sorted(p.address for p in preview.new) == ["东街 12 号", "南街 7 号", "西街 3 号"]
    reasons = {r.values["address"]: r.reason for r in preview.rejected}
    assert set(reasons) == {"北街 1 号", "北街 2 号", "北街 3 号", "北街 4 号", "北街 5 号", "西街3号", "北街 6 号"}
    assert "不存在的网格" in reasons["北街 1 号"]
    assert "业主身份证号码" in reasons["北街 2 号"] and "0～9" in reasons["北街 2 号"]
    assert "出租人证件号码" in reasons["北街 3 号"]
    assert "限住人数" in reasons["北街 4 号"] and "六个" in reasons["北街 4 号"]
    assert "火星级" in reasons["北街 5 号"]
    assert "第 7 行" in reasons["西街3号"]
    assert "出租人联系手机" in reasons["北街 6 号"]
    service.commit(preview)
    places = {p.address: p for p in PlacesService(demo).list(PlaceKind.RENTAL)}
    full = places["东街 12 号"]
    assert (full.name, full.grid_code) == ("FW-001", grid)
    assert full.details["landlord"] == "赵房东" and full.details["hazard"] == "一般"
    assert full.details["capacity"] == "6" and full.details["rooms"] == "3"
    # shown masked, as a resident's number is (the whole number goes out only in an unmasked export)
    assert full.details["owner_id"] == mask_id_number(_id("19650304", 17))
    with demo.db.transaction() as s:
        stored = next(p for p in PlacesRepo(s).list(PlaceKind.RENTAL) if p.id == full.id)
    assert stored.details["owner_id"] == _id("19650304", 17) and stored.details["lessor_id"] == _id("19700812", 25)
    assert full.details["landlord_phone"] == "13900139002" and full.details["landlord_tel"] == "0351-1234567"
    assert full.details["let_since"] == "2024-03-01" and full.details["registered_on"] == "2024-05-01"
    assert (full.details["security_pledge"], full.details["safe_exit"], full.details["fire_exit"]) == ("是", "有", "无")
    assert full.details["own_property"] == "是" and full.details["structure"] == "砖混"
    assert full.details["extra:楼长"] == "钱楼长" and full.notes == "院内有车棚"
    assert places["南街 7 号"].details["lessor_id"] == mask_id_number("E12345678")  # masked, though not an ID number
    with demo.db.transaction() as s:
        passport = next(p for p in PlacesRepo(s).list(PlaceKind.RENTAL) if p.address == "南街 7 号")
    assert passport.details["lessor_id"] == "E12345678"  # a passport is kept as written, not refused
    assert places["西街 3 号"].name == "西街 3 号"


def test_rental_export_masks_by_default_and_reimports_unchanged(demo, tmp_path):
    service = ImportService(demo)
    service.commit(service.preview("rentals", _rental_book(demo, tmp_path / "in.xlsx")))
    export = ExportService(demo)
    masked = tmp_path / "masked.xlsx"
    export.export("rentals", masked)
    ws = openpyxl.load_workbook(masked).worksheets[0]
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert _id("19650304", 17) not in " ".join(cells) and "13900139002" not in " ".join(cells)
    assert mask_id_number(_id("19650304", 17)) in cells and "139****9002" in cells
    assert "钱楼长" in cells  # the ledger's own column comes back out
    with pytest.raises(SheetError) as refused:  # a masked export is one sentence, not a row each
        service.preview("rentals", masked)
    assert refused.value.code == "sheet.masked_export"
    for layout in ("template", "county"):
        full = tmp_path / f"full-{layout}.xlsx"
        export.export("rentals", full, layout=layout, unmask_reason="核对出租房台账")
        again = service.preview("rentals", full)
        assert (len(again.new), len(again.changed), len(again.rejected), again.unchanged) == (0, 0, 0, 3), \
            (layout, again.shown_changed, [r.reason for r in again.rejected])


def test_lettinghouse_and_actualhouse_layouts(demo, tmp_path):
    grid, grid_name, _other = _grids(demo)
    letting = ["编号", "登记日期", "片组片格*", "房东姓名*", "身份证号码", "出租房地址*", "房东地址", "联系手机", "联系电话",
               "房间数", "限住人数", "实住人数", "出租房面积", "出租房结构", "出租房性质", "出租房类别", "出租用途",
               "隐患程度*", "隐患情况"]
    path = _template(tmp_path / "LETTINGHOUSE.xlsx", "出  租  房  登  记  表", letting, [
        ["L-9", "2024-06-01", grid_name, "钱", _id("19800101", 33), "东街 40 号", "东街 1 号", "13700137003",
         "0351-7654321", 4, 8, 5, "120", "框架", "私房", "住宅", "居住", "较大隐患", "电线老化"]])
    preview = ImportService(demo).preview("rentals", path)
    assert not preview.rejected and not preview.unknown_columns
    d = preview.new[0].details
    assert (preview.new[0].name, d["lessor_id"], d["landlord_phone"], d["landlord_tel"], d["lessor_address"]) == \
        ("L-9", _id("19800101", 33), "13700137003", "0351-7654321", "东街 1 号")
    assert (d["rooms"], d["capacity"], d["occupants"], d["floor_area"], d["hazard"], d["rental_use"]) == \
        ("4", "8", "5", "120", "较大", "居住")
    actual = ["所属网格*", "房屋准确地址*", "是否为出租房*", "*出租人(出租房时有效)", "*隐患程度(出租房时有效)",
              "出租房类别*（出租房选择“是”时必填）", "房屋编号", "本户建筑面积(㎡)", "月租金(RMB)"]
    path = _template(tmp_path / "ACTUALHOUSE.xlsx", "房屋信息登记表", actual, [
        [grid, "中街 1 号", "是", "蒋", "无", "住宅", "A-1", "80", "600"],
        [grid, "中街 2 号", "否", "", "", "", "A-2", "90", ""]])
    preview = ImportService(demo).preview("rentals", path)
    assert [p.address for p in preview.new] == ["中街 1 号"] and not preview.unknown_columns
    assert preview.new[0].details["landlord"] == "蒋" and preview.new[0].details["rent"] == "600"
    assert "不是出租房" in preview.rejected[0].reason


@pytest.fixture
def member(demo):
    """Account ge1, a grid member of the demo's first grid."""
    own, _name, other = _grids(demo)
    access = demo.access_for_tests
    AccountsService(demo, access).add("ge1", "网格员一", Role.GRID_MEMBER, PW)
    AccountsService(demo, access).set_grids("ge1", [own])
    session = access.login("ge1", PW)
    yield session, own, other
    session.close()


def test_a_grid_member_imports_only_into_their_grids(demo, member, tmp_path):
    session, own, other = member
    ImportService(demo).commit(ImportService(demo).preview("rentals", _template(
        tmp_path / "theirs.xlsx", "出租房信息登记表", RENTALHOUSE, [_rental(所属网格=other, 房屋准确地址="外街 1 号",
                                                                          房主姓名="外", 隐患程度="无")])))
    path = _template(tmp_path / "mine.xlsx", "出租房信息登记表", RENTALHOUSE, [
        _rental(所属网格=own, 房屋准确地址="本街 1 号", 房主姓名="本", 隐患程度="无"),
        _rental(所属网格=other, 房屋准确地址="外街 2 号", 房主姓名="外", 隐患程度="无"),
        _rental(所属网格=own, 房屋准确地址="外街 1 号", 房主姓名="改", 隐患程度="重大")])  # another grid's house
    preview = ImportService(session).preview("rentals", path)
    assert [p.address for p in preview.new] == ["本街 1 号"] and not preview.changed
    reasons = {r.values["address"]: r.reason for r in preview.rejected}
    assert "负责范围" in reasons["外街 2 号"] and "别的网格" in reasons["外街 1 号"]
    ImportService(session).commit(preview)
    seen = [p.address for p in PlacesService(session).list(PlaceKind.RENTAL)]
    assert "本街 1 号" in seen and "外街 1 号" not in seen
    theirs = next(p for p in PlacesService(demo).list(PlaceKind.RENTAL) if p.address == "外街 1 号")
    assert (theirs.details["landlord"], theirs.details["hazard"]) == ("外", "无")  # untouched


def test_an_edit_in_the_dialog_keeps_the_ledgers_own_columns(demo, tmp_path):
    service = ImportService(demo)
    service.commit(service.preview("rentals", _rental_book(demo, tmp_path / "in.xlsx")))
    places = PlacesService(demo)
    full = next(p for p in places.list(PlaceKind.RENTAL) if p.address == "东街 12 号")
    shown = {k: v for k, v in full.details.items() if not k.startswith("extra:")}  # what the form holds
    from dataclasses import replace
    places.save(replace(full, details={**shown, "hazard": "重大", "registered_on": "2024/6/1"}))
    after = next(p for p in places.list(PlaceKind.RENTAL) if p.id == full.id)
    assert after.details["extra:楼长"] == "钱楼长" and after.details["hazard"] == "重大"
    assert after.details["owner_id"] == full.details["owner_id"]  # the masked number shown was not saved over it
    with demo.db.transaction() as s:
        stored = next(p for p in PlacesRepo(s).list(PlaceKind.RENTAL) if p.id == full.id)
    assert stored.details["owner_id"] == _id("19650304", 17) and stored.details["registered_on"] == "2024-06-01"
    with pytest.raises(ValidationError):  # a number typed in the form is checked as an ID number
        places.save(replace(full, details={**shown, "owner_id": "110105194912310000"}))


# -- the team ---------------------------------------------------------------------------------------
def _team_book(demo, path):
    grid, grid_name, _other = _grids(demo)
    rows = [
        ["甲网格员", grid_name, _id("19900115", 11), "男", "1990-01", "13900001111", "专职", "党员", "本科", "2024-03-01", "村东片"],
        ["乙网格员", "", _id("19851002", 22), "女", "1985年10月", "13900001112", "兼职", "群众", "高中", "2023-07-15", ""],
        ["丙", grid, _id("19880101", 31), "女", "1988-01", "13900001113", "专职", "团员", "初中", "2024-01-01", ""],
        ["丁", grid, _id("19880101", 41), "男", "1987-01", "13900001114", "专职", "团员", "初中", "2024-01-01", ""],
        ["戊", grid, _id("19880101", 51), "男", "1988-01", "13900001115", "专职", "火星党", "初中", "2024-01-01", ""],
        ["己", grid, _id("19880101", 61), "男", "1988-01", "13900001116", "临时工", "群众", "初中", "2024-01-01", ""],
        ["庚", grid, "١١٠١٠٥١٩٨٨٠١٠١٠٧١", "男", "1988-01", "13900001117", "专职", "群众", "初中", "2024-01-01", ""],
        ["辛", grid, _id("19880101", 81), "男", "1988-01", "13900001118", "专职", "群众", "研究生学历", "2024-01-01", ""],
    ]
    return _template(path, "网格员信息登记表", GRIDTEAM, rows)


def test_a_gridteam_ledger_imports_with_its_checks(demo, tmp_path):
    grid, _name, _other = _grids(demo)
    service = ImportService(demo)
    preview = service.preview("team", _team_book(demo, tmp_path / "GRIDTEAM.xlsx"))
    reasons = {r.values["name"]: r.reason for r in preview.rejected}
    assert sorted(r.member.name for r in preview.new) == ["乙网格员", "甲网格员"], reasons
    assert set(reasons) == {"丙", "丁", "戊", "己", "庚", "辛"}
    assert "女" in reasons["丙"] and "男" in reasons["丙"]  # both values named
    assert "1987-01" in reasons["丁"]
    assert "火星党" in reasons["戊"] and "临时工" in reasons["己"] and "0～9" in reasons["庚"]
    assert "研究生学历" in reasons["辛"]
    service.commit(preview)
    team = {t.member.name: t for t in TeamService(demo).members()}
    first, second = team["甲网格员"], team["乙网格员"]
    assert (first.member.role, first.member.grid_code, first.member.appointed_on) == \
        (TeamRole.FULL_TIME, grid, date(2024, 3, 1))
    assert (first.political_status, first.education, first.notes) == ("中共党员", "大学本科", "村东片")
    assert (second.member.role, second.political_status, second.education) == (TeamRole.PART_TIME, "群众", "高中")
    assert not first.declared  # GRIDTEAM.xls has no column for Article 9's declaration: asked in the dialog


def test_team_export_masked_by_default_and_reimports_unchanged(demo, tmp_path):
    service = ImportService(demo)
    service.commit(service.preview("team", _team_book(demo, tmp_path / "in.xlsx")))
    export = ExportService(demo)
    masked = tmp_path / "masked.xlsx"
    export.export("team", masked)
    cells = [str(c.value) for row in openpyxl.load_workbook(masked).worksheets[0].iter_rows() for c in row if c.value]
    assert _id("19900115", 11) not in cells and "139****1111" in cells
    with pytest.raises(SheetError):
        service.preview("team", masked)
    for layout in ("template", "county"):
        full = tmp_path / f"team-{layout}.xlsx"
        export.export("team", full, layout=layout, unmask_reason="核对队伍")
        again = service.preview("team", full)
        assert (len(again.new), len(again.changed), len(again.rejected)) == (0, 0, 0), \
            (layout, again.shown_changed, [r.reason for r in again.rejected])


def test_a_fourteammembers_ledger_without_id_numbers_is_one_clear_sentence(demo, tmp_path):
    grid, _name, _other = _grids(demo)
    header = ["成员姓名*", "服务网格*", "性别*", "政治面貌*", "所在单位", "职务", "特长", "联系手机", "出生日期", "联系电话",
              "网格管理员姓名", "网格管理员联系电话", "备注"]
    path = _template(tmp_path / "FOURTEAMMEMBERS.xlsx", "四支队伍成员信息登记表", header,
                     [["甲", grid, "男", "党员", "村委", "主任", "", "13900001111", "1980-01-01", "", "", "", ""]])
    with pytest.raises(SheetError) as refused:
        ImportService(demo).preview("team", path)
    assert refused.value.code == "sheet.missing_columns" and "身份证号" in str(refused.value)
    with_ids = _template(tmp_path / "FOUR2.xlsx", "四支队伍成员信息登记表", ["身份证号码*", "专兼职情况", "登记时间", *header],
                         [[_id("19800101", 11), "兼职", "2024-01-01", "甲", grid, "男", "党员", "村委", "主任", "",
                           "13900001111", "1980-01-01", "", "", "", ""]])
    preview = ImportService(demo).preview("team", with_ids)
    assert [r.member.name for r in preview.new] == ["甲"] and preview.new[0].political_status == "中共党员", \
        [r.reason for r in preview.rejected]


def test_the_team_dialogs_words_are_stored_and_printed_as_the_dictionaries_name_them(demo, tmp_path):
    grid, _name, _other = _grids(demo)
    from gridDesk.domain.roster import TeamMember
    team = TeamService(demo)
    team.save(TeamMember("字典甲", _id("19900101", 91), "13900009999", TeamRole.FULL_TIME, grid, date(2024, 1, 1)),
              "党员", "大专", True)
    saved = next(t for t in team.members() if t.member.name == "字典甲")
    assert (saved.political_status, saved.education) == ("中共党员", "大学专科")
    out = tmp_path / "team.pdf"
    PrintService(demo).print_ledger(out, "team")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "政治面貌" in text and "中共党员" in text and "大学专科" in text


def test_the_command_line_takes_rental_ledgers_both_ways(demo, tmp_path):
    import subprocess
    import sys

    book = _rental_book(demo, tmp_path / "RENTALHOUSE.xlsx")
    db = str(demo.db_path)
    demo.close()

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", db, *args, "--user", "demo",
                               "--password-stdin"], input="Demo@2026\n", capture_output=True, text=True, timeout=300)

    written = run("import", "rentals", str(book), "--yes")
    assert written.returncode == 1 and written.stdout.splitlines()[0] == "new 3, changed 0, unchanged 0, rejected 7"
    out = tmp_path / "out.xlsx"
    assert run("export", "rentals", str(out), "--unmask-reason", "核对").returncode == 0, "exported"
    again = run("import", "rentals", str(out))
    assert again.returncode == 0 and again.stdout.splitlines()[0] == "new 0, changed 0, unchanged 3, rejected 0"
