"""The township import against the verifier alone (issue 21 budget: at most 2x), and the township's
dashboard and escalation queue over the villages loaded (budgets 0.3 s and 0.2 s).

    uv run python tests/bench/township_bench.py [--villages 30] [--cases 1000] [--residents 5000]
        [--escalations 20] [--repeat 2] [--cache DIR]

Builds a stick of N villages' first batches (each: --cases closed cases with a case-file PDF and a
photo of about 150 kB, every one its own file; --escalations 上报件 with their slips; a roster of
--residents; training, visits and a monthly report), then, --repeat times: `verify_path` over the
stick (what `griddesk verify` runs), and `griddesk township import` (verifier + loading + the
content-addressed copy of every file) into a fresh township on the encrypted file and, when
GRIDDESK_TEST_PG is set, on PostgreSQL; on each loaded township, `township_status` (the
dashboard's data) and `escalation_queue`, median of 5.

--cache DIR keeps the stick (and the villages' public keys) in DIR/stick-<sizes> and uses it again
on the next run with the same sizes: the full size takes minutes to build and about 5 GB. The
townships themselves are made under DIR and deleted at the end, not between imports: on an ext4
without a journal (this machine's) each file created just after many were deleted costs a
millisecond or two (the allocator steps over recently deleted inodes), which would be charged to
the next import and not to the verifier (about 5 GB per import stays until the end)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gridDesk.archive.trust import Registration  # noqa: E402
from gridDesk.archive.verify import verify_path  # noqa: E402
from gridDesk.security.sm import PublicKey  # noqa: E402
from gridDesk.services.township import add_village, create_township, open_township  # noqa: E402
from gridDesk.services.township_import import import_stick  # noqa: E402
from gridDesk.services.township_status import escalation_queue, township_status  # noqa: E402
from tests.township.packages import Village  # noqa: E402

PASSWORD = "Grid@2026pass"


def build(stick: Path, villages: int, cases: int, residents: int, escalations: int) -> list[dict]:
    """The stick, and each village's code, name and public key (all the township registers)."""
    out = []
    for n in range(villages):
        v = Village(f"140105100{201 + n:03d}", f"第{n + 1}村综治中心", unique_files=True)
        items = (*(v.case(i, grid=f"G{i % 8:02d}") for i in range(1, cases + 1)),
                 *(v.escalation(cases + i) for i in range(1, escalations + 1)),
                 v.roster({f"G{g:02d}": residents // 8 for g in range(8)}), v.training(), v.visits(), v.report())
        v.batch(stick, items=items)
        out.append({"code": v.code, "name": v.name, "pem": v.key.public().pem()})
        print(f"  built {v.code} ({n + 1}/{villages})", file=sys.stderr, flush=True)
    return out


def cached_stick(cache: Path | None, args: argparse.Namespace) -> tuple[Path, list[dict], Path]:
    """(the stick, its villages, a folder for this run's townships)."""
    if cache is None:
        work = Path(tempfile.mkdtemp(prefix="township-bench-"))
        stick = work / "stick"
        return stick, build(stick, args.villages, args.cases, args.residents, args.escalations), work
    cache.mkdir(parents=True, exist_ok=True)
    folder = cache / f"stick-{args.villages}x{args.cases}c-{args.residents}r-{args.escalations}e"
    listing = folder / "villages.json"
    if not listing.exists():  # absent, or a build that was interrupted: built again from nothing
        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        villages = build(folder / "stick", args.villages, args.cases, args.residents, args.escalations)
        listing.write_text(json.dumps(villages), encoding="utf-8")  # written last: the stick is whole
        print(f"  stick built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return folder / "stick", json.loads(listing.read_text(encoding="utf-8")), Path(tempfile.mkdtemp(dir=cache))


def timed(call, times: int = 5) -> float:
    seconds = []
    for _ in range(times):
        t = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - t)
    return statistics.median(seconds)


def township_import(spec: str, files: Path, villages: list[dict], stick: Path) -> tuple[float, float, float, int]:
    """(import seconds, dashboard seconds, queue seconds, escalations queued)."""
    create_township(spec, "140105100", "小店镇", "zhuren", "李主任", PASSWORD, files)
    session = open_township(spec, "zhuren", PASSWORD)
    try:
        for v in villages:
            add_village(session, v["code"], v["name"][:8], PublicKey.from_pem(v["pem"]).fingerprint())
        t = time.perf_counter()
        summary = import_stick(session, stick)
        elapsed = time.perf_counter() - t
        assert summary.loaded == len(villages), [p.reasons for p in summary.packages if p.reasons][:3]
        queued = len(escalation_queue(session, date.today()))
        return (elapsed, timed(lambda: township_status(session, date.today())),
                timed(lambda: escalation_queue(session, date.today())), queued)
    finally:
        session.close()


def on_postgres(url: str, files: Path, villages: list[dict], stick: Path) -> tuple[float, float, float, int]:
    import psycopg

    name = f"tw_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    base, _, query = url.partition("?")
    pg = base.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")
    try:
        return township_import(pg, files, villages, stick)
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--villages", type=int, default=30)
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--residents", type=int, default=5000)
    ap.add_argument("--escalations", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--no-file", action="store_true", help="PostgreSQL only")
    args = ap.parse_args()
    stick, villages, work = cached_stick(args.cache, args)
    size = sum(f.stat().st_size for f in stick.rglob("*") if f.is_file())
    trusted = [Registration(PublicKey.from_pem(v["pem"]), v["code"]) for v in villages]
    url = os.environ.get("GRIDDESK_TEST_PG", "")
    print(f"{len(villages)} villages x {args.cases} cases (PDF + photo each, every file its own), "
          f"{args.escalations} 上报件 and {args.residents} residents each; stick {size / 2**20:.0f} MiB")
    try:
        for run in range(1, args.repeat + 1):
            load = os.getloadavg()
            t = time.perf_counter()
            reports = verify_path(stick, trusted)
            verify = time.perf_counter() - t
            assert all(r.passed for r in reports), [c.reason for r in reports for c in r.checks if not c.ok][:5]
            rows = [("verifier alone (verify_path)", verify)]
            results = []
            if not args.no_file:
                results.append(("SQLCipher file", township_import(str(work / f"file{run}" / "township.db"),
                                                                  work / f"file{run}-files", villages, stick)))
            if url:
                results.append(("PostgreSQL", on_postgres(url, work / f"pg{run}-files", villages, stick)))
            print(f"run {run} (load average before it {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}):")
            print(f"  {rows[0][0]:<38} {verify:8.2f} s  1.00x")
            for label, (seconds, dashboard, queue, queued) in results:
                print(f"  {'township import, ' + label:<38} {seconds:8.2f} s  {seconds / verify:5.2f}x  (budget 2x)")
                print(f"  {'  township_status, ' + label:<38} {dashboard:8.3f} s  (budget 0.3 s)")
                print(f"  {'  escalation queue (' + str(queued) + '), ' + label:<38} {queue:8.3f} s  (budget 0.2 s)")
            sys.stdout.flush()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
