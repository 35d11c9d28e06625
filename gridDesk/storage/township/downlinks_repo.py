"""The quarterly reviews the villages report, the township's second reviews, and the tasks and
training sessions it sends down, each waiting for a reply to carry it (services never see SQL)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...domain.township import TownshipError

from .orm import ReviewRow, SecondReviewRow, TaskDownRow, TrainingDownPersonRow, TrainingDownRow

REVIEW_FIELDS = ("reviewer", "decided_on", "decision", "total", "grade")


@dataclass(frozen=True)
class VillageReview:
    village: str
    quarter: str
    member: str
    member_id: int  # 0: the package did not carry it
    level: str  # first | second
    reviewer: str
    decided_on: str
    decision: str
    total: str
    grade: str


@dataclass(frozen=True)
class PendingReview:
    id: int
    quarter: str
    member: str
    member_id: int
    reviewer: str
    decided_on: str
    decision: str
    changes: tuple[tuple[str, float, str], ...]


@dataclass(frozen=True)
class PendingTask:
    id: int
    type_name: str
    title: str
    due_on: str
    document: str
    details: str
    grids: tuple[str, ...]


@dataclass(frozen=True)
class PendingPerson:
    name: str
    member_id: int | None
    id_masked: str
    presence: str
    hours: str
    score: str
    passed: bool | None
    reason: str


@dataclass(frozen=True)
class PendingTraining:
    id: int
    topic: str
    starts_at: str
    hours: str
    place: str
    trainer: str
    assessed: bool
    people: tuple[PendingPerson, ...]


class TownshipDownlinksRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- the villages' reviews -------------------------------------------------------------
    def add_reviews(self, village: str, rows: list[dict], batch_id: int) -> int:
        """Each row keyed by (village, quarter, member, member id, level): new, or replacing the
        row an earlier batch brought when the village recorded it again (or brought without the
        member id); the same row again is nothing. Returns the rows added or changed."""
        have = {(r.quarter, r.member, r.member_id, r.level): r
                for r in self.s.scalars(select(ReviewRow).where(ReviewRow.village_code == village))}
        changed = 0
        for row in rows:
            key = (row["quarter"], row["member"], row["member_id"], row["level"])
            old, renumbered = have.get(key), False
            if old is None and row["member_id"]:
                # The same review an older village version sent without the member's number (the
                # second review's refusal asks the village to report it again): this row takes its place.
                old = have.pop((row["quarter"], row["member"], 0, row["level"]), None)
                if old is not None:
                    old.member_id, old.batch_id, have[key], renumbered = row["member_id"], batch_id, old, True
            if old is None:
                new = ReviewRow(village_code=village, batch_id=batch_id, **row)
                self.s.add(new)
                have[key] = new
                changed += 1
            elif renumbered or any(getattr(old, f) != row[f] for f in REVIEW_FIELDS):
                for f in REVIEW_FIELDS:
                    setattr(old, f, row[f])
                old.batch_id = batch_id
                changed += 1
        self.s.flush()
        return changed

    def reviews(self, village: str | None = None) -> list[VillageReview]:
        q = select(ReviewRow).order_by(ReviewRow.village_code, ReviewRow.quarter, ReviewRow.member, ReviewRow.id)
        if village is not None:
            q = q.where(ReviewRow.village_code == village)
        return [VillageReview(r.village_code, r.quarter, r.member, r.member_id, r.level, r.reviewer, r.decided_on,
                              r.decision, r.total, r.grade) for r in self.s.scalars(q)]

    def member_ids(self, village: str) -> dict[str, set[int]]:
        """name -> the member ids the village's packages gave for it (its reviews)."""
        out: dict[str, set[int]] = {}
        for name, member_id in self.s.execute(select(ReviewRow.member, ReviewRow.member_id).where(
                ReviewRow.village_code == village, ReviewRow.member_id > 0).distinct()):
            out.setdefault(name, set()).add(member_id)
        return out

    # -- the township's second reviews -------------------------------------------------------
    def second_reviews(self, village: str | None = None) -> list[tuple[str, str, str, int, bool]]:
        """(village, quarter, member, member id, sent) of every second review recorded here."""
        q = select(SecondReviewRow)
        if village is not None:
            q = q.where(SecondReviewRow.village_code == village)
        return [(r.village_code, r.quarter, r.member, r.member_id, r.reply_id is not None) for r in self.s.scalars(q)]

    def add_second_review(self, village: str, quarter: str, member: str, member_id: int, reviewer: str,
                          decided_on: str, decision: str, changes: list[tuple[str, float, str]], account: str,
                          at: str) -> int:
        row = SecondReviewRow(village_code=village, quarter=quarter, member=member, member_id=member_id,
                              reviewer=reviewer, decided_on=decided_on, decision=decision,
                              changes=json.dumps(changes, ensure_ascii=False), account=account, recorded_at=at)
        try:  # another staff member recorded it a moment before, at another PC
            self.s.add(row)
            self.s.flush()
        except IntegrityError:
            raise TownshipError("township.review.already", village=village, name=member, quarter=quarter) from None
        return row.id

    def pending_reviews(self, village: str) -> list[PendingReview]:
        rows = self.s.scalars(select(SecondReviewRow).where(SecondReviewRow.village_code == village,
                                                            SecondReviewRow.reply_id.is_(None))
                              .order_by(SecondReviewRow.id))
        return [PendingReview(r.id, r.quarter, r.member, r.member_id, r.reviewer, r.decided_on, r.decision,
                              tuple((c[0], float(c[1]), c[2]) for c in json.loads(r.changes or "[]"))) for r in rows]

    # -- tasks and training sent down --------------------------------------------------------
    def add_task(self, village: str, type_name: str, title: str, due_on: str, document: str, details: str,
                 grids: tuple[str, ...], account: str, at: str) -> int:
        row = TaskDownRow(village_code=village, type_name=type_name, title=title, due_on=due_on, document=document,
                          details=details, grids=" ".join(grids), account=account, created_at=at)
        self.s.add(row)
        self.s.flush()
        return row.id

    def pending_tasks(self, village: str) -> list[PendingTask]:
        rows = self.s.scalars(select(TaskDownRow).where(TaskDownRow.village_code == village,
                                                        TaskDownRow.reply_id.is_(None)).order_by(TaskDownRow.id))
        return [PendingTask(r.id, r.type_name, r.title, r.due_on, r.document, r.details, tuple(r.grids.split()))
                for r in rows]

    def add_training(self, village: str, topic: str, starts_at: str, hours: str, place: str, trainer: str,
                     assessed: bool, people: list[PendingPerson], account: str, at: str) -> int:
        row = TrainingDownRow(village_code=village, topic=topic, starts_at=starts_at, hours=hours, place=place,
                              trainer=trainer, assessed=assessed, account=account, created_at=at)
        self.s.add(row)
        self.s.flush()
        for n, p in enumerate(people, 1):
            self.s.add(TrainingDownPersonRow(training_id=row.id, n=n, name=p.name, member_id=p.member_id,
                                             id_masked=p.id_masked, presence=p.presence, hours=p.hours,
                                             score=p.score, passed=p.passed, reason=p.reason))
        self.s.flush()
        return row.id

    def pending_trainings(self, village: str) -> list[PendingTraining]:
        rows = list(self.s.scalars(select(TrainingDownRow).where(TrainingDownRow.village_code == village,
                                                                 TrainingDownRow.reply_id.is_(None))
                                   .order_by(TrainingDownRow.id)))
        people: dict[int, list[PendingPerson]] = {}
        ids = [r.id for r in rows]
        for i in range(0, len(ids), 500):
            for p in self.s.scalars(select(TrainingDownPersonRow).where(
                    TrainingDownPersonRow.training_id.in_(ids[i:i + 500]))
                    .order_by(TrainingDownPersonRow.training_id, TrainingDownPersonRow.n)):
                people.setdefault(p.training_id, []).append(PendingPerson(
                    p.name, p.member_id, p.id_masked, p.presence, p.hours, p.score, p.passed, p.reason))
        return [PendingTraining(r.id, r.topic, r.starts_at, r.hours, r.place, r.trainer, r.assessed,
                                tuple(people.get(r.id, ()))) for r in rows]

    # -- sent -----------------------------------------------------------------------------
    def mark_sent(self, reply_id: int, name: str, reviews: list[int], tasks: list[int], trainings: list[int]) -> None:
        """In the reply's own transaction (replies_repo.add_reply), after it was written and verified.
        An item another staff member's reply carried a moment before refuses the whole record."""
        for model, ids in ((SecondReviewRow, reviews), (TaskDownRow, tasks), (TrainingDownRow, trainings)):
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                done = self.s.execute(update(model).where(model.id.in_(chunk), model.reply_id.is_(None))
                                      .values(reply_id=reply_id))
                if done.rowcount != len(chunk):
                    raise TownshipError("township.reply.not_recorded", name=name)
        self.s.flush()

    def unsent_counts(self) -> dict[str, dict[str, int]]:
        """village -> unsent second reviews, tasks and training sessions (for the status)."""
        out: dict[str, dict[str, int]] = {}
        for key, model in (("reviews", SecondReviewRow), ("tasks", TaskDownRow), ("trainings", TrainingDownRow)):
            for village, n in self.s.execute(select(model.village_code, func.count()).where(model.reply_id.is_(None))
                                             .group_by(model.village_code)):
                out.setdefault(village, {"reviews": 0, "tasks": 0, "trainings": 0})[key] = int(n)
        return out
