"""The demo village's patrols (a quarter with flood season, some missed, a finding made a case),
`griddesk status --json` and `griddesk print patrols` on it."""

from __future__ import annotations

import json
from datetime import timedelta

from pypdf import PdfReader

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.cases import CasesService
from gridDesk.services.patrols import PatrolsService
from gridDesk.services.roster import RosterService
from tests.storage.test_cli import _run


def test_the_demo_patrols_a_quarter_and_the_command_line_shows_it(tmp_path):
    assert _run("demo", "--headless", "--out", str(tmp_path), "--residents", "150").returncode == 0
    db = str(tmp_path / "griddesk.db")
    session = Access(tmp_path / "griddesk.db", paths.migrations_dir(), MemoryCache()).login("demo", "Demo@2026")
    patrols = PatrolsService(session)
    today = patrols.today()
    log = patrols.log_list(today - timedelta(days=400), today)
    names = {r.place_name for r in log}
    assert {"杏花河村东段", "后山林场防火道", "村中老井", "南山废弃采石场"} <= names
    flood = [r for r in log if r.at.month in (6, 7, 8, 9)]
    assert flood  # the quarter runs at least into the flood season
    [found] = [r for r in log if r.case_id is not None]
    assert CasesService(session).get(found.case_id).place == found.place_name == "杏花河村东段"
    missed, due_today = patrols.counts()
    assert missed >= 1  # the mine, left for the last ten days
    session.close()

    out = _run("--db", db, "status", "--json", "--user", "demo", "--password-stdin", stdin="Demo@2026\n")
    figures = json.loads(out.stdout)
    assert (figures["patrols_missed"], figures["patrols_due_today"]) == (missed, due_today)
    text = _run("--db", db, "status", "--user", "demo", "--password-stdin", stdin="Demo@2026\n").stdout
    assert f"漏巡的场所和风险点：{missed}" in text

    month = f"{today:%Y-%m}"
    pdf = tmp_path / "patrols.pdf"
    printed = _run("--db", db, "print", "patrols", "--month", month, "--out", str(pdf), "--user", "demo",
                   "--password-stdin", stdin="Demo@2026\n")
    assert printed.returncode == 0, printed.stderr
    pages = PdfReader(pdf).pages
    session = Access(tmp_path / "griddesk.db", paths.migrations_dir(), MemoryCache()).login("demo", "Demo@2026")
    grids = [n for n in RosterService(session).tree() if n.parent_code is None]
    session.close()
    assert len(pages) == len(grids) and "巡查日历" in pages[0].extract_text()
    one = tmp_path / "one.pdf"
    assert _run("--db", db, "print", "patrols", "--month", month, "--grid", grids[0].code, "--out", str(one),
                "--user", "demo", "--password-stdin", stdin="Demo@2026\n").returncode == 0
    assert len(PdfReader(one).pages) == 1 and "杏花河村东段" in PdfReader(one).pages[0].extract_text()
    usage = _run("--db", db, "print", "patrols", "--out", str(tmp_path / "x.pdf"), "--user", "demo",
                 "--password-stdin", stdin="Demo@2026\n")
    assert usage.returncode == 2 and "--month" in usage.stderr
