"""`griddesk export pay OUT.xlsx --month YYYY-MM` on the demo village: last month's locked ledger
read back with openpyxl (title, village, month, a column per source, totals equal to the lines,
the signature lines, every line on 明细), the export on the audit log; a bad month is a sentence."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import openpyxl

from gridDesk import paths
from gridDesk.domain.pay import add_months, month_text
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.pay import PayService
from gridDesk.storage.audit_repo import AuditFilter, AuditRepo


def _run(*args):
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input="Demo@2026\n", capture_output=True,
                          text=True, timeout=300)


def test_export_pay_of_the_demos_locked_month(tmp_path):
    assert _run("demo", "--headless", "--out", str(tmp_path), "--residents", "120").returncode == 0
    db, out = tmp_path / "griddesk.db", tmp_path / "pay.xlsx"
    login = ("--user", "demo", "--password-stdin")
    last = month_text(add_months(date.today().replace(day=1), -1))
    done = _run("--db", str(db), "export", "pay", str(out), "--month", last, *login)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    session = Access(db, paths.migrations_dir(), MemoryCache()).login("demo", "Demo@2026")
    try:
        ledger = PayService(session).ledger(last)
        with session.db.transaction() as s:
            exports = AuditRepo(s).query(AuditFilter(action="export", text=f"pay:{last}"))
    finally:
        session.close()
    assert ledger.state.value == "locked" and exports
    book = openpyxl.load_workbook(out)
    sheet = book["绩效补贴"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    year, month = last.split("-")
    assert rows[0][0] == f"演示村{int(year)}年{int(month)}月网格员绩效补贴发放表".replace("演示村", session.centre.village_name)
    assert "已锁定" in rows[1][0] and f"{year}年{month}月" in rows[1][0] and "2,280.00" in rows[1][0]
    header = rows[2]
    assert header[:4] == ["序号", "姓名", "岗位", "在岗天数"] and {"基础补贴", "以案定补", "以奖代补", "扣减", "更正",
                                                                 "合计"} <= set(header)
    body = rows[3:3 + len(ledger.members)]
    total_col = header.index("合计")
    assert [r[1] for r in body] == [m.name for m in ledger.members]
    assert [round(r[total_col] * 100) for r in body] == [m.total for m in ledger.members]
    totals = rows[3 + len(ledger.members)]
    assert totals[1] == "合计" and round(totals[total_col] * 100) == ledger.total
    deduct = header.index("扣减")
    assert round(totals[deduct] * 100) == -100_00  # the demo's one warning
    assert any(r[0] and str(r[0]).startswith("制表人") and "主任" in str(r[0]) for r in rows)
    detail = [[c.value for c in r] for r in book["明细"].iter_rows()]
    assert len(detail) - 1 == sum(len(m.lines) for m in ledger.members)
    assert round(sum(r[5] for r in detail[1:]) * 100) == ledger.total
    import json

    status = json.loads(_run("--db", str(db), "status", "--json", *login).stdout)
    assert status["pay_unlocked_months"] == 0  # the demo locked last month
    assert status["pay_below_minimum"] == len(ledger.below_minimum)
    bad = _run("--db", str(db), "export", "pay", str(out), "--month", "2026-13", *login)
    assert bad.returncode == 1 and "2026-13" in bad.stderr and "Traceback" not in bad.stderr
