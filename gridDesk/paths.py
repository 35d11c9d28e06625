"""Where resources, migrations and user data live, in source and frozen runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import APP_ID

DB_NAME = "griddesk.db"


def install_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def manual_page() -> Path:
    """帮助 → 使用说明: the built-in manual (HTML; its pictures are the screenshots beside it)."""
    return resources_dir() / "manual" / "index.html"


def migrations_dir() -> Path:
    return install_root() / "migrations"


def township_migrations_dir() -> Path:
    """The township edition's own Alembic tree (its own database, issue 21)."""
    return install_root() / "migrations_township"


def data_dir() -> Path:
    """GRIDDESK_HOME wins; else the platform's user data directory."""
    home = os.environ.get("GRIDDESK_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_NAME


def demo_dir() -> Path:
    """Beside the user data, never inside it, so a demo can never touch real data."""
    real = data_dir()
    return real.with_name(real.name + "-demo")


def keyslot_path(db_path: Path) -> Path:
    return db_path.with_suffix(".keys")


def lockout_path(db_path: Path) -> Path:
    return db_path.with_suffix(".logins")


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def exports_dir(db_path: Path) -> Path:
    """Where an archive package is built before it goes onto the stick."""
    return db_path.parent / "exports"


def temp_dir(db_path: Path) -> Path:
    """GridDesk's own temporary files (XlsxWriter's), never the system's /tmp."""
    return db_path.parent / "tmp"


def log_dir(db_path: Path) -> Path:
    """The log file's folder, in the data folder beside the database it is about."""
    return db_path.parent / "logs"
