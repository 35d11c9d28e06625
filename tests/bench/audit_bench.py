"""Benchmark row for the audit chain, on a centre database of its own with 1,000,000 audit rows:

- `audit verify` (AuditService.verify: read every row from SQLCipher, re-derive leaf and link)
  against SM3-hashing the same canonical rows in a bare loop, the rows already in memory
  (budget: 2x).
- the audit page opened (built, the newest 500 rows fetched, read back, their records' titles
  looked up in bulk and put in sentences) against the reads the page makes through the service
  (its accounts, rows and count, raw); the budget is against the page before it spoke in
  sentences (no slower than 1.2x), measured with the older code in the same hour.

    uv run python tests/bench/audit_bench.py [--rows 1000000] [--out DIR] [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gridDesk import paths  # noqa: E402
from gridDesk.security.audit_chain import canonical, row_hash  # noqa: E402
from gridDesk.security.keycache import MemoryCache  # noqa: E402
from gridDesk.services.access import Access  # noqa: E402
from gridDesk.services.audit import AuditFilter, AuditService  # noqa: E402
from gridDesk.storage.engine import keyed_connect  # noqa: E402

Row = tuple[str, float, float | None, str]
USER, PASSWORD = "zhuren", "Bench@2026pass"
_ACTIONS = ("login", "write", "unmask", "print", "export", "logout")


def _fill(db: Path, dek: bytes, total: int) -> None:
    """Rows shaped like a busy centre's: a login, writes with targets and details, unmasks with reasons."""
    conn = keyed_connect(db, dek)
    last = conn.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    row_id, prev = last
    batch = []
    while row_id < total:
        row_id += 1
        action = _ACTIONS[row_id % len(_ACTIONS)]
        ts = f"2026-{1 + row_id % 12:02d}-{1 + row_id % 28:02d}T{row_id % 24:02d}:{row_id % 60:02d}:00+08:00"
        target = f"resident {row_id % 100000}" if action != "login" else ""
        detail = f"核对户籍信息 第 {row_id} 次" if action == "unmask" else f"field=phone;grid=00{row_id % 9}"
        prev = row_hash(prev, row_id, ts, "wangxm", action, target, detail)
        batch.append((row_id, ts, "wangxm", action, target, detail, prev))
        if len(batch) == 50_000:
            conn.executemany("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?)", batch)
            conn.commit()
            batch.clear()
    if batch:
        conn.executemany("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?)", batch)
        conn.commit()
    conn.close()


def rows(folder: Path, repeat: int, total: int = 1_000_000) -> list[Row]:
    work = folder / "audit-bench"
    db = work / "centre" / paths.DB_NAME
    access = Access(db, paths.migrations_dir(), MemoryCache())
    if not db.exists():
        shutil.rmtree(work, ignore_errors=True)
        access.create_centre("基准村", "140105100201", "小店镇", USER, "王主任", PASSWORD)
    session = access.login(USER, PASSWORD)
    try:
        _fill(db, session.dek, total)
        conn = keyed_connect(db, session.dek)
        loaded = conn.execute("SELECT id, ts, account, action, target, detail FROM audit_log "
                              "ORDER BY id").fetchall()
        conn.close()

        def bare() -> float:
            t = time.perf_counter()
            for r in loaded:
                hashlib.new("sm3", canonical(*r)).digest()
            return time.perf_counter() - t

        def hash_only(bodies=[canonical(*r) for r in loaded]) -> float:  # noqa: B006
            t = time.perf_counter()
            for b in bodies:
                hashlib.new("sm3", b).digest()
            return time.perf_counter() - t

        def ours() -> float:
            t = time.perf_counter()
            report = AuditService(session).verify()
            assert report.ok and report.rows_checked >= total, report.reason
            return time.perf_counter() - t

        def page_open() -> float:
            import os

            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            from gridDesk.ui.pages.audit_page import AuditPage

            app = QApplication.instance() or QApplication([])
            t = time.perf_counter()
            page = AuditPage(AuditService(session))
            page.refresh()
            app.processEvents()
            spent = time.perf_counter() - t
            page.deleteLater()
            app.processEvents()
            return spent

        def page_query() -> float:
            from gridDesk.ui.pages.audit_page import PAGE_SIZE

            since = time.strftime("%Y-%m-%d", time.localtime(time.time() - 183 * 86400))  # the page's default
            service = AuditService(session)
            t = time.perf_counter()
            service.accounts()
            service.query(AuditFilter(since=since, until=time.strftime("%Y-%m-%d")), limit=PAGE_SIZE)
            return time.perf_counter() - t

        opened = statistics.median(page_open() for _ in range(repeat))
        queried = statistics.median(page_query() for _ in range(repeat))
        base = statistics.median(bare() for _ in range(repeat))
        bytes_only = statistics.median(hash_only() for _ in range(repeat))
        mine = statistics.median(ours() for _ in range(repeat))
    finally:
        session.close()
    n = f"{len(loaded):,}"
    return [(f"audit verify, {n} rows, vs canonical + SM3 of each row in memory", mine, base, "<= 2x"),
            (f"(the same, vs SM3 of the canonical bytes alone, {n} rows)", mine, bytes_only, "—"),
            (f"audit page opened on {n} rows (500 in sentences) vs the reads it makes (accounts, rows, count)",
             opened, queried, "— (the page before: see README)")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| measurement | GridDesk | baseline | ratio | budget |")
    print("|---|---:|---:|---:|---|")
    for name, ours, base, budget in rows(args.out, args.repeat, args.rows):
        print(f"| {name} | {ours:.3f} s | {base:.3f} s | {ours / base:.2f}x | {budget} |")


if __name__ == "__main__":
    main()
