"""What the audit log records: the action codes (the UI gives them words)."""

from __future__ import annotations

import enum


class Action(str, enum.Enum):
    CENTRE_CREATED = "centre_created"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_COUNTER_TAMPERED = "login_counter_tampered"  # the failed-login counter was missing or altered
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    RECOVERY_USED = "recovery_used"
    ACCOUNT_ADDED = "account_added"
    ACCOUNT_DISABLED = "account_disabled"
    ACCOUNT_ENABLED = "account_enabled"
    ACCOUNT_REMOVED = "account_removed"
    PASSWORD_CHANGED = "password_changed"
    REKEY = "rekey"
    SETTINGS_CHANGED = "settings_changed"
    MIGRATED = "migrated"
    WRITE = "write"
    UNMASK = "unmask"
    PRINT = "print"
    EXPORT = "export"
    AUDIT_VERIFIED = "audit_verified"
    AUDIT_HEAD_READ = "audit_head_read"
    AUDIT_RECHAINED = "audit_rechained"
    DEMO_GENERATED = "demo_generated"
    PERMISSION_DENIED = "permission_denied"
    BACKUP = "backup"
    RESTORE = "restore"
    INTEGRITY_CHECKED = "integrity_checked"
    CERT_OVERRIDE = "cert_override"  # the director let an uncertified member do one act (持证上岗 exception)
