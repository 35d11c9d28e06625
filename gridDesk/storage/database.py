"""An open database: the engine, sessions as transactions, and closing (forgetting the key)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import DatabaseDamaged, NotFound, ReadOnlyMode
from .engine import WRITES, make_engine

# What SQLite says when a page fails its HMAC or its structure (SQLITE_CORRUPT, SQLITE_NOTADB).
_DAMAGE = ("malformed", "file is not a database", "database corrupt")
READ_ONLY = "db_damaged.read_only"  # the catalogue code of why writes are refused


class Database:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = Path(path)
        self._engine: Engine | None = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(engine.execution_options(**{WRITES: True}), expire_on_commit=False)
        self.read_only_reason = ""

        @event.listens_for(engine, "connect")
        def _query_only(dbapi_conn, _record) -> None:
            if self.read_only_reason:
                dbapi_conn.execute("PRAGMA query_only = ON")

    @classmethod
    def open(cls, path: Path, key: bytes, *, must_exist: bool = True) -> "Database":
        return cls(path, make_engine(path, key, must_exist=must_exist))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("database is closed")
        return self._engine

    @contextmanager
    def transaction(self, *, writes: bool = False) -> Iterator[Session]:
        """One unit of work: committed whole, or rolled back whole on any error."""
        try:
            with (self._writers if writes else self._sessions)() as session, session.begin():
                yield session
        except DBAPIError as exc:
            text = str(exc.orig)
            if self.read_only_reason and "readonly" in text:
                # Reads still work; SQLite's query_only refused the write: say it plainly.
                raise ReadOnlyMode(self.read_only_reason) from None
            if any(sign in text for sign in _DAMAGE):
                self.set_read_only()
                raise DatabaseDamaged(READ_ONLY) from None
            raise
        except OverflowError:
            # sqlite3 cannot bind an integer beyond 64 bits: only an id from nowhere (a forged or
            # stale one) gets here, since every quantity is bounded before it is written, and no
            # record can have such an id. Said as "not found" rather than a crash dialog.
            raise NotFound() from None

    def set_read_only(self, reason: str = READ_ONLY) -> None:
        """From now on every connection is query_only; the pooled ones are replaced."""
        self.read_only_reason = reason
        self.engine.dispose()

    def quick_check(self) -> list[str]:
        """SQLite's quick_check on a pooled connection: problems found, none when whole."""
        try:
            with self.engine.connect() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        except Exception as exc:  # noqa: BLE001 - a damaged page often fails the read itself
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            # The creator closure holds the key; drop it with the engine.
            self._sessions = self._writers = None  # type: ignore[assignment]

    @property
    def closed(self) -> bool:
        return self._engine is None
