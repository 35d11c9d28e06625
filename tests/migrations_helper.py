"""Taking a database back to an older schema revision, the way an older GridDesk left it."""

from __future__ import annotations

from gridDesk import paths


def downgrade(engine, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
