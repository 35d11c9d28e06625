"""Paper names people and grids (issue 22 item 8): the filing form, the upward report slip, the
closed case's file and the team ledger say who took each step by the person's name (the account's
team member, else its display name), never the login, and the grid by its name; the case file
says in words what its attachments' check values are for."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.attachments import NewAttachment
from gridDesk.domain.case_inputs import STEP_INPUTS, AssignInput, CloseInput, EscalateInput, FeedbackInput
from gridDesk.domain.case_records import CaseReport
from gridDesk.domain.cases import CaseAction, Channel, WorkKind
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.case_printouts import CasePrintouts
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.printouts import PrintService
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService

PW = "Staff@2026x"
A = CaseAction


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    """The demo director (演示主任, login demo), a staff login zhangsan that belongs to a member of
    the team, and a staff login lisi with only a display name (李四平); one case they worked."""
    folder = tmp_path_factory.mktemp("names")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(folder, paths.migrations_dir(), 300, make_access=make)
    access = make(summary.db_path)
    director = access.login("demo", "Demo@2026")
    team = TeamService(director).members()
    linked = team[1]
    accounts = AccountsService(director, access)
    accounts.add("zhangsan", "张工作人员", Role.STAFF, PW, member_id=linked.id)
    accounts.add("lisi", "李四平", Role.STAFF, PW)
    zhang, li = access.login("zhangsan", PW), access.login("lisi", PW)
    grid = RosterService(director).tree()[0]
    cases = CasesService(zhang)
    case_id = cases.report(CaseReport("路灯不亮", cases.categories()[0].id, WorkKind.ORDINARY, Channel.VISIT,
                                      cases._now(), grid_code=grid.code, reporter=team[0].member.name)).ids[0]

    def act(session, step):
        service = CasesService(session)
        service.act(case_id, service.get(case_id).version, step)

    act(zhang, STEP_INPUTS[A.FILE]())
    act(li, AssignInput(member_id=team[0].id))
    act(director, EscalateInput(channel="paper", taken_by="镇综治中心王主任"))
    act(director, STEP_INPUTS[A.TOWNSHIP_INSTRUCTS](detail="村里先处置"))
    act(li, FeedbackInput(result="已更换灯泡", attachments=(NewAttachment("现场说明.txt", "灯泡已换".encode()),)))
    act(zhang, STEP_INPUTS[A.REVISIT](satisfaction="满意"))
    yield director, zhang, li, case_id, grid, linked.member.name
    for s in (zhang, li, director):
        s.close()


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _no_logins(text: str) -> None:
    for login in ("demo", "zhangsan", "lisi"):
        assert login not in text, login


def _grid_by_name(text: str, number: str, grid) -> None:
    assert grid.name in text
    assert grid.code not in text.replace(number, ""), "the grid as a bare code"


def test_the_filing_form_names_who_filed_and_the_grid(village, tmp_path):
    director, zhang, _li, case_id, grid, linked_name = village
    out = tmp_path / "filing.pdf"
    CasePrintouts(director).filing_form(case_id, out)
    text = _text(out)
    assert linked_name in text  # the login zhangsan belongs to that team member
    _no_logins(text)
    _grid_by_name(text, CasesService(director).get(case_id).number, grid)


def test_the_slip_names_who_handed_it_over_and_who_to_call(village, tmp_path):
    director, _zhang, li, case_id, _grid, _linked = village
    out = tmp_path / "slip.pdf"
    CasesService(li).print_escalation_slip(case_id, out)
    text = _text(out)
    assert "经办人：演示主任" in text.replace("\n", "")  # the director's display name, no team member
    assert "联系人：李四平" in text.replace("\n", "")
    _no_logins(text)


def test_the_case_file_names_every_step_and_explains_its_check_value(village, tmp_path):
    director, zhang, li, case_id, grid, linked_name = village
    cases = CasesService(zhang)
    cases.act(case_id, cases.get(case_id).version, CloseInput(closure="solved"))
    out = tmp_path / "file.pdf"
    CasePrintouts(director).case_file(case_id, out)
    text = _text(out)
    flat = text.replace("\n", "")
    assert linked_name in text and "李四平" in text and "演示主任" in text
    _no_logins(text)
    _grid_by_name(text, cases.get(case_id).number, grid)
    assert "SHA-256（" not in flat
    assert "校验码" in flat and "没有被改动" in flat  # what the value is for, in words


def test_the_team_ledger_names_the_grids(village, tmp_path):
    director, *_rest = village
    out = tmp_path / "team.pdf"
    PrintService(director).print_ledger(out, "team")
    text = _text(out)
    names = {g.code: g.name for g in RosterService(director).tree()}
    for code, name in names.items():
        assert code not in text, code
    assert any(name in text for name in names.values())
