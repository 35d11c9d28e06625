"""A backup on disk: one folder holding the keyed database, the key-slot file of the same moment
and backup.json (what it holds, for people and for the restore). Written as `<name>.partial`,
checked, fsynced, then renamed: a pulled stick or a full disk never leaves one that looks whole."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from datetime import datetime
from pathlib import Path

from ..domain.backups import (DB_FILE, FOLDER_PREFIX, KEYS_FILE, MANIFEST, UPGRADE_COPY_PREFIX, BackupInfo,
                              UpgradeCopy, folder_name)
from ..domain.errors import BackupFailed
from ..security.fileio import fsync_dir, make_private, open_private
from .backup import Progress, audit_head_of, fsync_file, snapshot, verify_copy

PARTIAL = ".partial"
STALE_PARTIAL_SECONDS = 3600


def _free_name(target: Path, created: datetime) -> Path:
    name = folder_name(created)
    n = 1
    while (target / name).exists() or (target / (name + PARTIAL)).exists():
        n += 1
        name = f"{folder_name(created)}-{n}"
    return target / name


def _clear_stale(target: Path) -> None:
    """Left by an earlier attempt that was cut off; an hour old, so not one running now."""
    for old in target.glob(FOLDER_PREFIX + "*" + PARTIAL):
        if time.time() - old.stat().st_mtime > STALE_PARTIAL_SECONDS:
            shutil.rmtree(old, ignore_errors=True)


def _io_error(exc: OSError, partial: Path) -> BackupFailed:
    return BackupFailed("backup_failed.io", os_error=exc.strerror or str(exc), folder=partial.name)


def _check_room(src: Path, target: Path) -> None:
    """Refused before a byte is written when the copy plainly cannot fit."""
    need = sum(p.stat().st_size for p in (src, Path(f"{src}-wal")) if p.exists()) * 1.1
    free = shutil.disk_usage(target).free
    if free < need:
        raise BackupFailed("backup_failed.room", need_mb=need / 2 ** 20, free_mb=free / 2 ** 20)


def write_set(src: Path, key: bytes, keys_file: Path, target: Path, info: BackupInfo,
              progress: Progress = None) -> BackupInfo:
    """Writes one generation under `target`; `info` carries everything but the folder, sizes and
    counts, which come from the copy itself."""
    try:
        target.mkdir(parents=True, exist_ok=True)
        make_private(target)
    except OSError as exc:
        raise BackupFailed("backup_failed.target", target=str(target), os_error=exc.strerror or str(exc)) from None
    _clear_stale(target)
    _check_room(src, target)
    final = _free_name(target, datetime.fromisoformat(info.created))
    partial = final.with_name(final.name + PARTIAL)
    try:
        partial.mkdir(mode=0o700)
        make_private(partial)
        counts = snapshot(src, key, partial / DB_FILE, progress)
        verify_copy(partial / DB_FILE, key, counts)
        keys = Path(keys_file).read_bytes()
        with open_private(partial / KEYS_FILE) as fh:
            fh.write(keys)
        fsync_file(partial / KEYS_FILE)
        done = BackupInfo(**{**info.__dict__, "folder": final, "counts": counts,
                             "db_bytes": (partial / DB_FILE).stat().st_size,
                             "keys_sha256": hashlib.sha256(keys).hexdigest(),
                             # read from the copy itself: the head of exactly what was saved
                             "audit_head": audit_head_of(partial / DB_FILE, key)})
        with open_private(partial / MANIFEST) as fh:
            fh.write(json.dumps(done.to_json(), ensure_ascii=False, indent=1).encode("utf-8"))
        fsync_file(partial / MANIFEST)
        fsync_dir(partial)
        os.replace(partial, final)
        fsync_dir(target)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise _io_error(exc, partial) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return done


def read_info(path: Path) -> BackupInfo:
    """The backup at `path`: its folder, or any file in it (what a file dialog hands back)."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    if folder.name.endswith(PARTIAL):
        raise BackupFailed("backup_failed.partial", folder=folder.name)
    manifest = folder / MANIFEST
    try:
        body = json.loads(manifest.read_text(encoding="utf-8"))
        info = BackupInfo.from_json(folder, body)
    except FileNotFoundError:
        raise BackupFailed("backup_failed.no_manifest", folder=str(folder), file=MANIFEST) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BackupFailed("backup_failed.manifest", file=MANIFEST, os_error=str(exc)) from None
    for name in (DB_FILE, KEYS_FILE):
        if not (folder / name).is_file():
            raise BackupFailed("backup_failed.incomplete", file=name)
    if (folder / DB_FILE).stat().st_size != info.db_bytes:
        raise BackupFailed("backup_failed.db_size")
    if hashlib.sha256((folder / KEYS_FILE).read_bytes()).hexdigest() != info.keys_sha256:
        raise BackupFailed("backup_failed.keys_hash")
    return info


def list_sets(target: Path, db_id: str | None = None) -> list[BackupInfo]:
    """The whole backups under `target`, newest first; broken ones are skipped, not fatal."""
    found = []
    if not Path(target).is_dir():
        return found
    for folder in Path(target).glob(FOLDER_PREFIX + "*"):
        if folder.name.endswith(PARTIAL) or not folder.is_dir():
            continue
        try:
            info = read_info(folder)
        except BackupFailed:
            continue
        if db_id is None or info.db_id == db_id:
            found.append(info)
    return sorted(found, key=lambda b: b.created, reverse=True)


def remove_set(info: BackupInfo) -> None:
    # The manifest goes first: a half-removed folder is then never taken for a backup.
    (info.folder / MANIFEST).unlink(missing_ok=True)
    shutil.rmtree(info.folder, ignore_errors=True)


def list_upgrade_copies(folder: Path) -> list[UpgradeCopy]:
    """The copies taken before an upgrade, newest first; a name that does not parse is skipped."""
    found = []
    for path in Path(folder).glob(UPGRADE_COPY_PREFIX + "*.db") if Path(folder).is_dir() else ():
        stamp = path.stem[len(UPGRADE_COPY_PREFIX):]
        try:
            created = datetime.strptime(stamp, "%Y-%m-%dT%H%M%S").isoformat()
            found.append(UpgradeCopy(path, created, path.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(found, key=lambda c: c.created, reverse=True)
