"""What the township window's 考核复核 and 下发 pages read beside the waiting list (issue 21 item 2):
per village, the second reviews, tasks and training sessions recorded here and not yet carried by a
reply (what the village's next reply will carry); and the names a training attendee can be picked
by, those the village's own review results tie to exactly one member (services/township_downlinks
._people accepts only those without a masked ID number).
Read only; each needs VIEW_STATUS, so an auditor sees what waits to go down too."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.township import TownshipAction, TownshipError, check_village_code
from ..storage.township.downlinks_repo import PendingReview, PendingTask, PendingTraining, TownshipDownlinksRepo
from ..storage.township.repo import TownshipRepo
from .township import TownshipSession


@dataclass(frozen=True)
class VillagePending:
    code: str
    name: str
    reviews: tuple[PendingReview, ...]
    tasks: tuple[PendingTask, ...]
    trainings: tuple[PendingTraining, ...]

    @property
    def empty(self) -> bool:
        return not (self.reviews or self.tasks or self.trainings)


def pending_downlinks(session: TownshipSession, village: str | None = None) -> list[VillagePending]:
    """Every registered village (or the one named) with what waits for its next reply, in one read
    transaction so the three lists agree with each other."""
    session.require(TownshipAction.VIEW_STATUS)
    code = check_village_code(village, session.code) if village is not None else None
    with session.db.transaction() as s:
        villages = TownshipRepo(s).villages()
        repo = TownshipDownlinksRepo(s)
        return [VillagePending(v.code, v.name, tuple(repo.pending_reviews(v.code)), tuple(repo.pending_tasks(v.code)),
                               tuple(repo.pending_trainings(v.code)))
                for v in villages if code is None or v.code == code]


def known_members(session: TownshipSession, village: str) -> list[str]:
    """The names of the village's members a training attendee can be given by name alone: each
    tied by the village's review results to one member number. A name two members share is left
    out (it needs the masked ID number, typed by hand)."""
    session.require(TownshipAction.VIEW_STATUS)
    code = check_village_code(village, session.code)
    with session.db.transaction() as s:
        if TownshipRepo(s).village(code) is None:
            raise TownshipError("township.reply.no_village", village=code)
        ids = TownshipDownlinksRepo(s).member_ids(code)
    return sorted(name for name, numbers in ids.items() if len(numbers) == 1)


@dataclass(frozen=True)
class UnsentCount:
    code: str
    name: str
    answers: int  # escalations answered here, the answer not yet sent
    reviews: int
    tasks: int
    trainings: int


def unsent_counts(session: TownshipSession) -> list[UnsentCount]:
    """Per registered village, how many answers, second reviews, tasks and training sessions its
    next reply will carry besides receipts (the 回复 page shows them before a reply is written)."""
    session.require(TownshipAction.VIEW_STATUS)
    with session.db.transaction() as s:
        repo = TownshipRepo(s)
        villages, queue = repo.villages(), repo.escalations()
        counts = TownshipDownlinksRepo(s).unsent_counts()
    answered: dict[str, int] = {}
    for village, *_rest, state in queue:
        if state == "answered":  # answered, the answer not yet on a reply
            answered[village] = answered.get(village, 0) + 1
    none = {"reviews": 0, "tasks": 0, "trainings": 0}
    return [UnsentCount(v.code, v.name, answered.get(v.code, 0),
                        *(counts.get(v.code, none)[k] for k in ("reviews", "tasks", "trainings"))) for v in villages]
