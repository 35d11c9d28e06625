"""What the login dialog shows before anyone has logged in: the last user and the village.

The village's name lives inside the encrypted database, so the login screen can only show what a
previous run wrote down here. It is written as soon as it is known (a new centre just made, the demo
village, every login), so the very first login already greets the centre by name, in any language.
Kept per database, so the demo's name never greets the real centre.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings


def _prefix(db_path: Path) -> str:
    return "recent/" + hashlib.sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:12]


def last_user(settings: QSettings, db_path: Path, default: str = "") -> str:
    return str(settings.value(f"{_prefix(db_path)}/user", default) or "")


def last_village(settings: QSettings, db_path: Path, default: str = "") -> str:
    return str(settings.value(f"{_prefix(db_path)}/village", default) or "")


def remember(settings: QSettings, db_path: Path, username: str, village: str) -> None:
    settings.setValue(f"{_prefix(db_path)}/user", username)
    settings.setValue(f"{_prefix(db_path)}/village", village)
