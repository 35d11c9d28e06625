"""Printouts read back: the sign, the batch, contact cards and ledgers on the demo village; names
and phones are there, no full ID number is, every font is embedded, and page 1 has the right size."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from gridDesk.domain.case_inputs import STEP_INPUTS
from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.demo import build_demo
from gridDesk.services.printouts import PrintService
from gridDesk.services.roster import RosterService
from gridDesk.services.team import TeamService
from gridDesk.storage.team_repo import TeamRepo

FULL_ID = re.compile(r"\d{17}[\dX]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(folder, paths.migrations_dir(), 300, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    yield session
    session.close()


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _fonts_embedded(path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    header, _rule, *fonts = out.splitlines()
    emb = header.index("emb")
    assert fonts and all(line[emb:emb + 3] == "yes" for line in fonts), out


def _page_size_mm(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)


def test_a_grid_sign_shows_the_team_and_never_an_id_number(demo, tmp_path):
    service = PrintService(demo)
    grid = RosterService(demo).tree()[0]
    out = tmp_path / "sign.pdf"
    assert service.print_signs(out, [grid.code]) == 1
    text = _text(out)
    with demo.db.transaction() as s:
        team = [t for t in TeamRepo(s).all() if grid.code in t.grid_codes]
    assert team and all(t.member.name in text and t.member.phone in text for t in team)
    assert "网格公示牌" in text and grid.code in text and not FULL_ID.search(text.replace(grid.code, ""))
    _fonts_embedded(out)
    assert _page_size_mm(out) == (420, 297)  # A3 landscape
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                       check=True)
        assert (tmp_path / "p-1.png").stat().st_size > 1000


def test_the_batch_and_the_out_of_date_mark(demo, tmp_path):
    service = PrintService(demo)
    grids = [g for g in RosterService(demo).tree() if g.parent_code is None]
    never = [s.grid_code for s in service.sign_status() if s.changes == ("还没有打印过",)]
    assert never == [g.code for g in grids[1:]]  # the first test printed the first grid's sign
    assert service.print_signs(tmp_path / "all.pdf", size="A4") == len(grids)
    assert len(PdfReader(tmp_path / "all.pdf").pages) == len(grids)
    assert _page_size_mm(tmp_path / "all.pdf") == (297, 210)
    assert not any(s.out_of_date for s in service.sign_status())
    team = TeamService(demo)
    member = next(t for t in team.members() if t.member.grid_code == grids[0].code)
    team.save(replace(member.member, phone="13812345678"), member.political_status, member.education, True,
              member.id)
    status = {s.grid_code: s for s in service.sign_status()}
    assert status[grids[0].code].changes == (f"{member.member.name} 的电话改为 13812345678",)
    assert not status[grids[1].code].out_of_date


def test_contact_cards_one_per_household_ten_to_a_sheet(demo, tmp_path):
    grid = RosterService(demo).tree()[0]
    out = tmp_path / "cards.pdf"
    count = PrintService(demo).print_cards(out, grid.code)
    assert count == grid.households
    assert len(PdfReader(out).pages) == -(-count // 10)
    assert _page_size_mm(out) == (210, 297)
    text = _text(out)
    assert "网格员服务联系卡" in text and "户号" in text and not FULL_ID.search(text)
    _fonts_embedded(out)


def test_ledgers_are_masked_unless_an_audited_reason_is_given(demo, tmp_path):
    from gridDesk.services.audit import AuditFilter, AuditService

    service = PrintService(demo)
    grid = RosterService(demo).tree()[0]
    out = tmp_path / "roster.pdf"
    pages = service.print_ledger(out, "residents", grid.code)
    text = _text(out)
    assert pages == len(PdfReader(out).pages) and f"第 1 页 共 {pages} 页" in text
    assert "*" in text and not FULL_ID.search(text)
    _fonts_embedded(out)
    service.print_ledger(tmp_path / "full.pdf", "residents", grid.code, unmask_reason="县里核对户籍")
    assert FULL_ID.search(_text(tmp_path / "full.pdf"))
    rows, _n = AuditService(demo).query(AuditFilter(action="print"))
    assert any("县里核对户籍" in r.detail for r in rows)
    service.print_ledger(tmp_path / "team.pdf", "team")
    service.print_ledger(tmp_path / "kg.pdf", "keygroup")
    assert not FULL_ID.search(_text(tmp_path / "kg.pdf"))


def test_case_forms_week_report_and_training_register(tmp_path):
    from datetime import datetime

    from gridDesk.domain.attachments import NewAttachment
    from gridDesk.domain.case_records import CaseReport
    from gridDesk.domain.cases import CaseAction as A
    from gridDesk.domain.cases import CaseState, Channel, WorkKind
    from gridDesk.services.case_printouts import CasePrintouts
    from gridDesk.services.cases import CasesService
    from gridDesk.services.report_printouts import ReportPrintouts

    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 200, make_access=make, with_activity=True)
    session = make(summary.db_path).login("demo", "Demo@2026")
    cases = CasesService(session)
    closed = next(c for c in cases.list(None) if c.state is CaseState.CLOSED)
    printouts = CasePrintouts(session)
    printouts.case_file(closed.id, tmp_path / "file.pdf")
    text = _text(tmp_path / "file.pdf")
    assert closed.number in text and "办理经过" in text and "结案归档" in text
    _fonts_embedded(tmp_path / "file.pdf")
    case_id = cases.report(CaseReport("路灯损坏", cases.categories()[1].id, WorkKind.ORDINARY, Channel.PHONE,
                                      datetime.fromtimestamp(session.clock())),
                           [NewAttachment("现场.jpg", b"\xff\xd8\xff" + b"1" * 50)]).ids[0]
    with pytest.raises(Exception, match="已结案"):
        printouts.case_file(case_id, tmp_path / "no.pdf")
    cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[A.FILE]())
    printouts.filing_form(case_id, tmp_path / "form.pdf")
    assert "立案登记表" in _text(tmp_path / "form.pdf") and "路灯损坏" in _text(tmp_path / "form.pdf")
    reports = ReportPrintouts(session)
    reports.week_report(tmp_path / "week.pdf")
    assert "网格走访周报" in _text(tmp_path / "week.pdf")
    year = datetime.fromtimestamp(session.clock()).year
    reports.training_register(tmp_path / "training.pdf", year)
    assert "培训台账" in _text(tmp_path / "training.pdf") and "县级" in _text(tmp_path / "training.pdf")
    session.close()


def test_one_key_groups_register_and_the_print_settings(demo, tmp_path):
    from gridDesk.domain.errors import GridDeskError
    from gridDesk.domain.key_groups import SPECS, KeyGroup

    service = PrintService(demo)
    service.print_ledger(tmp_path / "elderly.pdf", "keygroup", group=KeyGroup.ELDERLY_ALONE)
    text = _text(tmp_path / "elderly.pdf")
    others = [SPECS[g].label for g in SPECS if g is not KeyGroup.ELDERLY_ALONE]
    assert f"{SPECS[KeyGroup.ELDERLY_ALONE].label}登记表" in text and not any(o in text for o in others)
    (tmp_path / "not-a-font.ttf").write_bytes(b"nope")
    with pytest.raises(GridDeskError, match="不能用于打印"):
        service.set_print_settings("0351-1", "12345", str(tmp_path / "not-a-font.ttf"))
    service.set_print_settings("0351-7654321", "12345", "")
    assert service.print_settings() == ("0351-7654321", "12345", "")
