"""`griddesk print review`, `griddesk export review` and `status --json`'s open reviews, on the
headless demo (its last full quarter reviewed at both levels, one member short)."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from gridDesk.domain.assessment import Quarter
from tests.storage.test_cli import _run


def test_print_and_export_the_quarterly_review(tmp_path):
    assert _run("demo", "--headless", "--out", str(tmp_path), "--residents", "150").returncode == 0
    db, login = str(tmp_path / "griddesk.db"), ("--user", "demo", "--password-stdin")
    quarter = str(Quarter.of(date.today()).previous())
    status = json.loads(_run("--db", db, "status", "--json", *login, stdin="Demo@2026\n").stdout)
    assert status["reviews_open"] == 0  # the demo's one ended quarter is closed
    out = _run("--db", db, "print", "review", "--quarter", quarter, "--out", str(tmp_path / "all.pdf"), *login,
               stdin="Demo@2026\n")
    assert out.returncode == 0, out.stderr
    pages = PdfReader(tmp_path / "all.pdf").pages
    assert f"{len(pages)} 页" in out.stdout and len(pages) >= 3
    first = pages[0].extract_text()
    assert "考核评议表" in first and "乡镇党委复评意见" in first and "同意初评" in first
    name = first.split("姓名")[1].split()[0]
    one = _run("--db", db, "print", "review", "--quarter", quarter, "--member", name, "--out",
               str(tmp_path / "one.pdf"), *login, stdin="Demo@2026\n")
    assert one.returncode == 0 and len(PdfReader(tmp_path / "one.pdf").pages) == 1
    summary = _run("--db", db, "print", "review", "--quarter", quarter, "--summary", "--out",
                   str(tmp_path / "sum.pdf"), *login, stdin="Demo@2026\n")
    assert summary.returncode == 0 and "汇总表" in PdfReader(tmp_path / "sum.pdf").pages[0].extract_text()
    exported = _run("--db", db, "export", "review", str(tmp_path / "r.xlsx"), "--quarter", quarter, *login,
                    stdin="Demo@2026\n")
    assert exported.returncode == 0, exported.stderr
    rows = [r for r in load_workbook(tmp_path / "r.xlsx").active.iter_rows(min_row=4, values_only=True) if r[0]]
    grades = [r[-3] for r in rows]
    assert len(rows) == len(pages) and all(g in ("优秀", "称职", "基本称职", "不称职") for g in grades)
    assert any(g in ("基本称职", "不称职") for g in grades)  # the member short of the mark
    bad = _run("--db", db, "print", "review", "--quarter", "2026Q5", "--out", str(tmp_path / "x.pdf"), *login,
               stdin="Demo@2026\n")
    assert bad.returncode == 1 and "2026Q5" in bad.stderr and not (tmp_path / "x.pdf").exists()
    need = _run("--db", db, "export", "review", str(tmp_path / "y.xlsx"), *login, stdin="Demo@2026\n")
    assert need.returncode == 2 and "--quarter" in need.stderr
