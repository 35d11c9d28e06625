"""One township database on either engine, through the same code: an encrypted SQLCipher file
(the village's engine and key handling, storage/engine.py) or PostgreSQL through psycopg 3.

`--db` is a path (the file) or a `postgresql://` URL. PostgreSQL is reached with TLS wherever
the township's settings say so (`tls_required`): a connection without it is refused in words,
and a URL to another host must ask for TLS (`sslmode=require`, `verify-ca` or `verify-full`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ...domain.errors import NotFound
from ...domain.township import TownshipError
from ..engine import WRITES, make_engine

_TLS_MODES = ("require", "verify-ca", "verify-full")
_LOCAL = ("", "localhost", "127.0.0.1", "::1")


def is_url(spec: str | Path) -> bool:
    return str(spec).startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def _pg_url(spec: str) -> str:
    scheme, rest = str(spec).split("://", 1)
    return "postgresql+psycopg://" + rest


def shown_url(spec: str | Path) -> str:
    """The URL without its password (in the address or as a `password=` parameter), for messages,
    logs and the commands the demo prints: everything else stays (sslmode, the port), so a printed
    command still works with the password in PGPASSWORD or ~/.pgpass."""
    if not is_url(spec):
        return str(spec)
    try:
        parts = urlsplit(str(spec))
    except ValueError:  # not a URL one can take apart ("[::1"): everything before the host goes
        return re.sub(r"://.*@", "://***@", str(spec).split("?", 1)[0])
    who, at, host = parts.netloc.rpartition("@")
    user = who.split(":", 1)[0]
    query = "&".join(q for q in parts.query.split("&") if q and q.split("=", 1)[0].strip().lower() != "password")
    return f"{parts.scheme}://{user}{at}{host}{parts.path}" + (f"?{query}" if query else "")


def _password_of(spec: str) -> str:
    parts = urlsplit(str(spec))
    secrets = [parts.password or ""] + [v for k, v in parse_qsl(parts.query) if k.strip().lower() == "password"]
    return next((s for s in secrets if s), "")


def check_url(spec: str) -> None:
    """A URL to another host without TLS is refused before anything is sent."""
    parts = urlsplit(spec)
    mode = (parse_qs(parts.query).get("sslmode") or [""])[-1]
    if (parts.hostname or "") not in _LOCAL and mode not in _TLS_MODES:
        raise TownshipError("township.pg_needs_tls", url=shown_url(spec))


class TownshipDatabase:
    """The engine and its transactions; engine errors become words (the server went away)."""

    def __init__(self, spec: str | Path, engine: Engine) -> None:
        self.spec = str(spec)
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(engine.execution_options(**{WRITES: True}), expire_on_commit=False)

    @classmethod
    def open(cls, spec: str | Path, key: bytes | None = None, *, must_exist: bool = True) -> "TownshipDatabase":
        if is_url(spec):
            try:
                check_url(str(spec))
                engine = create_engine(_pg_url(str(spec)), pool_pre_ping=True, pool_size=2, max_overflow=4,
                                       connect_args={"connect_timeout": 10})
            except (ValueError, ArgumentError) as exc:  # a port that is not a number, a broken IPv6 host
                # Only the exception's type: its text may repeat the address, password and all.
                raise TownshipError("township.bad_url", url=shown_url(spec), detail=type(exc).__name__) from None
            db = cls(spec, engine)
            db.check_reachable()
            return db
        if key is None:
            raise TownshipError("township.file_needs_key")
        return cls(spec, make_engine(Path(spec), key, must_exist=must_exist))

    @property
    def where(self) -> str:
        return shown_url(self.spec)

    def check_reachable(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except (OperationalError, DBAPIError) as exc:
            raise TownshipError("township.db_unreachable", url=self.where, detail=self._detail(exc)) from None

    def _detail(self, exc: SQLAlchemyError) -> str:
        """The driver's first line, without the password should the driver have echoed the address."""
        line, secret = _first_line(exc), _password_of(self.spec)
        for form in {secret, unquote(secret)} - {""}:
            line = line.replace(form, "***")
        return line

    def uses_tls(self) -> bool:
        """Whether this connection to PostgreSQL is encrypted (pg_stat_ssl); a file is local."""
        if not self.postgres:
            return True
        with self.engine.connect() as conn:
            return bool(conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())

    def check_tls(self, required: bool) -> None:
        if required and self.postgres and not self.uses_tls():
            self.close()
            raise TownshipError("township.pg_plain", url=self.where)

    def current_role(self) -> str:
        if not self.postgres:
            return ""
        with self.engine.connect() as conn:
            return str(conn.execute(text("SELECT current_user")).scalar())

    @contextmanager
    def transaction(self, *, writes: bool = False) -> Iterator[Session]:
        """One unit of work, committed whole or rolled back whole."""
        try:
            with (self._writers if writes else self._sessions)() as session, session.begin():
                yield session
        except (OperationalError, DBAPIError) as exc:
            if self.postgres and (isinstance(exc, OperationalError) or exc.connection_invalidated):
                raise TownshipError("township.db_unreachable", url=self.where, detail=self._detail(exc)) from None
            raise
        except OverflowError:
            raise NotFound() from None

    def close(self) -> None:
        self.engine.dispose()


def _first_line(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0][:200]


def has_tables(db: TownshipDatabase) -> bool:
    from sqlalchemy import inspect

    with db.engine.connect() as conn:
        return inspect(conn).has_table("tw_settings")


__all__ = ["TownshipDatabase", "is_url", "shown_url", "check_url", "has_tables", "select"]
