"""The township's staff accounts after they are made (services/township.add_staff makes them):
removing one, setting a new password, and renewing each PostgreSQL role's grants. All are the
director's (TownshipAction.MANAGE_STAFF) and on the township's audit log.

- remove: the account no longer opens (its row stays for the audit log's names); the last active
  director is never removed. On a file its key slot is dropped; on PostgreSQL its role loses the
  township's tables and, when the director's own role may change roles (CREATEROLE), its login.
  The data key is not changed: a copy of the old key file and the old password still open an old
  copy of the database, as with the village (SECURITY.md, rekey).
- password: on a file, a new key slot for the account under the new password; on PostgreSQL,
  `ALTER ROLE ... PASSWORD` with a SCRAM verifier made here (the password never reaches the server).
- grants: what each staff role needs on the tables there are now (a table a later migration
  added, an auditor's INSERT on tw_audit that roles granted before it lack)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.accounts import check_password_rule, check_username
from ..domain.township import TownshipAction, TownshipError, TownshipRole
from ..paths import keyslot_path
from ..security.keyslots import KeySlotFile
from ..security.pg_scram import scram_sha256
from ..storage.township.repo import Staff, TownshipRepo
from ..storage.township.staff_repo import TownshipStaffRepo
from .township import TownshipSession, now_iso


@dataclass(frozen=True)
class Removed:
    username: str
    db_role: str  # "" on a file
    stripped: bool  # PostgreSQL: the role lost the township's tables (not when it owns them or is shared)
    login_closed: bool  # PostgreSQL: the role may no longer log in (False: the administrator must)


@dataclass(frozen=True)
class Granted:
    username: str
    role: str
    db_role: str


def _active(repo: TownshipRepo, username: str) -> Staff:
    staff = repo.staff(username)
    if staff is None or not staff.active:
        raise TownshipError("township.staff.unknown", username=username)
    return staff


def _rewrite_slots(session: TownshipSession, change) -> None:
    """The key file changed by `change(keyfile)` and saved, its MAC checked first with the open data key."""
    keys = keyslot_path(Path(session.db.spec))
    keyfile, mac = KeySlotFile.load(keys)
    keyfile.check_mac(mac, session.dek)
    change(keyfile)
    keyfile.save(keys, session.dek)


def remove_staff(session: TownshipSession, username: str) -> Removed:
    session.require(TownshipAction.MANAGE_STAFF)
    username = check_username(username)
    closed = stripped = False
    with session.db.transaction(writes=True) as s:
        repo, staff_repo = TownshipRepo(s), TownshipStaffRepo(s)
        staff = _active(repo, username)
        if staff.role == TownshipRole.DIRECTOR.value and staff_repo.active_directors() <= 1:
            raise TownshipError("township.staff.last_director", username=username)
        staff_repo.deactivate(username)
        if session.db.postgres and staff.db_role:
            shared = any(o.db_role == staff.db_role and o.active and o.username != username for o in staff_repo.staff())
            owner = staff.db_role in staff_repo.table_owners() or staff.db_role == session.db.current_role()
            if not shared and not owner:  # never the owner's rights, nor a role someone else still logs in as
                staff_repo.revoke_all(staff.db_role)
                stripped = True
                if staff_repo.may_manage_roles():
                    staff_repo.close_login(staff.db_role)
                    closed = True
        repo.audit(now_iso(), session.username, "staff_removed", username,
                   f"{staff.role} {staff.db_role}{' nologin' if closed else ''}".strip())
        if not session.db.postgres:  # inside the transaction: a refused commit leaves the old file
            _rewrite_slots(session, lambda keyfile: keyfile.drop_account(username))
    return Removed(username, staff.db_role, stripped, closed)


def set_staff_password(session: TownshipSession, username: str, password: str) -> Staff:
    session.require(TownshipAction.MANAGE_STAFF)
    username = check_username(username)
    check_password_rule(password)
    with session.db.transaction(writes=True) as s:
        repo = TownshipRepo(s)
        staff = _active(repo, username)
        if session.db.postgres:
            if not staff.db_role:
                raise TownshipError("township.staff.no_db_role", username=username)
            staff_repo = TownshipStaffRepo(s)
            if staff.db_role != session.db.current_role() and not staff_repo.may_manage_roles():
                raise TownshipError("township.staff.cannot_alter_role", role=staff.db_role,
                                    own=session.db.current_role())
            staff_repo.set_role_password(staff.db_role, scram_sha256(password))
        repo.audit(now_iso(), session.username, "staff_password", username, staff.db_role)
        if not session.db.postgres:
            _rewrite_slots(session, lambda keyfile: keyfile.put_account(username, password, session.dek))
    return staff


def renew_grants(session: TownshipSession) -> list[Granted]:
    """Each active staff member's role granted what it needs now, each removed one's taken away;
    the roles that own the tables are left as they are (they have everything)."""
    session.require(TownshipAction.MANAGE_STAFF)
    if not session.db.postgres:
        raise TownshipError("township.grants.file")
    with session.db.transaction(writes=True) as s:
        done = [Granted(m.username, m.role, m.db_role)
                for m in TownshipStaffRepo(s).renew_all(session.db.current_role())]
        TownshipRepo(s).audit(now_iso(), session.username, "grants_renewed", f"{len(done)} roles",
                              " ".join(f"{g.db_role}:{g.role}" for g in done)[:2000])
    return done
