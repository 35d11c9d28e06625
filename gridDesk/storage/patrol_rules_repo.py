"""The director's patrol rules: frequencies per place kind, risk type and hazard, and the seasons."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.patrols import PatrolRules, Season
from .orm.patrols import PatrolFrequencyRow, PatrolSeasonFrequencyRow, PatrolSeasonRow


class PatrolRulesRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def rules(self) -> PatrolRules:
        every = {r.target: r.every_days for r in self.s.scalars(select(PatrolFrequencyRow))}
        per_season: dict[int, dict[str, int]] = {}
        for r in self.s.scalars(select(PatrolSeasonFrequencyRow)):
            per_season.setdefault(r.season_id, {})[r.target] = r.every_days
        seasons = tuple(Season(r.id, r.name, r.starts, r.ends, per_season.get(r.id, {}))
                        for r in self.s.scalars(select(PatrolSeasonRow).order_by(PatrolSeasonRow.id)))
        return PatrolRules(every, seasons)

    def set_frequency(self, target: str, every_days: int) -> None:
        row = self.s.get(PatrolFrequencyRow, target)
        if row is None:
            self.s.add(PatrolFrequencyRow(target=target, every_days=every_days))
        else:
            row.every_days = every_days

    def save_season(self, season: Season) -> int:
        row = self.s.get(PatrolSeasonRow, season.id) if season.id else None
        if row is None:
            row = PatrolSeasonRow()
            self.s.add(row)
        row.name, row.starts, row.ends = season.name, season.starts, season.ends
        self.s.flush()
        self.s.execute(delete(PatrolSeasonFrequencyRow).where(PatrolSeasonFrequencyRow.season_id == row.id))
        for target, days in season.every_days.items():
            if days:
                self.s.add(PatrolSeasonFrequencyRow(season_id=row.id, target=target, every_days=days))
        self.s.flush()
        return row.id

    def delete_season(self, season_id: int) -> bool:
        row = self.s.get(PatrolSeasonRow, season_id)
        if row is None:
            return False
        self.s.execute(delete(PatrolSeasonFrequencyRow).where(PatrolSeasonFrequencyRow.season_id == season_id))
        self.s.delete(row)
        return True

    def name_taken(self, name: str, other_than: int | None) -> bool:
        found = self.s.scalar(select(PatrolSeasonRow.id).where(PatrolSeasonRow.name == name))
        return found is not None and found != other_than
