"""Changing the database's key in place: PRAGMA rekey on one connection.

SQLCipher's rekey rewrites every page in one transaction. It runs in rollback-journal mode
(rekey is not supported on a WAL database), so a crash mid-way rolls back to the old key.
"""

from __future__ import annotations

from pathlib import Path

from .engine import _key_pragma, keyed_connect


def rekey(path: Path, old_key: bytes, new_key: bytes) -> None:
    conn = keyed_connect(path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode.lower() != "delete":
            raise RuntimeError("another connection still holds the database open")
        conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
