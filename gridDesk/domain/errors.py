"""Typed errors of GridDesk. Lower layers raise these; ui/ and cli/ turn them into words.

Each carries a `code` naming what happened, so the UI can choose a sentence in its own
language, and a plain Chinese `message` for logs and the command line.
"""

from __future__ import annotations


class GridDeskError(Exception):
    code = "error"

    def __init__(self, message: str = "", **details: object) -> None:
        super().__init__(message or self.code)
        self.message = message or self.code
        self.details = details


class ValidationError(GridDeskError):
    code = "invalid"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message, field=field)
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

    def __init__(self, message: str = "", remaining: int = 0) -> None:
        super().__init__(message, remaining=remaining)
        self.remaining = remaining


class AccountLocked(GridDeskError):
    code = "account_locked"

    def __init__(self, message: str = "", until: float = 0.0) -> None:
        super().__init__(message, until=until)
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

    def __init__(self, message: str, limit: str, found: int = 0, allowed: int = 0) -> None:
        super().__init__(message, limit=limit, found=found, allowed=allowed)
        self.limit = limit
        self.found = found
        self.allowed = allowed
