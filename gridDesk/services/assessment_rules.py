"""The quarterly assessment's rules as data: the scoring items and the grade thresholds, the
director's (EDIT_RULES). They apply to quarters not yet reviewed; a reviewed quarter keeps the
rules it was scored under (its first review's snapshot)."""

from __future__ import annotations

from ..domain.assessment import Grade, ScoringItem, check_grades, check_item
from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.rules import Permission
from ..storage.assessment_repo import AssessmentRepo
from .guard import rule
from .session import Changes, UserSession


class AssessmentRulesService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.EDIT_RULES)
    def save(self, items: list[ScoringItem], grades: dict[Grade, float]) -> Changes:
        """The whole set as the rules dialog hands it back: items with an id are changed, items
        without one added, items left out removed; their order is the list's."""
        checked = [check_item(i) for i in items]
        if not checked:
            raise ValidationError("items", "assessment.no_items")
        thresholds = check_grades(grades)
        total = sum(i.max_points for i in checked)
        detail = "; ".join(f"{i.name} {i.max_points:g}" for i in checked) + f" = {total:g}; " + ", ".join(
            f"{g.value} {t:g}" for g, t in thresholds.items())
        with self.session.write(Action.SETTINGS_CHANGED.value, "assessment rules", detail) as s:
            repo = AssessmentRepo(s)
            kept = {i.id for i in checked if i.id}
            known = {i.id for i in repo.items()}
            if kept - known:
                raise ValidationError("items", "assessment.no_item")
            for old in known - kept:
                repo.remove_item(old)
            for n, item in enumerate(checked):
                repo.save_item(ScoringItem(item.name, item.kind, item.max_points, item.metric, item.floor,
                                           item.full_at, item.target, n, item.id))
            repo.set_grades(thresholds)
        return Changes("assessment_rules")
