"""备份: verified encrypted backups to a folder or a stick, the generations kept, the reminder,
and the health checks of the live database (quick at every start, full on demand and weekly)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.backups import (AUTOMATIC, FULL_CHECK_EVERY_DAYS, KEEP_DEFAULT, BackupInfo, Medium, MediumKind,
                              UpgradeCopy, backup_overdue, check_keep, counts_as_backup, days_since, to_let_go)
from ..domain.errors import BackupFailed, ValidationError
from ..paths import backup_dir
from ..security.keyslots import KeySlotFile
from ..storage import migrate
from ..storage.backup import Progress, check_file
from ..storage.backup_sets import list_sets, list_upgrade_copies, remove_set, write_set
from ..storage.centre_repo import CentreRepo
from ..storage.media import medium_of
from .guard import rule
from .clock import local_dt
from .session import UserSession

LAST_BACKUP, KEEP, FOLDER, LAST_FULL_CHECK = "backup_last_at", "backup_keep", "backup_folder", "integrity_full_at"
# The chosen place's kind when it was chosen: a stick that is not plugged in is then refused,
# not silently replaced by a folder of the same name on this PC's own disk.
FOLDER_KIND = "backup_folder_kind"
# The centre's last backup that would survive the PC (a person's, to a stick or another disk).
OFF_PC_AT, OFF_PC_KIND, OFF_PC_PLACE = "backup_off_pc_at", "backup_off_pc_kind", "backup_off_pc_place"
# Today's record of the backups, not the data's: a restore keeps these as they were before it.
KEPT_BY_RESTORE = (LAST_BACKUP, KEEP, FOLDER, FOLDER_KIND, OFF_PC_AT, OFF_PC_KIND, OFF_PC_PLACE)


@dataclass(frozen=True)
class BackupState:
    last_at: str  # the centre's last backup off this PC; '' when there never was one
    days: int | None
    overdue: bool
    folder: Path  # where the next backup goes
    keep: int
    last_medium: Medium | None = None  # where that last one went
    chosen: bool = False  # a person chose the place (else it is this PC's folder by default)
    on_pc_at: str = ""  # the last backup a person made, wherever it went ('' when none)


class BackupService:
    def __init__(self, session: UserSession, *, this_pc: frozenset[int] | None = None) -> None:
        """`this_pc`: the devices counted as this PC (see storage/media.py); by default the data
        folder's and the system's."""
        self.session = session
        self.this_pc = this_pc

    # -- settings ---------------------------------------------------------------------------
    def _setting(self, key: str, default: str = "") -> str:
        with self.session.db.transaction() as s:
            return CentreRepo(s).setting(key, default)

    @rule(Permission.BACKUP)
    def default_folder(self) -> Path:
        return backup_dir(self.session.db_path)

    @rule(Permission.BACKUP)
    def state(self) -> BackupState:
        last = self._setting(OFF_PC_AT)
        today = local_dt(self.session.clock()).date()
        folder = self._setting(FOLDER)
        medium = Medium(MediumKind(self._setting(OFF_PC_KIND)), self._setting(OFF_PC_PLACE)) if last else None
        return BackupState(last, days_since(last, today), backup_overdue(last, today),
                           Path(folder) if folder else self.default_folder(),
                           int(self._setting(KEEP, str(KEEP_DEFAULT))), medium, bool(folder),
                           self._setting(LAST_BACKUP))

    @rule(Permission.BACKUP)
    def medium(self, folder: Path) -> Medium:
        """What `folder` is on: this PC, a stick, or another disk."""
        return medium_of(Path(folder), self.session.db_path.parent, this_pc=self.this_pc)

    @rule(Permission.BACKUP)
    def set_folder(self, folder: Path) -> Medium:
        """The place chosen for the backups, kept until another is chosen (restores included)."""
        medium = self.medium(folder)
        with self.session.write(Action.SETTINGS_CHANGED.value, FOLDER, str(folder)) as s:
            CentreRepo(s).set_setting(FOLDER, str(folder))
            CentreRepo(s).set_setting(FOLDER_KIND, medium.kind.value)
        return medium

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
        automatic = reason in AUTOMATIC
        medium = self.medium(target)
        if not automatic and not medium.off_pc and str(target) == self._setting(FOLDER) \
                and self._setting(FOLDER_KIND, MediumKind.THIS_PC.value) != MediumKind.THIS_PC.value:
            # Chosen on a stick that is not there now: writing would fill a same-named folder on
            # this PC's disk and look like a backup to the stick.
            raise BackupFailed("backup_failed.not_plugged", folder=str(target))
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
            # The program's own copy before it changes things is recorded in the log only: it
            # neither moves the chosen place nor counts as the centre's backup.
            if not automatic:
                repo = CentreRepo(s)
                repo.set_setting(LAST_BACKUP, info.created)
                repo.set_setting(FOLDER, str(target))
                repo.set_setting(FOLDER_KIND, medium.kind.value)
                if counts_as_backup(reason, medium):
                    repo.set_setting(OFF_PC_AT, info.created)
                    repo.set_setting(OFF_PC_KIND, medium.kind.value)
                    repo.set_setting(OFF_PC_PLACE, medium.place)
        return info

    @rule(Permission.BACKUP)
    def backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """The backups at the place, and beside them the program's own copies made on this PC
        before a restore (they are written to the PC folder whatever place was chosen)."""
        folder = Path(folder) if folder else self.state().folder
        found = list_sets(folder, self.session.centre.db_id)
        if folder != self.default_folder():
            found += [b for b in list_sets(self.default_folder(), self.session.centre.db_id) if b.reason in AUTOMATIC]
        return sorted(found, key=lambda b: b.created, reverse=True)

    @rule(Permission.BACKUP)
    def upgrade_copies(self) -> list[UpgradeCopy]:
        """The copies taken on this PC before an upgrade: listed as what they are."""
        return list_upgrade_copies(self.default_folder())

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
