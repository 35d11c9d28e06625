"""The report family on a real database (issue 20 item 3): a month's figures against cases counted
by hand (year to date included), the refusals, filing and refiling, the calendar's due and
overdue, the PDF, xlsx and XML read back, the archive batch carrying the filed report, the
command line, and the demo's reports."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime

import pytest
from lxml import etree
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.archive.report_xml import check_report_xml
from gridDesk.archive.verify import verify_path
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction as A
from gridDesk.domain.cases import Channel, WorkKind
from gridDesk.domain.errors import NotFound, PermissionDenied, ValidationError
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.audit import AuditService
from gridDesk.storage.audit_repo import AuditFilter
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.reports import ReportsService
from gridDesk.services.status import current_status
from gridDesk.services.team import TeamService
from tests.conftest import FakeClock
from tests.storage.test_meetings import fonts_embedded

TODAY = datetime(2026, 11, 20, 10, 0)  # a Friday
PW = "Member@2026pass"


@pytest.fixture
def village(tmp_path):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access, clock
    session.close()


def _case(cases, name: str, at: datetime, kind=WorkKind.ORDINARY, channel=Channel.PHONE, steps=(),
          close_at: datetime | None = None) -> int:
    category = next(c.id for c in cases.categories() if c.name == name)
    case_id = cases.report(CaseReport(name, category, kind, channel, at, place="村东")).ids[0]
    for n, (action, kw) in enumerate(steps):
        cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](at=at if n == 0 else close_at or at, **kw))
    return case_id


def _close(how: str):
    return ((A.FILE, {}), (A.ASSIGN, {"body": "李四"}), (A.START, {}), (A.FEEDBACK, {"result": "已调解"}),
            (A.REVISIT, {"satisfaction": "满意"}), (A.CLOSE, {"closure": how}))


def _october(session) -> tuple[str, str]:
    """Five cases, counted by hand below: three reported in October (A, B, D), two closed in it
    (A in time, C ten weeks late), one reported in September (C) and one in November (E)."""
    cases = CasesService(session)
    names = [c.name for c in cases.categories()]
    n, o = "邻里纠纷", next(x for x in names if x != "邻里纠纷")
    _case(cases, n, datetime(2026, 10, 5, 9), steps=_close("solved"), close_at=datetime(2026, 10, 6, 9))  # A
    _case(cases, o, datetime(2026, 10, 12, 9), WorkKind.COORDINATION, Channel.WECHAT, ((A.FILE, {}),))  # B
    _case(cases, n, datetime(2026, 9, 1, 9), steps=_close("resolved"), close_at=datetime(2026, 10, 20, 9))  # C
    _case(cases, n, datetime(2026, 10, 28, 9), channel=Channel.VISIT)  # D: reported, nothing more
    _case(cases, n, datetime(2026, 11, 2, 9))  # E: November
    return n, o


def _got(data) -> dict[str, tuple[int, int | None]]:
    return {f.key: (f.value, f.of) for sec in (*data.sections, *data.ytd_sections) for f in sec.rows}


def test_the_months_case_figures_are_the_cases_counted_by_hand(village):
    session, _access, _clock = village
    n, o = _october(session)
    data = ReportsService(session).compute("monthly", "2026-10")
    got = _got(data)
    assert (data.period, data.first, data.last) == ("2026-10", date(2026, 10, 1), date(2026, 10, 31))
    assert "测试" not in data.title and "2026年10月" in data.title and data.title.endswith("月报")
    assert got["cases_reported"] == (3, None) and got["cases_closed"] == (2, None)
    assert got["cases_closed_in_time"] == (1, 2)
    assert got[f"category:{n}"] == (2, None) and got[f"category:{o}"] == (1, None)
    assert got["kind:ordinary"] == (2, None) and got["kind:coordination"] == (1, None)
    assert got["kind:emergency"] == (0, None) and got["kind:approval"] == (0, None)
    assert (got["channel:phone"], got["channel:wechat"], got["channel:visit"]) == ((1, None),) * 3
    assert got["channel:walk_in"] == (0, None)
    assert got["reported_state:closed"] == (1, None) and got["reported_state:filed"] == (1, None)
    assert got["reported_state:reported"] == (1, None)
    assert got["closure:solved"] == (1, None) and got["closure:resolved"] == (1, None)
    assert got["closure:procedural"] == (0, None)
    assert got["on_time:ordinary"] == (1, 2) and got["on_time:coordination"] == (0, 0)
    # 年度累计: 1 January to 31 October: A, B, C, D reported; A and C closed, A in time
    assert got["ytd_cases_reported"] == (4, None) and got["ytd_cases_closed"] == (2, None)
    assert got["ytd_cases_closed_in_time"] == (1, 2)
    # the quarter so far (Q4 has begun): E too
    q4 = _got(ReportsService(session).compute("quarterly", "2026Q4"))
    assert q4["cases_reported"] == (4, None) and q4["ytd_cases_reported"] == (5, None)
    # the year: no year to date of its own, every section there
    year = ReportsService(session).compute("yearly", "2026")
    assert year.ytd_sections == () and _got(year)["cases_reported"] == (5, None)
    assert [s.key for s in data.sections][:5] == ["cases", "visits", "patrols", "key_groups", "team"]


def test_team_and_key_group_figures_follow_the_records(village):
    session, _access, _clock = village
    team = [t for t in TeamService(session).members() if t.left_on is None]
    got = _got(ReportsService(session).compute("monthly", "2026-11"))
    assert got["team_in_post"] == (len(team), None)
    assert sum(v for k, (v, _o) in got.items() if k.startswith("role:")) == len(team)
    groups = sum(v for k, (v, _o) in got.items() if k.startswith("group:"))
    levels = sum(v for k, (v, _o) in got.items() if k.startswith("level:"))
    assert groups == levels == got["key_groups"][0]
    # one tag more, counted by hand: a serious mental-disorder case since 1 November
    from gridDesk.domain.key_groups import AttentionLevel, KeyGroup, KeyGroupTag
    from gridDesk.domain.roster import ResidentFilter
    from gridDesk.services.key_groups import KeyGroupsService
    from gridDesk.services.roster import RosterService

    someone = RosterService(session).resident_ids(ResidentFilter())[0]
    KeyGroupsService(session).save(KeyGroupTag(None, someone, KeyGroup.MENTAL_DISORDER, AttentionLevel.SERIOUS,
                                               date(2026, 11, 1), None, {}))
    after = _got(ReportsService(session).compute("monthly", "2026-11"))
    assert after["group:mental_disorder"][0] == got["group:mental_disorder"][0] + 1
    assert after["level:serious"][0] == got["level:serious"][0] + 1
    assert after["key_groups"][0] == got["key_groups"][0] + 1
    # October's report does not count it: it was not in force on 31 October
    assert _got(ReportsService(session).compute("monthly", "2026-10"))["group:mental_disorder"] == \
        got["group:mental_disorder"]


@pytest.mark.parametrize("period", ["2026-13", "2026Q5", "1900", "abc", "", "2026H3", "12026", "2026-1"])
def test_a_period_that_is_not_one_is_refused_in_words(village, period):
    session, _access, _clock = village
    with pytest.raises(ValidationError) as e:
        ReportsService(session).compute("monthly", period)
    assert "报告期" in e.value.message and "Traceback" not in e.value.message


def test_the_wrong_kind_a_future_period_and_a_period_of_another_kind_are_refused(village):
    session, _access, _clock = village
    reports = ReportsService(session)
    with pytest.raises(ValidationError, match="monthly"):
        reports.compute("weekly", "2026-10")
    with pytest.raises(ValidationError, match="2026-11"):
        reports.compute("monthly", "2026Q3")
    with pytest.raises(ValidationError, match="还没有开始"):
        reports.compute("monthly", "2026-12")
    with pytest.raises(ValidationError, match="还没有开始"):
        reports.compute("yearly", "2027")
    with pytest.raises(NotFound):
        reports.filed_pdf(10**20, __import__("io").BytesIO())
    with pytest.raises(NotFound):
        reports.filed_pdf(999, __import__("io").BytesIO())
    for bad in (0, 29, "5", True, None, 10**20):
        with pytest.raises(ValidationError):
            reports.set_rule("monthly", bad)
    with pytest.raises(ValidationError):
        reports.set_rule("monthly", 5, True, date(1999, 12, 31))
    with pytest.raises(ValidationError):
        reports.set_rule("monthly", 5, True, date(2027, 1, 1))
    with pytest.raises(ValidationError):
        reports.set_rule("monthly", 5, True, "2026-01-01")


def test_only_the_centre_builds_reports_and_only_the_director_keeps_the_calendar(village):
    session, access, _clock = village
    team = TeamService(session).members()
    accounts = AccountsService(session, access)
    accounts.add("ge1", "网格员一", Role.GRID_MEMBER, PW, member_id=team[1].id)
    accounts.add("gz1", "工作人员一", Role.STAFF, PW)
    accounts.add("sj1", "审计员一", Role.AUDITOR, PW)
    for name in ("ge1", "sj1"):
        other = access.login(name, PW)
        try:
            with pytest.raises(PermissionDenied):
                ReportsService(other).compute("monthly", "2026-10")
            with pytest.raises(PermissionDenied):
                ReportsService(other).file("monthly", "2026-10")
            assert ReportsService(other).due_and_overdue() == ([], [])
            if name == "ge1":
                status = current_status(other)
                assert status.reports_due == [] and status.reports_overdue == []
        finally:
            other.close()
    staff = access.login("gz1", PW)
    try:
        assert ReportsService(staff).file("monthly", "2026-10").version == 1
        with pytest.raises(PermissionDenied):
            ReportsService(staff).set_rule("monthly", 8)
    finally:
        staff.close()


def test_filing_twice_refuses_the_same_figures_and_keeps_every_version(village, tmp_path):
    session, _access, clock = village
    reports = ReportsService(session)
    first = reports.file("monthly", "2026-10")
    assert (first.version, first.filed_by, first.filed_at) == (1, "demo", "2026-11-20T10:00:00")
    with pytest.raises(ValidationError, match="第 1 版"):
        reports.file("monthly", "2026-10")
    with pytest.raises(ValidationError, match="2026-11-30"):
        reports.file("monthly", "2026-11")  # the month is not over: previewed and printed, not filed
    with pytest.raises(ValidationError, match="结束后"):
        reports.file("quarterly", "2026Q4")
    clock.advance(3600)
    _october(session)  # the figures change: a correction is a new version
    second = reports.file("monthly", "2026-10")
    assert second.version == 2 and second.digest != first.digest
    versions = reports.versions("monthly", "2026-10")
    assert [v.version for v in versions] == [1, 2]
    reports.filed_pdf(first.id, tmp_path / "v1.pdf")
    reports.filed_pdf(second.id, tmp_path / "v2.pdf")
    one = "".join(p.extract_text() for p in PdfReader(tmp_path / "v1.pdf").pages)
    two = "".join(p.extract_text() for p in PdfReader(tmp_path / "v2.pdf").pages)
    assert one != two and "受理事件" in one
    entries = {(e.kind, e.period): e for e in reports.calendar()}
    assert entries[("monthly", "2026-10")].filed.version == 2
    audit = AuditService(session).query(AuditFilter(text="report monthly 2026-10"))[0]
    assert sum(1 for r in audit if r.action == "write") == 2
    assert sum(1 for r in audit if r.action == "print") == 2


def test_due_and_overdue_follow_the_calendar_the_director_keeps(village):
    session, _access, clock = village
    reports = ReportsService(session)
    # the centre was set up today (20 Nov 2026): only this month's, quarter's, half's, year's are due
    due, overdue = reports.due_and_overdue()
    assert sorted((e.kind, e.period) for e in due) == [("disputes", "2026-11"), ("halfyear", "2026H2"),
                                                       ("monthly", "2026-11"), ("quarterly", "2026Q4"),
                                                       ("yearly", "2026")]
    assert overdue == []
    # counted from 1 September: September's was due on 8 October (1-7 October are the holiday,
    # and the 5th falls inside it), October's on Thursday 5 November
    reports.set_rule("monthly", 5, True, date(2026, 9, 1))
    _due, overdue = reports.due_and_overdue()
    assert [(e.period, e.due, e.days_overdue) for e in overdue] == [("2026-09", date(2026, 10, 8), 43),
                                                                   ("2026-10", date(2026, 11, 5), 15)]
    # November's: due 5 December, a Saturday: on the Monday, the 7th
    november = next(e for e in reports.calendar() if e.kind == "monthly" and e.period == "2026-11")
    assert november.due == date(2026, 12, 7) and november.state == "due"
    reports.file("monthly", "2026-10")
    _due, overdue = reports.due_and_overdue()
    assert [e.period for e in overdue] == ["2026-09"]
    status = current_status(session)
    assert status.reports_overdue == [{"kind": "monthly", "period": "2026-09", "due": "2026-10-08", "days_overdue": 43}]
    assert {"kind": "monthly", "period": "2026-11", "due": "2026-12-07", "days_overdue": 0} in status.reports_due
    # on the due day itself a report is due, the day after overdue by one day
    clock.now = datetime(2026, 12, 7, 23, 0).timestamp()
    assert next(e for e in reports.calendar() if e.kind == "monthly" and e.period == "2026-11").state == "due"
    clock.now = datetime(2026, 12, 8, 9, 0).timestamp()
    assert next(e for e in reports.calendar() if e.kind == "monthly" and e.period == "2026-11").days_overdue == 1
    # a kind the centre does not file leaves the calendar
    reports.set_rule("yearly", 10, False)
    assert not any(e.kind == "yearly" for e in reports.calendar())
    assert {r.kind: r.due_day for r in reports.rules()} == {"monthly": 5, "quarterly": 10, "halfyear": 10,
                                                            "yearly": 10, "disputes": 5}


def test_the_pdf_xlsx_and_xml_read_back(village, tmp_path):
    from python_calamine import CalamineWorkbook

    session, _access, _clock = village
    _october(session)
    reports = ReportsService(session)
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    assert reports.print_report("monthly", "2026-10", pdf) >= 1
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    for words in ("2026年10月", "填报单位", "填报人", "审核人", "受理事件", "按时办结", "年度累计"):
        assert words in text
    assert fonts_embedded(pdf)
    width, height = PdfReader(pdf).pages[0].mediabox.upper_right
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (210, 297)  # A4
    rows = reports.export_xlsx("monthly", "2026-10", xlsx)
    sheet = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    assert "月报" in sheet[0][0] and sheet[3][:3] == ["类别", "项目", "数值"]
    figures = {r[1]: r[2:5] for r in sheet[4:] if len(r) > 2 and r[1]}
    assert figures["受理事件"][0] == 3 and figures["按时办结 / 办结"][:2] == [1, 2]
    assert figures["按时办结 / 办结"][2] == pytest.approx(0.5)
    assert rows == len([r for r in sheet[4:] if len(r) > 2 and r[1]])
    xml = reports.export_xml("monthly", "2026-10")
    assert check_report_xml(xml) == []
    root = etree.fromstring(xml)
    assert (root.tag, root.get("类型"), root.get("报告期")) == ("统计报表", "monthly", "2026-10")
    reported = root.find(".//指标[@代码='cases_reported']")
    assert reported.get("数值") == "3"
    on_time = root.find(".//指标[@代码='cases_closed_in_time']")
    assert (on_time.get("数值"), on_time.get("总数")) == ("1", "2")
    assert root.find(".//部分[@年度累计='true']/指标[@代码='ytd_cases_reported']").get("数值") == "4"
    actions = [r.action for r in AuditService(session).query(AuditFilter(text="report monthly 2026-10"))[0]]
    assert actions.count("print") == 1 and actions.count("export") == 2


def test_the_archive_batch_carries_each_filed_version_once_and_verifies(village, tmp_path):
    session, _access, clock = village
    reports = ReportsService(session)
    reports.file("monthly", "2026-10")
    archive = ArchiveService(session)
    stick = tmp_path / "stick"
    stick.mkdir()
    first, report = archive.export(stick)
    assert report.passed
    data = stick / first.name / "data"
    [meta] = list(data.rglob("*-TJBB-*-monthly-202610.xml"))
    text = meta.read_text(encoding="utf-8")
    assert "<类别>统计报表</类别>" in text and "2026年10月月报" in text and "内部使用" in text
    folder = meta.parent
    assert {p.name for p in folder.iterdir()} == {meta.name, "report.xml", "report.pdf", "report.xsd"}
    assert check_report_xml((folder / "report.xml").read_bytes()) == []
    assert fonts_embedded(folder / "report.pdf")
    clock.advance(86400)
    second, report = archive.export(stick)
    assert report.passed and not list((stick / second.name / "data").rglob("*-TJBB-*"))
    _october(session)
    reports.file("monthly", "2026-10")  # a correction: version 2, listed in the change list
    clock.advance(86400)
    third, report = archive.export(stick)
    assert report.passed
    [v2] = list((stick / third.name / "data").rglob("*-TJBB-*-monthly-202610-v2.xml"))
    assert 'monthly-202610' in (stick / third.name / "data" / "其他" / "变更清单.xml").read_text(encoding="utf-8")
    assert v2.exists()
    assert all(r.passed for r in verify_path(stick, [archive.signing_key().public()]))


def test_griddesk_report_writes_the_pdf_or_the_xlsx_by_its_suffix(village, tmp_path):
    session, _access, _clock = village
    _october(session)
    db = session.db_path
    session.close()

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args], input="Demo@2026\n",
                              capture_output=True, text=True, timeout=180,
                              env={**__import__("os").environ, "LANG": "zh_CN.UTF-8"})

    pdf = tmp_path / "m.pdf"
    done = run("report", "monthly", "--period", "2026-10", "--out", str(pdf), "--user", "demo", "--password-stdin")
    assert done.returncode == 0, done.stderr
    assert "月报" in done.stdout and fonts_embedded(pdf)
    xlsx = tmp_path / "q.xlsx"
    done = run("report", "quarterly", "--period", "2026Q3", "--out", str(xlsx), "--file", "--user", "demo",
               "--password-stdin")
    assert done.returncode == 0, done.stderr
    assert xlsx.exists() and "第 1 版" in done.stdout
    bad = run("report", "monthly", "--period", "2026-13", "--out", str(pdf), "--user", "demo", "--password-stdin")
    assert bad.returncode == 1 and "报告期" in bad.stderr and "Traceback" not in bad.stderr
    bad = run("report", "monthly", "--period", "2026-10", "--out", str(tmp_path / "m.doc"), "--user", "demo",
              "--password-stdin")
    assert bad.returncode == 2 and ".pdf" in bad.stderr
    bad = run("report", "weekly", "--period", "2026-10", "--out", str(pdf), "--user", "demo", "--password-stdin")
    assert bad.returncode == 1 and "monthly" in bad.stderr
    status = json.loads(run("status", "--json", "--user", "demo", "--password-stdin").stdout)
    assert isinstance(status["reports_due"], list) and isinstance(status["reports_overdue"], list)
    assert all(set(e) == {"kind", "period", "due", "days_overdue"} for e in status["reports_due"] + status["reports_overdue"])


def test_the_demo_has_last_months_report_filed_this_months_due_and_one_overdue(tmp_path):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    try:
        entries = ReportsService(session).calendar()
        assert {(e.kind, e.period) for e in entries if e.state == "filed"} == {("monthly", "2026-10"),
                                                                                ("disputes", "2026-10")}
        status = current_status(session)
        assert [(e["kind"], e["period"]) for e in status.reports_overdue] == [("monthly", "2026-09")]
        assert {(e["kind"], e["period"]) for e in status.reports_due} == {
            ("monthly", "2026-11"), ("disputes", "2026-11"), ("quarterly", "2026Q4"), ("halfyear", "2026H2"),
            ("yearly", "2026")}
    finally:
        session.close()


def test_the_monthly_report_counts_the_months_petitions_and_their_repeat_rate(village):
    """信访 in the monthly report (issue 20 item 4): two petitions this month, the second a repeat
    of the first, five people at once on the second (集体访): counted by hand."""
    from gridDesk.services.petitions import PetitionsService
    from tests.storage.test_petitions import _add, _petition

    session, _access, _clock = village
    before = _got(ReportsService(session).compute("monthly", "2026-11"))
    petitions = PetitionsService(session)
    first = _add(petitions, _petition(petitions, date(2026, 11, 3)))
    _add(petitions, _petition(petitions, date(2026, 11, 17), people=5, who=("张三", "李四"), repeat_of=first))
    got = _got(ReportsService(session).compute("monthly", "2026-11"))
    old = before.get("petitions", (0, None))[0]
    assert got["petitions"] == (old + 2, None)
    if old == 0:  # the village of this fixture has none of its own: the figures are these two alone
        assert got["petitions.repeats"] == (1, 2) and got["petitions.collective"] == (1, None)
        assert got["petitions.people"] == (6, None) and got["petitions.form:visit"] == (2, None)
    assert _got(ReportsService(session).compute("monthly", "2026-10")).get("petitions", (0, None))[0] == 0


def test_the_dispute_report_is_a_kind_of_the_calendar_filed_with_its_xml(village, tmp_path):
    """The monthly dispute report is on the calendar like the summaries: filed with a PDF and an
    XML that follows the report schema, and filed once for the same figures."""
    session, _access, _clock = village
    reports = ReportsService(session)
    filed = reports.file("disputes", "2026-10")
    assert filed.version == 1
    with pytest.raises(ValidationError):
        reports.file("disputes", "2026-10")  # the same figures: not filed twice
    from gridDesk.archive.report_xml import dispute_xml
    from gridDesk.services.dispute_report import DisputeReportService

    xml = dispute_xml(DisputeReportService(session).report("2026-10"))
    assert check_report_xml(xml) == []
    root = etree.fromstring(xml)
    assert root.get("类型") == "disputes" and root.find("部分[@代码='subtotal']") is not None
    assert root.find("部分[@年度累计='true']").get("名称") == "年度累计"
