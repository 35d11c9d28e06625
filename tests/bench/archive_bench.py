"""Benchmark rows for archive packages: 1,000 closed cases with three photos each.

- the case file PDF, made once at closing: per case;
- the export (written straight into the "stick"'s `.partial` folder, flushed, read back and
  verified, renamed, recorded), median of --repeat exports each on a fresh copy of the database,
  against `cp -r` + `sync` of the finished package on the same disk, measured right after each;
- the verifier's integrity checks against hashing every file with SM3 and SHA-256, and the whole
  report (XML, PDF and image checks too) against the same.
"""

from __future__ import annotations

import hashlib
import inspect
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from io import BytesIO
from pathlib import Path

from PIL import Image

from gridDesk import paths
from gridDesk.archive.verify import verify_bag
from gridDesk.security.keycache import MemoryCache
from gridDesk.security.sm import file_digests
from gridDesk.services.access import Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.case_printouts import keep_case_file
from gridDesk.services.demo import DEMO_PASSWORD, DEMO_USER, build_demo
from gridDesk.storage.engine import keyed_connect

Row = tuple[str, float, float | None, str]
CASES, PHOTOS = 1000, 3
_ACTIONS = (("report", "reported", "reported"), ("file", "reported", "filed"), ("assign", "filed", "assigned"),
            ("start", "assigned", "in_progress"), ("feedback", "in_progress", "feedback"),
            ("revisit", "feedback", "feedback"), ("close", "feedback", "closed"))


def _photo(rng: random.Random) -> bytes:
    out = BytesIO()
    Image.effect_noise((640, 480), rng.uniform(20, 60)).convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue()


def _fill(session, rng: random.Random) -> None:
    conn = keyed_connect(session.db_path, session.dek)
    category = conn.execute("SELECT id FROM case_categories WHERE parent_id IS NOT NULL LIMIT 1").fetchone()[0]
    grid = conn.execute("SELECT id FROM grids LIMIT 1").fetchone()[0]
    photos = [_photo(rng) for _ in range(30)]
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    start = datetime.now() - timedelta(days=300)
    conn.execute("BEGIN")
    for n in range(CASES):
        at = start + timedelta(hours=6 * n)
        closed = at + timedelta(days=5)
        cur = conn.execute(
            "INSERT INTO cases (number, title, description, category_id, work_kind, channel, grid_id, place,"
            " reporter, reported_at, state, assignee, due_at, extension_days, extension_requested, result,"
            " satisfaction, revisited_at, closed_at, version, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (f"140105100201-{at.year}-B{n:05d}", f"基准案件 {n}", "邻里因排水沟发生争执，网格员到场调解。" * 3, category,
             "ordinary", "visit", grid, "东村3排", "网格员", at.strftime(fmt), "closed", "网格员",
             (at + timedelta(days=10)).strftime(fmt), 0, 0, "双方达成一致", "满意", closed.strftime(fmt),
             closed.strftime(fmt), 7, closed.strftime(fmt)))
        case_id = cur.lastrowid
        event_ids = []
        for i, (action, before, after) in enumerate(_ACTIONS):
            e = conn.execute("INSERT INTO case_events (case_id, at, account, action, from_state, to_state, detail)"
                             " VALUES (?,?,?,?,?,?,?)", (case_id, (at + timedelta(hours=12 * i)).strftime(fmt), "demo",
                                                          action, before, after, "基准"))
            event_ids.append(e.lastrowid)
        for p in range(PHOTOS):
            data = photos[(n * PHOTOS + p) % len(photos)]
            conn.execute("INSERT INTO attachments (owner, owner_id, case_event_id, name, kind, size, sha256, data,"
                         " added_by, added_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                         ("case", case_id, event_ids[p], f"现场{p + 1}.jpg", "photo", len(data),
                          hashlib.sha256(data).hexdigest(), data, "demo", at.strftime(fmt)))
    conn.execute("COMMIT")
    conn.close()


def _copy(bag: Path, target: Path) -> float:
    """`cp -r` of the finished package and a sync: one write of the same files, the baseline."""
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run(["sync"], check=False)
    t = time.perf_counter()
    subprocess.run(["cp", "-r", str(bag), str(target)], check=True)
    subprocess.run(["sync"], check=False)
    elapsed = time.perf_counter() - t
    shutil.rmtree(target, ignore_errors=True)
    return elapsed


def rows(folder: Path, repeat: int) -> list[Row]:
    work = folder / "archive-bench"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(work / "db", paths.migrations_dir(), 1000, make_access=make)
    session = make(summary.db_path).login(DEMO_USER, DEMO_PASSWORD)
    _fill(session, random.Random(11))
    ids = [r[0] for r in keyed_connect(session.db_path, session.dek).execute("SELECT id FROM cases ORDER BY id")]
    per_case = []
    for case_id in ids:  # what closing does, once per case
        t = time.perf_counter()
        keep_case_file(session, case_id)
        per_case.append(time.perf_counter() - t)
    db_name = session.db_path.name
    session.close()
    base = summary.db_path.parent
    exports, copies = [], []
    for n in range(repeat):  # each export on a fresh copy of the filled database, onto an empty stick
        run = work / f"run-{n}"
        shutil.copytree(base, run / "db")
        subprocess.run(["sync"], check=False)
        session = make(run / "db" / db_name).login(DEMO_USER, DEMO_PASSWORD)
        archive = ArchiveService(session)
        stick = run / "stick"
        stick.mkdir()
        # The code before issue 16 took a local scratch folder (measure it in the same hour with
        # this file copied over).
        extra = {"staging": run / "staging"} if "staging" in inspect.signature(archive.export).parameters else {}
        t = time.perf_counter()
        prepared, _report = archive.export(stick, **extra)
        exports.append(time.perf_counter() - t)
        bag = stick / prepared.name
        copies.append(_copy(bag, work / "copy"))
        key = archive.signing_key().public()
        session.close()
        if n + 1 < repeat:
            shutil.rmtree(run)
    export_time, copy_time = statistics.median(exports), statistics.median(copies)
    print("archive export runs:", [f"{e:.2f}" for e in exports], "cp -r + sync:", [f"{c:.2f}" for c in copies],
          file=sys.stderr)
    files = [p for p in bag.rglob("*") if p.is_file()]

    def hash_all() -> float:
        t = time.perf_counter()
        for p in files:
            file_digests(p)
        return time.perf_counter() - t

    hash_time = statistics.median(hash_all() for _ in range(repeat))

    def verify() -> float:
        t = time.perf_counter()
        assert verify_bag(bag, [key]).passed
        return time.perf_counter() - t

    verify_time = statistics.median(verify() for _ in range(repeat))

    def integrity() -> float:
        t = time.perf_counter()
        assert verify_bag(bag, [key], deep=False).passed
        return time.perf_counter() - t

    integrity_time = statistics.median(integrity() for _ in range(repeat))
    size = sum(p.stat().st_size for p in files) / 1024 ** 2
    return [("archive: case file PDF made at closing, per case (1,000 cases)", statistics.median(per_case), None,
             "< 0.050 s"),
            (f"archive: export 1,000 cases x 3 photos ({size:.0f} MB) vs cp -r of the package", export_time, copy_time,
             "<= 3x"),
            ("archive: verify, integrity checks vs SM3 + SHA-256 of every file", integrity_time, hash_time, "<= 1.5x"),
            ("archive: verify, the whole report vs the same hashing", verify_time, hash_time, "<= 10x")]
