"""GridDesk's benchmark: builds a synthetic village and prints a table of figures and ratios.

    uv run python tests/bench/run.py [--residents 100000] [--out DIR] [--repeat 5]

Rows (median of --repeat runs):
- unlock: Argon2id alone, and login minus Argon2id (budget: under 50 ms);
- open the database with the right key, against a plain SQLite file of the same data;
- cold start to the main window's first paint, after unlock, on SQLCipher and on plain SQLite,
  beside a bare PySide6 window (budget: 0.8 s after unlock);
- a workload (dashboard figures, a full read of the residents, 200 audited writes) on
  SQLCipher against plain SQLite (budget: 1.25x);
- the roster: search p95 over 1,000 mixed queries and against a bare query, opening the roster
  page and scrolling it end to end, exporting every resident against bare XlsxWriter, and
  importing a 10,000-row ledger against python-calamine reading it;
- visits and cases, with 20,000 cases and 200,000 visits added: the dashboard computed and
  painted, the cases page opened, the 12-week coverage matrix;
- training, with 500 members and 2,000 sessions over five years added: the compliance table;
- the quarterly review, 500 members over 20,000 cases, 200,000 visits and 50,000 log days with 300 patrolled risk points: the quarter, and one member's quarter with its evidence;
- the longest UI-thread stall (heartbeat gap) opening each page and in a few actions (budget:
  none over 100 ms);
- the monthly dispute report over 20,000 dispute cases: computed, and printed (A4 landscape);
- printouts: one A3 sign with six photo cards, 300 grids' signs in one PDF, 1,000 contact cards;
- archive packages, on a database of their own with 1,000 closed cases of three photos each: the
  case file made at closing, the export against `cp -r`, the verifier against plain hashing;
- backups, on a copy of the village database: the backup against copying the file, verified,
  and the restore against the verified backup.

- reports (issue 20): last month's summary report over the 20,000 cases, computed and printed;
- the township's reply package for one village (issue 21): built onto the stick against `cp -r`,
  and read and verified at the village (tests/bench/reply_bench.py runs alone too);

`--only activity|training|print|archive|backup|stalls|ledgers|review|reports|disputes|replies` runs just those rows (the village is built or reused first).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select  # noqa: E402

from gridDesk import paths  # noqa: E402
from gridDesk.security import crypto  # noqa: E402
from gridDesk.security.keycache import MemoryCache  # noqa: E402
from gridDesk.security.keyslots import KeySlotFile  # noqa: E402
from gridDesk.services.access import Access  # noqa: E402
from gridDesk.services.dashboard import DashboardService  # noqa: E402
from gridDesk.services.demo import DEMO_PASSWORD, DEMO_USER, build_demo  # noqa: E402
from gridDesk.services.settings import SettingsService  # noqa: E402
from gridDesk.storage.engine import keyed_connect  # noqa: E402
from gridDesk.storage.orm.roster import ResidentRow  # noqa: E402
from tests.bench.plain import _connect, export_plain, plain_session  # noqa: E402

PROBE = Path(__file__).with_name("startup_probe.py")


def median(f, repeat: int) -> float:
    return statistics.median(f() for _ in range(repeat))


def timed(f) -> float:
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def probe(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    out = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True,
                         env=env, timeout=300, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["total"] = result["painted"] - start
    return result


def workload(session) -> None:
    DashboardService(session).counts()
    with session.db.transaction() as s:
        for _ in s.execute(select(ResidentRow)).yield_per(5000):
            pass
    settings = SettingsService(session)
    for i in range(200):
        settings.set(f"bench{i % 20}", str(i))


def build(folder: Path, residents: int) -> tuple[Path, Path, bytes]:
    db = folder / "griddesk.db"
    plain = folder / "plain.db"
    if not db.exists():
        t = time.perf_counter()
        build_demo(folder, paths.migrations_dir(), residents,
                   make_access=lambda p: Access(p, paths.migrations_dir(), MemoryCache()))
        print(f"built a {residents:,}-resident village in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    access = Access(db, paths.migrations_dir(), MemoryCache())
    session = access.login(DEMO_USER, DEMO_PASSWORD)
    key = session.dek
    session.close()
    export_plain(db, key, plain)
    return db, plain, key


def compile_bytecode() -> None:
    """An installed GridDesk runs from compiled bytecode; measure that, not first-import compiling
    (this machine sets PYTHONDONTWRITEBYTECODE, so nothing would ever be cached otherwise)."""
    import compileall
    import sysconfig

    for folder in (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"],
                   str(Path(__file__).resolve().parents[2] / "gridDesk")):
        compileall.compile_dir(folder, quiet=2, workers=0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-roster", action="store_true", help="only the foundation rows")
    parser.add_argument("--only", choices=("activity", "training", "print", "archive", "backup", "stalls", "ledgers", "review", "reports", "disputes", "replies"), help="only these rows (the village is still built)")
    args = parser.parse_args()
    compile_bytecode()
    folder = args.out / f"village-{args.residents}"
    folder.mkdir(parents=True, exist_ok=True)
    db, plain, key = build(folder, args.residents)
    n = args.repeat
    rows: list[tuple[str, float, float | None, str]] = []
    if args.only == "backup":
        from tests.bench import backup_bench

        report(args, n, backup_bench.rows(folder, n))
        return
    if args.only:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PASSWORD)
        try:
            from tests.bench import activity_bench, training_bench

            if args.only == "ledgers":
                from tests.bench import roster_bench

                rows += roster_bench.export_rows(session, folder, max(1, n // 2))
                rows += roster_bench.import_rows(session, folder, max(1, n // 2))
            elif args.only == "review":
                from tests.bench import review_bench

                rows += review_bench.rows(session, n, folder)
            elif args.only == "reports":  # issue 20
                from tests.bench import report_bench

                rows += report_bench.rows(session, n)
            elif args.only == "disputes":
                from tests.bench import disputes_bench

                rows += disputes_bench.rows(folder, n)
            elif args.only == "replies":  # issue 21
                from tests.bench import reply_bench

                rows += reply_bench.rows(folder, n)
            elif args.only == "stalls":
                from tests.bench import stall_bench

                rows += stall_bench.rows(session, n)
            elif args.only in ("print", "archive"):
                from tests.bench import archive_bench, print_bench

                rows += (print_bench if args.only == "print" else archive_bench).rows(folder, n)
            else:
                rows += activity_bench.rows(session, n) if args.only == "activity" else \
                    training_bench.rows(session, n, folder)
        finally:
            session.close()
        report(args, n, rows)
        return

    # Unlock: Argon2id alone, then the whole login, on the real slot parameters.
    keyfile, _ = KeySlotFile.load(paths.keyslot_path(db))
    slot = keyfile.find(DEMO_USER)
    argon = median(lambda: timed(lambda: crypto.argon2id(DEMO_PASSWORD, slot.salt, slot.kdf)), n)
    access = Access(db, paths.migrations_dir(), MemoryCache())

    def login_less_argon() -> float:
        # Argon2 and the login in the same breath, so the machine's mood cancels out.
        a = timed(lambda: crypto.argon2id(DEMO_PASSWORD, slot.salt, slot.kdf))
        t = time.perf_counter()
        access.login(DEMO_USER, DEMO_PASSWORD).close()
        return max(0.0, time.perf_counter() - t - a)

    rows.append(("unlock: Argon2id (64 MiB, t=3, p=4)", argon, None, "-"))
    rows.append(("unlock: everything else", median(login_less_argon, n), None, "< 0.050 s"))

    def open_enc() -> float:
        return timed(lambda: keyed_connect(db, key).execute("SELECT count(*) FROM residents").fetchone())

    def open_plain() -> float:
        return timed(lambda: _connect(plain).execute("SELECT count(*) FROM residents").fetchone())

    rows.append(("open database + first read", median(open_enc, n), median(open_plain, n), "-"))

    bare = statistics.median(probe("bare")["total"] for _ in range(n))
    enc_runs = [probe("sqlcipher", str(db), DEMO_USER, DEMO_PASSWORD) for _ in range(n)]
    enc_after = statistics.median(r["total"] - r["unlock"] for r in enc_runs)
    enc_filled = statistics.median(r["filled"] - r["painted"] + r["total"] - r["unlock"] for r in enc_runs)
    plain_start = statistics.median(probe("plain", str(plain))["total"] for _ in range(n))
    rows.append(("cold start to first paint, bare PySide6 window", bare, None, "-"))
    rows.append(("cold start to main window, after unlock", enc_after, plain_start, "<= 0.8 s"))
    rows.append(("  ... and to the dashboard's figures filled in", enc_filled, None, "-"))

    session = access.login(DEMO_USER, DEMO_PASSWORD)
    _, plain_s = plain_session(plain)
    enc_work = median(lambda: timed(lambda: workload(session)), n)
    plain_work = median(lambda: timed(lambda: workload(plain_s)), n)
    session.close()
    plain_s.close()
    rows.append(("workload: dashboard + read all residents + 200 audited writes", enc_work, plain_work,
                 "<= 1.25x"))

    if not args.skip_roster:
        from tests.bench import roster_bench

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        session = access.login(DEMO_USER, DEMO_PASSWORD)
        try:
            rows += roster_bench.search_rows(session, 1000)
            rows += roster_bench.page_rows(session, n)
            rows += roster_bench.export_rows(session, folder, max(1, n // 2))
            rows += roster_bench.import_rows(session, folder, max(1, n // 2))
            from tests.bench import activity_bench, training_bench

            rows += activity_bench.rows(session, n)
            from tests.bench import report_bench

            rows += report_bench.rows(session, n)  # issue 20: after activity_bench's cases
            rows += training_bench.rows(session, n, folder)
            from tests.bench import review_bench

            rows += review_bench.rows(session, n, folder)
            from tests.bench import disputes_bench

            rows += disputes_bench.rows(folder, n)
            from tests.bench import reply_bench

            rows += reply_bench.rows(folder, n)
            from tests.bench import stall_bench

            rows += stall_bench.rows(session, n)
            from tests.bench import print_bench

            rows += print_bench.rows(folder, n)
            from tests.bench import archive_bench

            rows += archive_bench.rows(folder, n)
            from tests.bench import backup_bench

            rows += backup_bench.rows(folder, n)
        finally:
            session.close()

    report(args, n, rows)


def report(args, n: int, rows: list[tuple[str, float, float | None, str]]) -> None:
    print(f"\nGridDesk benchmark, {args.residents:,} residents, median of {n} runs "
          f"({os.cpu_count()} cores)\n")
    print("| measurement | GridDesk (SQLCipher) | plain SQLite | ratio | budget |")
    print("|---|---:|---:|---:|---|")
    for name, ours, base, budget in rows:
        base_s = f"{base:.3f} s" if base is not None else "-"
        ratio = f"{ours / base:.2f}x" if base else "-"
        print(f"| {name} | {ours:.3f} s | {base_s} | {ratio} | {budget} |")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Qt widgets made by the page rows can crash the interpreter's final teardown (shiboken
    # deallocating during garbage collection); the table is printed, so leave without it.
    os._exit(0)
