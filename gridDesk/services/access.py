"""Getting in: setting up a new centre, logging in, unlocking, the recovery key, the rekey.

Everything here happens before or around an open database, so it is where the key-slot file,
the lockout counter and the database meet.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.accounts import Account, Role, check_password_rule, check_username, match_username, username_key
from ..domain.audit import Action
from ..domain.centre import Centre, check_division_code, check_village_name
from ..domain.text import clean_text
from ..domain.errors import (AccountDisabled, AccountLocked, AlreadyInitialised, BadCredentials,
                             DatabaseDamaged,
                             DatabaseMissing, ForeignDatabase, KeySlotsDamaged, KeySlotsMissing,
                             LoginCounterTampered,
                             PermissionDenied, WrongKey)
from ..paths import backup_dir, keyslot_path, lockout_path
from ..security import crypto, recovery_key
from ..security.keycache import KeyCache, MemoryCache
from ..security.keyslots import LOCKOUT_KEY_BYTES, RECOVERY, KeySlotFile, new_keyfile
from ..security.lockout import TAMPERED, LoginGuard
from ..storage import migrate
from ..storage.accounts_repo import AccountsRepo
from ..storage.audit_repo import AuditRepo
from ..storage.backup import export_copy
from ..storage.centre_repo import CentreRepo
from ..storage.database import Database
from ..storage.engine import KEY_BYTES, check_existing_file
from ..storage.instance_lock import InstanceLock
from ..storage.rekey import rekey
from .clock import Clock, iso, local_dt, wall_clock
from .session import UserSession

Checkpoint = Callable[[str], None]


@dataclass(frozen=True)
class SetupResult:
    centre: Centre
    recovery_key: str
    director: Account


def _next_path(keys: Path) -> Path:
    return keys.with_name(keys.name + ".next")


SIGNING_PRIVATE, SIGNING_PUBLIC = "archive_sm2_private", "archive_sm2_public"


def new_signing_key():
    from ..security.sm import SigningKey  # gmssl loads only when a key is made or used

    return SigningKey.generate()


def store_signing_key(repo: CentreRepo, key) -> None:
    """Inside the encrypted database, like everything else it holds."""
    repo.set_setting(SIGNING_PRIVATE, key.private_hex)
    repo.set_setting(SIGNING_PUBLIC, key.public_hex)


class Access:
    def __init__(self, db_path: Path, migrations: Path, key_cache: KeyCache | None = None,
                 clock: Clock = wall_clock) -> None:
        self.db_path = Path(db_path)
        self.keys_path = keyslot_path(self.db_path)
        self.migrations = migrations
        self.cache = key_cache if key_cache is not None else MemoryCache(enabled=False)
        self.clock = clock
        self.guard = LoginGuard(lockout_path(self.db_path), clock, key=self._lockout_key)

    def instance_lock(self) -> InstanceLock:
        """Held by the app (and each command) while it works on this database."""
        return InstanceLock(self.db_path)

    # -- what is on disk -----------------------------------------------------------------
    def is_new(self) -> bool:
        """True only when there is neither a database nor a key-slot file: a first run."""
        return not self.db_path.exists() and not self.keys_path.exists()

    def check_files(self) -> None:
        """Raise the plain-worded problem with the files, if any, before asking for a password."""
        if not self.keys_path.exists() and self.db_path.exists():
            raise KeySlotsMissing("keys_missing.named", file=self.keys_path.name, path=str(self.keys_path))
        if self.keys_path.exists() and not self.db_path.exists():
            raise DatabaseMissing("db_missing.named", path=str(self.db_path))
        check_existing_file(self.db_path)
        KeySlotFile.load(self.keys_path)

    def _lockout_key(self) -> bytes | None:
        """The failed-login counter's MAC key, from the key-slot file (None before the upgrade)."""
        try:
            return KeySlotFile.load(self.keys_path)[0].lockout_key
        except (KeySlotsMissing, KeySlotsDamaged):
            return None

    def _adopt_lockout_key(self, keyfile: KeySlotFile, dek: bytes) -> None:
        """The first login after the upgrade: the counter is authenticated from here on. Counter
        first, then the key-slot file; a crash between leaves the old state, adopted next time."""
        if keyfile.lockout_key is not None:
            return
        key = os.urandom(LOCKOUT_KEY_BYTES)
        self.guard.adopt(key, None)
        keyfile.lockout_key = key
        keyfile.save(self.keys_path, dek)

    def db_id(self) -> str:
        return KeySlotFile.load(self.keys_path)[0].db_id

    # -- a new centre ----------------------------------------------------------------------
    def create_centre(self, village: str, code: str, township: str, director: str,
                      director_name: str, password: str) -> SetupResult:
        if self.db_path.exists():
            raise AlreadyInitialised("already_initialised.here", path=str(self.db_path))
        centre = Centre(db_id=str(uuid.uuid4()), village_name=check_village_name(village),
                        division_code=check_division_code(code),
                        township=clean_text(township, 64, "township"))
        director = check_username(director)
        check_password_rule(password)
        dek = os.urandom(KEY_BYTES)
        recovery_private, recovery_public = crypto.new_keypair()
        keyfile = new_keyfile(centre.db_id, dek, recovery_public)
        keyfile.put_account(director, password, dek)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        if self.keys_path.exists():  # an orphan from an interrupted set-up; keep it, aside
            self.keys_path.rename(self.keys_path.with_name(f"{self.keys_path.name}.orphan-{int(self.clock())}"))
        building = self.db_path.with_name(self.db_path.name + ".new")
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            leftover.unlink(missing_ok=True)
        db = Database.open(building, dek, must_exist=False)
        try:
            migrate.upgrade(db.engine, self.migrations)
            now = local_dt(self.clock())
            with db.transaction() as s:
                CentreRepo(s).create(centre, now)
                store_signing_key(CentreRepo(s), new_signing_key())  # the archive packages' SM2 key
                account = AccountsRepo(s).add(director, clean_text(director_name, 32, "display_name") or director,
                                              Role.DIRECTOR, now, must_change_password=False)
                AuditRepo(s).append(iso(self.clock()), director, Action.CENTRE_CREATED.value,
                                    centre.village_name, centre.division_code)
        finally:
            db.close()
        # Keys first, then the database under its real name: a crash between leaves no
        # database that nobody can open. The failed-login counter comes before the keys: a key
        # without its counter would read as a deleted counter.
        self.guard.reset(keyfile.lockout_key)
        keyfile.save(self.keys_path, dek)
        os.replace(building, self.db_path)
        return SetupResult(centre, recovery_key.encode(recovery_private), account)

    # -- logging in ----------------------------------------------------------------------
    def _check_lock(self, username: str) -> None:
        until = self.guard.locked_until(username)
        if until and self.guard.tampered():
            raise LoginCounterTampered("login_counter_tampered.until", file=self.guard.path.name,
                                       at=iso(until)[11:16], until=until)
        if until:
            raise AccountLocked("account_locked.until", tries=5, at=iso(until)[11:16], until=until)

    def _fail(self, username: str, reason: str) -> BadCredentials | AccountLocked:
        left = self.guard.record_failure(username, reason)
        if left == 0:
            return AccountLocked("account_locked.now", until=self.guard.locked_until(username))
        return BadCredentials("bad_credentials.remaining", remaining=left)

    @staticmethod
    def _account_name(keyfile: KeySlotFile, typed: str) -> str:
        """The slot's own name for what was typed (ＺＨＵＲＥＮ, Zhuren: zhuren). A name with no
        slot becomes its key, so each spelling of it does not get five tries of its own."""
        try:
            typed.encode("utf-8")
        except UnicodeEncodeError:  # undecodable bytes from a command line (lone surrogates)
            raise BadCredentials("bad_credentials.username_unreadable") from None
        return match_username(typed, keyfile.accounts()) or username_key(typed)

    def _private_for(self, keyfile: KeySlotFile, username: str, password: str | None) -> bytes:
        if password is None:
            cached = self.cache.get(keyfile.db_id, username)
            if cached is None:
                raise BadCredentials("bad_credentials.not_remembered")
            return cached
        self._check_lock(username)
        try:
            return keyfile.unwrap_private(username, password)
        except BadCredentials:
            raise self._fail(username, "wrong_password") from None

    def _open(self, keyfile: KeySlotFile, mac: str, account: str, private: bytes,
              ) -> tuple[Database, bytes, KeySlotFile]:
        """Open with this epoch's key, or finish a rekey that a crash interrupted."""
        dek = keyfile.open_with_private(account, private)
        keyfile.check_mac(mac, dek)
        nxt_path = _next_path(self.keys_path)
        try:
            db = Database.open(self.db_path, dek)
        except WrongKey:
            if not nxt_path.exists():
                # The key came out of a slot whose MAC checked: it is right, so the file is not.
                raise WrongKey("db_wrong_key.this_pc") from None
            nxt, nxt_mac = KeySlotFile.load(nxt_path)
            dek = nxt.open_with_private(account, private)
            nxt.check_mac(nxt_mac, dek)
            db = Database.open(self.db_path, dek)
            nxt.save(self.keys_path, dek)  # the rekey had finished; promote its slot file
            nxt_path.unlink(missing_ok=True)
            return db, dek, nxt
        nxt_path.unlink(missing_ok=True)  # a rekey that never reached the database
        return db, dek, keyfile

    def _migrate(self, db: Database, dek: bytes) -> bool:
        def verified_backup() -> None:
            stamp = iso(self.clock()).replace(":", "")[:17]
            export_copy(self.db_path, dek, backup_dir(self.db_path) / f"before-migration-{stamp}.db")

        return migrate.upgrade(db.engine, self.migrations, before=verified_backup, dek=dek)

    def login(self, username: str, password: str | None, *, remember: bool | None = None) -> UserSession:
        """Unwrap the account's slot, open the database, check the account, write the record."""
        self.check_files()
        keyfile, mac = KeySlotFile.load(self.keys_path)
        username = self._account_name(keyfile, username)
        private = self._private_for(keyfile, username, password)
        db, dek, keyfile = self._open(keyfile, mac, username, private)
        try:
            migrated = self._migrate(db, dek)
            with db.transaction() as s:
                centre = CentreRepo(s).get()
                account = AccountsRepo(s).get(username)
            if centre is None or centre.db_id != keyfile.db_id:
                raise ForeignDatabase("db_foreign")
            if account is None:
                raise self._fail(username, "no_account")
            if account.disabled:
                self.guard.record_failure(username, "disabled")
                raise AccountDisabled("account_disabled")
            self._adopt_lockout_key(keyfile, dek)
        except BaseException:
            db.close()
            raise
        self.guard.record_success(username)
        session = UserSession(db, dek, account, centre, self.keys_path, self.clock)
        try:
            self._flush_failures(session)
            session.record(Action.LOGIN.value, username, "remembered" if password is None else "")
            if migrated:
                session.record(Action.MIGRATED.value, migrate.HEAD)
        except DatabaseDamaged:
            pass  # the session is read-only now; the main window says so and how to restore
        if remember is True:
            self.cache.put(keyfile.db_id, username, private)
        elif remember is False:
            self.cache.forget(keyfile.db_id, username)
        if account.role is Role.DIRECTOR and not session.read_only:
            self.finish_pending_rekey(session)
        return session

    def _flush_failures(self, session: UserSession) -> None:
        pending = self.guard.pending()
        if not pending:
            return
        with session.db.transaction() as s:
            repo = session.audit_repo(s)
            for f in pending:
                if f.reason.startswith(TAMPERED):
                    repo.append(iso(f.at), f.account, Action.LOGIN_COUNTER_TAMPERED.value,
                                self.guard.path.name, f.reason)
                else:
                    repo.append(iso(f.at), f.account, Action.LOGIN_FAILED.value, f.account, f.reason)
        self.guard.clear_pending(len(pending))

    def is_remembered(self, username: str) -> bool:
        try:
            keyfile = KeySlotFile.load(self.keys_path)[0]
            return self.cache.get(keyfile.db_id, self._account_name(keyfile, username)) is not None
        except (KeySlotsMissing, KeySlotsDamaged):
            return False

    def unlock(self, session: UserSession, password: str) -> None:
        """The idle lock's way back: the same account, its password, a fresh connection."""
        fresh = self.login(session.account.username, password)
        db, dek = fresh.db, fresh.dek
        fresh._db = None  # hand its connection over rather than close it
        session.attach(db, dek)
        session.record(Action.UNLOCK.value, session.account.username)

    # -- recovery ------------------------------------------------------------------------
    def recover(self, typed_key: str, username: str, new_password: str) -> UserSession:
        """The recovery key opens the database; the director gets a new password (audited)."""
        check_password_rule(new_password)
        self.check_files()
        keyfile, mac = KeySlotFile.load(self.keys_path)
        private = recovery_key.decode(typed_key)
        try:
            db, dek, keyfile = self._open(keyfile, mac, RECOVERY, private)
        except KeySlotsDamaged:
            raise BadCredentials("bad_credentials.recovery_key") from None
        try:
            with db.transaction() as s:
                account = AccountsRepo(s).get(username)
                centre = CentreRepo(s).get()
            if account is None or account.role is not Role.DIRECTOR or centre is None:
                raise PermissionDenied("permission.recovery_director_only")
            username = account.username
            keyfile.put_account(username, new_password, dek)
            self._adopt_lockout_key(keyfile, dek)
            keyfile.save(self.keys_path, dek)
            with db.transaction() as s:
                AccountsRepo(s).password_changed(username, local_dt(self.clock()))
                AccountsRepo(s).set_disabled(username, False)
        except BaseException:
            db.close()
            raise
        self.guard.record_success(username)
        self.cache.forget(keyfile.db_id, username)
        session = UserSession(db, dek, account, centre,
                              self.keys_path, self.clock)
        session.record(Action.RECOVERY_USED.value, username, "password reset with the recovery key")
        return session

    # -- the key-slot file under a live session -------------------------------------------
    def load_keys(self, session: UserSession) -> KeySlotFile:
        keyfile, mac = KeySlotFile.load(self.keys_path)
        keyfile.check_mac(mac, session.dek)
        return keyfile

    def rotate_key(self, session: UserSession, drop: str | None = None,
                   checkpoint: Checkpoint | None = None) -> int:
        """Seal a new DEK to every remaining slot, rekey the database, promote the new file.

        At each step a crash leaves a database that opens: with the old key and the old file
        before the rekey commits, with the new key and `.keys.next` after it (see `_open`).
        """
        step = checkpoint or (lambda _name: None)
        keyfile = self.load_keys(session)
        if drop is not None:
            keyfile.drop_account(drop)
        new_dek = os.urandom(KEY_BYTES)
        nxt = keyfile.resealed(new_dek)
        nxt_path = _next_path(self.keys_path)
        nxt.save(nxt_path, new_dek)
        step("next_written")
        old_dek = session.dek
        session.lock()
        rekey(self.db_path, old_dek, new_dek)
        step("rekeyed")
        nxt.save(self.keys_path, new_dek)
        nxt_path.unlink(missing_ok=True)
        step("promoted")
        session.attach(Database.open(self.db_path, new_dek), new_dek)
        session.record(Action.REKEY.value, f"epoch {nxt.epoch}", f"removed {drop}" if drop else "")
        return nxt.epoch

    def finish_pending_rekey(self, session: UserSession) -> bool:
        """A removal whose rekey a crash cut short is finished at the next director login."""
        keyfile = self.load_keys(session)
        with session.db.transaction() as s:
            active = {a.username for a in AccountsRepo(s).list()}
        stale = [name for name in keyfile.accounts() if name not in active]
        if not stale:
            return False
        for name in stale[:-1]:
            keyfile.drop_account(name)
        if len(stale) > 1:
            keyfile.save(self.keys_path, session.dek)
        self.rotate_key(session, drop=stale[-1])
        return True
