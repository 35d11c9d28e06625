"""What a reply carries besides receipts and answers: the village's unsent second reviews, tasks
and training sessions, as the reply format's items (archive/reply.py), and marking them sent in
the reply's own transaction once the package is written and verified (services/township_reply.py).
Keys: R<id>, T<id>, P<id> (the village keeps each item under its kind and key, so the same reply
twice changes nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..archive.reply import (Attendee, PersonRef, PointsChange, Presence, SecondReview, TaskDown, TrainingDown)
from ..storage.township.downlinks_repo import PendingPerson, TownshipDownlinksRepo
from .township import TownshipSession


@dataclass(frozen=True)
class Downlinks:
    reviews: tuple[SecondReview, ...]
    tasks: tuple[TaskDown, ...]
    trainings: tuple[TrainingDown, ...]
    ids: tuple[list[int], list[int], list[int]]

    @property
    def any(self) -> bool:
        return bool(self.reviews or self.tasks or self.trainings)

    def mark_sent(self, s, reply_id: int, name: str) -> None:
        TownshipDownlinksRepo(s).mark_sent(reply_id, name, *self.ids)


def _number(text: str) -> float | None:
    return float(text) if text else None


def _attendee(p: PendingPerson) -> Attendee:
    return Attendee(PersonRef(p.name, p.member_id, p.id_masked), Presence(p.presence), _number(p.hours),
                    _number(p.score), p.passed, p.reason)


def pending_downlinks(session: TownshipSession, village: str) -> Downlinks:
    with session.db.transaction() as s:
        repo = TownshipDownlinksRepo(s)
        reviews, tasks, trainings = repo.pending_reviews(village), repo.pending_tasks(village), \
            repo.pending_trainings(village)
    return Downlinks(
        tuple(SecondReview(f"R{r.id}", PersonRef(r.member, r.member_id or None), r.quarter, r.reviewer,
                           date.fromisoformat(r.decided_on), r.decision,
                           tuple(PointsChange(item, points, reason) for item, points, reason in r.changes))
              for r in reviews),
        tuple(TaskDown(f"T{t.id}", t.type_name, t.title, date.fromisoformat(t.due_on), t.document, t.details, t.grids)
              for t in tasks),
        tuple(TrainingDown(f"P{t.id}", t.topic, datetime.fromisoformat(t.starts_at), float(t.hours), t.place,
                           t.trainer, t.assessed, tuple(_attendee(p) for p in t.people)) for t in trainings),
        ([r.id for r in reviews], [t.id for t in tasks], [t.id for t in trainings]))
