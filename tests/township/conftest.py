"""The township tests run on both storages: an encrypted SQLCipher file, and a real PostgreSQL
server (GRIDDESK_TEST_PG, a URL whose role may create databases; `.ci/run` starts one). Each
PostgreSQL test gets a database of its own, dropped afterwards. In CI (CI=true) a server that is
not reachable FAILS the tests; elsewhere they are skipped with the reason."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from gridDesk.services.township import create_township, open_township

PASSWORD = "Grid@2026pass"
DIRECTOR = "zhuren"
TOWNSHIP = "140105100"


def _pg_admin_url() -> str:
    return os.environ.get("GRIDDESK_TEST_PG", "")


def _pg_reachable(url: str) -> str:
    """"" when reachable, else why not."""
    if not url:
        return "GRIDDESK_TEST_PG is not set"
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except Exception as exc:  # noqa: BLE001 - any reason it cannot be reached is the reason
        return f"PostgreSQL at GRIDDESK_TEST_PG is not reachable: {exc}"
    return ""


class PgServer:
    def __init__(self, url: str) -> None:
        self.admin = url

    def url_for(self, name: str) -> str:
        base, _, query = self.admin.partition("?")
        return base.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")

    def kick(self, database: str) -> None:
        """Every client connected to `database` cut off (the server's own workers, e.g. autovacuum,
        are left alone: only a superuser may end them, and they hold no session of ours)."""
        self.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s"
                 " AND backend_type = 'client backend' AND pid <> pg_backend_pid()", (database,))

    def sql(self, statement: str, params=None, database: str | None = None) -> list:
        import psycopg

        with psycopg.connect(self.url_for(database) if database else self.admin, autocommit=True) as conn:
            cur = conn.execute(statement, params)
            return cur.fetchall() if cur.description else []


@pytest.fixture(scope="session")
def pg_server():
    url = _pg_admin_url()
    why = _pg_reachable(url)
    if why:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI runs the township tests on PostgreSQL too: {why}")
        pytest.skip(why)
    return PgServer(url)


@pytest.fixture
def pg_server_or_none(request, storage):
    return request.getfixturevalue("pg_server") if storage.startswith("postgresql") else None


@pytest.fixture(params=["file", "postgresql"])
def storage(request, tmp_path):
    """The --db of a new township: a file path, or the URL of a fresh PostgreSQL database."""
    if request.param == "file":
        yield str(tmp_path / "township" / "township.db")
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = f"tw_test_{uuid.uuid4().hex[:12]}"
    server.sql(f'CREATE DATABASE "{name}" TEMPLATE template0')  # template1 may be in use by another session
    try:
        yield server.url_for(name)
    finally:
        server.kick(name)
        server.sql(f'DROP DATABASE IF EXISTS "{name}"')
        for (role,) in server.sql("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"clerk_{name[8:16]}%",)):
            server.sql(f'DROP ROLE "{role}"')  # a staff role a test made (its grants went with the database)


@pytest.fixture
def files(tmp_path) -> Path:
    return tmp_path / "township-files"


@pytest.fixture
def township(storage, files):
    setup = create_township(storage, TOWNSHIP, "小店镇", DIRECTOR, "李主任", PASSWORD, files)
    return setup


@pytest.fixture
def tsession(storage, township):
    s = open_township(storage, DIRECTOR, PASSWORD)
    yield s
    s.close()
