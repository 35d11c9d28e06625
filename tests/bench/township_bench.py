"""The township import against the verifier alone (issue 21 budget: at most 2x).

    uv run python tests/bench/township_bench.py [--villages 10] [--cases 200] [--residents 2000]

Builds a stick of N villages' first batches (each: its closed cases with a case-file PDF and a
photo, a roster of --residents, training and visits), then times, each on a fresh copy of the
state: `verify_path` over the stick (what `griddesk verify` runs), and `griddesk township import`
(verifier + loading + the content-addressed copy of every file) on the encrypted file and, when
GRIDDESK_TEST_PG is set, on PostgreSQL."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gridDesk.archive.trust import Registration  # noqa: E402
from gridDesk.archive.verify import verify_path  # noqa: E402
from gridDesk.services.township import add_village, create_township, open_township  # noqa: E402
from gridDesk.services.township_import import import_stick  # noqa: E402
from tests.township.packages import Village  # noqa: E402

PASSWORD = "Grid@2026pass"


def build(stick: Path, villages: int, cases: int, residents: int) -> list[Village]:
    out = []
    for n in range(villages):
        v = Village(f"140105100{201 + n:03d}", f"第{n + 1}村综治中心")
        items = (*(v.case(i, grid=f"G{i % 8:02d}") for i in range(1, cases + 1)),
                 v.roster({f"G{g:02d}": residents // 8 for g in range(8)}), v.training(), v.visits(), v.report())
        v.batch(stick, items=items)
        out.append(v)
    return out


def township_import(spec: str, files: Path, villages: list[Village], stick: Path) -> float:
    create_township(spec, "140105100", "小店镇", "zhuren", "李主任", PASSWORD, files)
    session = open_township(spec, "zhuren", PASSWORD)
    try:
        for v in villages:
            add_village(session, v.code, v.name[:8], v.fingerprint)
        t = time.perf_counter()
        summary = import_stick(session, stick)
        elapsed = time.perf_counter() - t
        assert summary.loaded == len(villages), [p.reasons for p in summary.packages if p.reasons]
        return elapsed
    finally:
        session.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--villages", type=int, default=10)
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--residents", type=int, default=2000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="township-bench-"))
    stick = work / "stick"
    villages = build(stick, args.villages, args.cases, args.residents)
    size = sum(f.stat().st_size for f in stick.rglob("*") if f.is_file())
    trusted = [Registration(v.key.public(), v.code) for v in villages]
    t = time.perf_counter()
    reports = verify_path(stick, trusted)
    verify = time.perf_counter() - t
    assert all(r.passed for r in reports), [c.reason for r in reports for c in r.checks if not c.ok][:5]
    rows = [("verifier alone (verify_path)", verify, 1.0)]
    file_time = township_import(str(work / "file" / "township.db"), work / "file-files", villages, stick)
    rows.append(("township import, SQLCipher file", file_time, file_time / verify))
    url = os.environ.get("GRIDDESK_TEST_PG", "")
    if url:
        import psycopg

        name = f"tw_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        base, _, query = url.partition("?")
        pg = base.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")
        try:
            pg_time = township_import(pg, work / "pg-files", villages, stick)
            rows.append(("township import, PostgreSQL", pg_time, pg_time / verify))
        finally:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"{args.villages} villages x {args.cases} cases (PDF + photo each), {args.residents} residents each; "
          f"stick {size / 2**20:.1f} MiB")
    for label, seconds, ratio in rows:
        print(f"  {label:<36} {seconds:8.2f} s  {ratio:5.2f}x  (budget 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
