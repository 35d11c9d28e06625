"""The SQLCipher engine: a raw 32-byte key and a keyed creator (SECURITY.md)."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ..domain.errors import DatabaseDamaged, DatabaseEmpty, DatabaseMissing, NotEncrypted, WrongKey
from ..security.fileio import make_private

KEY_BYTES = 32
WRITES = "griddesk_writes"  # the execution option of a connection that begins a writing transaction
_SQLITE_HEADER = b"SQLite format 3\x00"


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def keyed_connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    """One connection, keyed and set up; used by the engine and by rekey and backup."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        # PRAGMA key "succeeds" with any key; the first read is what tells.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA cache_size = -32000")  # 32 MB of decrypted pages per connection
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongKey("db_wrong_key.key") from None
        if "malformed" in str(exc):
            raise DatabaseDamaged("db_damaged") from None
        raise
    return conn


def check_existing_file(path: Path) -> None:
    """A database that should be there: never create one silently (a 0-byte file takes any key)."""
    if not path.exists():
        raise DatabaseMissing("db_missing", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise DatabaseEmpty("db_empty", path=str(path))
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == _SQLITE_HEADER:
        raise NotEncrypted("db_plain", path=str(path))


def private_database(path: Path) -> None:
    """The database and its companions 0600 (SQLite gives a new -wal and -shm the database's mode)."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        make_private(p)


def make_engine(path: Path, key: bytes, *, must_exist: bool = True) -> Engine:
    path = Path(path)
    if must_exist:
        check_existing_file(path)
    # Fail here, with a clear error, rather than at the first query of some page.
    keyed_connect(path, key).close()
    private_database(path)
    # A small pool, not NullPool: SQLCipher keeps decrypted pages in each connection's cache,
    # so a fresh connection per query decrypts the search index again every keystroke (3x the
    # time). Locking disposes the engine, which closes every pooled connection and its cache.
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: keyed_connect(path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
        pool_reset_on_return="rollback",
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # the driver runs in autocommit; transactions are ours, whole
        # A transaction that will write takes the write lock at its start: a deferred one that
        # read first fails at once with "database is locked" if another commit came in between.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITES) else "BEGIN")

    return engine
