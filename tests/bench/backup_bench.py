"""Benchmark rows for backups, on a copy of the 100,000-resident village database:

- a backup (the database file's bytes, copied while it is held still, with its row counts;
  fsynced) against copying the database file (read, write, fsync) on the same disk;
- the same with its verification (cipher_integrity_check, quick_check, row counts) and the
  key-slot file and description: a whole generation as `griddesk backup` writes it;
- a restore, verification included, against that verified backup.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.backups import BackupService
from gridDesk.services.demo import DEMO_PASSWORD, DEMO_USER
from gridDesk.services.restore import RestoreService
from gridDesk.storage.backup import export_copy, snapshot

Row = tuple[str, float, float | None, str]


def _copy(source: Path, target: Path) -> float:
    target.unlink(missing_ok=True)
    t = time.perf_counter()
    shutil.copyfile(source, target)
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())
    return time.perf_counter() - t


def rows(folder: Path, repeat: int) -> list[Row]:
    work = folder / "backup-bench"
    shutil.rmtree(work, ignore_errors=True)
    (work / "centre").mkdir(parents=True)
    source = Access(folder / paths.DB_NAME, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PASSWORD)
    db = work / "centre" / paths.DB_NAME
    export_copy(source.db_path, source.dek, db)
    shutil.copyfile(paths.keyslot_path(source.db_path), paths.keyslot_path(db))
    # The login counter is authenticated: without it every account is locked, as if tampered with.
    shutil.copyfile(paths.lockout_path(source.db_path), paths.lockout_path(db))
    source.close()
    session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PASSWORD)
    try:
        service = BackupService(session)
        service.set_keep(2)
        size = db.stat().st_size
        copies, plain, verified, restores = [], [], [], []
        for i in range(repeat):
            copies.append(_copy(db, work / "copy.db"))
            target = work / f"snap-{i}.db"
            t = time.perf_counter()
            snapshot(db, session.dek, target)
            plain.append(time.perf_counter() - t)
            target.unlink()
            t = time.perf_counter()
            info = service.backup(work / "backups")
            verified.append(time.perf_counter() - t)
            t = time.perf_counter()
            RestoreService(session, paths.migrations_dir()).restore(info.folder)
            restores.append(time.perf_counter() - t)
        copy_s, plain_s, verified_s = (statistics.median(x) for x in (copies, plain, verified))
        return [
            (f"backup of the {size / 2 ** 20:.0f} MB database (its bytes, held still) vs copying the file", plain_s, copy_s,
             "<= 2x"),
            ("  ... verified (page HMACs, quick_check, row counts) vs copying the file", verified_s, copy_s,
             "<= 4x"),
            ("restore, verification included, vs the verified backup", statistics.median(restores), verified_s,
             "<= 2x"),
        ]
    finally:
        session.close()
