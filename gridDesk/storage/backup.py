"""Keyed copies of a live database (its bytes, held still; the SQLite backup API when it cannot be
held still), and the checks that say a copy (or the live file) is whole: cipher_integrity_check,
quick_check or integrity_check, row counts."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlcipher3

from ..domain.errors import BackupFailed
from ..security.fileio import make_private, open_private, private_dir
from .engine import _key_pragma, keyed_connect
from .held_copy import copy_bytes, held_copy, table_counts

Progress = Callable[[int, int], None] | None
STEP_PAGES = 2048  # 8 MB of pages between progress reports


def _new_keyed_file(path: Path, key: bytes) -> sqlcipher3.Connection:
    """The target of a backup: keyed like the source; no journal and no syncs while it is
    filled, because it is a temporary name until it has been checked and fsynced whole."""
    open_private(path).close()  # created 0600 before SQLite fills it
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(key))
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def _plain(exc: Exception) -> BackupFailed:
    """The refusal for SQLite's error while copying, its own text shown as it is."""
    text = str(exc)
    if "full" in text:
        return BackupFailed("backup_failed.full")
    if "I/O" in text or "readonly" in text or "unable to open" in text:
        return BackupFailed("backup_failed.write", os_error=text)
    return BackupFailed("backup_failed.other", os_error=text)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def snapshot(src: Path, key: bytes, dest: Path, progress: Progress = None) -> dict[str, int]:
    """A copy of the database at `src` in the new file `dest` (fsynced), and its row counts of
    the same moment: its bytes, held still (held_copy), or page by page through the backup API
    when it cannot be held still."""
    dest = Path(dest)
    for leftover in (dest, Path(f"{dest}-wal"), Path(f"{dest}-shm"), Path(f"{dest}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        counts = held_copy(src, key, dest, progress)
    except sqlcipher3.Error as exc:
        raise _plain(exc) from None
    if counts is None:
        counts = _backup_api_copy(src, key, dest, progress)
    fsync_file(dest)
    return counts


def _backup_api_copy(src: Path, key: bytes, dest: Path, progress: Progress) -> dict[str, int]:
    """Page by page, inside one read transaction so the copy and the counts are the same moment."""
    source = keyed_connect(src, key)
    target = None
    try:
        source.execute("BEGIN")
        counts = table_counts(source)
        target = _new_keyed_file(dest, key)

        def report(_status: int, remaining: int, total: int) -> None:
            if progress:
                progress(total - remaining, total)

        source.backup(target, pages=STEP_PAGES, progress=report)
        source.execute("COMMIT")
        # The copied header says WAL; a copy at rest is one file, read by read-only checks.
        target.execute("PRAGMA journal_mode = DELETE")
    except sqlcipher3.Error as exc:
        raise _plain(exc) from None
    finally:
        if target is not None:
            target.close()
        source.close()
    return counts


def _open_for_check(path: Path, key: bytes, at_rest: bool = False) -> sqlcipher3.Connection:
    """Read-only. `at_rest`: a copy that nothing else has open and that has no WAL of its own (a
    backup, a staged restore): opened immutable, so no -wal and -shm are made beside it on the
    stick (a read-only open of a file whose header says WAL would leave both behind)."""
    flags = "mode=ro&immutable=1" if at_rest else "mode=ro"
    conn = sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?{flags}", uri=True,
                              check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(key))
    conn.execute("PRAGMA cipher_compatibility = 4")
    # integrity_check walks every index against its table: with SQLite's default 2 MB cache it
    # decrypts the same pages again and again (3x slower on the 100,000-resident database).
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def _cipher_problems(path: Path, key: bytes, at_rest: bool = False) -> list[str]:
    conn = _open_for_check(path, key, at_rest)
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()


def _structure_problems(path: Path, key: bytes, pragma: str, at_rest: bool = False) -> list[str]:
    conn = _open_for_check(path, key, at_rest)
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
        return [] if rows == ["ok"] else rows
    finally:
        conn.close()


def _guarded(check: Callable[[], list[str]]) -> list[str]:
    try:
        return check()
    except sqlcipher3.Error as exc:  # a damaged page often fails the read itself
        return [str(exc)]


def check_file(path: Path, key: bytes, *, full: bool = True, at_rest: bool = False) -> list[str]:
    """Problems found in the file, none if it is whole. The page check (every page's HMAC) and
    the structure check run on two connections at once: they take the two cores, not the sum."""
    structure = "integrity_check" if full else "quick_check"
    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = pool.submit(_guarded, lambda: _cipher_problems(path, key, at_rest))
        tree = pool.submit(_guarded, lambda: _structure_problems(path, key, structure, at_rest))
        return pages.result() + tree.result()


def audit_head_of(path: Path, key: bytes) -> str:
    """"<count> <head>" of a copy's audit chain, for backup.json."""
    conn = _open_for_check(path, key, at_rest=True)
    try:
        row = conn.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return f"{row[0]} {row[1]}" if row else "0 " + "0" * 64


def file_counts(path: Path, key: bytes, at_rest: bool = False) -> dict[str, int]:
    conn = _open_for_check(path, key, at_rest)
    try:
        return table_counts(conn)
    finally:
        conn.close()


def verify_copy(path: Path, key: bytes, expected: dict[str, int] | None = None) -> None:
    """A copy at rest, opened with the key: every page's HMAC (cipher_integrity_check), its
    structure (quick_check: every b-tree page and cell, the free list, no page lost; the full
    integrity_check, which also matches every index entry to its row, is the weekly check of the
    live file), and the row counts of the moment it was taken. The page check and the count run
    on one core while the structure check runs on the other."""
    def pages_then_counts() -> tuple[list[str], dict[str, int] | None]:
        problems = _guarded(lambda: _cipher_problems(path, key, at_rest=True))
        if problems or expected is None:
            return problems, None
        try:
            return [], file_counts(path, key, at_rest=True)
        except sqlcipher3.Error as exc:
            return [str(exc)], None

    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(pages_then_counts)
        tree = pool.submit(_guarded, lambda: _structure_problems(path, key, "quick_check", at_rest=True))
        (page_problems, counts), tree_problems = first.result(), tree.result()
    problems = page_problems + tree_problems
    if problems:
        raise BackupFailed("backup_failed.check", detail="; ".join(problems[:3]))
    if expected is not None and counts != expected:
        raise BackupFailed("backup_failed.counts")


def export_copy(src: Path, key: bytes, dest: Path) -> dict[str, int]:
    """A verified keyed copy of `src` at `dest` (temporary name, check, fsync, rename)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    try:
        counts = snapshot(src, key, tmp)
        verify_copy(tmp, key, counts)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return counts


def copy_file(source: Path, dest: Path, progress: Progress = None) -> None:
    """A plain copy, fsynced: for files that are already keyed (a backup placed back)."""
    copy_bytes(source, dest, progress)
    fsync_file(dest)
    make_private(dest)


def raw_rescue(db: Path, folder: Path) -> Path:
    """The files of a database too damaged to back up properly, copied as they are."""
    private_dir(folder)
    for part in (db, Path(f"{db}-wal")):
        if part.exists():
            shutil.copyfile(part, folder / part.name)
            make_private(folder / part.name)
            fsync_file(folder / part.name)
    return folder


def settle(path: Path, key: bytes) -> None:
    """Everything of `path` inside the file itself (no -wal beside it), ready to be renamed."""
    conn = keyed_connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size == 0:
        wal.unlink()
    Path(f"{path}-shm").unlink(missing_ok=True)
    if wal.exists():
        raise BackupFailed("backup_failed.unsettled")
