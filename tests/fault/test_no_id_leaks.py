"""No full ID number leaves the encrypted database without an audited unmask: every export,
printout, archive package, backup, log line and traceback is scanned for every resident's number,
and the same scan finds them in the one export made with a stated reason (so it can fail)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.backups import BackupService
from gridDesk.services.case_printouts import CasePrintouts
from gridDesk.services.cases import CasesService
from gridDesk.services.printouts import PrintService
from gridDesk.services.report_printouts import ReportPrintouts
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.services.training import TrainingService
from gridDesk.services.training_export import export_compliance, export_register
from tests.fault.children import ROOT, run_child
from tests.fault.conftest import DEMO_PW, DEMO_USER


def _ids(session) -> set[str]:
    with session.db.engine.connect() as conn:
        found = {r[0] for r in conn.execute(text("SELECT id_number FROM residents WHERE id_number != ''"))}
        found |= {r[0] for r in conn.execute(text("SELECT id_number FROM team_members WHERE id_number != ''"))}
    assert len(found) > 100
    return found


def _texts(path: Path) -> list[str]:
    """What a person or a program could read out of the file: raw bytes decoded, PDF text,
    the strings inside an .xlsx."""
    raw = path.read_bytes()
    out = [raw.decode("utf-8", "ignore"), raw.decode("utf-16-le", "ignore")]
    if raw.startswith(b"%PDF"):
        out += [page.extract_text() or "" for page in PdfReader(io.BytesIO(raw)).pages]
    if raw.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            out += [z.read(n).decode("utf-8", "ignore") for n in z.namelist()]
    return out


def _leaks(folder: Path, ids: set[str]) -> list[str]:
    pattern = re.compile(r"\d{17}[\dXx]")
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        for chunk in _texts(path):
            found += [f"{path.relative_to(folder)}: {m[:6]}…" for m in pattern.findall(chunk) if m.upper() in ids]
    return found


def _everything(session, out: Path) -> None:
    grid = RosterService(session).tree()[0].code
    for kind in ("residents", "households", "team", "keygroup"):
        for layout in ("template", "county"):
            ExportService(session).export(kind, out / f"{kind}-{layout}.xlsx", layout)
    prints = PrintService(session)
    prints.print_signs(out / "signs.pdf")
    prints.print_cards(out / "cards.pdf", grid)
    for kind in ("residents", "team", "keygroup"):
        prints.print_ledger(out / f"ledger-{kind}.pdf", kind)
    reports = ReportPrintouts(session)
    reports.week_report(out / "week.pdf")
    training = TrainingService(session)
    this_year = __import__("datetime").date.today().year
    reports.training_register(out / "training.pdf", this_year)
    export_register(training, this_year, out / "training-register.xlsx")
    export_compliance(training, this_year, out / "training-compliance.xlsx")
    cases = CasesService(session)
    for view in cases.list()[:40]:
        CasePrintouts(session).filing_form(view.id, out / f"case-{view.id}-filing.pdf")
        if view.state.value == "closed":
            CasePrintouts(session).case_file(view.id, out / f"case-{view.id}-file.pdf")
        if view.state.value == "escalated":
            cases.print_escalation_slip(view.id, out / f"case-{view.id}-slip.pdf")
    archive = ArchiveService(session)
    (out / "stick").mkdir()
    archive.export(out / "stick")
    archive.handover_form(archive.history()[0].name, out / "handover.pdf")
    BackupService(session).backup(out / "backup")


def test_nothing_made_without_an_unmask_holds_a_full_id_number(demo, db, tmp_path):
    ids = _ids(demo)
    out = tmp_path / "out"
    out.mkdir()
    _everything(demo, out)
    assert len(list(out.rglob("*.pdf"))) > 10 and list(out.rglob("*.xlsx"))
    assert _leaks(out, ids) == []
    # The database, its WAL and the key-slot file at rest: encrypted, no number readable.
    at_rest = tmp_path / "at-rest"
    at_rest.mkdir()
    for part in db.parent.iterdir():
        if part.is_file():
            (at_rest / part.name).write_bytes(part.read_bytes())
    assert _leaks(at_rest, ids) == []
    # The audit log records what was done, never the numbers themselves.
    with demo.db.engine.connect() as conn:
        details = " ".join(f"{t} {d}" for t, d in conn.execute(text("SELECT target, detail FROM audit_log")))
    assert not [m for m in re.findall(r"\d{17}[\dXx]", details) if m.upper() in ids]


def test_logs_and_tracebacks_hold_no_full_id_number(demo, db, tmp_path):
    ids = _ids(demo)
    number = sorted(ids)[0]
    logs = tmp_path / "logs"
    logs.mkdir()
    cli = [sys.executable, "-m", "gridDesk", "--db", str(db)]
    for name, args in (("status", ["status", "--user", DEMO_USER, "--password-stdin"]),
                       ("export", ["export", "residents", str(tmp_path / "r.xlsx"), "--user", DEMO_USER,
                                   "--password-stdin"]),
                       ("print", ["print", "ledger", "--kind", "residents", "--out", str(tmp_path / "l.pdf"),
                                  "--user", DEMO_USER, "--password-stdin"])):
        done = subprocess.run(cli + args, input=DEMO_PW + "\n", capture_output=True, text=True, cwd=ROOT, timeout=180)
        (logs / f"{name}.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    # An error that is about an ID number, left to crash into a traceback, and one typed in the
    # wrong field: the messages name the problem, not the number.
    crashed = run_child("""
        from dataclasses import replace
        from gridDesk.domain.phones import normalise_mobile
        from gridDesk.domain.roster import ResidentFilter
        from gridDesk.services.roster import RosterService
        session = login()
        try:
            normalise_mobile(sys.argv[4])
        except Exception as exc:
            print(exc, file=sys.stderr)
        roster = RosterService(session)
        first = roster.resident_ids(ResidentFilter())[0]
        person = roster.unmask(first, "核对重复登记")
        roster.save_resident(replace(person, id=None, name="重复登记"))  # the same number twice
    """, db, DEMO_USER, DEMO_PW, number)
    (logs / "traceback.log").write_text(crashed.stdout + crashed.stderr, encoding="utf-8")
    assert "Traceback" in crashed.stderr
    assert _leaks(logs, ids) == [], (logs / "traceback.log").read_text(encoding="utf-8")[-2000:]


def test_the_scan_finds_numbers_when_an_export_was_unmasked_for_a_reason(demo, tmp_path):
    ids = _ids(demo)
    out = tmp_path / "unmasked"
    out.mkdir()
    ExportService(demo).export("residents", out / "full.xlsx", unmask_reason="乡镇核对户籍")
    assert len(_leaks(out, ids)) > 100
    with demo.db.engine.connect() as conn:
        detail = conn.execute(text("SELECT detail FROM audit_log WHERE action='export' ORDER BY id DESC")).scalar()
    assert "unmasked: 乡镇核对户籍" in detail


@pytest.mark.parametrize("field_value", ["11010519491231002X", "110105 1949 1231 002X"])
def test_a_phone_message_never_repeats_an_id_number(field_value):
    from gridDesk.domain.errors import ValidationError
    from gridDesk.domain.phones import normalise_mobile

    with pytest.raises(ValidationError) as refused:
        normalise_mobile(field_value)
    assert "19491231" not in refused.value.message
