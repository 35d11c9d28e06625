"""The two reviews of a member's quarter (DB3208/T 200 8.2.2): the village party organisation's
first review (初评), then the township party committee's second (复评), each with who, when, the
decision and any points changed with the reasons, item by item. The first review keeps a snapshot
of the items as scored under the rules then in force; after the second the quarter is closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.assessment import (ItemScore, Quarter, Review, ReviewChange, ReviewLevel, apply_changes,
                                 check_review, standing)
from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.rules import Permission
from ..storage.assessment_repo import AssessmentRepo, snapshot_json
from .assessment import member_in, score_quarter
from .clock import local_dt
from .guard import rule
from .session import Changes, UserSession


@dataclass(frozen=True)
class PointsChange:
    """What the reviewers changed: an item (by its id in the quarter's items) to `points`, and why."""

    item_id: int | None
    points: float
    reason: str


def _changes(items: list[ItemScore], wanted: list[PointsChange]) -> list[ReviewChange]:
    by_id = {i.item_id: i for i in items}
    out = []
    for w in wanted:
        item = by_id.get(w.item_id)
        if item is None:
            raise ValidationError("item", "assessment.no_item")
        points = round(float(w.points), 1)
        if not 0 <= points <= item.max_points:
            raise ValidationError("points", "assessment.points_range", name=item.name, limit=item.max_points)
        if item.points is not None and abs(points - item.points) < 0.05:
            continue  # the same points: nothing changed
        reason = (w.reason or "").strip()
        if not reason:
            raise ValidationError("reason", "assessment.change_reason", name=item.name)
        if len(reason) > 500:
            raise ValidationError("reason", "assessment.text_long", limit=500)
        out.append(ReviewChange(item.item_id, item.name, item.points, points, reason))
    return out


class QuarterReviewsService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.REVIEW_DECISIONS)
    def record(self, member_id: int, quarter: Quarter, level: ReviewLevel, reviewer: str, decided_on: date,
               decision: str, changes: list[PointsChange] | tuple = ()) -> Changes:
        """Record a review; the first needs every item to have points (entered, computed, or given
        here with the reason), the second needs the first. Both are the director's to record."""
        today = local_dt(self.session.clock()).date()
        reviewer, decision = check_review(reviewer, decision, decided_on, today)
        if decided_on <= quarter.end:  # a quarter is reviewed once it is over, on all of its records
            raise ValidationError("decided_on", "assessment.review_early", quarter=str(quarter),
                                  end=f"{quarter.end:%Y-%m-%d}")
        detail = f"{level.value} member {member_id}: {reviewer} {decided_on} {decision}"
        with self.session.write(Action.WRITE.value, f"review {quarter}", detail) as s:
            team = member_in(self.session, s, member_id, quarter)
            mq = score_quarter(s, quarter, today, [team])[0]
            done = mq.reviews
            if level is ReviewLevel.FIRST and done:
                raise ValidationError("level", "assessment.first_done")
            if level is ReviewLevel.SECOND:
                if not done:
                    raise ValidationError("level", "assessment.first_needed")
                if len(done) > 1:
                    raise ValidationError("level", "assessment.closed", quarter=str(quarter))
                if decided_on < done[0].decided_on:
                    raise ValidationError("decided_on", "assessment.second_before_first")
            items = list(mq.items)
            made = _changes(items, list(changes))
            after = apply_changes(items, made)
            thresholds = dict(mq.thresholds)
            result = standing(after, thresholds)
            if not result.complete:
                raise ValidationError("points", "assessment.incomplete", names=list(result.missing))
            review = Review(level, reviewer, decided_on, decision, tuple(made), self.session.account.username,
                            result.total, result.grade)
            # The first review keeps the items as they stood before it (its changes are rows of
            # their own), so what the rules gave and what the reviewers changed stay apart.
            snapshot = snapshot_json(items, thresholds) if level is ReviewLevel.FIRST else ""
            AssessmentRepo(s).add_review(member_id, str(quarter), review, snapshot, self.session.account.username,
                                         local_dt(self.session.clock()))
        return Changes("assessment", (member_id,))
