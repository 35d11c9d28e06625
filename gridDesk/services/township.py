"""The township edition's set-up and sessions (TOWNSHIP.md): a township database on an encrypted
file (key slots as the village's: SECURITY.md) or on PostgreSQL (the server authenticates each
staff member as their own role; TLS where the settings say so), its staff, its SM2 signing key,
and the register of villages with their keys' fingerprints."""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.accounts import check_password_rule, check_username
from ..domain.errors import AccountLocked, BadCredentials, ValidationError
from ..domain.township import (TownshipAction, TownshipError, TownshipRole, check_fingerprint, check_name,
                               check_township_code, check_village_code, require)
from ..paths import keyslot_path, lockout_path, township_migrations_dir
from ..security import crypto, recovery_key
from ..security.keyslots import KeySlotFile, new_keyfile
from ..security.lockout import LoginGuard
from ..security.sm import PublicKey, SigningKey
from ..storage.engine import KEY_BYTES
from ..storage.township import migrate
from ..storage.township.engine import TownshipDatabase, has_tables, is_url
from ..storage.township.repo import TownshipRepo, Village
from .clock import iso

SIGNING_PRIVATE, SIGNING_PUBLIC = "sm2_private", "sm2_public"
PEM_LIMIT = 64 * 1024


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class TownshipSetup:
    code: str
    name: str
    where: str
    director: str
    fingerprint: str
    recovery_key: str  # "" on PostgreSQL (no key slots: the server holds the data)
    files: str


@dataclass
class TownshipSession:
    """A staff member's open township database."""

    db: TownshipDatabase
    username: str
    role: TownshipRole
    code: str
    name: str
    files: Path
    settings: dict[str, str]
    dek: bytes | None = None  # a file township's data key, held while the session is open (new key slots)

    def require(self, action: TownshipAction) -> None:
        require(self.role, action)

    def signing_key(self) -> SigningKey:
        return SigningKey(self.settings[SIGNING_PRIVATE], self.settings[SIGNING_PUBLIC])

    def close(self) -> None:
        self.db.close()
        self.dek = None


def default_files(spec: str) -> Path:
    """Where a file township keeps its quarantine and the packages' files: beside the database."""
    path = Path(spec)
    return path.with_name(path.stem + "-files")


def _files_folder(spec: str, files: Path | None) -> Path:
    if files is None:
        if is_url(spec):
            raise ValidationError("path", "township.files_required")
        files = default_files(spec)
    files = Path(files).expanduser().resolve()
    files.mkdir(parents=True, exist_ok=True, mode=0o700)
    return files


def create_township(spec: str, code: str, name: str, director: str, director_name: str, password: str,
                    files: Path | None = None, require_tls: bool | None = None,
                    migrations: Path | None = None) -> TownshipSetup:
    """A new township: its database (schema by Alembic), the director, the signing key."""
    code, name = check_township_code(code), check_name(name)
    director = check_username(director)
    director_name = check_name(director_name or director, "display_name")
    migrations = migrations or township_migrations_dir()
    spec = str(spec)
    keyfile = dek = recovery_private = None
    if is_url(spec):
        db = TownshipDatabase.open(spec)
        if has_tables(db):
            db.close()
            raise TownshipError("township.already_here", where=db.where)
        db_role = db.current_role()
    else:
        path = Path(spec)
        if path.exists() or keyslot_path(path).exists():
            raise TownshipError("township.already_here", where=str(path))
        check_password_rule(password)
        dek = os.urandom(KEY_BYTES)
        recovery_private, recovery_public = crypto.new_keypair()
        keyfile = new_keyfile(str(uuid.uuid4()), dek, recovery_public)
        keyfile.put_account(director, password, dek)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = TownshipDatabase.open(path, dek, must_exist=False)
        db_role = ""
    folder = _files_folder(spec, files)
    key = SigningKey.generate()
    try:
        migrate.upgrade(db, migrations)
        with db.transaction(writes=True) as s:
            repo = TownshipRepo(s)
            for k, v in (("code", code), ("name", name), (SIGNING_PRIVATE, key.private_hex),
                         (SIGNING_PUBLIC, key.public_hex), ("files", str(folder)), ("deadline_day", "10"),
                         ("db_id", keyfile.db_id if keyfile else str(uuid.uuid4())),
                         ("tls_required", "1" if (require_tls if require_tls is not None else _remote(spec)) else "0")):
                repo.set_setting(k, v)
            repo.add_staff(director, director_name, TownshipRole.DIRECTOR.value, db_role, now_iso())
            repo.audit(now_iso(), director, "township_created", code, name)
    finally:
        db.close()
    if keyfile is not None:  # the failed-login counter first, then the keys (as the village's set-up)
        LoginGuard(lockout_path(Path(spec))).reset(keyfile.lockout_key)
        keyfile.save(keyslot_path(Path(spec)), dek)
    return TownshipSetup(code, name, db.where, director, key.public().fingerprint(),
                         recovery_key.encode(recovery_private) if recovery_private else "", str(folder))


def _remote(spec: str) -> bool:
    from urllib.parse import urlsplit

    return is_url(spec) and (urlsplit(spec).hostname or "") not in ("", "localhost", "127.0.0.1", "::1")


def open_township(spec: str, username: str, password: str | None, migrations: Path | None = None
                  ) -> TownshipSession:
    """Log a staff member in: a file by their key slot, PostgreSQL as their own database role."""
    spec = str(spec)
    if is_url(spec):
        db = TownshipDatabase.open(spec)
    else:
        path = Path(spec)
        from ..storage.engine import check_existing_file

        if not path.exists():  # not the village's "restore your backup": a township starts with init
            raise TownshipError("township.db_missing", path=str(path))
        check_existing_file(path)
        keyfile, mac = KeySlotFile.load(keyslot_path(path))
        username = check_username(username)
        # Five wrong passwords lock the account for 15 minutes, as at the village (SECURITY.md).
        guard = LoginGuard(lockout_path(path), key=lambda: keyfile.lockout_key)
        until = guard.locked_until(username)
        if until:
            raise AccountLocked("account_locked.until", tries=5, at=iso(until)[11:16], until=until)
        try:
            private = keyfile.unwrap_private(username, password or "")
        except BadCredentials:
            left = guard.record_failure(username, "wrong_password")
            if left == 0:
                raise AccountLocked("account_locked.now", until=guard.locked_until(username)) from None
            raise BadCredentials("bad_credentials.remaining", remaining=left) from None
        guard.record_success(username)
        dek = keyfile.open_with_private(username, private)
        keyfile.check_mac(mac, dek)
        db = TownshipDatabase.open(path, dek)
    held_key = None if is_url(spec) else dek
    try:
        if not has_tables(db):
            raise TownshipError("township.not_set_up", where=db.where)
        migrate.upgrade(db, migrations or township_migrations_dir())
        with db.transaction() as s:
            repo = TownshipRepo(s)
            settings = repo.settings()
            staff = repo.staff(username)
        db.check_tls(settings.get("tls_required") == "1")
        if staff is None or not staff.active:
            raise BadCredentials("bad_credentials")
        if db.postgres and staff.db_role != db.current_role():
            raise TownshipError("township.wrong_role", username=username, role=db.current_role())
    except BaseException:
        db.close()
        raise
    return TownshipSession(db, username, TownshipRole(staff.role), settings["code"], settings["name"],
                           Path(settings["files"]), settings, held_key)


def add_village(session: TownshipSession, code: str, name: str, fingerprint: str, pem: str = "",
                registered_at: datetime | None = None) -> Village:
    """Register a village and its key's fingerprint (read out on the phone or on paper); the PEM,
    when given, must have that fingerprint. `registered_at`: when the township took the village
    on, if not now (the demo township registered its villages last month); the status matrix
    expects a batch from every month since."""
    session.require(TownshipAction.REGISTER_VILLAGE)
    code = check_village_code(code, session.code)
    name = check_name(name)
    fingerprint = check_fingerprint(fingerprint)
    if pem:
        if len(pem) > PEM_LIMIT:
            raise ValidationError("pem", "township.pem_bad")
        try:
            key = PublicKey.from_pem(pem)
        except (ValueError, TypeError):
            raise ValidationError("pem", "township.pem_bad") from None
        if key.fingerprint() != fingerprint:
            raise ValidationError("pem", "township.pem_other_fingerprint", fingerprint=key.fingerprint(),
                                  expected=fingerprint)
        pem = key.pem()
    with session.db.transaction(writes=True) as s:
        repo = TownshipRepo(s)
        same = repo.village(code)
        if same is not None:
            raise TownshipError("township.village_twice", village=code, name=same.name)
        other = repo.village_with_fingerprint(fingerprint)
        if other is not None:
            raise TownshipError("township.fingerprint_twice", fingerprint=fingerprint, village=other.code,
                                name=other.name)
        at = registered_at.replace(microsecond=0).isoformat() if registered_at else now_iso()
        repo.add_village(code, name, fingerprint, pem, at, session.username)
        repo.audit(now_iso(), session.username, "village_registered", code, fingerprint)
        return repo.village(code)


_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def add_staff(session: TownshipSession, username: str, name: str, role: str, password: str = "",
              db_role: str = "") -> None:
    """Another staff account (the director's act). On a file: a key slot of its own, sealed with the
    data key. On PostgreSQL: bound to the person's own database role (made by the server's
    administrator, LOGIN with a scram-sha-256 password), which is granted the township's tables."""
    session.require(TownshipAction.MANAGE_STAFF)
    username = check_username(username)
    name = check_name(name or username, "display_name")
    try:
        staff_role = TownshipRole(role)
    except ValueError:
        raise ValidationError("role", "township.bad_role", value=str(role)[:20]) from None
    if session.db.postgres:
        if not _ROLE_NAME.match(db_role or ""):
            raise ValidationError("db_role", "township.bad_db_role", value=str(db_role)[:70])
    else:
        check_password_rule(password)
        db_role = ""
    with session.db.transaction(writes=True) as s:
        repo = TownshipRepo(s)
        if repo.staff(username) is not None:
            raise TownshipError("township.staff_twice", username=username)
        if session.db.postgres:
            if not repo.role_exists(db_role):
                raise TownshipError("township.no_such_db_role", role=db_role)
        repo.add_staff(username, name, staff_role.value, db_role, now_iso())
        if session.db.postgres:  # the new role, and every other's as the tables are now (services/township_staff.py)
            from ..storage.township.staff_repo import TownshipStaffRepo

            s.flush()
            TownshipStaffRepo(s).renew_all(session.db.current_role())
        repo.audit(now_iso(), session.username, "staff_added", username, f"{staff_role.value} {db_role}".strip())
        if not session.db.postgres:
            # The slot is written inside the transaction: a refused commit leaves the old file.
            keys = keyslot_path(Path(session.db.spec))
            keyfile, mac = KeySlotFile.load(keys)
            keyfile.check_mac(mac, session.dek)
            keyfile.put_account(username, password, session.dek)
            keyfile.save(keys, session.dek)
