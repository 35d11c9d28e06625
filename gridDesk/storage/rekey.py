"""Changing the database's key in place: PRAGMA rekey on one connection.

SQLCipher's rekey rewrites every page in one transaction. It runs in rollback-journal mode
(rekey is not supported on a WAL database), so a crash mid-way rolls back to the old key.
"""

from __future__ import annotations

import time
from pathlib import Path

import sqlcipher3

from .engine import _key_pragma, keyed_connect

WAIT_FOR_READERS = 5.0  # seconds: a read finishing on another thread ends well within


def _out_of_wal(conn) -> None:
    """Checkpoint and leave WAL mode. Both need every other connection gone; a read that is
    finishing on another thread (the health check at start) answers "database is locked" and
    ignores the busy timeout here, so wait for it a little rather than fail a member's removal."""
    deadline = time.monotonic() + WAIT_FOR_READERS
    while True:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode.lower() == "delete":
                return
        except sqlcipher3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
        if time.monotonic() > deadline:
            raise RuntimeError("another connection still holds the database open")
        time.sleep(0.05)


def rekey(path: Path, old_key: bytes, new_key: bytes) -> None:
    conn = keyed_connect(path, old_key)
    try:
        _out_of_wal(conn)
        conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
