"""An open database: the engine, sessions as transactions, and closing (forgetting the key)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from .engine import make_engine


class Database:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = Path(path)
        self._engine: Engine | None = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path, key: bytes, *, must_exist: bool = True) -> "Database":
        return cls(path, make_engine(path, key, must_exist=must_exist))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("database is closed")
        return self._engine

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole, or rolled back whole on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            # The creator closure holds the key; drop it with the engine.
            self._sessions = None  # type: ignore[assignment]

    @property
    def closed(self) -> bool:
        return self._engine is None
