"""People's mediation on a real SQLCipher file (issue 20 item 1): a dispute case from intake to
the printed agreement and the visit that closes it; the number scheme (gap-free per year, two at
once, the year's change); scope and role refusals; bad input refused in words; the parties'
numbers masked unless unmasked on the record; the command line; the demo's three mediations and
the archive batch carrying the agreement with its case."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseState, Channel, WorkKind
from gridDesk.domain.errors import Conflict, GridDeskError, NotFound, PermissionDenied, ValidationError
from gridDesk.domain.mediation import (Agreement, FollowUpVisit, Intake, Investigation, MediationSession,
                                       MediationState, Outcome, Party, Performance, Referral, Severity, Source)
from gridDesk.domain.roster import ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditFilter, AuditService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.mediation import MediationService
from gridDesk.services.roster import RosterService
from tests.conftest import FakeClock

TODAY = datetime(2026, 11, 20, 10, 0)
PW = "Member@2026pass"
ID_WRITTEN = "110101199003077777"  # a written-in party's ID number (check digit right)


def _id(first17: str) -> str:
    from gridDesk.domain.idcard import check_digit

    return first17 + check_digit(first17)


@pytest.fixture
def village(tmp_path):
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    yield session, access, clock
    session.close()


def dispute(session, grid: str = "", category: str = "邻里纠纷", at: datetime | None = None) -> int:
    cases = CasesService(session)
    cats = {c.name: c.id for c in cases.categories()}
    grid = grid or RosterService(session).tree()[0].code
    return int(cases.report(CaseReport("邻居因排水沟争执", cats[category], WorkKind.ORDINARY, Channel.VISIT,
                                       at or datetime(2026, 11, 2, 9), grid_code=grid, place="村东")).ids[0])


def parties(session) -> tuple[Party, ...]:
    roster = RosterService(session)
    resident = roster.resident(roster.resident_ids(ResidentFilter())[0])
    return (Party("", resident_id=resident.id), Party("赵外来", _id("11010119900307777")[:18], "13800138000", "外村 1 号"))


def intake(case_id: int, parties_: tuple[Party, ...], **changes) -> Intake:
    base = dict(source=Source.APPLICATION, severity=Severity.MAJOR, occurred_on=date(2026, 11, 1), place="村东",
                people=60, dispute_type="邻里纠纷", summary="两户因排水沟发生争执", parties=parties_,
                accepted_on=date(2026, 11, 2))
    return Intake(case_id, **{**base, **changes})


AGREEMENT = Agreement("排水沟改道引起争执。", "排水沟走向。", "一、排水沟按原走向恢复；二、费用双方各半。",
                      "双方自行施工，村调委会现场确认", date(2026, 11, 15), "白莹")


def _fonts_embedded(path: Path) -> bool:
    reader = PdfReader(path)
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            fonts.append(desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    return bool(fonts) and all(fonts)


def test_a_dispute_from_intake_to_the_printed_agreement_and_the_visit_that_closes_it(village, tmp_path):
    session, _access, clock = village
    service = MediationService(session)
    case_id = dispute(session)
    people = parties(session)
    changes = service.register(intake(case_id, people))
    m = service.get(int(changes.ids[0]))
    assert m.number == "（2026）调字第001号" and m.state is MediationState.REGISTERED and m.next_step == "session"
    roster_party, written = m.parties
    assert roster_party.name and roster_party.address  # filled from the roster
    assert "*" in roster_party.id_number and written.id_number.startswith("1101") and "*" in written.id_number
    assert written.phone == "138****8000"
    assert service.of_case(case_id).id == m.id
    service.investigate(m.id, m.version, Investigation(date(2026, 11, 3), "白莹", "现场查看排水沟"))
    m = service.get(m.id)
    with pytest.raises(ValidationError):  # no outcome before a session
        service.record_outcome(m.id, m.version, Outcome(date(2026, 11, 5), True, agreement=AGREEMENT))
    service.hold_session(m.id, m.version, MediationSession(date(2026, 11, 5), "村调解室", ("白莹", "姚文"),
                                                           "双方当事人", "讲明排水沟原走向"))
    m = service.get(m.id)
    assert m.state is MediationState.IN_PROGRESS and m.sessions[0].mediators == ("白莹", "姚文")
    with pytest.raises(ValidationError):  # nothing to print yet
        service.print_agreement(m.id, tmp_path / "early.pdf")
    service.record_outcome(m.id, m.version, Outcome(date(2026, 11, 6), True, agreement=AGREEMENT))
    m = service.get(m.id)
    assert m.state is MediationState.AGREED and m.outcome.agreement.terms.startswith("一、")
    out = tmp_path / "agreement.pdf"
    assert service.print_agreement(m.id, out) == 1
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    for words in ("人民调解协议书", "（2026）调字第001号", roster_party.name, "赵外来", "人民调解委员会（印）",
                  "排水沟按原走向恢复", "白莹", "2026年11月06日"):
        assert words in text.replace(" ", ""), words
    assert ID_WRITTEN not in text and "138****8000" in text  # masked by default
    assert _fonts_embedded(out)
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (210, 297)
    rows, _n = AuditService(session).query(AuditFilter(action="print"))
    assert any("（2026）调字第001号" in r.target and "agreement.pdf" in r.detail for r in rows)
    whole = tmp_path / "whole.pdf"  # the full numbers printed only with a reason, on the record
    service.print_agreement(m.id, whole, unmask_reason="当事人签字用原件")
    assert "13800138000" in "".join(p.extract_text() for p in PdfReader(whole).pages)
    full = service.unmask(m.id, "当事人申请复印协议")
    assert full.parties[1].phone == "13800138000" and not full.masked
    rows, _n = AuditService(session).query(AuditFilter(action="unmask"))
    assert any(r.target.startswith(f"mediation:{m.id}") for r in rows)
    service.follow_up(m.id, m.version, FollowUpVisit(date(2026, 11, 10), "白莹", Performance.PARTIAL, "已恢复一半"))
    m = service.get(m.id)
    assert m.state is MediationState.AGREED and m.next_step == "follow_up"
    service.follow_up(m.id, m.version, FollowUpVisit(date(2026, 11, 18), "白莹", Performance.DONE, "已全部恢复"))
    m = service.get(m.id)
    assert m.state is MediationState.CLOSED and len(m.followups) == 2
    facts = service.dispute_facts([case_id, 10**6])
    assert list(facts) == [case_id]
    assert facts[case_id].major and facts[case_id].people == 60
    assert facts[case_id].concluded_on == date(2026, 11, 6) and facts[case_id].agreed is True
    [line] = service.listed(2026)
    assert line.number == m.number and line.state is MediationState.CLOSED and roster_party.name in line.parties


def test_no_agreement_is_referred_and_ends_there(village):
    session, _access, _clock = village
    service = MediationService(session)
    m = service.get(int(service.register(intake(dispute(session, category="劳资纠纷"), parties(session),
                                                 severity=Severity.LARGE)).ids[0]))
    service.hold_session(m.id, m.version, MediationSession(date(2026, 11, 4), "村委会", ("白莹",), "", "分歧大"))
    m = service.get(m.id)
    with pytest.raises(ValidationError) as e:  # no agreement needs its referral
        service.record_outcome(m.id, m.version, Outcome(date(2026, 11, 5), False))
    assert e.value.field == "referral"
    service.record_outcome(m.id, m.version, Outcome(date(2026, 11, 5), False, Referral.COURT, "告知可起诉"))
    m = service.get(m.id)
    assert m.state is MediationState.REFERRED and m.outcome.referral is Referral.COURT
    with pytest.raises(ValidationError):
        service.follow_up(m.id, m.version, FollowUpVisit(date(2026, 11, 6), "白莹", Performance.DONE))
    with pytest.raises(ValidationError):
        service.print_agreement(m.id, __import__("io").BytesIO())
    facts = service.dispute_facts([m.case_id])[m.case_id]
    assert facts.agreed is False and not facts.major and facts.concluded_on == date(2026, 11, 5)


def test_numbers_are_gap_free_per_year_and_two_saves_at_once_get_two(village):
    session, access, _clock = village
    service = MediationService(session)
    people = parties(session)
    old = dispute(session, at=datetime(2025, 12, 20, 9))
    assert service.get(int(service.register(intake(old, people, occurred_on=date(2025, 12, 19),
                                                   accepted_on=date(2025, 12, 30))).ids[0])).number == "（2025）调字第001号"
    first = dispute(session)
    with pytest.raises(ValidationError):  # a refused save takes no number
        service.register(intake(first, ()))
    assert service.get(int(service.register(intake(first, people)).ids[0])).number == "（2026）调字第001号"
    with pytest.raises(Conflict) as e:  # the same case registered twice
        service.register(intake(first, people))
    assert "（2026）调字第001号" in e.value.message
    # two windows saving at the same moment, each on its own case: two numbers, none twice
    others = [dispute(session) for _ in range(4)]
    second = access.login("demo", "Demo@2026")
    numbers, errors = [], []

    def save(s, case_id):
        try:
            numbers.append(MediationService(s).get(int(MediationService(s).register(intake(case_id, people)).ids[0])).number)
        except GridDeskError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(s, c)) for s, c in zip((session, second, session, second), others)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    second.close()
    assert errors == []
    assert sorted(numbers) == [f"（2026）调字第{n:03d}号" for n in range(2, 6)]
    assert [line.number for line in service.listed(2025)] == ["（2025）调字第001号"]
    assert service.find("2026-3") == service.find("（2026）调字第003号")
    with pytest.raises(NotFound):
        service.find("2026-99")


def test_bad_input_is_refused_in_words(village):
    session, _access, _clock = village
    service = MediationService(session)
    people = parties(session)
    case_id = dispute(session)
    for bad in (intake(10**20, people), intake(-1, people), intake(987654, people)):
        with pytest.raises(NotFound):
            service.register(bad)
    for bad, field in ((intake(case_id, people, occurred_on=date(1900, 1, 1)), "occurred_on"),
                       (intake(case_id, people, summary="字" * 4001), "summary"),
                       (intake(case_id, (people[0], Party("名" * 33))), "party_name"),
                       (intake(case_id, (people[0], Party("钱", "110101199003077770"))), "id_number"),
                       (intake(case_id, (people[0], Party("钱", phone="12345"))), "party_phone"),
                       (intake(case_id, (people[0], Party("钱", resident_id=10**20))), None),
                       (intake(case_id, people, people=10**20), "people")):
        with pytest.raises(GridDeskError) as e:
            service.register(bad)
        if field:
            assert getattr(e.value, "field", None) == field, e.value.message
        assert e.value.render("en") and "这一项" not in e.value.message
    with pytest.raises(ValidationError) as e:
        service.register(intake(dispute(session, category="治安隐患"), people))
    assert "矛盾纠纷" in e.value.message
    m = service.get(int(service.register(intake(case_id, people)).ids[0]))
    for mid in (10**20, 0, 424242):
        with pytest.raises(NotFound):
            service.get(mid)
        with pytest.raises(NotFound):
            service.hold_session(mid, 1, MediationSession(date(2026, 11, 5), "室", ("白莹",), "", "说"))
    session_input = MediationSession(date(2026, 11, 5), "村调解室", ("白莹",), "双方", "说明")
    service.hold_session(m.id, m.version, session_input)
    with pytest.raises(Conflict):  # the same session saved twice from a stale window
        service.hold_session(m.id, m.version, session_input)
    m = service.get(m.id)
    with pytest.raises(ValidationError) as e:
        service.hold_session(m.id, m.version, replace(session_input, said="话" * 8001))
    assert "8000" in e.value.message
    with pytest.raises(ValidationError) as e:  # an agreement with no terms
        service.record_outcome(m.id, m.version, Outcome(date(2026, 11, 6), True, agreement=replace(AGREEMENT, terms="")))
    assert e.value.field == "terms"
    with pytest.raises(ValidationError) as e:
        service.record_outcome(m.id, m.version, Outcome(date(2026, 11, 6), True,
                                                        agreement=replace(AGREEMENT, perform_by=date(1900, 1, 1))))
    assert e.value.field == "perform_by"
    with pytest.raises(ValidationError):
        service.unmask(m.id, "")
    assert service.get(m.id).state is MediationState.IN_PROGRESS  # nothing refused was written


def test_the_team_mediates_in_its_grids_and_the_auditor_not_at_all(village):
    session, access, _clock = village
    accounts = AccountsService(session, access)
    own, other = [n.code for n in RosterService(session).tree() if n.parent_code is None][:2]
    accounts.add("member1", "网格员甲", Role.GRID_MEMBER, PW)
    accounts.set_grids("member1", [own])
    accounts.add("auditor1", "审计员", Role.AUDITOR, PW)
    mine, theirs = dispute(session, own), dispute(session, other)
    director = MediationService(session)
    theirs_m = int(director.register(intake(theirs, parties(session)[1:] + (Party("孙某"),))).ids[0])
    member = access.login("member1", PW)
    try:
        service = MediationService(member)
        roster = RosterService(member)
        own_people = tuple(Party("", resident_id=i) for i in roster.resident_ids(ResidentFilter(grid_code=own))[:2])
        m = int(service.register(intake(mine, own_people)).ids[0])
        assert [line.id for line in service.listed()] == [m]  # the other grid's is not listed
        with pytest.raises(PermissionDenied):
            service.register(intake(theirs, own_people))
        with pytest.raises(PermissionDenied):
            service.get(theirs_m)
        with pytest.raises(PermissionDenied):
            service.hold_session(theirs_m, 1, MediationSession(date(2026, 11, 5), "室", ("甲",), "", "说"))
        with pytest.raises(PermissionDenied):  # a grid member does not unmask
            service.unmask(m, "想看看")
        outsider = RosterService(session).resident_ids(ResidentFilter(grid_code=other))[0]
        with pytest.raises(PermissionDenied):  # nor pick a party from another grid
            service.register(intake(dispute(session, own), (own_people[0], Party("", resident_id=outsider))))
    finally:
        member.close()
    auditor = access.login("auditor1", PW)
    try:
        for call in (lambda s: s.register(intake(mine, parties(session))), lambda s: s.listed(),
                     lambda s: s.get(theirs_m)):
            with pytest.raises(PermissionDenied):
                call(MediationService(auditor))
    finally:
        auditor.close()
    rows, _n = AuditService(session).query(AuditFilter(action="permission_denied"))
    assert rows


def test_griddesk_print_agreement(village, tmp_path):
    session, _access, _clock = village
    service = MediationService(session)
    m = service.get(int(service.register(intake(dispute(session), parties(session))).ids[0]))
    service.hold_session(m.id, m.version, MediationSession(date(2026, 11, 5), "村调解室", ("白莹",), "双方", "说明"))
    service.record_outcome(m.id, m.version + 1, Outcome(date(2026, 11, 6), True, agreement=AGREEMENT))
    db = session.db_path
    session.close()
    out = tmp_path / "协议书.pdf"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args], input="Demo@2026\n",
                              capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "zh_CN.UTF-8"})

    done = run("print", "agreement", "2026-1", "--out", str(out), "--user", "demo", "--password-stdin")
    assert done.returncode == 0, done.stderr
    assert "人民调解协议书" in done.stdout and out.exists()
    assert "（2026）调字第001号" in "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    none = run("print", "agreement", "2026-7", "--out", str(tmp_path / "n.pdf"), "--user", "demo", "--password-stdin")
    assert none.returncode != 0 and "2026-7" in none.stderr and not (tmp_path / "n.pdf").exists()
    bare = run("print", "agreement", "--out", str(tmp_path / "n.pdf"), "--user", "demo", "--password-stdin")
    assert bare.returncode == 2 and "调解编号" in bare.stderr
    bad = run("print", "agreement", "第三号", "--out", str(tmp_path / "n.pdf"), "--user", "demo", "--password-stdin")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


@pytest.fixture
def busy(tmp_path):
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 300, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def test_the_demo_has_three_mediations_and_the_archive_carries_the_agreement(busy, tmp_path):
    from gridDesk.archive.verify import report_text, verify_path
    from gridDesk.services.archive_export import ArchiveService

    service = MediationService(busy)
    lines = service.listed()
    assert [line.number[-5:] for line in lines] == ["第003号", "第002号", "第001号"]
    assert [line.state for line in lines] == [MediationState.IN_PROGRESS, MediationState.REFERRED,
                                              MediationState.CLOSED]
    carried, referred, open_ = (service.get(line.id) for line in reversed(lines))
    assert carried.followups[-1].performance is Performance.DONE and carried.outcome.agreed
    assert referred.outcome.referral is Referral.COURT and not referred.outcome.agreed
    assert open_.outcome is None and len(open_.sessions) == 1 and len(open_.investigations) == 1
    case = CasesService(busy).get(carried.case_id)
    assert case.state is CaseState.CLOSED and case.closure_type == "resolved"
    today = service.today()
    last_month = (today.replace(day=1) - __import__("datetime").timedelta(days=1)).replace(day=1)
    assert all(line.accepted_on >= last_month for line in lines)
    archive = ArchiveService(busy)
    stick = tmp_path / "stick"
    stick.mkdir()
    batch, report = archive.export(stick)
    assert report.passed
    data = stick / batch.name / "data"
    agreements = list(data.rglob("agreement.pdf"))
    assert len(agreements) == 1 and len(list(data.rglob("mediation.csv"))) == 1  # only the closed case travels
    text = "".join(p.extract_text() for p in PdfReader(agreements[0]).pages).replace(" ", "")
    assert carried.number in text and "人民调解委员会（印）" in text
    xml = next(agreements[0].parent.glob("*.xml")).read_text(encoding="utf-8")
    assert carried.number in xml and "实质性化解" in xml
    csv_text = next(data.rglob("mediation.csv")).read_text(encoding="utf-8-sig")
    assert "回访" in csv_text and "已履行" in csv_text and "*" in csv_text
    assert all(r.passed for r in verify_path(stick, [archive.signing_key().public()])), \
        report_text(verify_path(stick, [archive.signing_key().public()]))


def test_the_monthly_dispute_report_takes_the_mediations_facts(village):
    """重大, the people involved and the agreement come from the mediation: without them the same
    dispute counts as ordinary, one person, handled only when its case closes."""
    from gridDesk.services.dispute_report import DisputeReportService

    session, _access, _clock = village
    service = MediationService(session)
    case_id = dispute(session)
    m = service.get(int(service.register(intake(case_id, parties(session))).ids[0]))
    service.hold_session(m.id, m.version, MediationSession(date(2026, 11, 5), "村调解室", ("白莹",), "双方当事人", "说明"))
    m = service.get(m.id)
    service.record_outcome(m.id, m.version, Outcome(date(2026, 11, 6), True, agreement=AGREEMENT))
    month = DisputeReportService(session).table("2026-11").subtotal
    assert (month.found, month.found_major, month.handled_major, month.succeeded_major) == (1, 1, 1, 1)
    assert month.bands[1] == 1  # 60 people: the 50-100 band
    plain = DisputeReportService(session, facts={}).table("2026-11").subtotal
    assert (plain.found, plain.found_major, plain.succeeded) == (1, 0, 0)


def test_the_open_disputes_awaiting_a_mediation_within_reach(village):
    """登记调解 on the 人民调解 tab offers the open dispute cases no mediation has taken, newest
    first, within the account's grids; not other cases, not closed ones, not the auditor."""
    session, access, _clock = village
    own, other = [n.code for n in RosterService(session).tree() if n.parent_code is None][:2]
    cases = CasesService(session)
    first = dispute(session, own, at=datetime(2026, 11, 2, 9))
    second = dispute(session, other, "婚姻家庭", at=datetime(2026, 11, 3, 9))
    taken = dispute(session, own, at=datetime(2026, 11, 4, 9))
    cats = {c.name: c.id for c in cases.categories()}
    not_dispute = int(cases.report(CaseReport("路灯坏了", cats["治安隐患"], WorkKind.ORDINARY, Channel.VISIT,
                                              datetime(2026, 11, 5, 9), grid_code=own)).ids[0])
    director = MediationService(session)
    director.register(intake(taken, parties(session)))
    awaiting = director.awaiting()
    assert [c.case_id for c in awaiting][:2] == [second, first]  # newest first
    assert taken not in {c.case_id for c in awaiting} and not_dispute not in {c.case_id for c in awaiting}
    assert awaiting[0].number == cases.get(second).number

    accounts = AccountsService(session, access)
    accounts.add("member2", "网格员乙", Role.GRID_MEMBER, PW)
    accounts.set_grids("member2", [own])
    accounts.add("auditor2", "审计员", Role.AUDITOR, PW)
    member = access.login("member2", PW)
    try:
        mine = {c.case_id for c in MediationService(member).awaiting()}
        assert first in mine and second not in mine
    finally:
        member.close()
    auditor = access.login("auditor2", PW)
    try:
        with pytest.raises(PermissionDenied):
            MediationService(auditor).awaiting()
    finally:
        auditor.close()
