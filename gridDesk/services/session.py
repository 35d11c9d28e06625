"""A logged-in user: the open database, who they are, and the audit trail they write to.

The session outlives an idle lock: locking closes the database and forgets the key; unlocking
(the same account's password again) attaches a fresh database, so pages keep their services.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.accounts import Account
from ..domain.rules import Permission, Scope, denied, scope_of
from ..domain.centre import Centre
from ..domain.changes import Kind, kind_of
from ..domain.audit import Action
from ..domain.errors import GridDeskError, SessionLocked
from ..storage.audit_repo import AuditRepo
from ..storage.database import Database
from .clock import Clock, iso, wall_clock

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession


@dataclass(frozen=True)
class Changes:
    """What a mutating service changed, for pages to refresh (see domain/changes.py)."""

    kind: Kind
    ids: tuple[int | str, ...] = ()
    warning: str = ""  # done, but something after it was not: the page says so
    moved: int = 0  # other records that moved with it (a calendar change re-times open cases)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", kind_of(self.kind))  # a plain word is checked here


class UserSession:
    def __init__(self, db: Database, dek: bytes, account: Account, centre: Centre,
                 keys_path: Path, clock: Clock = wall_clock) -> None:
        self._db: Database | None = db
        self._dek: bytes | None = dek
        self.account = account
        self.centre = centre
        self.keys_path = keys_path
        self.db_path = db.path
        self.clock = clock

    # -- state ---------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._db is None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise SessionLocked("session_locked")
        return self._db

    @property
    def dek(self) -> bytes:
        if self._dek is None:
            raise SessionLocked("session_locked")
        return self._dek

    def lock(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db = None
        self._dek = None

    def attach(self, db: Database, dek: bytes) -> None:
        self._db, self._dek = db, dek

    def close(self) -> None:
        self.lock()

    # -- rules and the record ------------------------------------------------------------
    def require(self, permission: Permission) -> Scope:
        """The scope the rules table gives this account for `permission`, or a refusal naming
        who may. Refused calls are written down too: a role probing what it may not do is worth
        knowing."""
        scope = scope_of(self.account.role, permission)
        if scope is not None:
            return scope
        try:
            self.record(Action.PERMISSION_DENIED.value, permission.value, self.account.role.value)
        except GridDeskError:  # locked or read-only: the refusal itself still stands
            pass
        raise denied(permission)

    def may(self, permission: Permission) -> bool:
        """For pages and commands deciding what to offer; asks the same table, records nothing."""
        return scope_of(self.account.role, permission) is not None

    def grids(self, permission: Permission = Permission.VIEW_ROSTER) -> tuple[str, ...] | None:
        """The grid codes this account reaches for `permission` (None: every grid). Refuses, as
        `require` does, when the table gives the role nothing."""
        scope = self.require(permission)
        return None if scope is Scope.ALL else self.account.grid_codes

    @property
    def read_only(self) -> str:
        """Why the database may not be written now ('' when it may)."""
        return self._db.read_only_reason if self._db is not None else ""

    def now_iso(self) -> str:
        return iso(self.clock())

    @contextmanager
    def write(self, action: str, target: str = "", detail: str = "") -> Iterator["OrmSession"]:
        """One transaction that carries its own audit row: both land, or neither."""
        with self.db.transaction(writes=True) as s:
            yield s
            self.audit_repo(s).append(self.now_iso(), self.account.username, action, target, detail)

    def audit_repo(self, s: "OrmSession") -> AuditRepo:
        return AuditRepo(s)

    def record(self, action: str, target: str = "", detail: str = "") -> None:
        with self.db.transaction(writes=True) as s:
            self.audit_repo(s).append(self.now_iso(), self.account.username, action, target, detail)
