"""恢复: put a backup back. It is read, checked against this version and this centre, copied
beside the database and verified there, migrated if older; the current database is itself backed
up; only then is it replaced (one rename; the key-slot file follows the rekey protocol)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.backups import BackupInfo, schema_relation
from ..domain.errors import (BackupFailed, BackupNeedsPassword, BackupTooNew, BadCredentials,
                             ForeignDatabase, GridDeskError, WrongKey)
from ..paths import backup_dir, keyslot_path
from ..security.fileio import atomic_write, fsync_dir
from ..security.keyslots import KeySlotFile
from ..storage import migrate
from ..storage.backup import Progress, copy_file, raw_rescue, settle, verify_copy
from ..storage.backup_sets import read_info
from ..storage.database import Database
from ..storage.engine import keyed_connect
from ..storage.centre_repo import CentreRepo
from .backups import LAST_BACKUP, BackupService
from .clock import iso
from .session import UserSession


def inspect_backup(path: Path, db_id: str | None = None) -> BackupInfo:
    """What the backup holds, or why it cannot be used here."""
    info = read_info(path)
    if schema_relation(info.schema, migrate.KNOWN_REVISIONS) == "newer":
        raise BackupTooNew(f"这个备份由更新版本的 GridDesk（{info.app_version}）制作，本机是 {__version__}。"
                           f"请先把本机的 GridDesk 升级到 {info.app_version} 或更新的版本，再恢复。")
    if db_id is not None and info.db_id != db_id:
        raise ForeignDatabase(f"这个备份属于另一个中心（{info.village}），不会用它覆盖本中心的数据。")
    return info


def backup_key(info: BackupInfo, username: str, password: str | None) -> bytes:
    """The data key of the backup, opened with the password the user had when it was made."""
    if password is None:
        raise BackupNeedsPassword("这个备份制作后更换过数据密钥（删除过账号）。请输入备份当时您的密码。")
    keyfile, mac = KeySlotFile.load(info.keys_file)
    try:
        private = keyfile.unwrap_private(username, password)
    except BadCredentials:
        raise BadCredentials("密码不对：请输入制作这个备份时您的账号密码。") from None
    dek = keyfile.open_with_private(username, private)
    keyfile.check_mac(mac, dek)
    return dek


def _opens_with(path: Path, key: bytes) -> bool:
    try:
        keyed_connect(path, key).close()
    except WrongKey:
        return False
    return True


def _stage(info: BackupInfo, db_path: Path, key_for: Callable[[Path], bytes], migrations: Path,
           progress: Progress) -> tuple[Path, bytes]:
    """The backup's database beside the live one, verified and at this version's schema."""
    staging = db_path.with_name(db_path.name + ".restoring")
    for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        copy_file(info.db_file, staging, progress)
        key = key_for(staging)
        verify_copy(staging, key, info.counts)
        if schema_relation(info.schema, migrate.KNOWN_REVISIONS) == "older":
            db = Database.open(staging, key)
            try:
                migrate.upgrade(db.engine, migrations, dek=key)
            finally:
                db.close()
        settle(staging, key)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        raise BackupFailed(f"复制备份时出错（{exc.strerror or exc}）。原数据没有改动。") from None
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return staging, key


def _swap_in(staging: Path, db_path: Path) -> None:
    # The old file's WAL must not be replayed onto the restored one.
    for side in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        side.unlink(missing_ok=True)
    os.replace(staging, db_path)
    fsync_dir(db_path.parent)


class RestoreService:
    def __init__(self, session: UserSession, migrations: Path) -> None:
        self.session = session
        self.migrations = migrations

    def inspect(self, path: Path) -> BackupInfo:
        self.session.require(Permission.MANAGE_BACKUPS)
        return inspect_backup(path, self.session.centre.db_id)

    def restore(self, path: Path, password: str | None = None, progress: Progress = None) -> BackupInfo:
        s = self.session
        s.require(Permission.MANAGE_BACKUPS)
        info = inspect_backup(path, s.centre.db_id)
        current_key = s.dek

        def key_for(staging: Path) -> bytes:
            if _opens_with(staging, current_key):
                return current_key
            return backup_key(info, s.account.username, password)

        staging, key = _stage(info, s.db_path, key_for, self.migrations, progress)
        try:
            kept, kept_at = self._keep_current()
            next_keys = keyslot_path(s.db_path).with_name(keyslot_path(s.db_path).name + ".next")
            if key != current_key:
                # The staff's slots stay (their passwords too), sealed to the backup's key; login
                # finishes the promotion if a crash comes between the rename and the promotion.
                current, mac = KeySlotFile.load(s.keys_path)
                current.check_mac(mac, current_key)
                resealed = current.resealed(key)
                resealed.save(next_keys, key)
            s.lock()
            _swap_in(staging, s.db_path)
        except BaseException:
            staging.unlink(missing_ok=True)
            raise
        if key != current_key:
            resealed.save(s.keys_path, key)
            next_keys.unlink(missing_ok=True)
        s.attach(Database.open(s.db_path, key), key)
        with s.write(Action.RESTORE.value, str(info.folder),
                     f"made {info.created} by {info.app_version}; the database before it kept at {kept}") as w:
            if kept_at:  # the database now in use is what that backup holds, or older
                CentreRepo(w).set_setting(LAST_BACKUP, kept_at)
        return info

    def _keep_current(self) -> tuple[str, str]:
        """The database being replaced, backed up first; if it is too damaged for that, its files
        as they are. Returns where, and when a real backup was made ('' for a rescue)."""
        try:
            kept = BackupService(self.session).backup(reason="before-restore")
            return str(kept.folder), kept.created
        except GridDeskError:
            stamp = iso(self.session.clock()).replace(":", "")[:17]
            rescued = raw_rescue(self.session.db_path, backup_dir(self.session.db_path) / f"damaged-{stamp}")
            return str(rescued), ""


def restore_into_empty(db_path: Path, migrations: Path, path: Path, username: str, password: str,
                       progress: Progress = None, *, replace_damaged: bool = False) -> BackupInfo:
    """A new PC, or a database file that is gone: the backup's database and key-slot file become
    this installation's; the user then logs in with the passwords of the backup's time.

    `replace_damaged`: the database here is too damaged to log in to. Its files are kept aside
    as they are (backups/replaced-<time>/) before the backup takes its place, and only a backup
    of the same centre is accepted."""
    db_path = Path(db_path)
    present = db_path.exists() and db_path.stat().st_size > 0
    if present and not replace_damaged:
        raise BackupFailed("这里已经有一个数据库。请登录后在“设置 → 备份与恢复”里恢复，它会先备份现有数据。")
    keys_here = keyslot_path(db_path)
    info = inspect_backup(path, KeySlotFile.load(keys_here)[0].db_id if present and keys_here.exists() else None)
    key = backup_key(info, username, password)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    staging, key = _stage(info, db_path, lambda _staging: key, migrations, progress)
    if present:  # the backup is verified and staged: only now is the damaged file moved aside
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = raw_rescue(db_path, backup_dir(db_path) / f"replaced-{stamp}")
        if keys_here.exists():
            shutil.copyfile(keys_here, folder / keys_here.name)
    keys = keyslot_path(db_path)
    if keys.exists():
        keys.replace(keys.with_name(keys.name + ".before-restore"))
    atomic_write(keys, info.keys_file.read_bytes())
    _swap_in(staging, db_path)
    return info
