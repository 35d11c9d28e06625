"""Alembic upgrades on the app's own keyed connection, after a verified backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from ..domain.errors import MigrationFailed, SchemaTooNew

# Every revision this code knows, oldest first; a test checks it against migrations/versions.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0014", "0021", "0022",
                   "0023", "0024", "0025", "0026", "0027", "0028", "0029", "0030", "0035", "0034", "0033", "0032", "0031",
                   "0037", "0038")
HEAD = KNOWN_REVISIONS[-1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    rev = current_revision(engine)
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise SchemaTooNew("schema_too_new", revision=rev)
    return rev != HEAD


def upgrade(engine: Engine, migrations: Path, before: Callable[[], None] | None = None,
            dek: bytes | None = None) -> bool:
    """Bring the schema to HEAD; `before` (the verified backup) runs first when there is work."""
    if not needs_upgrade(engine):
        return False
    if before is not None and current_revision(engine) is not None:
        before()
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            cfg.attributes["dek"] = dek  # 0007 checks the retired key-derived audit chain once more
            command.upgrade(cfg, "head")
    except Exception as exc:  # the transaction rolled back; the old schema stands
        raise MigrationFailed("migration_failed", error=type(exc).__name__) from exc
    return True
