"""备份: verified encrypted backups to a folder or a stick, the generations kept, the reminder,
and the health checks of the live database (quick at every start, full on demand and weekly)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.backups import (FULL_CHECK_EVERY_DAYS, KEEP_DEFAULT, BackupInfo, backup_overdue, check_keep,
                              days_since, to_let_go)
from ..domain.errors import ValidationError
from ..paths import backup_dir
from ..security.keyslots import KeySlotFile
from ..storage import migrate
from ..storage.backup import Progress, check_file
from ..storage.backup_sets import list_sets, remove_set, write_set
from ..storage.centre_repo import CentreRepo
from .guard import rule
from .clock import local_dt
from .session import UserSession

LAST_BACKUP, KEEP, FOLDER, LAST_FULL_CHECK = "backup_last_at", "backup_keep", "backup_folder", "integrity_full_at"


@dataclass(frozen=True)
class BackupState:
    last_at: str  # '' when there never was one
    days: int | None
    overdue: bool
    folder: Path
    keep: int


class BackupService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    # -- settings ---------------------------------------------------------------------------
    def _setting(self, key: str, default: str = "") -> str:
        with self.session.db.transaction() as s:
            return CentreRepo(s).setting(key, default)

    @rule(Permission.BACKUP)
    def default_folder(self) -> Path:
        return backup_dir(self.session.db_path)

    @rule(Permission.BACKUP)
    def state(self) -> BackupState:
        last = self._setting(LAST_BACKUP)
        today = local_dt(self.session.clock()).date()
        folder = self._setting(FOLDER)
        return BackupState(last, days_since(last, today), backup_overdue(last, today),
                           Path(folder) if folder else self.default_folder(),
                           int(self._setting(KEEP, str(KEEP_DEFAULT))))

    @rule(Permission.MANAGE_BACKUPS)
    def set_keep(self, keep: int) -> None:
        try:
            check_keep(keep)
        except ValueError:
            raise ValidationError("keep", "backups.keep_range") from None
        with self.session.write(Action.SETTINGS_CHANGED.value, KEEP, str(keep)) as s:
            CentreRepo(s).set_setting(KEEP, str(keep))

    # -- making one ---------------------------------------------------------------------------
    def _blank(self, reason: str) -> BackupInfo:
        keyfile = KeySlotFile.load(self.session.keys_path)[0]
        centre = self.session.centre
        return BackupInfo(folder=Path(), created=local_dt(self.session.clock()).isoformat(timespec="seconds"),
                          app_version=__version__, schema=migrate.HEAD, db_id=centre.db_id,
                          village=centre.village_name, division_code=centre.division_code,
                          epoch=keyfile.epoch, db_bytes=0, keys_sha256="", reason=reason)

    @rule(Permission.BACKUP)
    def backup(self, target: Path | None = None, progress: Progress = None, *, reason: str = "manual",
               ) -> BackupInfo:
        """A verified generation under `target` (the local backups folder by default), then the
        oldest beyond the kept number of this centre's backups there are let go."""
        target = Path(target) if target is not None else self.default_folder()
        info = write_set(self.session.db_path, self.session.dek, self.session.keys_path, target,
                         self._blank(reason), progress)
        if self.session.read_only:
            return info  # nothing may be written to a damaged database, not even this record
        keep = int(self._setting(KEEP, str(KEEP_DEFAULT)))
        for old in to_let_go(list_sets(target, info.db_id), keep):
            if old.folder != info.folder:
                remove_set(old)
        with self.session.write(Action.BACKUP.value, str(info.folder),
                                f"{reason}; residents={info.counts.get('residents', 0)}") as s:
            CentreRepo(s).set_setting(LAST_BACKUP, info.created)
            CentreRepo(s).set_setting(FOLDER, str(target))
        return info

    @rule(Permission.BACKUP)
    def backups(self, folder: Path | None = None) -> list[BackupInfo]:
        return list_sets(Path(folder) if folder else self.state().folder, self.session.centre.db_id)

    # -- the live database's health -----------------------------------------------------------
    @rule(None, why="the health check every session runs at start: it reads the file's pages, not the village's records")
    def quick_check(self) -> list[str]:
        """Every start: problems put the session in read-only mode."""
        problems = self.session.db.quick_check()
        if problems:
            self.session.db.set_read_only()
        return problems

    @rule(None, why="the health check every session runs at start: it reads the file's pages, not the village's records")
    def full_check_due(self) -> bool:
        days = days_since(self._setting(LAST_FULL_CHECK), local_dt(self.session.clock()).date())
        return days is None or days >= FULL_CHECK_EVERY_DAYS

    @rule(None, why="the health check every session runs at start: it reads the file's pages, not the village's records")
    def full_check(self) -> list[str]:
        """Every page's HMAC and the whole structure; a damaged page means read-only."""
        problems = check_file(self.session.db_path, self.session.dek)
        if problems:
            self.session.db.set_read_only()
            return problems
        with self.session.write(Action.INTEGRITY_CHECKED.value, "cipher_integrity_check+integrity_check",
                                "ok") as s:
            CentreRepo(s).set_setting(LAST_FULL_CHECK, local_dt(self.session.clock()).isoformat(timespec="seconds"))
        return []
