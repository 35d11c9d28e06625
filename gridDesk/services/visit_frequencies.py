"""How often each key group is visited: the director's rule, as data (RULES.md, the rules as data)."""

from __future__ import annotations

from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.key_groups import KeyGroup, visible_groups
from ..domain.rules import Permission
from ..domain.visits import VisitFrequency, check_every_days, visit_frequencies
from ..storage.visit_frequencies_repo import VisitFrequenciesRepo
from .guard import rule
from .session import Changes, UserSession


class VisitFrequenciesService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_ROSTER)
    def frequencies(self) -> list[VisitFrequency]:
        """Each key group this account may see, with its frequency and GridDesk's default."""
        with self.session.db.transaction() as s:
            every = visit_frequencies(VisitFrequenciesRepo(s).own())
        return [every[g] for g in visible_groups(self.session.account.role)]

    @rule(Permission.EDIT_RULES)
    def set_frequency(self, group: KeyGroup, every_days: int) -> Changes:
        """Days between visits to a member of `group` (0: only the weekly household round)."""
        if not isinstance(group, KeyGroup):
            raise ValidationError("group", "visits.group_required")
        days = check_every_days(every_days)
        default = visit_frequencies({})[group].default_days
        with self.session.write(Action.SETTINGS_CHANGED.value, "visit frequency", f"{group.value} {days}") as s:
            VisitFrequenciesRepo(s).set(group.value, None if days == default else days)
        return Changes("visit_frequencies", (group.value,))
