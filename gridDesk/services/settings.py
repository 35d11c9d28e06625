"""Settings kept in the database (per centre); the UI's own preferences live in QSettings."""

from __future__ import annotations

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..storage.centre_repo import CentreRepo
from .guard import rule
from .session import Changes, UserSession

LANGUAGES = ("zh_CN", "en")


class SettingsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.SETTINGS)
    def get(self, key: str, default: str = "") -> str:
        with self.session.db.transaction() as s:
            return CentreRepo(s).setting(key, default)

    @rule(Permission.SETTINGS)
    def set(self, key: str, value: str) -> Changes:
        with self.session.write(Action.SETTINGS_CHANGED.value, key, value) as s:
            CentreRepo(s).set_setting(key, value)
        return Changes("settings", (key,))
