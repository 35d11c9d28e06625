"""Petitions (信访, issue 20 item 4) on a real database: the demo's three counted by hand, the
flow and its time limits (calendar days rolled past a holiday, or working days), the number
scheme under two writers at once, repeats (suggested, confirmed, never itself, later or round in
a circle) and the repeat rate, the period's figures against hand counts, scope and role refusals,
bad input refused in words, the printed register read back with its fonts, and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import Conflict, GridDeskError, NotFound, PermissionDenied, ValidationError
from gridDesk.domain.petitions import (CategoryKind, Petition, PetitionFilter, PetitionForm, Petitioner,
                                       PetitionRules, PetitionState, PetitionStep)
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.petitions import PetitionsService
from gridDesk.services.roster import RosterService
from gridDesk.services.status import current_status
from gridDesk.domain.roster import ResidentFilter
from tests.conftest import FakeClock
from tests.storage.test_meetings import fonts_embedded

TODAY = datetime(2026, 11, 20, 10, 0)  # a Friday
PW = "Member@2026pass"


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("petitions")
    clock = FakeClock(TODAY.timestamp())
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    summary = build_demo(folder, paths.migrations_dir(), 300, make_access=make, with_activity=True)
    access = make(summary.db_path)
    session = access.login("demo", "Demo@2026")
    accounts = AccountsService(session, access)
    grids = sorted({r.grid_code for r in PetitionsService(session).listed() if r.grid_code})
    with session.db.transaction() as s:
        all_grids = [c for (c,) in s.execute(text("SELECT code FROM grids WHERE parent_id IS NULL ORDER BY code"))]
    accounts.add("wgy", "网格员甲", Role.GRID_MEMBER, PW)
    accounts.set_grids("wgy", [grids[0]])
    accounts.add("gzy", "工作人员乙", Role.STAFF, PW)
    accounts.add("sjy", "审计员丙", Role.AUDITOR, PW)
    member, staff, auditor = access.login("wgy", PW), access.login("gzy", PW), access.login("sjy", PW)
    yield {"session": session, "member": member, "staff": staff, "auditor": auditor, "access": access,
           "grid": grids[0], "other_grid": next(c for c in all_grids if not grids[0].startswith(c)),
           "db": summary.db_path, "folder": folder}
    for s in (member, staff, auditor, session):
        s.close()


def _cats(service):
    purposes = {c.name: c.id for c in service.categories(CategoryKind.PURPOSE)}
    subjects = {c.name: c.id for c in service.categories(CategoryKind.SUBJECT)}
    return purposes, subjects


def _petition(service, on: date, *, form=PetitionForm.VISIT, people=1, who=("张三",), purpose="求决",
              subject="民政", summary="要求核实低保资格", grid="", repeat_of=None, respondent="") -> Petition:
    purposes, subjects = _cats(service)
    return Petition(on, form, people, tuple(Petitioner(n) for n in who), purposes[purpose], subjects[subject],
                    summary, respondent=respondent, grid_code=grid, repeat_of=repeat_of)


def _add(service, p: Petition) -> int:
    return int(service.register(p).ids[0])


def _audit(session) -> set[tuple[str, str]]:
    """(action, target without the trailing number) of every audit row."""
    with session.db.transaction() as s:
        rows = s.execute(text("SELECT action, target FROM audit_log")).all()
    return {(a, t.split(" ")[0] if a == "unmask" else t) for a, t in rows}


def _step(service, pid: int, step: PetitionStep, on: date, words: str = "") -> None:
    service.step(pid, service.get(pid).version, step, on, words)


# -- the demo ----------------------------------------------------------------------------------
def test_the_demo_has_three_petitions_this_months_two_one_a_repeat_one_answered_one_a_case(village):
    service = PetitionsService(village["session"])
    demo = [p for p in service.listed() if p.number.startswith("XF-2026-000") and int(p.number[-4:]) <= 3]
    assert len(demo) == 3
    earlier, again, wages = sorted(demo, key=lambda p: p.number)
    assert earlier.received_on < date(2026, 11, 1) <= again.received_on and wages.received_on >= date(2026, 11, 1)
    assert earlier.state is PetitionState.CLOSED
    assert again.repeat_of == earlier.id and again.repeat_number == earlier.number
    assert again.case_id is not None and again.case_number
    assert [p.id for p in service.of_case(again.case_id)] == [again.id]  # the case finds its petition
    case = CasesService(village["session"]).get(again.case_id)
    assert again.number in case.description
    assert wages.state is PetitionState.ANSWERED and wages.answered_in_time()
    figures = service.figures(date(2026, 11, 1), date(2026, 11, 30))
    assert (figures.count, figures.repeats, figures.repeat_rate, figures.answered_in_time) == (2, 1, 0.5, 1)
    assert figures.by_form == {"letter": 0, "call": 1, "visit": 1, "online": 0}


# -- the flow and its time limits -------------------------------------------------------------------
def test_the_flow_runs_in_order_and_each_step_out_of_order_is_refused_in_words(village):
    service = PetitionsService(village["session"])
    pid = _add(service, _petition(service, date(2026, 11, 2), summary="路灯不亮"))
    p = service.get(pid)
    assert p.state is PetitionState.REGISTERED and p.accept_due == date(2026, 11, 17)  # 15 days, a Tuesday
    with pytest.raises(ValidationError) as refused:
        _step(service, pid, PetitionStep.ANSWER, date(2026, 11, 3), "已修")
    assert "不能" in refused.value.message
    with pytest.raises(ValidationError):
        _step(service, pid, PetitionStep.ACCEPT, date(2026, 11, 1))  # before it came
    _step(service, pid, PetitionStep.ACCEPT, date(2026, 11, 3))
    assert service.get(pid).answer_due == date(2027, 1, 4)  # 60 days: Sat 2 January moves to Monday
    _step(service, pid, PetitionStep.START, date(2026, 11, 3))
    with pytest.raises(ValidationError) as empty:
        _step(service, pid, PetitionStep.ANSWER, date(2026, 11, 5), "  ")
    assert empty.value.field == "answer"
    _step(service, pid, PetitionStep.ANSWER, date(2026, 11, 5), "已更换灯泡")
    _step(service, pid, PetitionStep.CLOSE, datetime(2026, 11, 6, 15, 30))  # a time of day is dropped
    done = service.get(pid)
    assert done.closed_on == date(2026, 11, 6)
    assert done.state is PetitionState.CLOSED and done.answered_on == date(2026, 11, 5) and done.answered_in_time()
    with pytest.raises(Conflict):
        service.step(pid, done.version - 1, PetitionStep.CLOSE)
    refused_id = _add(service, _petition(service, date(2026, 11, 2), summary="不属于本村的事"))
    with pytest.raises(ValidationError) as no_reason:
        _step(service, refused_id, PetitionStep.REFUSE, date(2026, 11, 4))
    assert no_reason.value.field == "reason"
    _step(service, refused_id, PetitionStep.REFUSE, date(2026, 11, 4), "已进入诉讼程序")
    with pytest.raises(ValidationError):
        service.to_case(refused_id, CasesService(village["session"]).categories()[0].id)


def test_calendar_days_roll_past_a_holiday_and_working_days_are_the_directors_choice(village):
    session = village["session"]
    service = PetitionsService(session)
    # 16 September + 15 days is 1 October, the National Day holiday: the limit moves past it
    pid = _add(service, _petition(service, date(2026, 9, 16), summary="国庆前来访"))
    due = service.get(pid).accept_due
    assert due > date(2026, 10, 7)  # not 1 October, nor any day of the holiday week
    before = service.rules()
    service.set_rules(PetitionRules(15, 60, 5, working_days=True))
    try:
        wid = _add(service, _petition(service, date(2026, 11, 2), summary="按工作日计"))
        assert service.get(wid).accept_due == date(2026, 11, 23)  # 15 working days from Monday 2 November
    finally:
        service.set_rules(before)
    with pytest.raises(ValidationError):
        service.set_rules(PetitionRules(0, 60, 5))
    with pytest.raises(PermissionDenied):
        PetitionsService(village["staff"]).set_rules(before)  # the rules are the director's


def test_overdue_petitions_count_on_the_status_and_in_the_figures(village):
    session = village["session"]
    service = PetitionsService(session)
    before = current_status(session).petitions_overdue
    assert before == service.overdue_count()
    late = _add(service, _petition(service, date(2026, 10, 20), summary="一直没人管"))  # due 4 November
    assert service.get(late).overdue(service.today())
    assert current_status(session).petitions_overdue == before + 1
    assert json.loads(json.dumps(current_status(session).as_dict()))["petitions_overdue"] == before + 1
    assert any(p.id == late for p in service.listed(PetitionFilter(overdue_only=True)))
    _step(service, late, PetitionStep.ACCEPT, date(2026, 11, 20))
    assert current_status(session).petitions_overdue == before  # decided: the answer's 60 days now run


# -- the number scheme --------------------------------------------------------------------------------
def test_numbers_are_year_and_sequence_gap_free_even_with_two_writers_at_once(village):
    access = village["access"]
    first, second = access.login("demo", "Demo@2026"), access.login("gzy", PW)
    try:
        errors: list[BaseException] = []

        def write(session, tag: str) -> None:
            service = PetitionsService(session)
            try:
                for n in range(5):
                    service.register(_petition(service, date(2025, 6, 1), summary=f"{tag}{n}"))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(s, t)) for s, t in ((first, "甲"), (second, "乙"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        numbers = sorted(p.number for p in PetitionsService(first).listed(PetitionFilter(date(2025, 1, 1),
                                                                                          date(2025, 12, 31))))
        assert numbers[:10] == [f"XF-2025-{n:04d}" for n in range(1, 11)]
    finally:
        first.close()
        second.close()


# -- repeats ---------------------------------------------------------------------------------------
def test_repeats_are_suggested_confirmed_and_never_themselves_later_or_round_in_a_circle(village):
    session = village["session"]
    service = PetitionsService(session)
    roster = RosterService(session)
    rid = roster.resident_ids(ResidentFilter())[10]
    purposes, subjects = _cats(service)
    first = Petition(date(2026, 8, 3), PetitionForm.VISIT, 1, (Petitioner("", rid),), purposes["求决"],
                     subjects["土地征收"], "征地补偿款没有发到户", respondent="村经济合作社")
    a = _add(service, first)
    b = _add(service, replace_on(first, date(2026, 8, 20), "征地补偿款至今未发放"))
    suggestions = service.suggest_repeats(service.get(b))
    assert suggestions and suggestions[0].petition_id == a
    assert set(suggestions[0].why) == {"petition.why.same_person", "petition.why.same_matter"}
    with pytest.raises(ValidationError) as itself:
        service.link_repeat(b, service.get(b).version, b)
    assert "自己" in itself.value.message
    service.link_repeat(b, service.get(b).version, a)
    with pytest.raises(ValidationError) as circle:
        service.link_repeat(a, service.get(a).version, b)
    assert "互相" in circle.value.message
    c = _add(service, replace_on(first, date(2026, 8, 25), "第三次反映"))
    with pytest.raises(ValidationError) as later:
        service.link_repeat(a, service.get(a).version, c)  # c came later than a
    assert "晚" in later.value.message
    with pytest.raises(NotFound):
        service.link_repeat(c, service.get(c).version, 10**20)
    with pytest.raises(ValidationError):  # registered as a repeat of a later petition
        service.register(replace(first, received_on=date(2026, 8, 1), repeat_of=c))
    with pytest.raises(ValidationError):  # moving a's date after its repeat b is refused
        service.edit(replace(service.get(a), received_on=date(2026, 8, 21)))
    service.link_repeat(b, service.get(b).version, None)  # undone
    assert service.get(b).repeat_of is None


def replace_on(p: Petition, on: date, summary: str) -> Petition:
    from dataclasses import replace as _replace

    return _replace(p, received_on=on, summary=summary)


def replace(p: Petition, **kw) -> Petition:
    from dataclasses import replace as _replace

    return _replace(p, **kw)


# -- figures ------------------------------------------------------------------------------------------
def test_the_periods_figures_match_a_hand_count(village):
    service = PetitionsService(village["session"])
    on = date(2024, 3, 4)
    ids = [_add(service, _petition(service, on, form=PetitionForm.LETTER, subject="劳动社保", summary="欠薪一")),
           _add(service, _petition(service, on + timedelta(days=1), form=PetitionForm.VISIT, people=6,
                                   who=("甲", "乙"), subject="土地征收", summary="集体反映征地")),
           _add(service, _petition(service, on + timedelta(days=2), form=PetitionForm.CALL, subject="劳动社保",
                                   summary="欠薪二")),
           _add(service, _petition(service, on + timedelta(days=3), form=PetitionForm.ONLINE, purpose="建议",
                                   subject="其他", summary="建议修路"))]
    service.link_repeat(ids[2], service.get(ids[2]).version, ids[0])
    _step(service, ids[0], PetitionStep.ACCEPT, on)
    _step(service, ids[0], PetitionStep.ANSWER, on + timedelta(days=10), "已协调发放")  # in time
    _step(service, ids[1], PetitionStep.ACCEPT, on + timedelta(days=1))
    _step(service, ids[1], PetitionStep.ANSWER, on + timedelta(days=90), "已答复")  # late: past 60 days
    # ids[2] never decided: overdue from its 16th day; ids[3] accepted at once, not answered: overdue after 60
    _step(service, ids[3], PetitionStep.ACCEPT, on + timedelta(days=3))
    f = service.figures(date(2024, 3, 1), date(2024, 3, 31))
    assert (f.count, f.people, f.collective, f.repeats) == (4, 9, 1, 1)
    assert f.repeat_rate == 0.25
    assert f.by_form == {"letter": 1, "call": 1, "visit": 1, "online": 1}
    assert f.by_category == {"劳动社保": 2, "土地征收": 1, "其他": 1}
    assert f.by_purpose == {"求决": 3, "建议": 1}
    # as at 31 March: ids[2] is past its 15 days; the answers are not yet due
    assert (f.answered_in_time, f.answered_late, f.overdue) == (1, 0, 1)
    year = service.figures(date(2024, 3, 1), date(2024, 12, 31))
    # as at the year's end: ids[1] answered late, ids[2] and ids[3] overdue
    assert (year.answered_in_time, year.answered_late, year.overdue) == (1, 1, 2)
    empty = service.figures(date(2023, 1, 1), date(2023, 1, 31))
    assert empty.count == 0 and empty.repeat_rate is None
    with pytest.raises(ValidationError):
        service.figures(date(2024, 3, 31), date(2024, 3, 1))
    with pytest.raises(ValidationError):
        service.figures(date(1900, 1, 1), date(2024, 3, 1))


# -- scope and roles ------------------------------------------------------------------------------
def test_a_grid_member_sees_their_grids_petitions_masked_and_may_not_register_or_answer(village):
    session, member, auditor = village["session"], village["member"], village["auditor"]
    service = PetitionsService(session)
    mine = _add(service, _petition(service, date(2026, 11, 9), grid=village["grid"], summary="本网格的事"))
    other = _add(service, _petition(service, date(2026, 11, 9), grid=village["other_grid"], summary="别的网格"))
    secret = _add(service, _petition(service, date(2026, 11, 9), grid=village["grid"], purpose="揭发控告",
                                     summary="举报"))
    seen = {p.id for p in PetitionsService(member).listed()}
    assert mine in seen and other not in seen and secret not in seen
    with pytest.raises(PermissionDenied):
        PetitionsService(member).get(other)
    with pytest.raises(PermissionDenied):
        PetitionsService(member).get(secret)
    with pytest.raises(PermissionDenied):
        PetitionsService(member).register(_petition(service, date(2026, 11, 9), grid=village["grid"]))
    with pytest.raises(PermissionDenied):
        PetitionsService(member).step(mine, 1, PetitionStep.ACCEPT)
    with pytest.raises(PermissionDenied):
        PetitionsService(member).unmask(mine, "核对身份")
    with pytest.raises(PermissionDenied):
        PetitionsService(auditor).listed()
    staff = PetitionsService(village["staff"])
    assert {mine, other, secret} <= {p.id for p in staff.listed()}
    mf = PetitionsService(member).figures(date(2026, 11, 1), date(2026, 11, 30))
    assert mf.count == sum(1 for p in PetitionsService(member).listed(PetitionFilter(date(2026, 11, 1),
                                                                                      date(2026, 11, 30))))


def test_petitioners_numbers_are_masked_and_the_full_ones_are_an_audited_unmask(village):
    session = village["session"]
    service = PetitionsService(session)
    purposes, subjects = _cats(service)
    pid = _add(service, Petition(date(2026, 11, 10), PetitionForm.CALL, 1,
                                 (Petitioner("钱七", id_number="11010519491231002X", phone="13800138000"),),
                                 purposes["咨询"], subjects["民政"], "咨询高龄补贴"))
    shown = service.get(pid).petitioners[0]
    assert shown.id_number == "1101**********002X" and shown.phone == "138****8000"
    full = service.unmask(pid, "回电答复")
    assert full.petitioners[0].id_number == "11010519491231002X"
    assert ("unmask", f"petition:{pid}") in _audit(session)
    # saving the masked form shown keeps the numbers on file
    service.edit(service.get(pid))
    assert service.unmask(pid, "再次核对").petitioners[0].phone == "13800138000"


# -- bad input ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("change, field", [
    ({"received_on": date(1900, 1, 1)}, "received_on"),
    ({"received_on": date(2026, 12, 25)}, "received_on"),
    ({"people": 0}, "people"),
    ({"people": 100000}, "people"),
    ({"summary": "长" * 2001}, "summary"),
    ({"respondent": "长" * 129}, "respondent"),
    ({"summary": ""}, "summary"),
    ({"petitioners": ()}, "petitioners"),
    ({"purpose_id": 10**20}, "purpose_id"),
    ({"grid_code": "999"}, "grid_code"),
])
def test_bad_input_is_refused_in_words_and_nothing_is_cut(village, change, field):
    service = PetitionsService(village["session"])
    count = len(service.listed())
    with pytest.raises(ValidationError) as refused:
        service.register(replace(_petition(service, date(2026, 11, 10)), **change))
    assert refused.value.field == field and refused.value.message
    assert len(service.listed()) == count


def test_huge_and_unknown_ids_are_not_found_in_words(village):
    service = PetitionsService(village["session"])
    for call in (lambda: service.get(10**20), lambda: service.get(0), lambda: service.step(10**20, 1, PetitionStep.ACCEPT),
                 lambda: service.link_case(1, 1, 10**20), lambda: service.of_case(10**20),
                 lambda: service.to_case(10**20, 1), lambda: service.unmask(10**20, "理由"),
                 lambda: service.register(_petition(service, date(2026, 11, 10), repeat_of=10**20))):
        with pytest.raises(NotFound) as gone:
            call()
        assert gone.value.message
    with pytest.raises(ValidationError):  # a category filter no category can have
        service.listed(PetitionFilter(subject_id=10**20))
    with pytest.raises(NotFound):  # a petitioner "from the roster" who is not on it
        service.register(replace(_petition(service, date(2026, 11, 10)), petitioners=(Petitioner("", 10**20),)))


def test_a_case_made_or_linked_once_and_the_link_goes_both_ways(village):
    session = village["session"]
    service = PetitionsService(session)
    pid = _add(service, _petition(service, date(2026, 11, 12), grid=village["grid"], summary="下水道堵塞"))
    category = CasesService(session).categories()[0].id
    case_id = service.to_case(pid, category)
    assert service.get(pid).case_id == case_id and [p.id for p in service.of_case(case_id)] == [pid]
    with pytest.raises(ValidationError):
        service.to_case(pid, category)  # once
    other = _add(service, _petition(service, date(2026, 11, 12), summary="同一件下水道"))
    service.link_case(other, service.get(other).version, case_id)
    assert {p.id for p in service.of_case(case_id)} == {pid, other}
    with pytest.raises(ValidationError):
        service.to_case(pid, category, "长" * 129)



def test_two_windows_turning_the_same_petition_into_a_case_make_one_case(village, monkeypatch):
    """Both windows saw the petition without a case; the first makes one, the second is refused
    whole: no second case is left behind without its petition, the first link stands."""
    from gridDesk.domain.errors import Conflict

    session = village["session"]
    service = PetitionsService(session)
    pid = _add(service, _petition(service, date(2026, 11, 12), grid=village["grid"], summary="路面塌陷"))
    category = CasesService(session).categories()[0].id
    stale = service.get(pid)  # what the second window read
    cases_before = len(CasesService(session).list())
    first = service.to_case(pid, category)
    monkeypatch.setattr(service, "_get", lambda *_a, **_k: stale)
    with pytest.raises(Conflict):
        service.to_case(pid, category)
    monkeypatch.undo()
    assert len(CasesService(session).list()) == cases_before + 1
    assert service.get(pid).case_id == first

# -- the printed register and the command line ---------------------------------------------------------
def test_the_register_prints_on_a4_landscape_with_fonts_embedded_and_is_audited(village):
    session = village["session"]
    out = village["folder"] / "register.pdf"
    pages = PetitionsService(session).print_register("2026-11", out)
    reader = PdfReader(str(out))
    assert pages == len(reader.pages) >= 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    words = "".join(page.extract_text() for page in reader.pages)
    assert "信访登记台账" in words and "XF-2026-0002" in words
    assert "13912345678" not in words  # masked
    assert fonts_embedded(out)
    assert ("print", "petitions 2026-11") in _audit(session)
    with pytest.raises(ValidationError):
        PetitionsService(session).print_register("1900-01", village["folder"] / "x.pdf")
    with pytest.raises(ValidationError):
        PetitionsService(session).print_register("2026-13", village["folder"] / "x.pdf")


def _run(*args: str, stdin: str = ""):
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_the_command_line_prints_the_register_and_status_says_the_overdue(village):
    db, out = str(village["db"]), village["folder"] / "cli-register.pdf"
    done = _run("--db", db, "print", "petitions", "--month", "2026-11", "--out", str(out), "--user", "demo",
                "--password-stdin", stdin="Demo@2026\n")
    assert done.returncode == 0, done.stderr
    assert out.exists() and "信访登记台账" in done.stdout
    missing = _run("--db", db, "print", "petitions", "--out", str(out), "--user", "demo", "--password-stdin",
                   stdin="Demo@2026\n")
    assert missing.returncode == 2 and "--month" in missing.stderr
    status = _run("--db", db, "status", "--json", "--user", "demo", "--password-stdin", stdin="Demo@2026\n")
    assert status.returncode == 0, status.stderr
    assert "petitions_overdue" in json.loads(status.stdout)
