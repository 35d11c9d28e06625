"""The monthly dispute report on a real SQLCipher file (issue 20 item 2): the collector over dispute
cases entered through the case service, the mediation facts passed in, the rows and bands as the
director keeps them, the rules table, the printout and the workbook read back, and the CLI."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import openpyxl
import pytest
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.dispute_report import DisputeFacts, ReportRow
from gridDesk.domain.errors import NotFound, PermissionDenied, ValidationError
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.cases import CasesService
from gridDesk.services.dispute_report import DisputeReportService
from gridDesk.storage.dispute_report_repo import DisputeReportRepo
from tests.conftest import DIRECTOR, PASSWORD, FakeClock

TODAY = datetime(2026, 11, 20, 10, 0)
PW = "Member@2026pass"
CLOSE = ((A.FILE, {}), (A.ASSIGN, {"body": "村调委会"}), (A.START, {}), (A.FEEDBACK, {"result": "已调处"}),
         (A.REVISIT, {"satisfaction": "满意"}))


@pytest.fixture
def village(tmp_path):
    clock = FakeClock(TODAY.timestamp())
    access = Access(tmp_path / "c" / "griddesk.db", paths.migrations_dir(), MemoryCache(), clock)
    access.create_centre("测试村", "140105100201", "小店镇", DIRECTOR, "王主任", PASSWORD)
    session = access.login(DIRECTOR, PASSWORD)
    cases = CasesService(session)
    cats = {c.name: c.id for c in cases.categories()}
    cases.save_category(None, "水事纠纷", cats["矛盾纠纷"], 15)  # a village's own dispute category
    cats = {c.name: c.id for c in cases.categories()}

    def case(category, at, people=(), close_at=None, closure="", self_solve=""):
        report = CaseReport(category, cats[category], WorkKind.ORDINARY, Channel.PHONE, at, place="村东",
                            people=tuple((None, p) for p in people))
        cid = cases.report(report).ids[0]
        if self_solve:
            cases.act(cid, cases.get(cid).version, STEP_INPUTS[A.SELF_SOLVE](at=at, result="当场调解",
                                                                              closure=self_solve))
        elif close_at is not None:
            for action, kw in CLOSE:
                cases.act(cid, cases.get(cid).version, STEP_INPUTS[action](at=at, **kw))
            cases.act(cid, cases.get(cid).version, STEP_INPUTS[A.CLOSE](at=close_at, closure=closure))
        return cid

    # By hand (November 2026):
    ids = {
        # found 11-03 and solved on the spot (实质性化解): month found, handled, succeeded
        "a": case("邻里纠纷", datetime(2026, 11, 3, 9), ("张三", "李四", "王五"), self_solve="resolved"),
        # found in October, closed 11-05 by procedure: month handled, not succeeded; YTD found
        "b": case("婚姻家庭", datetime(2026, 10, 10, 9), ("赵六",), datetime(2026, 11, 5, 9), "procedural"),
        # the village's own dispute category, nobody listed: 其他, 1 person
        "c": case("水事纠纷", datetime(2026, 11, 12, 9)),
        # not a dispute: counts nowhere until the director maps it
        "d": case("环境卫生", datetime(2026, 11, 12, 10), ("钱七",)),
        # found last December, still open; its mediation agreed on 11-15 (facts below)
        "e": case("劳资纠纷", datetime(2025, 12, 28, 9), ("孙八", "周九")),
        # found in March and closed as solved in April: YTD only
        "f": case("邻里纠纷", datetime(2026, 3, 2, 9), ("吴十",), datetime(2026, 4, 1, 9), "solved"),
        # found in December 2026? no: found 11-19, open, 2 listed
        "g": case("征地拆迁", datetime(2026, 11, 19, 9), ("郑一", "冯二")),
    }
    yield session, access, clock, ids
    session.close()


FACTS = lambda ids: {  # noqa: E731
    ids["a"]: DisputeFacts(major=True, people=120, concluded_on=date(2026, 11, 3), agreed=True),
    ids["e"]: DisputeFacts(major=True, people=60, concluded_on=date(2026, 11, 15), agreed=True),
}


def test_the_month_and_year_to_date_from_the_cases(village):
    session, _access, _clock, ids = village
    table = DisputeReportService(session, FACTS(ids)).table("2026-11")
    rows = dict(table.rows)
    #                              found maj handled maj ok maj | 1-49 50-100 101-500 501+
    assert rows["邻里"].cells() == (1, 1, 1, 1, 1, 1, 0, 0, 1, 0)  # a: 120 people, major (facts)
    assert rows["婚姻家庭"].cells() == (0, 0, 1, 0, 0, 0, 0, 0, 0, 0)  # b: closed by procedure
    assert rows["其他"].cells() == (1, 0, 0, 0, 0, 0, 1, 0, 0, 0)  # c: the village's own category
    assert rows["劳资"].cells() == (0, 0, 1, 1, 1, 1, 0, 0, 0, 0)  # e: the mediation's agreement
    assert rows["征地拆迁"].cells() == (1, 0, 0, 0, 0, 0, 1, 0, 0, 0)  # g
    assert rows["环境污染"].cells() == (0,) * 10  # d is not a dispute
    assert table.subtotal.cells() == (3, 1, 3, 2, 2, 2, 2, 0, 1, 0)
    # YTD found: a, b, c, f, g (e was found last year); handled a, b, e, f; succeeded a, e, f
    assert table.year_to_date.cells() == (5, 1, 4, 2, 3, 2, 4, 0, 1, 0)


def test_without_facts_a_case_counts_its_people_and_its_closing(village):
    session, _access, _clock, ids = village
    table = DisputeReportService(session).table("2026-11")
    rows = dict(table.rows)
    assert rows["邻里"].cells() == (1, 0, 1, 0, 1, 0, 1, 0, 0, 0)  # 3 listed, not major
    assert rows["劳资"].cells() == (0,) * 10  # still open, no mediation known
    # the facts may come from a function of the case ids (the mediation service's dispute_facts)
    asked = []
    source = lambda case_ids: asked.append(sorted(case_ids)) or FACTS(ids)  # noqa: E731
    assert DisputeReportService(session, source).table("2026-11").subtotal.handled == 3
    assert ids["d"] not in asked[0] and ids["a"] in asked[0]


def test_the_director_maps_a_category_and_changes_the_bands(village):
    session, _access, _clock, ids = village
    service = DisputeReportService(session)
    layout = service.layout()
    assert [r.name for r in layout.rows][:3] == ["婚姻家庭", "邻里", "房屋宅基地"] and len(layout.rows) == 13
    assert layout.bands == (1, 50, 101, 501)
    cats = {path: cid for cid, path in layout.categories}
    pollution = next(r for r in layout.rows if r.name == "环境污染")
    service.save_row(ReportRow(pollution.id, "环境污染", pollution.sort, (cats["民生服务/环境卫生"],)))
    assert dict(service.table("2026-11").rows)["环境污染"].found == 1
    service.set_bands([1, 3])
    table = service.table("2026-11")
    assert table.band_labels == ("1-2人", "3人以上") and table.subtotal.bands == (3, 1)  # a has 3 listed
    # a row added, a category taken twice, the catch-all kept, a row removed
    new = service.save_row(ReportRow(None, "水事", 125, (cats["矛盾纠纷/水事纠纷"],))).ids[0]
    assert dict(service.table("2026-11").rows)["水事"].found == 1
    with pytest.raises(ValidationError) as e:
        service.save_row(ReportRow(None, "用水", 126, (cats["矛盾纠纷/水事纠纷"],)))
    assert e.value.code == "dispute_report.category_twice"
    with pytest.raises(ValidationError):
        service.save_row(ReportRow(None, "水事", 127, ()))  # the same name twice
    with pytest.raises(ValidationError) as e:
        service.save_row(ReportRow(None, "长" * 17, 1, ()))
    assert e.value.code == "invalid.too_long"
    with pytest.raises(ValidationError):
        service.save_row(ReportRow(None, "新行", 1, (10**20,)))
    with pytest.raises(NotFound):
        service.save_row(ReportRow(10**20, "新行", 1, ()))
    with pytest.raises(NotFound):
        service.delete_row(10**20)
    other = next(r for r in service.layout().rows if r.other)
    with pytest.raises(ValidationError) as e:
        service.delete_row(other.id)
    assert e.value.code == "dispute_report.other_kept"
    service.delete_row(new)
    assert dict(service.table("2026-11").rows)["其他"].found == 1  # back under 其他
    with pytest.raises(ValidationError):
        service.set_bands([0, 5])


def test_periods_refused_in_words(village):
    session, *_ = village
    service = DisputeReportService(session)
    for bad in ("2026-13", "1900-01", "text", "2026-12", "2100-01", ""):
        with pytest.raises(ValidationError) as e:
            service.table(bad)
        assert e.value.code.startswith("dispute_report.") and e.value.message
    with pytest.raises(ValidationError) as e:  # over-long names are refused, not cut
        service.report("2026-11", filled_by="张" * 33)
    assert e.value.code == "invalid.too_long"


def test_the_rules_table_decides(village, tmp_path):
    session, access, _clock, _ids = village
    accounts = AccountsService(session, access)
    for username, role in (("wgy", Role.GRID_MEMBER), ("wgz", Role.GRID_LEADER), ("sjy", Role.AUDITOR),
                           ("gzry", Role.STAFF)):
        accounts.add(username, username, role, PW)
    for username in ("wgy", "wgz", "sjy"):
        other = access.login(username, PW)
        try:
            with pytest.raises(PermissionDenied):
                DisputeReportService(other).table("2026-11")
            with pytest.raises(PermissionDenied):
                DisputeReportService(other).print_pdf("2026-11", tmp_path / "x.pdf")
        finally:
            other.close()
    staff = access.login("gzry", PW)
    try:
        assert DisputeReportService(staff).table("2026-11").subtotal.found == 3
        with pytest.raises(PermissionDenied):  # the rows and bands are the director's
            DisputeReportService(staff).set_bands([1, 10])
    finally:
        staff.close()


def test_the_collector_honours_a_grid_scope(village):
    """A scoped read (should the table ever give a grid role this report) reaches only its grids:
    the cases here have no grid, so a scope of one grid finds none of them."""
    session, *_ = village
    with session.db.transaction() as s:
        repo = DisputeReportRepo(s)
        every = repo.dispute_cases([c for r in repo.rows() for c in r.category_ids], date(2026, 1, 1),
                                   date(2026, 12, 1), None)
        scoped = repo.dispute_cases([c for r in repo.rows() for c in r.category_ids], date(2026, 1, 1),
                                    date(2026, 12, 1), ("01",))
    assert len(every) >= 4 and scoped == []


def test_printed_and_exported_read_back_and_audited(village, tmp_path):
    session, *_ = village
    ids = village[3]
    service = DisputeReportService(session, FACTS(ids))
    pdf = tmp_path / "disputes.pdf"
    assert service.print_pdf("2026-11", pdf, "张填报", "李审核") == 1
    reader = PdfReader(str(pdf))
    text = "".join(p.extract_text() for p in reader.pages).replace(" ", "")
    for words in ("矛盾纠纷排查调处情况统计表", "填报单位（盖章）：测试村", "填报月份：2026年11月", "小计", "年度累计",
                  "山林土地水利权属", "101-500人", "填报人：张填报", "审核人：李审核", "填报日期：2026-11-20"):
        assert words in text, words
    fonts = _fonts(reader)
    assert fonts and all(embedded for embedded in fonts.values()), fonts
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape

    book_path = tmp_path / "disputes.xlsx"
    service.export_xlsx("2026-11", book_path)
    book = openpyxl.load_workbook(book_path)
    sheet = book["统计表"]
    assert sheet["A1"].value == "矛盾纠纷排查调处情况统计表"
    assert "测试村" in sheet["A2"].value and "2026年11月" in sheet["F2"].value
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A3:A4", "B3:C3", "D3:E3", "F3:G3", "H3:K3"} <= merged
    assert [sheet.cell(4, c).value for c in range(2, 12)] == ["总数", "其中重大"] * 3 + [
        "1-49人", "50-100人", "101-500人", "501人以上"]
    rows = {sheet.cell(r, 1).value: [sheet.cell(r, c).value for c in range(2, 12)] for r in range(5, 20)}
    assert rows["邻里"] == [1, 1, 1, 1, 1, 1, 0, 0, 1, 0]
    assert rows["小计"] == [3, 1, 3, 2, 2, 2, 2, 0, 1, 0]
    assert rows["年度累计"] == [5, 1, 4, 2, 3, 2, 4, 0, 1, 0]
    assert "年度累计分类" in book.sheetnames

    entries = [(e.action, e.target) for e in AuditService(session).query(AuditFilter())[0]]
    assert ("print", "dispute_report:2026-11") in entries and ("export", "dispute_report:2026-11") in entries


def _fonts(reader) -> dict[str, bool]:
    found = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts") or []]
            embedded = any(d is not None and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                           for d in descriptors)
            found[str(font.get("/BaseFont"))] = embedded
    return found


def test_the_command_line(village, tmp_path):
    session, access, _clock, _ids = village
    db = session.db_path
    session.close()

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), "report", "disputes", *args,
                               "--user", DIRECTOR, "--password-stdin"], input=PASSWORD + "\n",
                              capture_output=True, text=True, timeout=120)

    done = run("--period", "2026-11", "--out", str(tmp_path / "r.pdf"))
    assert done.returncode == 0, done.stderr
    assert "矛盾纠纷排查调处情况统计表" in done.stdout and (tmp_path / "r.pdf").is_file()
    done = run("--period", "2026-11", "--out", str(tmp_path / "r.xlsx"))
    assert done.returncode == 0, done.stderr
    assert openpyxl.load_workbook(tmp_path / "r.xlsx")["统计表"]["A1"].value == "矛盾纠纷排查调处情况统计表"
    done = run("--period", "2026-13", "--out", str(tmp_path / "bad.pdf"))
    assert done.returncode == 1 and "2026-13" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "bad.pdf").exists()
    done = run("--period", "2026-11", "--out", str(tmp_path / "r.txt"))
    assert done.returncode == 2 and ".pdf" in done.stderr
