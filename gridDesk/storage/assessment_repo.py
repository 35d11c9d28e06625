"""The quarterly review's rows: scoring items and grades (the director's rules), what was entered
for a member's quarter, and the reviews with their changes and snapshot."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.assessment import (DEFAULT_GRADES, EvidenceRef, Grade, ItemKind, ItemNote, ItemScore, Review,
                                 ReviewChange, ReviewLevel, ScoringItem)
from .orm.assessment import (AssessmentEntryRow, AssessmentGradeRow, AssessmentItemRow, QuarterReviewRow,
                             ReviewChangeRow)


def _item(r: AssessmentItemRow) -> ScoringItem:
    return ScoringItem(r.name, ItemKind(r.kind), r.max_points, r.metric, r.floor, r.full_at, r.target, r.sort, r.id)


class AssessmentRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- the rules ---------------------------------------------------------------------------
    def items(self) -> list[ScoringItem]:
        return [_item(r) for r in self.s.scalars(select(AssessmentItemRow).order_by(AssessmentItemRow.sort,
                                                                                     AssessmentItemRow.id))]

    def grades(self) -> dict[Grade, float]:
        own = {Grade(r.grade): r.min_total for r in self.s.scalars(select(AssessmentGradeRow))}
        return {g: own.get(g, DEFAULT_GRADES[g]) for g in DEFAULT_GRADES}

    def save_item(self, item: ScoringItem) -> int:
        row = self.s.get(AssessmentItemRow, item.id) if item.id else None
        if row is None:
            row = AssessmentItemRow()
            self.s.add(row)
        row.name, row.kind, row.metric, row.max_points = item.name, item.kind.value, item.metric, item.max_points
        row.floor, row.full_at, row.target, row.sort = item.floor, item.full_at, item.target, item.sort
        self.s.flush()
        return row.id

    def remove_item(self, item_id: int) -> bool:
        return self.s.execute(delete(AssessmentItemRow).where(AssessmentItemRow.id == item_id)).rowcount > 0

    def set_grades(self, thresholds: dict[Grade, float]) -> None:
        for grade, total in thresholds.items():
            row = self.s.get(AssessmentGradeRow, grade.value)
            if row is None:
                self.s.add(AssessmentGradeRow(grade=grade.value, min_total=total))
            else:
                row.min_total = total

    # -- entries -----------------------------------------------------------------------------
    def entries(self, quarter: str, member_id: int | None = None) -> dict[tuple[int, int], tuple[float | None, str, int]]:
        """(member, item) -> (points, words, participants) of the quarter."""
        stmt = select(AssessmentEntryRow).where(AssessmentEntryRow.quarter == quarter)
        if member_id is not None:
            stmt = stmt.where(AssessmentEntryRow.member_id == member_id)
        return {(r.member_id, r.item_id): (r.points, r.words, r.participants) for r in self.s.scalars(stmt)}

    def save_entry(self, member_id: int, quarter: str, item_id: int, points: float | None, words: str,
                   participants: int, account: str, now: datetime) -> None:
        row = self.s.get(AssessmentEntryRow, (member_id, quarter, item_id))
        if row is None:
            row = AssessmentEntryRow(member_id=member_id, quarter=quarter, item_id=item_id)
            self.s.add(row)
        row.points, row.words, row.participants = points, words, participants
        row.entered_by, row.entered_at = account, now

    # -- reviews -----------------------------------------------------------------------------
    def reviews(self, quarter: str, member_id: int | None = None) -> dict[int, list[tuple[Review, str]]]:
        """member -> [(review, snapshot JSON)], first before second."""
        stmt = select(QuarterReviewRow).where(QuarterReviewRow.quarter == quarter)
        if member_id is not None:
            stmt = stmt.where(QuarterReviewRow.member_id == member_id)
        rows = list(self.s.scalars(stmt.order_by(QuarterReviewRow.member_id, QuarterReviewRow.id)))
        changes = self._changes([r.id for r in rows])
        out: dict[int, list[tuple[Review, str]]] = {}
        for r in rows:
            out.setdefault(r.member_id, []).append((self._review(r, changes), r.snapshot))
        for member in out.values():
            member.sort(key=lambda pair: pair[0].level is ReviewLevel.SECOND)
        return out

    def recorded_since(self, since: datetime | None) -> list[tuple[int, str, Review, datetime]]:
        """(member, quarter, review, recorded at) of each review recorded after `since` (all when
        None), in the order recorded: the archive batch's, so each travels once."""
        stmt = select(QuarterReviewRow).order_by(QuarterReviewRow.recorded_at, QuarterReviewRow.id)
        if since is not None:
            stmt = stmt.where(QuarterReviewRow.recorded_at > since)
        rows = list(self.s.scalars(stmt))
        changes = self._changes([r.id for r in rows])
        return [(r.member_id, r.quarter, self._review(r, changes), r.recorded_at) for r in rows]

    def _changes(self, ids: list[int]) -> dict[int, list[ReviewChange]]:
        changes: dict[int, list[ReviewChange]] = {}
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            for c in self.s.scalars(select(ReviewChangeRow).where(ReviewChangeRow.review_id.in_(ids[start:start + 500]))
                                    .order_by(ReviewChangeRow.id)):
                changes.setdefault(c.review_id, []).append(ReviewChange(c.item_id, c.item_name, c.before, c.after,
                                                                        c.reason))
        return changes

    @staticmethod
    def _review(r: QuarterReviewRow, changes: dict[int, list[ReviewChange]]) -> Review:
        return Review(ReviewLevel(r.level), r.reviewer, r.decided_on, r.decision, tuple(changes.get(r.id, ())),
                      r.recorded_by, r.total, Grade(r.grade))

    def closed_pairs(self) -> set[tuple[int, str]]:
        """(member, quarter) of every quarter the township has reviewed."""
        stmt = select(QuarterReviewRow.member_id, QuarterReviewRow.quarter).where(
            QuarterReviewRow.level == ReviewLevel.SECOND.value)
        return {(m, q) for m, q in self.s.execute(stmt)}

    def add_review(self, member_id: int, quarter: str, review: Review, snapshot: str, account: str,
                   now: datetime) -> int:
        row = QuarterReviewRow(member_id=member_id, quarter=quarter, level=review.level.value,
                               reviewer=review.reviewer, decided_on=review.decided_on, decision=review.decision,
                               total=review.total, grade=review.grade.value, snapshot=snapshot,
                               recorded_by=account, recorded_at=now)
        self.s.add(row)
        self.s.flush()
        for c in review.changes:
            self.s.add(ReviewChangeRow(review_id=row.id, item_id=c.item_id, item_name=c.item_name, before=c.before,
                                       after=c.after, reason=c.reason))
        return row.id


# -- the snapshot: the items as scored when the first review was recorded -----------------------
def snapshot_json(items: list[ItemScore], grades: dict[Grade, float]) -> str:
    return json.dumps({"items": [{"item_id": i.item_id, "name": i.name, "kind": i.kind.value, "metric": i.metric,
                                  "max": i.max_points, "points": i.points, "ratio": i.ratio, "num": i.numerator,
                                  "den": i.denominator, "note": i.note.value, "words": i.words,
                                  "participants": i.participants,
                                  "evidence": [i.evidence.kind, i.evidence.start.isoformat(), i.evidence.end.isoformat()]
                                  if i.evidence else None} for i in items],
                       "grades": {g.value: t for g, t in grades.items()}}, ensure_ascii=False)


def from_snapshot(text: str, member_id: int) -> tuple[list[ItemScore], dict[Grade, float]]:
    data = json.loads(text)
    items = []
    for d in data["items"]:
        ev = d.get("evidence")
        items.append(ItemScore(d["item_id"], d["name"], ItemKind(d["kind"]), d["metric"], d["max"], d["points"],
                               d["ratio"], d["num"], d["den"], ItemNote(d["note"]), d["words"], d["participants"],
                               EvidenceRef(ev[0], member_id, date.fromisoformat(ev[1]), date.fromisoformat(ev[2]))
                               if ev else None))
    return items, {Grade(g): t for g, t in data["grades"].items()}
