"""The data folder kept private and tidy (SECURITY.md, "Files are private").

At start, under the instance lock (app and command line): the folder is 0700 and everything
GridDesk keeps there 0600 on POSIX (files written by older versions were 0644), and what a crash
left behind is removed and said in the log: an archive package being built (full ID numbers,
unencrypted), XlsxWriter's temporary parts, a backup or copy written under `.partial`, a restore's
staging copy. Nothing another process could be using: this runs only while the lock is held.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from pathlib import Path

from .. import paths
from ..domain.backups import FOLDER_PREFIX
from ..security.fileio import make_private, private_dir, private_tree

log = logging.getLogger(__name__)

PARTIAL = ".partial"
RESTORING = ".restoring"


def xlsx_tmpdir(db_path: Path) -> Path:
    """Where XlsxWriter's constant-memory parts go (never the system's temporary folder)."""
    return private_dir(paths.temp_dir(Path(db_path)) / "xlsx")


def _own_folder(folder: Path) -> bool:
    """The folder is GridDesk's alone (not a folder a user pointed --db into)."""
    try:
        mine = {paths.data_dir().resolve(), paths.demo_dir().resolve()}
        return folder.resolve() in mine
    except OSError:
        return False


def _remove(path: Path, removed: list[str], root: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("could not remove the leftover %s: %s", path.relative_to(root), exc.strerror or exc)
        return
    removed.append(str(path.relative_to(root)))
    log.warning("removed a leftover of an interrupted run: %s", path.relative_to(root))


# What GridDesk itself makes in the folders it shares with a folder given with --db (a user's
# own ~/backups or ~/tmp is never touched): archive packages, backup sets and copies, Excel parts.
_PACKAGE = re.compile(r"ZZ-\d{12}-\d{4}-\d{4}")
_BACKUP_PREFIXES = (FOLDER_PREFIX, "before-migration-", "damaged-", "replaced-")


def _ours(db_path: Path) -> list[Path]:
    """The entries GridDesk made in the data folder and its sub-folders."""
    root = db_path.parent
    found = [e for e in root.iterdir() if e.name.startswith(db_path.stem + ".")]
    backups, exports = paths.backup_dir(db_path), paths.exports_dir(db_path)
    if backups.is_dir():
        found += [e for e in backups.iterdir() if e.name.startswith(_BACKUP_PREFIXES)]
    if exports.is_dir():
        found += [e for e in exports.iterdir() if _PACKAGE.match(e.name)]
    xlsx = paths.temp_dir(db_path) / "xlsx"
    if xlsx.is_dir():
        found += list(xlsx.iterdir())
    return found


def tidy_leftovers(db_path: Path) -> list[str]:
    """Removes what an interrupted run left in the data folder; returns the names removed."""
    db_path = Path(db_path)
    root = db_path.parent
    removed: list[str] = []
    if not root.is_dir():
        return removed
    exports, xlsx = paths.exports_dir(db_path), paths.temp_dir(db_path) / "xlsx"
    staging = db_path.with_name(db_path.name + RESTORING)
    restoring = {staging.name, f"{staging.name}-wal", f"{staging.name}-shm"}
    for entry in sorted(_ours(db_path)):
        if entry.parent in (exports, xlsx) or entry.name.endswith(PARTIAL) or entry.name in restoring:
            _remove(entry, removed, root)
    return removed


def make_data_private(db_path: Path) -> None:
    """The data folder 0700 (when it is GridDesk's own) and GridDesk's files in it 0600."""
    if os.name != "posix":
        return  # Windows: the per-user %LOCALAPPDATA% folder's ACL keeps other accounts out
    db_path = Path(db_path)
    root = db_path.parent
    if not root.is_dir():
        return
    if _own_folder(root):
        make_private(root)
        for folder in (paths.backup_dir(db_path), paths.exports_dir(db_path), paths.temp_dir(db_path)):
            if folder.is_dir():
                private_tree(folder)
    elif root.stat().st_mode & 0o077:
        log.warning("the data folder %s can be read by other accounts; its GridDesk files are made private", root)
    for entry in _ours(db_path):
        if not entry.is_symlink():
            private_tree(entry) if entry.is_dir() else make_private(entry)


def at_start(db_path: Path) -> list[str]:
    """Both, in the order that leaves least exposed: leftovers first, then the modes."""
    removed = tidy_leftovers(db_path)
    make_data_private(db_path)
    return removed
