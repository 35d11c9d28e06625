"""One register per key group (issue 17, item 6): each group's county template columns in and out,
the printed register, and the bad inputs that touch them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.domain.errors import GridDeskError, PermissionDenied, ValidationError
from gridDesk.domain.key_group_registers import TEMPLATES, register
from gridDesk.domain.key_groups import SPECS, AttentionLevel, KeyGroup, KeyGroupTag
from gridDesk.domain.roles import Role
from gridDesk.domain.roster import ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.demo import build_demo
from gridDesk.services.imports import ImportService
from gridDesk.services.key_groups import KeyGroupsService
from gridDesk.services.printouts import PrintService
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.sheets.reader import read_matrix

MEMBER_PW = "Grid@2026xy"


@pytest.fixture
def village(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 60, make_access=make)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access
    session.close()


@pytest.fixture
def demo(village):
    return village[0]


def _people(demo, n=2):
    roster = RosterService(demo)
    return [roster.unmask(i, "测试") for i in roster.resident_ids(ResidentFilter(min_age=20))[:n]]


def _book(path: Path, header: list[str], rows: list[list[object]], above: tuple[list[object], ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    for r in above:
        wb.active.append(r)
    wb.active.append(header)
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


DRUG_HEADER = ["姓名*", "所属网格*", "性别*", "出生日期", "身份证号码*", "吸毒原因", "毒品来源", "戒毒情况*", "管控现状",
               "查获日期", "备注"]


def _drug_row(p, grid):
    return [p.name, grid, p.sex, p.birth_date.isoformat(), p.id_number, "好奇", "朋友", "社区戒毒", "在控",
            "2023-04-05", ""]


def test_each_group_has_its_templates_columns_in_order():
    released = register(KeyGroup.RELEASED)
    assert released.template == "POSITIVEINFO" and released.title == "刑释解教人员信息登记表"
    assert released.headers[:10] == ("姓名*", "所属网格*", "性别*", "出生日期", "身份证号码*", "人员类型*",
                                     "解教(刑释)日期*", "原罪名/原罪错*", "原判刑期*", "服刑(劳改)场所*")
    assert [f.label for f in released.own][-3:] == ["未安置原因", "帮教情况", "帮教期满日期"]
    assert released.headers[-1] == "备注"
    floating = [f.label for f in register(KeyGroup.FLOATING).own]
    assert floating == ["流入原因", "流入时间", "预计到期日期", "暂住处所", "流入来源", "登记证情况", "登记证编号",
                        "登记日期", "经济来源", "已居住时限", "预居住时限", "是否有婚育证明"]
    mental = register(KeyGroup.MENTAL_DISORDER)
    assert {"监护人", "危险性评估等级"} <= {f.label for f in mental.own}
    child = register(KeyGroup.LEFT_BEHIND_CHILD)
    assert child.field("人员类型").choices[-2:] == ("农村留守儿童", "其他")
    # Every template header is the group's field, 关注程度, 备注 or a person column the roster holds.
    from gridDesk.services.key_group_columns import register_columns
    for group in KeyGroup:
        keys = [c.key for c in register_columns(group, "county")]
        assert len(keys) == len(set(keys)), group
        assert {f"detail:{f.key}" for f in SPECS[group].fields} <= set(keys), group
    assert set(TEMPLATES) >= {"POSITIVEINFO", "RECTIFICATIVEPERSON", "MENTALPATIENT", "DRUGGY", "ELDERLYPEOPLE",
                              "HANDICAPPED", "IDLEYOUTH", "AIDNEEDPOPULATION", "FLOATINGPOPULATION",
                              "OTHERATTENTIONPERSONNEL"}


def test_a_register_with_another_groups_columns_is_refused_naming_that_group(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    [p] = _people(demo, 1)
    drugs = _book(tmp_path / "drugs.xlsx", DRUG_HEADER, [_drug_row(p, grid)])
    with pytest.raises(ValidationError) as refused:
        ImportService(demo).preview("keygroup:released", drugs)
    assert "吸毒人员" in refused.value.message and "刑满释放人员" in refused.value.message
    # Not chosen: the columns say which register it is.
    preview = ImportService(demo).preview("keygroup", drugs)
    assert preview.register == "drug_user" and len(preview.new) == 1
    assert preview.new[0].details == {"drug_reason": "好奇", "drug_source": "朋友", "rehab": "社区戒毒",
                                      "control_status": "在控", "seized_on": "2023-04-05"}


def test_a_register_is_recognised_by_its_title(demo, tmp_path):
    [p] = _people(demo, 1)
    grid = RosterService(demo).tree()[0].code
    # Only person columns: the title above the header says which register it is.
    book = _book(tmp_path / "t.xlsx", ["姓名*", "所属网格*", "身份证号码*", "备注"], [[p.name, grid, p.id_number, "x"]],
                 above=(["1.0"], ["矫正人员信息登记表"], ["填报单位：", "某某省"]))
    assert ImportService(demo).preview("keygroup", book).register == "correction"
    nothing = _book(tmp_path / "n.xlsx", ["姓名", "身份证号码"], [[p.name, p.id_number]])
    with pytest.raises(ValidationError, match="认不出"):
        ImportService(demo).preview("keygroup", nothing)
    elderly = _book(tmp_path / "e.xlsx", ["姓名", "身份证号码", "老年人证号"], [[p.name, p.id_number, "L1"]],
                    above=(["老年人信息登记表"],))
    with pytest.raises(ValidationError, match="留守老人.*独居老人|独居老人.*留守老人"):
        ImportService(demo).preview("keygroup", elderly)


def test_the_same_person_in_two_registers_gets_two_tags_and_twice_in_one_is_a_repeat(demo, tmp_path):
    grid = RosterService(demo).tree()[0].code
    [p] = _people(demo, 1)
    service = ImportService(demo)
    drugs = _book(tmp_path / "drugs.xlsx", DRUG_HEADER, [_drug_row(p, grid), _drug_row(p, grid)])
    preview = service.preview("keygroup:drug_user", drugs)
    assert len(preview.new) == 1 and "与第 2 行重复" in preview.rejected[0].reason
    service.commit(preview)
    released = _book(tmp_path / "rel.xlsx", ["*姓名", "*身份证号码", "*解教(刑释)日期", "原罪名/原罪错*"],
                     [[p.name, p.id_number, "2022-01-02", "盗窃"]])
    preview = service.preview("keygroup:released", released)
    assert [t.details for t in preview.new] == [{"release_date": "2022-01-02", "crime": "盗窃"}]
    service.commit(preview)
    tags = KeyGroupsService(demo).tags(p.id)
    assert {t.group for t in tags if t.active} >= {KeyGroup.DRUG_USER, KeyGroup.RELEASED}


def test_headers_with_stars_on_either_side_and_trailing_spaces(demo, tmp_path):
    [p] = _people(demo, 1)
    header = [" *姓名 ", "身份证号码* ", "＊人员类型", "解教(刑释)日期 *", "是否累犯  ", "* 帮教情况"]
    book = _book(tmp_path / "h.xlsx", header, [[p.name, p.id_number, "刑满释放人员", date(2021, 3, 4), "否", "已落实"]])
    preview = ImportService(demo).preview("keygroup:released", book)
    assert preview.unknown_columns == [] and not preview.rejected
    assert preview.new[0].details == {"person_type": "刑满释放人员", "release_date": "2021-03-04", "recidivist": "否",
                                      "support": "已落实"}


def test_the_register_name_sex_and_birth_date_must_be_the_rosters(demo, tmp_path):
    a, b = _people(demo, 2)
    other_sex = "女" if b.sex == "男" else "男"
    header = ["姓名", "性别", "出生日期", "身份证号码", "吸毒原因"]
    book = _book(tmp_path / "x.xlsx", header, [
        ["别人", a.sex, a.birth_date.isoformat(), a.id_number, "好奇"],
        [b.name, other_sex, "", b.id_number, "好奇"],
        [a.name, a.sex, "1901-01-01", a.id_number, "好奇"]])
    preview = ImportService(demo).preview("keygroup:drug_user", book)
    reasons = [r.reason for r in preview.rejected]
    assert len(reasons) == 3 and not preview.new
    assert "别人" in reasons[0] and a.name in reasons[0]
    assert other_sex in reasons[1]
    assert "1901-01-01" in reasons[2]
    bad_day = _book(tmp_path / "d.xlsx", ["姓名", "身份证号码", "查获日期"], [[a.name, a.id_number, "去年"]])
    [rejected] = ImportService(demo).preview("keygroup:drug_user", bad_day).rejected
    assert "查获日期" in rejected.reason and "去年" in rejected.reason


def _tag(demo, p, group, details, level=AttentionLevel.MEDIUM, since=date(2024, 1, 2), notes="按月走访"):
    KeyGroupsService(demo).save(KeyGroupTag(None, p.id, group, level, since, None, details, notes))


def test_a_register_exported_and_imported_back_changes_nothing(demo, tmp_path):
    a, b = _people(demo, 2)
    _tag(demo, a, KeyGroup.RELEASED, {"person_type": "刑满释放人员", "release_date": "2023-05-06", "crime": "盗窃",
                                      "sentence": "三年", "recidivist": "否", "support_until": "2028-05-06"})
    _tag(demo, b, KeyGroup.RELEASED, {"release_date": "2020-01-01", "support": "已落实"}, notes="")
    service = ImportService(demo)
    before = {t.resident_id: t for t in KeyGroupsService(demo).tags(a.id) + KeyGroupsService(demo).tags(b.id)}
    for layout in ("template", "county"):
        out = tmp_path / f"released-{layout}.xlsx"
        [written] = ExportService(demo).export("keygroup:released", out, layout=layout, unmask_reason="回导测试")
        preview = service.preview("keygroup", written)  # recognised from its title and columns
        assert preview.register == "released"
        assert (len(preview.new), len(preview.changed), preview.unchanged, preview.rejected) == (0, 0, 2, []), layout
    matrix = read_matrix(tmp_path / "released-county.xlsx")[1]
    at = next(i for i, r in enumerate(matrix) if str(r[0]).replace("*", "") == "姓名")  # `*` where required
    header = [str(v).replace("*", "") for v in matrix[at]]
    assert header[:7] == ["姓名", "所属网格", "性别", "出生日期", "身份证号码", "人员类型", "解教(刑释)日期"]
    row = next(r for r in matrix[at + 1:] if a.id_number in r)
    assert row[header.index("原罪名/原罪错")] == "盗窃" and row[header.index("关注程度")] == "中等"
    after = {t.resident_id: t for t in KeyGroupsService(demo).tags(a.id) + KeyGroupsService(demo).tags(b.id)}
    assert after == before


def test_a_county_register_keeps_what_it_has_no_column_for(demo, tmp_path):
    [a] = _people(demo, 1)
    _tag(demo, a, KeyGroup.RELEASED, {"release_date": "2023-05-06", "support_until": "2028-05-06"},
         level=AttentionLevel.SERIOUS)
    book = _book(tmp_path / "c.xlsx", ["姓名", "身份证号码", "原罪名/原罪错", "关注程度"], [[a.name, a.id_number, "诈骗", ""]])
    preview = ImportService(demo).preview("keygroup:released", book)
    [tag] = preview.changed
    assert tag.details == {"release_date": "2023-05-06", "support_until": "2028-05-06", "crime": "诈骗"}
    assert tag.since == date(2024, 1, 2) and tag.level is AttentionLevel.SERIOUS and tag.notes == "按月走访"
    assert [(c.header, c.before, c.after) for c in preview.shown_changed[0].changes] == [
        ("原罪名/原罪错", None, "诈骗")]


def test_a_tag_saved_before_the_registers_still_shows_under_its_new_column(demo, tmp_path):
    """The keys stayed: a 刑满释放人员 tag of before (释放日期, 帮教期满日期) and a 残疾人 one (残疾类别)."""
    a, b = _people(demo, 2)
    _tag(demo, a, KeyGroup.RELEASED, {"release_date": "2019-09-09", "support_until": "2024-09-09"})
    _tag(demo, b, KeyGroup.DISABLED, {"disability_type": "肢体", "grade": "三级"})
    out = tmp_path / "r.xlsx"
    ExportService(demo).export("keygroup:released", out, unmask_reason="测试")
    matrix = read_matrix(out)[1]
    header = [str(v).lstrip("*") for v in matrix[2]]
    row = next(r for r in matrix[3:] if a.id_number in r)
    assert row[header.index("解教(刑释)日期")] == date(2019, 9, 9) or str(row[header.index("解教(刑释)日期")]).startswith(
        "2019-09-09")
    assert str(row[header.index("帮教期满日期")]).startswith("2024-09-09")
    old_header = _book(tmp_path / "old.xlsx", ["身份证号", "姓名", "人群类别", "残疾类别", "释放日期"],
                       [[b.id_number, b.name, "残疾人", "肢体", ""], [a.id_number, a.name, "刑满释放人员", "", "2019-09-09"]])
    preview = ImportService(demo).preview("keygroup", old_header)  # the combined ledger, GridDesk's older names
    assert preview.register == "" and not preview.rejected
    assert [t.details for t in preview.changed] == [{"disability_type": "肢体"}, {"release_date": "2019-09-09"}]


def test_a_grid_member_cannot_import_export_or_print_a_sensitive_register(village, tmp_path):
    demo, access = village
    grid = RosterService(demo).tree()[0].code
    [p] = _people(demo, 1)
    AccountsService(demo, access).add("ge", "葛网格", Role.GRID_MEMBER, MEMBER_PW)
    AccountsService(demo, access).set_grids("ge", [grid])
    drugs = _book(tmp_path / "drugs.xlsx", DRUG_HEADER, [_drug_row(p, grid)])
    member = access.login("ge", MEMBER_PW)
    try:
        for kind in ("keygroup:drug_user", "keygroup"):
            with pytest.raises(GridDeskError, match="吸毒人员|不能"):
                ImportService(member).preview(kind, drugs)
        with pytest.raises(PermissionDenied):
            ExportService(member).export("keygroup:drug_user", tmp_path / "x.xlsx")
        with pytest.raises(PermissionDenied):
            PrintService(member).print_ledger(tmp_path / "x.pdf", "keygroup", group=KeyGroup.DRUG_USER)
    finally:
        member.close()


def test_the_printed_register_has_the_groups_columns_masked(demo, tmp_path):
    a, _b = _people(demo, 2)
    _tag(demo, a, KeyGroup.RELEASED, {"release_date": "2023-05-06", "crime": "盗窃", "support": "已落实"})
    out = tmp_path / "released.pdf"
    PrintService(demo).print_ledger(out, "keygroup", group=KeyGroup.RELEASED)
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(out).pages)
    for header in ("解教(刑释)日期", "原罪名/原罪错", "帮教情况", "未安置原因"):
        assert header in text, header
    assert "盗窃" in text and a.id_number not in text and a.id_number[:4] in text
    page = PdfReader(out).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape


def test_a_register_from_the_command_line(tmp_path):
    import subprocess
    import sys

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", *args], input="Demo@2026\n", capture_output=True,
                              text=True, timeout=300)

    assert run("demo", "--headless", "--out", str(tmp_path), "--residents", "120").returncode == 0
    db, out = str(tmp_path / "griddesk.db"), tmp_path / "disabled.xlsx"
    login = ("--user", "demo", "--password-stdin")
    done = run("--db", db, "export", "keygroup:disabled", str(out), "--layout", "county", "--unmask-reason", "核对",
               *login)
    assert done.returncode == 0, done.stderr
    back = run("--db", db, "import", "keygroup", str(out), *login)
    assert back.returncode == 0, back.stderr
    first = back.stdout.splitlines()[0]
    assert first.startswith("new 0, changed 0, unchanged ") and first.endswith("rejected 0")
