"""恢复: put a backup back. It is read, checked against this version and this centre, copied
beside the database and verified there, migrated if older; the current database is itself backed
up; only then is it replaced (one rename; the key-slot file follows the rekey protocol).

A restore never brings a removed member back. Before anything changes, the live database says
which accounts were removed (its accounts table keeps their rows), and the live key-slot file says
who may still open it; every account the backup holds as active that is either removed today or
has no slot today is removed again in the staged copy, audited there, and the copy is rekeyed to a
fresh data key sealed only to today's slots. The backup's own data key, which the removed member's
old slot (in the backup, or in any copy they kept) still opens, then opens nothing live."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.backups import BackupInfo, schema_relation
from ..domain.errors import (BackupFailed, BackupNeedsPassword, BackupTooNew, BadCredentials,
                             DatabaseDamaged, ForeignDatabase, GridDeskError, WrongKey)
from ..paths import backup_dir, keyslot_path, lockout_path
from ..security.fileio import atomic_write, fsync_dir
from ..security.keyslots import KeySlotFile
from ..security.lockout import LoginGuard
from ..storage import migrate
from ..storage.accounts_repo import AccountsRepo
from ..storage.archive_repo import ArchiveRepo
from ..storage.audit_repo import AuditRepo
from ..storage.backup import Progress, copy_file, raw_rescue, settle, verify_copy
from ..storage.backup_sets import read_info
from ..storage.database import Database
from ..storage.engine import KEY_BYTES, keyed_connect
from ..storage.rekey import rekey
from ..storage.centre_repo import CentreRepo
from .guard import rule
from .backups import KEPT_BY_RESTORE, BackupService
from .clock import iso, local_dt
from .session import UserSession


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    removed_again: tuple[str, ...] = ()  # accounts removed since the backup, removed again
    rekeyed: bool = False  # the restored database has a fresh data key


def _replay_removals(staging: Path, key: bytes, removed_today: list[tuple[int, str, datetime]],
                     keyfile: KeySlotFile, actor: str, at: float) -> tuple[str, ...]:
    """In the staged copy: mark removed every account that is removed in the live database, or
    that has no key slot today; one audit row each, in the same transaction."""
    gone = {(account_id, name): when for account_id, name, when in removed_today}
    again: list[str] = []
    db = Database.open(staging, key)
    try:
        with db.transaction(writes=True) as t:
            repo = AccountsRepo(t)
            # The staged database's own chain key: these rows belong to its chain.
            audit = AuditRepo(t)
            for account in repo.list():
                when = gone.get((account.id, account.username))
                if when is None and keyfile.find(account.username) is not None:
                    continue
                repo.mark_removed(account.username, when or local_dt(at))
                why = (f"removed {when.isoformat(timespec='seconds')}, after the backup" if when
                       else "no key slot today")
                audit.append(iso(at), actor, Action.ACCOUNT_REMOVED.value, account.username,
                             f"removed again after a restore ({why})")
                again.append(account.username)
    finally:
        db.close()
    return tuple(again)


def _carry_audit_forward(live: Database, staging: Path, key: bytes) -> str:
    """The audit rows written after the backup, carried verbatim into the restored copy when the
    backup's log is a beginning of today's (it always is, for a backup of this centre that nobody
    tampered with), and with them the archive batches sent since. Without this a restore would
    drop rows the township may already hold, and its next check of the anchored chain would call
    that a truncation; the next batch would repeat a number. Says what happened."""
    db = Database.open(staging, key)
    try:
        with db.transaction(writes=True) as t:
            restored = AuditRepo(t)
            mine = restored.head()
            with live.transaction() as lt:
                today = AuditRepo(lt)
                if today.hash_at(mine.count) != mine.digest:
                    return (f"审计记录没有接续：备份里的第 {mine.count} 条与今天的日志不一致，"
                            "今天日志保存在恢复前的备份里")
                carried = restored.carry_over(today.chain_tuples(mine.count))
                batches = ArchiveRepo(t).carry_history_from(ArchiveRepo(lt))
    except GridDeskError:  # today's log cannot be read (damage): it stays in the copy kept aside
        return "审计记录没有接续：今天的数据库无法读取，它保存在恢复前留下的文件里"
    except ValueError:  # today's log does not chain: it is kept aside as it is, never merged
        return "审计记录没有接续：今天的日志哈希链有断处，它保存在恢复前的备份里"
    finally:
        db.close()
    note = f"备份之后的 {carried} 条审计记录已接续到恢复后的日志"
    return note + (f"；备份之后送出的 {batches} 批档案包记录也已接续" if batches else "")


def inspect_backup(path: Path, db_id: str | None = None) -> BackupInfo:
    """What the backup holds, or why it cannot be used here."""
    info = read_info(path)
    if schema_relation(info.schema, migrate.KNOWN_REVISIONS) == "newer":
        raise BackupTooNew("backup_too_new.version", version=info.app_version, this_version=__version__)
    if db_id is not None and info.db_id != db_id:
        raise ForeignDatabase("db_foreign.backup", name=info.village)
    return info


def backup_key(info: BackupInfo, username: str, password: str | None) -> bytes:
    """The data key of the backup, opened with the password the user had when it was made."""
    if password is None:
        raise BackupNeedsPassword("backup_needs_password.rekeyed")
    keyfile, mac = KeySlotFile.load(info.keys_file)
    try:
        private = keyfile.unwrap_private(username, password)
    except BadCredentials:
        raise BadCredentials("bad_credentials.backup_password") from None
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
        raise BackupFailed("backup_failed.copy", os_error=exc.strerror or str(exc)) from None
    except DatabaseDamaged:
        # A damaged page of the copy, met while opening it (which page a flipped byte lands on
        # depends on the schema): the backup is bad, not the live database, which is untouched.
        staging.unlink(missing_ok=True)
        raise BackupFailed("backup_failed.damaged") from None
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

    @rule(Permission.MANAGE_BACKUPS)
    def inspect(self, path: Path) -> BackupInfo:
        return inspect_backup(path, self.session.centre.db_id)

    @rule(Permission.MANAGE_BACKUPS)
    def restore(self, path: Path, password: str | None = None, progress: Progress = None) -> RestoreResult:
        s = self.session
        s.require(Permission.MANAGE_BACKUPS)
        info = inspect_backup(path, s.centre.db_id)
        current_key = s.dek
        # What today knows and the backup does not, read before anything changes: who has been
        # removed (the live accounts table) and who may open the database (the live slots).
        current, mac = KeySlotFile.load(s.keys_path)
        current.check_mac(mac, current_key)
        try:
            with s.db.transaction() as t:
                removed_today = AccountsRepo(t).removed()
        except GridDeskError:  # a damaged page there: today's slots still say who is gone
            removed_today = []
        backups_record = self._backups_record()

        def key_for(staging: Path) -> bytes:
            if _opens_with(staging, current_key):
                return current_key
            return backup_key(info, s.account.username, password)

        staging, key = _stage(info, s.db_path, key_for, self.migrations, progress)
        next_keys = keyslot_path(s.db_path).with_name(keyslot_path(s.db_path).name + ".next")
        try:
            carried = _carry_audit_forward(s.db, staging, key)
            again = _replay_removals(staging, key, removed_today, current, s.account.username, s.clock())
            # A backup under an older data key: that key is known to everyone who had a slot
            # then, the removed included. The copy gets a fresh key before it goes live.
            fresh = key != current_key or bool(again)
            if fresh:
                new_key = os.urandom(KEY_BYTES)
                rekey(staging, key, new_key)
                for name in again:
                    current.drop_account(name)
                # Today's slots (and passwords), sealed to the fresh key; login finishes the
                # promotion if a crash comes between the rename and the promotion.
                resealed = current.resealed(new_key)
                resealed.save(next_keys, new_key)
                key = new_key
            kept = self._keep_current()
            s.lock()
            _swap_in(staging, s.db_path)
        except BaseException:
            staging.unlink(missing_ok=True)
            raise  # a .keys.next left here is settled by the next login (see Access._open)
        if fresh:
            resealed.save(s.keys_path, key)
            next_keys.unlink(missing_ok=True)
        s.attach(Database.open(s.db_path, key), key)
        detail = f"made {info.created} by {info.app_version}; the database before it kept at {kept}; {carried}"
        if again:
            detail += f"; removed again: {', '.join(again)}"
        with s.write(Action.RESTORE.value, str(info.folder), detail) as w:
            # Where the backups go and when the last one left the PC are today's facts, not the
            # backup's: the stick stays chosen, and the copy made just now on this PC before the
            # restore is never taken for the centre's backup.
            for key, value in backups_record.items():
                CentreRepo(w).set_setting(key, value)
        if fresh:
            s.record(Action.REKEY.value, f"epoch {resealed.epoch}",
                     "after a restore" + (f"; removed {', '.join(again)}" if again else ""))
        return RestoreResult(info, again, fresh)

    def _backups_record(self) -> dict[str, str]:
        """Today's backup settings (see KEPT_BY_RESTORE); none when the database cannot say."""
        try:
            with self.session.db.transaction() as t:
                record = {key: CentreRepo(t).setting(key) for key in KEPT_BY_RESTORE}
                return {key: value for key, value in record.items() if value}
        except GridDeskError:
            return {}

    def _keep_current(self) -> str:
        """The database being replaced, backed up first; if it is too damaged for that, its files
        as they are. Returns where."""
        try:
            return str(BackupService(self.session).backup(reason="before-restore").folder)
        except GridDeskError:
            stamp = iso(self.session.clock()).replace(":", "")[:17]
            rescued = raw_rescue(self.session.db_path, backup_dir(self.session.db_path) / f"damaged-{stamp}")
            return str(rescued)


def _slots_today(keys_here: Path) -> KeySlotFile | None:
    """Today's key-slot file, if it can be read (its MAC cannot be checked without today's key;
    a forged one could only make the restore remove more, never bring anyone back)."""
    try:
        return KeySlotFile.load(keys_here)[0] if keys_here.exists() else None
    except GridDeskError:
        return None


def restore_into_empty(db_path: Path, migrations: Path, path: Path, username: str, password: str,
                       progress: Progress = None, *, replace_damaged: bool = False) -> RestoreResult:
    """A new PC, or a database file that is gone: the backup's database and key-slot file become
    this installation's; the user then logs in with the passwords of the backup's time.

    `replace_damaged`: the database here is too damaged to log in to. Its files are kept aside
    as they are (backups/replaced-<time>/) before the backup takes its place, and only a backup
    of the same centre is accepted. Today's key-slot file still says who may open the database:
    an account of the backup with no slot today is removed again, its slot dropped, and the copy
    gets a fresh data key (a new PC has no such file, and nothing to learn from)."""
    db_path = Path(db_path)
    present = db_path.exists() and db_path.stat().st_size > 0
    if present and not replace_damaged:
        raise BackupFailed("backup_failed.db_here")
    keys_here = keyslot_path(db_path)
    info = inspect_backup(path, KeySlotFile.load(keys_here)[0].db_id if present and keys_here.exists() else None)
    key = backup_key(info, username, password)
    today = _slots_today(keys_here) if present else None
    db_path.parent.mkdir(parents=True, exist_ok=True)
    staging, key = _stage(info, db_path, lambda _staging: key, migrations, progress)
    new_keys: KeySlotFile | None = None
    again: tuple[str, ...] = ()
    try:
        if today is not None:
            again = _replay_removals(staging, key, [], today, username, time.time())
        if again:
            backup_keys = KeySlotFile.load(info.keys_file)[0]
            for name in again:
                backup_keys.drop_account(name)
            fresh_key = os.urandom(KEY_BYTES)
            rekey(staging, key, fresh_key)
            new_keys, key = backup_keys.resealed(fresh_key), fresh_key
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    if present:  # the backup is verified and staged: only now is the damaged file moved aside
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = raw_rescue(db_path, backup_dir(db_path) / f"replaced-{stamp}")
        if keys_here.exists():
            shutil.copyfile(keys_here, folder / keys_here.name)
    keys = keyslot_path(db_path)
    # The failed-login counter moves to the key of the backup's key-slot file, keeping what it
    # held (or, if it did not check under today's key, the lock and the event that says so).
    here = today if today is not None else _slots_today(keys)
    LoginGuard(lockout_path(db_path)).adopt(KeySlotFile.load(info.keys_file)[0].lockout_key,
                                            here.lockout_key if here is not None else None)
    if keys.exists():
        keys.replace(keys.with_name(keys.name + ".before-restore"))
    if new_keys is not None:
        new_keys.save(keys, key)
    else:
        atomic_write(keys, info.keys_file.read_bytes())
    _swap_in(staging, db_path)
    return RestoreResult(info, again, new_keys is not None)
