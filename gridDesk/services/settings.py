"""Settings kept in the database (per centre); the UI's own preferences live in QSettings."""

from __future__ import annotations

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.errors import GridDeskError, PermissionDenied
from ..storage.centre_repo import CentreRepo
from .guard import rule
from .session import Changes, UserSession

LANGUAGES = ("zh_CN", "en")

# Kept in the same table, but each by the service that checks it (and under its own rule): the
# archive's signing key, the backups' record and the director's number of generations, the
# township's key fingerprint, the archive's pending export, what each printed sign showed, and
# the printing settings. The generic get/set would let a staff account read the private key or
# change the director's backup setting; it refuses these keys.
_SECRET = ("archive_sm2_private",)
_KEPT_ELSEWHERE = ("archive_sm2_", "backup_", "integrity_full_at", "township_key_fingerprint",
                   "archive_pending_export", "sign_printed:", "centre_phone", "supervision_phone", "print_font")


class SettingsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _refuse(self, key: str, why: str) -> None:
        try:
            self.session.record(Action.PERMISSION_DENIED.value, f"setting {key}", why)
        except GridDeskError:
            pass
        raise PermissionDenied("settings.own_page", key=key)

    @rule(Permission.SETTINGS)
    def get(self, key: str, default: str = "") -> str:
        if key.startswith(_SECRET):
            self._refuse(key, "read")
        with self.session.db.transaction() as s:
            return CentreRepo(s).setting(key, default)

    @rule(Permission.SETTINGS)
    def set(self, key: str, value: str) -> Changes:
        if key.startswith(_KEPT_ELSEWHERE):
            self._refuse(key, "write")
        with self.session.write(Action.SETTINGS_CHANGED.value, key, value) as s:
            CentreRepo(s).set_setting(key, value)
        return Changes("settings", (key,))
