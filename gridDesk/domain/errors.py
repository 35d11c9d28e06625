"""Typed errors of GridDesk. Lower layers raise these; ui/ and cli/ turn them into words.

Each carries a `code` (an entry of `domain/catalogue`) and the facts as named parameters
(`row=3`, `limit=20`, `field=Word(...)`), never a sentence: the catalogue renders them in
Chinese (`.message`, for logs and the command line) or in the UI's language (`render("en")`).

A first argument that is not a catalogue code is taken as a sentence of old (`legacy`): the files
still written that way are listed in tests/error_allowlist.py, which may only shrink.
"""

from __future__ import annotations

from typing import Mapping

from . import catalogue
from .catalogue import Word
from .catalogue.words import field_word


class GridDeskError(Exception):
    code = "error"

    def __init__(self, code: str = "", /, **params: object) -> None:
        self.legacy: str | None = None
        if code and not catalogue.has(code):
            self.legacy = code  # a sentence from a file not yet converted
            code = ""
        self.code = code or type(self).code
        self.params: dict[str, object] = params
        super().__init__(self.message)

    @property
    def family(self) -> str:
        """The kind of refusal (the class's code), for callers that branch on it; `code` names
        the sentence and may be finer (sheet_too_large.rows)."""
        return type(self).code

    @property
    def details(self) -> Mapping[str, object]:
        return self.params

    @property
    def message(self) -> str:
        """The sentence in Chinese: logs, the command line, and tests that read it."""
        return self.render(catalogue.ZH)

    def render(self, lang: str = catalogue.ZH) -> str:
        if self.legacy is not None:
            return self.legacy
        if not catalogue.has(self.code):
            return self.code
        return catalogue.render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.message

    def for_log(self) -> str:
        """What the log file may hold: the code and the parameters that are not personal data."""
        return f"{type(self).__name__}[{self.code}] {catalogue.loggable(self.params)}"


class ValidationError(GridDeskError):
    """A value refused; `field` names the form field (the dialog marks it) and is a word too."""

    code = "invalid"

    def __init__(self, field: str, code: str = "", /, **params: object) -> None:
        params.setdefault("field", Word(field_word(field)))
        super().__init__(code, **params)
        self.field = field


# Opening the database and the key-slot file
class DatabaseMissing(GridDeskError):
    code = "db_missing"


class DatabaseEmpty(GridDeskError):
    code = "db_empty"


class NotEncrypted(GridDeskError):
    code = "db_plain"


class WrongKey(GridDeskError):
    code = "db_wrong_key"


class ForeignDatabase(GridDeskError):
    code = "db_foreign"


class SchemaTooNew(GridDeskError):
    code = "schema_too_new"


class MigrationFailed(GridDeskError):
    code = "migration_failed"


class KeySlotsMissing(GridDeskError):
    code = "keys_missing"


class KeySlotsDamaged(GridDeskError):
    code = "keys_damaged"


class WeakKdfParameters(GridDeskError):
    code = "keys_weak_kdf"


class KdfParametersRefused(KeySlotsDamaged):
    """Argon2id parameters above the ceiling: a slot that would hang or crash the login."""

    code = "keys_kdf_too_large"


class AlreadyInitialised(GridDeskError):
    code = "already_initialised"


# Logging in and accounts
class BadCredentials(GridDeskError):
    code = "bad_credentials"

    def __init__(self, code: str = "", /, remaining: int = 0, **params: object) -> None:
        super().__init__(code, remaining=remaining, **params)
        self.remaining = remaining


class AccountLocked(GridDeskError):
    code = "account_locked"

    def __init__(self, code: str = "", /, until: float = 0.0, **params: object) -> None:
        super().__init__(code, **params)
        self.until = until


class LoginCounterTampered(AccountLocked):
    """The failed-login counter was missing, unreadable or altered: every account waits."""

    code = "login_counter_tampered"


class AccountDisabled(GridDeskError):
    code = "account_disabled"


class PasswordRejected(GridDeskError):
    code = "password_rejected"


class PermissionDenied(GridDeskError):
    code = "permission_denied"


class NotFound(GridDeskError):
    code = "not_found"


class Conflict(GridDeskError):
    code = "conflict"


class SessionLocked(GridDeskError):
    code = "session_locked"


# Backups, restore and the database's health
class BackupFailed(GridDeskError):
    code = "backup_failed"


class BackupTooNew(GridDeskError):
    code = "backup_too_new"


class BackupNeedsPassword(GridDeskError):
    """The backup was made under another data key (a staff member was removed since): the
    password the user had at the time opens it."""

    code = "backup_needs_password"


class ReadOnlyMode(GridDeskError):
    code = "read_only"


class DatabaseDamaged(ReadOnlyMode):
    """A damaged page met in use: the database has just been put in read-only mode."""

    code = "db_damaged"


class AlreadyOpen(GridDeskError):
    code = "already_open"


# Spreadsheets from outside
class SheetTooLarge(GridDeskError):
    """A spreadsheet refused before it is parsed, because parsing it could exhaust the memory.
    `limit` names the bound (file_bytes, part_bytes, total_bytes, parts, rows, columns, cells,
    shared_strings, string_bytes, merged_cells, malformed), `found` what the file declares or
    holds, `allowed` the bound."""

    code = "sheet_too_large"

    def __init__(self, code: str, limit: str, found: int = 0, allowed: int = 0, **params: object) -> None:
        super().__init__(code, limit=limit, found=found, allowed=allowed, **params)
        self.limit = limit
        self.found = found
        self.allowed = allowed
