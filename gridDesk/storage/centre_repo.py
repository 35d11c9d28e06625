"""The centre row and the settings table."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.centre import Centre
from .orm.centre import CentreRow, SettingRow


class CentreRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self) -> Centre | None:
        row = self.s.scalar(select(CentreRow).limit(1))
        if row is None:
            return None
        return Centre(db_id=row.db_id, village_name=row.village_name,
                      division_code=row.division_code, township=row.township)

    def created_at(self) -> datetime | None:
        """When the centre was set up (the wizard's moment); None before it was."""
        return self.s.scalar(select(CentreRow.created_at).limit(1))

    def has_setting_starting(self, prefix: str) -> bool:
        """Whether any setting's key starts with `prefix` (a family of keys, one per grid)."""
        return self.s.scalar(select(SettingRow.key).where(SettingRow.key.startswith(prefix, autoescape=True))
                             .limit(1)) is not None

    def create(self, centre: Centre, now: datetime) -> None:
        self.s.add(CentreRow(db_id=centre.db_id, village_name=centre.village_name,
                             division_code=centre.division_code, township=centre.township,
                             created_at=now))

    def setting(self, key: str, default: str = "") -> str:
        row = self.s.get(SettingRow, key)
        return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        row = self.s.get(SettingRow, key)
        if row is None:
            self.s.add(SettingRow(key=key, value=value))
        else:
            row.value = value


def centre_set_up(s: Session) -> date | None:
    """The day the centre was set up (through the wizard, or the demo's build)."""
    moment = CentreRepo(s).created_at()
    return moment.date() if moment is not None else None
