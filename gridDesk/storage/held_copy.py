"""A backup as the database file's own bytes, copied while the database is held still.

A copy of a database file that is being written can be torn (pages from before and after a
commit), and in WAL mode the file alone may miss committed pages still in the -wal. So:

1. `PRAGMA wal_checkpoint(TRUNCATE)`: every committed page is written into the file and the WAL
   is emptied (truncated to 0 bytes). It waits for readers still on older snapshots; if one
   keeps it from finishing, the database cannot be held still this time (the backup API then
   does the copy, which copes with that).
2. `BEGIN IMMEDIATE` on the same connection: SQLite's write lock, which every writer (in this
   process or any other) must take before it appends to the WAL. Readers go on reading. A
   checkpoint can no longer write into the file either, since it only copies WAL frames and the
   WAL stays empty while nobody else can write. (A checkpoint is refused inside a transaction,
   hence this order.)
3. Check that the WAL is still empty (a writer may have committed between 1 and 2); if not,
   let go and leave it to the backup API.
4. Copy the file's bytes while the row counts are taken on the held connection (the same moment,
   on the other core), let go, and fsync the copy (its bytes were read under the lock; flushing
   them to the stick needs no lock, so writers wait only for the copy itself).

The copy is then a whole SQLCipher file of the same key: same salt, same encrypted pages with
their HMACs. It is verified by opening it with the key (backup.verify_copy). Why this is safe
for GridDesk in particular (the instance lock, POSIX lock semantics, Windows byte-range locks)
is in docs/held-backup.md ("Why a byte copy of the held database is safe here")."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..domain.errors import BackupFailed
from ..security.fileio import open_private
from .engine import keyed_connect

Progress = Callable[[int, int], None] | None
BLOCK = 8 << 20  # 8 MB between progress reports
# SQLite's lock-byte page sits at 1 GiB (PENDING_BYTE). On Windows, SQLite's locks there are
# mandatory byte-range locks, so a plain read of that range fails while a connection holds one;
# a database that large is copied by the backup API instead.
LOCK_BYTE_OFFSET = 1 << 30
# How long the checkpoint waits for readers on an older snapshot before the backup API is used.
CHECKPOINT_WAIT_MS = 2000
# How long the held transaction waits for a writer of the app's own to finish.
WRITER_WAIT_MS = 5000
# sendfile between these two files is not supported here: plain reads and writes instead
_NO_SENDFILE = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSOCK}


def table_counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def wal_is_empty(db: Path) -> bool:
    wal = Path(f"{db}-wal")
    return not wal.exists() or wal.stat().st_size == 0


def checkpoint(conn) -> bool:
    """Everything committed into the file and the WAL truncated; False when a reader kept it from
    finishing (the WAL is then left as it was, nothing is lost)."""
    busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def copy_bytes(source: Path, dest: Path, progress: Progress = None) -> int:
    """The file's bytes into a new private file, in blocks (progress in bytes). Not fsynced."""
    total = Path(source).stat().st_size
    done = 0
    with open(source, "rb") as fin, open_private(dest) as fout:
        while done < total:
            n = _block(fin.fileno(), fout, done, min(BLOCK, total - done))
            if n == 0:
                break  # shorter than it said: the verification will say what is missing
            done += n
            if progress:
                progress(done, total)
    return done


def _block(fd_in: int, fout, offset: int, count: int) -> int:
    if hasattr(os, "sendfile") and os.name == "posix":
        try:  # kernel to kernel, no copy through Python's buffers
            return os.sendfile(fout.fileno(), fd_in, offset, count)
        except OSError as exc:
            if exc.errno not in _NO_SENDFILE:
                raise
    data = os.pread(fd_in, count, offset) if hasattr(os, "pread") else _read_at(fd_in, offset, count)
    fout.write(data)
    fout.flush()  # the next block may go by sendfile, at the descriptor's own position
    return len(data)


def _read_at(fd: int, offset: int, count: int) -> bytes:
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, count)


def held_copy(src: Path, key: bytes, dest: Path, progress: Progress = None) -> dict[str, int] | None:
    """Copies `src` to `dest` as bytes while it is held still, and returns its row counts of that
    moment; None, with nothing written, when it cannot be held still (the caller then uses the
    backup API). `dest` is not fsynced here."""
    src, dest = Path(src), Path(dest)
    if src.stat().st_size >= LOCK_BYTE_OFFSET:
        return None
    conn = keyed_connect(src, key)
    try:
        conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        if not checkpoint(conn):
            return None
        conn.execute(f"PRAGMA busy_timeout = {WRITER_WAIT_MS}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not wal_is_empty(src):  # a writer came in between the checkpoint and the lock
                return None
            # Leaving the pool waits for the count, so the connection is idle before it lets go.
            with ThreadPoolExecutor(max_workers=1) as pool:
                counting = pool.submit(table_counts, conn)
                copy_bytes(src, dest, progress)
                counts = counting.result()
            if not wal_is_empty(src):  # cannot happen under the write lock; if it ever does, no copy
                raise BackupFailed("backup_failed.not_still")
        finally:
            conn.execute("ROLLBACK")  # nothing was written: this only lets go of the lock
    finally:
        conn.close()
    return counts
