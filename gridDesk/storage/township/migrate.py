"""Alembic for the township's own tree (migrations_township/), on either engine."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from ...domain.errors import MigrationFailed, SchemaTooNew
from .engine import TownshipDatabase

KNOWN_REVISIONS = ("t0001", "t0002", "t0003", "t0004")
HEAD = KNOWN_REVISIONS[-1]
VERSION_TABLE = "tw_alembic_version"


def current_revision(db: TownshipDatabase) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(db: TownshipDatabase, migrations: Path) -> bool:
    rev = current_revision(db)
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise SchemaTooNew("schema_too_new", revision=rev)
    if rev == HEAD:
        return False
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations))
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:  # the transaction rolled back (PostgreSQL's DDL is transactional too)
        raise MigrationFailed("migration_failed", error=type(exc).__name__) from exc
    return True
