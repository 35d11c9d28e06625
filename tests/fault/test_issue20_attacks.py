"""Attacks on issue 20's services (people's mediation, the monthly dispute report, the report
family, petitions) as a hostile user, a wrong role, a killed process and a careless new user would
make them (the attack round after the merge). Each test failed while its defect stood; the
round's other findings are in the lead's report."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import GridDeskError, PermissionDenied, ValidationError
from gridDesk.domain.mediation import (Agreement, FollowUpVisit, Intake, MediationSession, MediationState, Outcome,
                                       Party, Performance, Referral, Severity, Source)
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.demo import build_demo
from gridDesk.services.mediation import MediationService
from gridDesk.services.roster import RosterService
from tests.conftest import FakeClock

TODAY = datetime(2026, 12, 3, 10, 0)
PW = "Member@2026pass"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The demo village with its month of mediations, petitions and reports, built once."""
    where = tmp_path_factory.mktemp("issue20-village")
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(where, paths.migrations_dir(), 300, make_access=make, with_activity=True)
    return Path(summary.db_path).parent


@pytest.fixture
def demo(built, tmp_path):
    for f in built.iterdir():
        shutil.copy(f, tmp_path / f.name)
    clock = FakeClock(TODAY.timestamp())
    access = Access(tmp_path / "griddesk.db", paths.migrations_dir(), MemoryCache(), clock)
    session = access.login("demo", "Demo@2026")
    yield session, access
    session.close()


def _member(session, access, name: str = "member1"):
    """A grid member of the first grid."""
    own = [n.code for n in RosterService(session).tree() if n.parent_code is None][0]
    accounts = AccountsService(session, access)
    accounts.add(name, "网格员甲", Role.GRID_MEMBER, PW)
    accounts.set_grids(name, [own])
    return access.login(name, PW), own


def _mediations(session) -> dict[MediationState, int]:
    return {line.state: line.id for line in MediationService(session).listed()}


def _cli(db: Path, *args: str, lang: str = "zh_CN.UTF-8") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args, "--user", "demo",
                           "--password-stdin"], input="Demo@2026\n", capture_output=True, text=True, timeout=180,
                          env={**os.environ, "LANG": lang})


# -- 1. the agreement's full numbers without UNMASK -------------------------------------------
def test_a_grid_member_gets_no_full_numbers_from_the_agreement_data(demo):
    """MediationService.agreement(id, full_numbers=True) handed the parties' whole ID numbers and
    phones to anyone who may view cases (a grid member), without UNMASK and off the record."""
    session, access = demo
    closed = _mediations(session)[MediationState.CLOSED]
    member, _own = _member(session, access)
    try:
        service = MediationService(member)
        assert service.get(closed).number  # the member's own grid's mediation
        try:
            data = service.agreement(closed, True)
        except (PermissionDenied, TypeError):
            return
        assert all("*" in number for _n, _s, number, _p, _a in data.parties if number)
    finally:
        member.close()


# -- 2. another grid's mediation facts --------------------------------------------------------
def test_dispute_facts_stay_within_the_accounts_grids(demo):
    """dispute_facts(case ids) told a grid member the severity, people and outcome of any case's
    mediation, another grid's too."""
    session, access = demo
    director = MediationService(session)
    member, own = _member(session, access)
    try:
        lines = director.listed()
        theirs = [line.case_id for line in lines
                  if director.get(line.id).grid_code != own]
        assert theirs, "the demo mediates in another grid too"
        facts = MediationService(member).dispute_facts(theirs)
        assert facts == {}
    finally:
        member.close()


# -- 3. a print recorded for an agreement that does not exist ----------------------------------
def test_no_print_of_an_agreement_is_recorded_where_there_is_none(demo):
    """record_print put '人民调解协议书 printed' on the audit log for a mediation in progress or
    referred: an agreement that was never made, printed on the record."""
    from gridDesk.services.audit import AuditFilter, AuditService

    session, _access = demo
    service = MediationService(session)
    found = _mediations(session)
    for state in (MediationState.IN_PROGRESS, MediationState.REFERRED):
        with pytest.raises(ValidationError):
            service.record_print(found[state], "printed")
    rows, _n = AuditService(session).query(AuditFilter(action="print"))
    targets = {f"mediation:{found[s]} " for s in (MediationState.IN_PROGRESS, MediationState.REFERRED)}
    assert not any(r.target.startswith(t) for r in rows for t in targets)


# -- 4. a time of day where a day is asked -----------------------------------------------------
def test_a_date_with_a_time_of_day_is_taken_as_its_day_not_a_crash(demo):
    """A datetime (a date picker's QDateTime, a script) for any mediation day crashed with
    TypeError (can't compare datetime to date) at intake, session, outcome and follow-up."""
    from gridDesk.services.cases import CasesService
    from gridDesk.domain.case_records import CaseReport
    from gridDesk.domain.cases import Channel, WorkKind

    session, _access = demo
    cases = CasesService(session)
    cats = {c.name: c.id for c in cases.categories()}
    grid = RosterService(session).tree()[0].code
    case_id = int(cases.report(CaseReport("两户争执", cats["邻里纠纷"], WorkKind.ORDINARY, Channel.VISIT,
                                          datetime(2026, 11, 2, 9), grid_code=grid, place="村东")).ids[0])
    service = MediationService(session)
    mid = int(service.register(Intake(case_id, Source.APPLICATION, Severity.ORDINARY, datetime(2026, 11, 1, 8),
                                      "村东", 2, "邻里纠纷", "两户争执", (Party("张三"), Party("李四")),
                                      datetime(2026, 11, 2, 9))).ids[0])
    m = service.get(mid)
    assert m.occurred_on == date(2026, 11, 1) and type(m.accepted_on) is date
    service.hold_session(mid, m.version, MediationSession(datetime(2026, 11, 5, 9, 30), "调解室", ("白莹",), "双方", "说明"))
    m = service.get(mid)
    assert type(m.sessions[0].on) is date
    service.record_outcome(mid, m.version, Outcome(datetime(2026, 11, 6, 10), True, agreement=Agreement(
        "事实", "争议", "协议", "自行履行", datetime(2026, 12, 20, 17), "白莹")))
    m = service.get(mid)
    assert m.outcome.on == date(2026, 11, 6) and m.outcome.agreement.perform_by == date(2026, 12, 20)
    service.follow_up(mid, m.version, FollowUpVisit(datetime(2026, 11, 20, 15), "白莹", Performance.DONE))
    assert service.get(mid).state is MediationState.CLOSED


# -- 5. the shapes of a session's mediators and an outcome's yes/no ----------------------------
def test_mediators_are_a_list_of_names_and_agreed_is_yes_or_no(demo):
    """A session's mediators given as one name ('白莹') were taken letter by letter (白、莹 as two
    mediators); None crashed (TypeError); an outcome's agreed of 'yes' crashed in the database
    (StatementError) instead of being refused in words."""
    session, _access = demo
    service = MediationService(session)
    mid = _mediations(session)[MediationState.IN_PROGRESS]
    m = service.get(mid)
    for mediators in ("白莹", None, ("白莹", 3)):
        with pytest.raises(ValidationError):
            service.hold_session(mid, m.version, MediationSession(date(2026, 12, 2), "调解室", mediators, "双方", "说"))
    assert service.get(mid).version == m.version
    for agreed in ("yes", None, 1):
        with pytest.raises(ValidationError):
            service.record_outcome(mid, m.version, Outcome(date(2026, 12, 2), agreed, Referral.COURT))
    assert service.get(mid).state is MediationState.IN_PROGRESS


# -- 6. a mediation number that is not text --------------------------------------------------------
def test_a_number_that_is_not_text_is_refused_in_words(demo):
    """find(5) crashed with AttributeError ('int' object has no attribute 'strip')."""
    session, _access = demo
    service = MediationService(session)
    for number in (5, 2026.1, b"2026-1", ["2026-1"]):
        with pytest.raises(GridDeskError):
            service.find(number)


# -- 7. the list's year and days ---------------------------------------------------------------
def test_the_mediation_list_refuses_a_year_too_late_in_its_own_words_and_days_that_are_not(demo):
    """listed(10000) and listed(10**20) were refused as 'earlier than 2000'; days given as text
    were compared as text in SQL and listed what they happened to match."""
    from gridDesk.domain import catalogue

    session, _access = demo
    service = MediationService(session)
    for year in (10_000, 10**20):
        with pytest.raises(ValidationError) as refused:
            service.listed(year)
        assert refused.value.code != "mediation.date_too_early", refused.value.render(catalogue.EN)
    for first, last in (("2026-01-01", None), (None, "2026-12-31"), (date(2026, 12, 1), date(2026, 1, 1))):
        with pytest.raises(ValidationError):
            service.listed(first=first, last=last)


# -- 8. the calendar's start as a datetime ----------------------------------------------------
def test_the_calendars_start_with_a_time_of_day_is_not_a_crash(demo):
    """set_rule(starts_on=datetime(...)) crashed with TypeError (datetime compared to date)."""
    from gridDesk.services.reports import ReportsService

    session, _access = demo
    service = ReportsService(session)
    try:
        service.set_rule("monthly", 5, True, datetime(2026, 1, 1, 9))
    except ValidationError:
        return
    assert next(r for r in service.rules() if r.kind == "monthly").starts_on == date(2026, 1, 1)


# -- 9. the dispute report's period read as the family's --------------------------------------
def test_the_dispute_report_reads_a_period_as_the_report_family_does(demo):
    """`report monthly --period ２０２６－１１` (an input method's full-width digits) worked while the
    dispute report refused the same words; and '0000' was refused as 报告期“0”."""
    from gridDesk.services.dispute_report import DisputeReportService
    from gridDesk.services.reports import ReportsService

    session, _access = demo
    assert DisputeReportService(session).table("２０２６－１１").month == 11
    assert DisputeReportService(session).table(" 2026-11 ").month == 11
    with pytest.raises(ValidationError) as refused:
        ReportsService(session).compute("yearly", "0000")
    assert "0000" in refused.value.message


# -- 10. data of another period filed as this one -----------------------------------------------
def test_a_report_is_not_filed_or_printed_with_the_figures_of_another_period_or_kind(demo, tmp_path):
    """file('monthly', '2026-10', data=<November's figures>) filed November as October, and even as
    2026Q3's quarterly report; print_report printed it under the other period on the record."""
    from gridDesk.services.reports import ReportsService

    session, _access = demo
    service = ReportsService(session)
    november = service.compute("monthly", "2026-11")
    for kind, period in (("monthly", "2026-10"), ("quarterly", "2026Q3"), ("disputes", "2026-10")):
        before = service.versions(kind, period)
        with pytest.raises(ValidationError):
            service.file(kind, period, data=november)
        assert service.versions(kind, period) == before
    with pytest.raises(ValidationError):
        service.print_report("monthly", "2026-09", tmp_path / "x.pdf", data=november)
    with pytest.raises(ValidationError):
        service.export_xlsx("monthly", "2026-09", tmp_path / "x.xlsx", data=november)
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.xlsx").exists()
    disputes = service.compute("disputes", "2026-11")
    with pytest.raises(ValidationError):
        service.file("disputes", "2026-10", data=disputes)


# -- 11. --file for a period not yet over ---------------------------------------------------------
def test_report_file_for_a_running_period_is_refused_before_anything_is_written(demo, tmp_path):
    """`griddesk report monthly --period 2026-12 --file` (the month still running) wrote and
    audited the PDF, then refused the filing with exit 1: a script saw a failure and found a
    file."""
    session, _access = demo
    db = session.db_path
    session.close()
    for kind, period in (("monthly", "2026-12"), ("disputes", "2026-12"), ("yearly", "2026")):
        out = tmp_path / f"{kind}.pdf"
        done = _cli(db, "report", kind, "--period", period, "--out", str(out), "--file")
        assert done.returncode != 0 and "Traceback" not in done.stderr
        assert not out.exists(), done.stdout


# -- 12. a PDF under a name that is not one ---------------------------------------------------------
def test_print_agreement_and_petitions_want_a_pdf_name(demo, tmp_path):
    """`print agreement 2026-1 --out a.txt` and `print petitions --month 2026-11 --out p.txt` wrote
    a PDF under a .txt name (the report command refuses a suffix it does not write)."""
    session, _access = demo
    db = session.db_path
    session.close()
    for args in (("agreement", "2026-1"), ("petitions", "--month", "2026-11")):
        for name in ("a.txt", "a.xlsx", "a"):
            done = _cli(db, "print", *args, "--out", str(tmp_path / name))
            assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
            assert not (tmp_path / name).exists()
        done = _cli(db, "print", *args, "--out", str(tmp_path / "A.PDF"))
        assert done.returncode == 0, done.stderr
        (tmp_path / "A.PDF").unlink()


# -- 13. the register of a month to come, and a month of 100,000 characters -----------------------
def test_the_petition_register_of_a_month_not_begun_is_refused_and_bad_words_are_not_echoed_whole(demo):
    """register_data('2027-12') printed an empty 信访登记台账 for a month not yet begun; a month of
    100,000 characters came back whole in the refusal."""
    from gridDesk.services.petitions import PetitionsService

    session, _access = demo
    service = PetitionsService(session)
    for month in ("2027-01", "2027-12", "2026-13"):
        with pytest.raises(ValidationError):
            service.register_data(month)
    with pytest.raises(ValidationError) as refused:
        service.register_data("x" * 100_000)
    assert len(refused.value.message) < 300
    assert service.register_data("2026-12").month == "2026-12"


# -- 14. suggest_repeats' limit ----------------------------------------------------------------------
def test_suggest_repeats_refuses_a_limit_that_is_not_a_number(demo):
    """suggest_repeats(p, '5') crashed with TypeError ('<' between int and str)."""
    from gridDesk.services.petitions import PetitionsService

    session, _access = demo
    service = PetitionsService(session)
    p = service.listed()[0]
    for limit in ("5", None, 2.5):
        with pytest.raises(ValidationError):
            service.suggest_repeats(p, limit)
    assert isinstance(service.suggest_repeats(p, 10**20), list)


# -- 15. a process killed between the PDF and its audit row ------------------------------------------
def test_a_print_killed_before_its_audit_row_leaves_no_file(demo, tmp_path, monkeypatch):
    """The agreement, the petition register and the reports were written to the file first and put
    on the audit log after: a process killed between left a printout of people's names and
    numbers that the audit log never saw. Now the row lands first, and a save that then fails is
    on the record too."""
    from gridDesk.services.dispute_report import DisputeReportService
    from gridDesk.services.petitions import PetitionsService
    from gridDesk.services.reports import ReportsService

    session, _access = demo
    closed = _mediations(session)[MediationState.CLOSED]
    calls = {
        "agreement.pdf": lambda out: MediationService(session).print_agreement(closed, out),
        "register.pdf": lambda out: PetitionsService(session).print_register("2026-11", out),
        "monthly.pdf": lambda out: ReportsService(session).print_report("monthly", "2026-11", out),
        "monthly.xlsx": lambda out: ReportsService(session).export_xlsx("monthly", "2026-11", out),
        "disputes.pdf": lambda out: DisputeReportService(session).print_pdf("2026-11", out),
        "disputes.xlsx": lambda out: DisputeReportService(session).export_xlsx("2026-11", out),
    }
    real = session.record

    def killed(action, target="", detail=""):
        if action in ("print", "export"):
            raise KeyboardInterrupt("killed")
        return real(action, target, detail)

    monkeypatch.setattr(session, "record", killed)
    for name, call in calls.items():
        with pytest.raises(KeyboardInterrupt):
            call(tmp_path / name)
        assert not (tmp_path / name).exists(), name
    monkeypatch.setattr(session, "record", real)
    from gridDesk.services.audit import AuditFilter, AuditService

    before = AuditService(session).query(AuditFilter(action="print"))[1]
    with pytest.raises(GridDeskError):
        MediationService(session).print_agreement(closed, tmp_path / "no-such-folder" / "a.pdf")
    assert AuditService(session).query(AuditFilter(action="print"))[1] > before


# -- 16. a mediation of five thousand parties ---------------------------------------------------------
def test_a_mediation_names_at_most_fifty_parties(demo):
    """Any number of parties was taken (5,000 written-in names): an agreement of hundreds of pages
    of signature lines. A collective dispute names its representatives, as a petition does (50)."""
    from gridDesk.services.cases import CasesService
    from gridDesk.domain.case_records import CaseReport
    from gridDesk.domain.cases import Channel, WorkKind

    session, _access = demo
    cases = CasesService(session)
    cats = {c.name: c.id for c in cases.categories()}
    grid = RosterService(session).tree()[0].code
    case_id = int(cases.report(CaseReport("群体纠纷", cats["邻里纠纷"], WorkKind.ORDINARY, Channel.VISIT,
                                          datetime(2026, 11, 2, 9), grid_code=grid, place="村东")).ids[0])
    many = tuple(Party(f"村民{n}") for n in range(5000))
    with pytest.raises(ValidationError) as refused:
        MediationService(session).register(Intake(case_id, Source.INITIATIVE, Severity.MAJOR, date(2026, 11, 1), "村东",
                                                  6000, "土地", "群体纠纷", many, date(2026, 11, 2)))
    assert refused.value.code == "mediation.too_many_parties"
    MediationService(session).register(Intake(case_id, Source.INITIATIVE, Severity.MAJOR, date(2026, 11, 1), "村东",
                                              6000, "土地", "群体纠纷", many[:50], date(2026, 11, 2)))


# -- 17. the same petition saved twice ------------------------------------------------------------
def test_the_same_petition_saved_twice_is_registered_once(demo):
    """A petition saved twice (the dialog's OK pressed twice, a script run again) was registered
    twice, two numbers, counted twice in the month's figures. The same day, form, petitioners and
    matter are refused unless the clerk marks the second as a repeat of the first."""
    from gridDesk.services.petitions import PetitionsService

    session, _access = demo
    service = PetitionsService(session)
    first = service.get(service.listed()[-1].id)
    again = replace(first, id=None, repeat_of=None, version=1, petitioners=tuple(
        replace(x, id_number="", phone="") if x.resident_id is None else x for x in first.petitioners))
    new = replace(again, received_on=date(2026, 12, 3))
    service.register(new)
    count = len(service.listed())
    with pytest.raises(ValidationError) as refused:
        service.register(new)
    assert refused.value.code == "petition.duplicate"
    assert len(service.listed()) == count
    service.register(replace(new, summary=new.summary + "（补充）"))


# -- 18. the shapes of the report settings ----------------------------------------------------------
def test_the_report_settings_refuse_input_of_the_wrong_shape_in_words(demo):
    """save_row(category_ids=None) and set_bands(None) crashed with TypeError; category_ids '12'
    was read letter by letter (categories 1 and 2); set_rule(active='no') switched the kind ON
    (bool('no') is True)."""
    from gridDesk.domain.dispute_report import ReportRow
    from gridDesk.services.dispute_report import DisputeReportService
    from gridDesk.services.reports import ReportsService

    session, _access = demo
    disputes = DisputeReportService(session)
    for cats in (None, "12", 7):
        with pytest.raises(ValidationError) as refused:
            disputes.save_row(ReportRow(None, "新的一行", 5, cats))
        assert refused.value.code != "dispute_report.no_category"
    for bands in (None, 50, "1,50"):
        with pytest.raises(ValidationError):
            disputes.set_bands(bands)
    reports = ReportsService(session)
    for active in ("no", None, 0):
        with pytest.raises(ValidationError):
            reports.set_rule("monthly", 5, active)
    assert next(r for r in reports.rules() if r.kind == "monthly").active
    reports.set_rule("monthly", 5, False)
    assert not next(r for r in reports.rules() if r.kind == "monthly").active


# -- 19. the dispute report filed from the command line with its 填报人 and 审核人 ------------------
def test_report_disputes_file_keeps_the_filled_by_and_reviewed_by_given(demo, tmp_path):
    """`report disputes --file --filled-by 张三 --reviewed-by 李四` printed and filed the form with
    the account's name as 填报人 and no 审核人: the names given were dropped without a word."""
    from pypdf import PdfReader

    session, _access = demo
    db = session.db_path
    session.close()
    out = tmp_path / "disputes.pdf"
    done = _cli(db, "report", "disputes", "--period", "2026-10", "--out", str(out), "--file",
                "--filled-by", "张三丰", "--reviewed-by", "李四光")
    assert done.returncode == 0, done.stderr
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert "张三丰" in text and "李四光" in text


# -- 20. a name XML cannot carry --------------------------------------------------------------------
def test_a_report_whose_words_xml_cannot_carry_still_makes_valid_xml(demo):
    """A dispute row named with a noncharacter (U+FFFE, pasted from a broken file) passed the
    input checks, and the dispute report's XML then crashed with ValueError (All strings must be
    XML compatible): the report could be neither exported as XML nor filed nor archived. Since
    issue 21's attack round such a character is refused where it is typed (domain/text.py), in
    words; the XML stays valid with what XML must escape."""
    from gridDesk.archive.report_xml import check_report_xml
    from gridDesk.domain.dispute_report import ReportRow
    from gridDesk.domain.errors import ValidationError
    from gridDesk.services.dispute_report import DisputeReportService
    from gridDesk.services.reports import ReportsService

    session, _access = demo
    with pytest.raises(ValidationError):
        DisputeReportService(session).save_row(ReportRow(None, "行\ufffe<&>]]>", 5, ()))
    DisputeReportService(session).save_row(ReportRow(None, "行<&>]]>", 5, ()))
    reports = ReportsService(session)
    xml = reports.export_xml("disputes", "2026-11")
    assert check_report_xml(xml) == []
    assert "行&lt;&amp;&gt;]]&gt;" in xml.decode("utf-8")
    assert reports.file("disputes", "2026-10").version == 1


# -- 21. the register's filter -------------------------------------------------------------------
def test_the_petition_filter_refuses_what_is_not_a_filter_in_words(demo):
    """listed() with a state or form given as text ('registered', 'visit') crashed with
    AttributeError; days given as text were compared as text; overdue_only='no' filtered on
    (bool('no') is True)."""
    from gridDesk.domain.petitions import PetitionFilter, PetitionState
    from gridDesk.services.petitions import PetitionsService

    session, _access = demo
    service = PetitionsService(session)
    for f in (PetitionFilter(state="registered"), PetitionFilter(state=5), PetitionFilter(form="visit"),
              PetitionFilter(first="2026"), PetitionFilter(last=20261130),
              PetitionFilter(subject_id=True),
              PetitionFilter(overdue_only="no")):
        with pytest.raises(ValidationError):
            service.listed(f)
    assert len(service.listed(PetitionFilter(first=datetime(2026, 11, 1, 9)))) == \
        len(service.listed(PetitionFilter(first=date(2026, 11, 1))))
    assert all(p.state is PetitionState.CLOSED for p in service.listed(PetitionFilter(state=PetitionState.CLOSED)))


# -- 22. a refused petition linked to a case ---------------------------------------------------------
def test_a_refused_petition_is_not_linked_to_a_case_either(demo):
    """to_case refuses a petition not accepted (不予受理: the end of it), but link_case linked the same
    petition to an existing case, and the register then showed it followed up by that case."""
    from gridDesk.domain.petitions import PetitionState, PetitionStep
    from gridDesk.services.petitions import PetitionsService

    session, _access = demo
    service = PetitionsService(session)
    first = service.get(service.listed()[-1].id)
    again = replace(first, id=None, repeat_of=None, version=1, received_on=date(2026, 12, 3),
                    summary="要求村里解决与本村无关的纠纷", petitioners=tuple(
                        replace(x, id_number="", phone="") if x.resident_id is None else x for x in first.petitioners))
    pid = int(service.register(again).ids[0])
    service.step(pid, 1, PetitionStep.REFUSE, date(2026, 12, 3), "不属于本中心受理范围")
    refused = service.get(pid)
    assert refused.state is PetitionState.REFUSED
    case_id = next(p.case_id for p in service.listed() if p.case_id is not None)
    with pytest.raises(ValidationError):
        service.link_case(pid, refused.version, case_id)
    assert service.get(pid).case_id is None
