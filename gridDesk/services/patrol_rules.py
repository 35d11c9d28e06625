"""The patrol rules as data (RULES.md): how often each place kind, risk-point type and hazard level
is patrolled, and the seasons (汛期、防火期、冬春) with their dates and what each tightens."""

from __future__ import annotations

from dataclasses import replace

from ..domain.audit import Action
from ..domain.errors import NotFound, ValidationError
from ..domain.patrols import SEASON_TARGETS, TARGETS, PatrolRules, Season, check_every, check_month_day
from ..domain.resident_rules import clean_text
from ..domain.rules import Permission
from ..storage.patrol_rules_repo import PatrolRulesRepo
from .guard import rule
from .session import Changes, UserSession


class PatrolRulesService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.LOG_VISITS)
    def rules(self) -> PatrolRules:
        """Whoever patrols sees the plan's rules; only the director changes them."""
        with self.session.db.transaction() as s:
            return PatrolRulesRepo(s).rules()

    @rule(Permission.EDIT_RULES)
    def set_frequency(self, target: str, every_days: int) -> Changes:
        if target not in TARGETS:
            raise ValidationError("target", "patrols.target")
        days = check_every(every_days)
        with self.session.write(Action.SETTINGS_CHANGED.value, "patrol frequency", f"{target} {days}") as s:
            PatrolRulesRepo(s).set_frequency(target, days)
        return Changes("patrol_rules", (target,))

    @rule(Permission.EDIT_RULES)
    def save_season(self, season: Season) -> Changes:
        """A new season (id None) or a changed one; its frequencies replace what it had."""
        name = clean_text(season.name, 32, "name")
        if not name:
            raise ValidationError("name", "patrols.season_name")
        starts = check_month_day(season.starts, "starts")
        ends = check_month_day(season.ends, "ends")
        for target, days in season.every_days.items():
            if target not in SEASON_TARGETS:
                raise ValidationError("target", "patrols.target")
            check_every(days)
        season = replace(season, name=name, starts=starts, ends=ends,
                         every_days={t: d for t, d in season.every_days.items() if d})
        detail = f"{name} {starts}~{ends} " + ",".join(f"{t}={d}" for t, d in sorted(season.every_days.items()))
        with self.session.write(Action.SETTINGS_CHANGED.value, "patrol season", detail) as s:
            repo = PatrolRulesRepo(s)
            if season.id is not None and not any(x.id == season.id for x in repo.rules().seasons):
                raise NotFound("patrols.no_season")
            if repo.name_taken(name, season.id):
                raise ValidationError("name", "patrols.season_taken", name=name)
            sid = repo.save_season(season)
        return Changes("patrol_rules", (sid,))

    @rule(Permission.EDIT_RULES)
    def delete_season(self, season_id: int) -> Changes:
        with self.session.write(Action.SETTINGS_CHANGED.value, "patrol season", f"deleted {season_id}") as s:
            if not PatrolRulesRepo(s).delete_season(season_id):
                raise NotFound("patrols.no_season")
        return Changes("patrol_rules", (season_id,))
