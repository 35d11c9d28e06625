"""The same data in a plain SQLite file, opened through the same repositories (baseline only)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool

from gridDesk import paths
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.session import UserSession
from gridDesk.storage.accounts_repo import AccountsRepo
from gridDesk.storage.centre_repo import CentreRepo
from gridDesk.storage.database import Database
from gridDesk.storage.engine import keyed_connect


def export_plain(src: Path, key: bytes, dest: Path) -> None:
    """sqlcipher_export into an unkeyed attachment: the same pages' content, no encryption."""
    dest.unlink(missing_ok=True)
    conn = keyed_connect(src, key)
    conn.execute(f"ATTACH DATABASE '{dest}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "secure_delete = ON", "temp_store = MEMORY", "busy_timeout = 5000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def plain_database(path: Path) -> Database:
    engine = create_engine("sqlite://", creator=lambda: _connect(path), poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    return Database(path, engine)


def plain_session(path: Path, user: str = "demo") -> tuple[Access, UserSession]:
    db = plain_database(path)
    with db.transaction() as s:
        account = AccountsRepo(s).get(user)
        centre = CentreRepo(s).get()
    access = Access(path, paths.migrations_dir(), MemoryCache())
    return access, UserSession(db, b"\0" * 32, account, centre, path.with_suffix(".keys"))
