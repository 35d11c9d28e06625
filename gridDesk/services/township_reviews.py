"""The quarterly reviews waiting for the township's second review (复评), and recording it
(issue 21 item 2; `griddesk township reviews|review`).

The villages report their reviews in each batch's 考核结果 item (reviews.csv, written by
services/archive_cycle.review_items): the import keeps one row per (village, quarter, member,
level), a later batch's row replacing the earlier one. A (quarter, member) waits for the township
while its village-level review (村党组织初评) is in and its second review is not: neither recorded
here nor reported back by a later batch as 乡镇党委复评 (the village recorded it by hand from paper).
A second review recorded here waits, unsent, until the next reply for the village carries it
(services/township_reply.py); the village's import then completes the quarter."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..archive.reply import PERSON_LIMIT
from ..domain.assessment import LEVEL_LABELS, Quarter, ReviewLevel
from ..domain.catalogue import Word
from ..domain.plausible_dates import GRID_ERA
from ..domain.errors import ValidationError
from ..domain.text import refuse_controls
from ..domain.township import TownshipAction, TownshipError, check_village_code
from ..storage.township.downlinks_repo import TownshipDownlinksRepo
from ..storage.township.repo import TownshipRepo
from .township import TownshipSession, now_iso
from .township_csv import package_rows

CATEGORY = "考核结果"  # the village's category for its review results (archive/package.py: KHJG)
LEVELS = {label: level.value for level, label in LEVEL_LABELS.items()}
# A member's name: the village's own limit, which the reply carries (archive/reply.py). A longer
# name in reviews.csv was not written by GridDesk and could never get its second review: refused.
MEMBER_LIMIT = PERSON_LIMIT
DECISION_LIMIT = 500  # the village's (domain/assessment.check_review)
ITEM_LIMIT, REASON_LIMIT, CHANGES_LIMIT = 128, 500, 50
POINTS_LIMIT = 1000.0
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # fromisoformat takes 20261008 and more


@dataclass(frozen=True)
class WaitingReview:
    village: str
    village_name: str
    quarter: str
    member: str
    member_id: int
    reviewer: str  # the village-level review: who, when, what, the total and grade it gave
    decided_on: str
    decision: str
    total: str
    grade: str


@dataclass(frozen=True)
class PointsChangeIn:
    item: str  # the assessment item's name, as the village's list has it
    points: float
    reason: str


@dataclass(frozen=True)
class SecondReviewRecorded:
    id: int
    village: str
    quarter: str
    member: str
    reviewer: str
    decided_on: date
    decision: str
    changes: tuple[PointsChangeIn, ...]


# -- the import's part (called inside the package's transaction) ------------------------------------
def _cell(row: dict, name: str, limit: int) -> str:
    """A cell of reviews.csv (package_rows refused the file if any cell held a control character)."""
    value = (row.get(name) or "").strip()
    if len(value) > limit:
        raise TownshipError("township.import.too_long", item=value[:40], field=name, limit=limit)
    return value


def _day(value: str) -> str:
    """The review's date as the village writes it (YYYY-MM-DD, a real day, not before grid work
    began nor after today: the village refuses a review dated later); the second review is
    checked against it (before_first), so a date the township cannot read refuses the package."""
    try:
        day = date.fromisoformat(value) if _ISO_DAY.fullmatch(value) else None
    except ValueError:
        day = None
    # A day's slack: the village's clock may run ahead of the township's.
    if day is None or not GRID_ERA <= day <= date.today() + timedelta(days=1):
        raise TownshipError("township.import.bad_review", field=Word("township.field.decided_on"), value=value[:20])
    return value


def load_reviews(repo: TownshipRepo, bag: Path, path: str, village: str, batch_id: int) -> int:
    """The rows of a 考核结果 item's reviews.csv into tw_reviews; a row the township cannot read
    refuses the package in words (the import quarantines it), never a guess."""
    rows = []
    for r in package_rows(bag, path):
        quarter, level = _cell(r, "季度", 8), _cell(r, "评议", 16)
        member, number = (r.get("网格员") or "").strip(), _cell(r, "网格员编号", 18)
        if len(member) > MEMBER_LIMIT:  # the village's limit, said as such (not the column's)
            raise TownshipError("township.import.member_long", value=member[:40], length=len(member),
                                limit=MEMBER_LIMIT)
        if not (len(quarter) == 6 and quarter[:4].isdigit() and quarter[4] == "Q" and quarter[5] in "1234"):
            raise TownshipError("township.import.bad_review", field=Word("township.field.quarter"), value=quarter[:20])
        if level not in LEVELS:
            raise TownshipError("township.import.bad_review", field=Word("township.field.level"), value=level[:20])
        if not member:
            raise TownshipError("township.import.bad_review", field=Word("township.field.member"), value="")
        if number and not (number.isascii() and number.isdigit() and len(number) < 18):
            raise TownshipError("township.import.bad_review", field=Word("township.field.member_id"), value=number[:20])
        rows.append({"quarter": quarter, "member": member, "member_id": int(number or 0), "level": LEVELS[level],
                     "reviewer": _cell(r, "评议机构", 64), "decided_on": _day(_cell(r, "评议日期", 10)),
                     "decision": _cell(r, "评议意见", 2000), "total": _cell(r, "总分", 16), "grade": _cell(r, "等次", 16)})
    return TownshipDownlinksRepo(repo.s).add_reviews(village, rows, batch_id)


# -- the waiting list ---------------------------------------------------------------------------
def _same(a_name: str, a_id: int, b_name: str, b_id: int) -> bool:
    """The same member: by the village's id when both rows carry it, else by name."""
    return a_name == b_name and (a_id == b_id or not a_id or not b_id)


def waiting_reviews(session: TownshipSession, village: str | None = None) -> list[WaitingReview]:
    """Per village, the (quarter, member) whose village-level review is in and whose second
    review is not (in village, quarter, member order)."""
    session.require(TownshipAction.VIEW_STATUS)
    code = check_village_code(village, session.code) if village is not None else None
    with session.db.transaction() as s:
        names = {v.code: v.name for v in TownshipRepo(s).villages()}
        repo = TownshipDownlinksRepo(s)
        reviews = repo.reviews(code)
        recorded = repo.second_reviews(code)
    return waiting_from(reviews, recorded, names)


def waiting_from(reviews, recorded, names: dict[str, str]) -> list[WaitingReview]:
    seconds = [(r.village, r.quarter, r.member, r.member_id) for r in reviews if r.level == ReviewLevel.SECOND.value]
    seconds += [(v, q, m, i) for v, q, m, i, _sent in recorded]
    out = []
    for r in reviews:
        if r.level != ReviewLevel.FIRST.value or r.village not in names:
            continue
        if any(v == r.village and q == r.quarter and _same(m, i, r.member, r.member_id) for v, q, m, i in seconds):
            continue
        out.append(WaitingReview(r.village, names[r.village], r.quarter, r.member, r.member_id, r.reviewer,
                                 r.decided_on, r.decision, r.total, r.grade))
    return out


# -- recording the second review ------------------------------------------------------------------
def _line(value: object, limit: int, field: str, code: str, required: bool = True) -> str:
    text = unicodedata.normalize("NFC", str(value or "")).strip()
    refuse_controls(text, field, f"township.field.{field}")
    if required and not text:
        raise ValidationError(field, f"{code}_required")
    if len(text) > limit:
        raise ValidationError(field, "township.text_long", field=Word(f"township.field.{field}"), limit=limit,
                              length=len(text))
    return text


def parse_change(spec: str) -> PointsChangeIn:
    """ITEM=POINTS:REASON (the command line's --change)."""
    item, eq, rest = str(spec or "").partition("=")
    points, colon, reason = rest.partition(":")
    if not eq or not colon:
        raise ValidationError("change", "township.review.bad_change", value=str(spec)[:60])
    return PointsChangeIn(item, _points(points), reason)


def _points(value: object) -> float:
    try:
        points = float(str(value).strip())
    except ValueError:
        raise ValidationError("points", "township.review.bad_points", value=str(value)[:20]) from None
    if not math.isfinite(points) or not 0 <= points <= POINTS_LIMIT:
        raise ValidationError("points", "township.review.bad_points", value=str(value)[:20])
    return round(points, 1)


def _changes(changes) -> tuple[PointsChangeIn, ...]:
    changes = list(changes or ())
    if len(changes) > CHANGES_LIMIT:
        raise ValidationError("change", "township.review.too_many_changes", count=len(changes), limit=CHANGES_LIMIT)
    out, seen = [], set()
    for c in changes:
        item = _line(c.item, ITEM_LIMIT, "item", "township.review.item")
        if item in seen:
            raise ValidationError("change", "township.review.item_twice", name=item)
        seen.add(item)
        reason = _line(c.reason, REASON_LIMIT, "reason", "township.review.reason")
        out.append(PointsChangeIn(item, _points(c.points), reason))
    return tuple(out)


def record_second_review(session: TownshipSession, village: str, quarter: str, member: str, decision: str,
                         reviewer: str | None = None, decided_on: date | None = None,
                         changes=()) -> SecondReviewRecorded:
    """The township's second review of one member's quarter; refused in words when the village's
    own review of it has not arrived, or the quarter has its second review already. `reviewer`:
    the township's name when not given (the village shows who recorded it at the township too)."""
    session.require(TownshipAction.REVIEW)
    code = check_village_code(village, session.code)
    try:
        q = Quarter.parse(str(quarter or ""))
    except ValidationError:
        raise ValidationError("quarter", "township.review.bad_quarter", value=str(quarter or "")[:20]) from None
    name = _line(member, MEMBER_LIMIT, "member", "township.review.member")
    decision = _line(decision, DECISION_LIMIT, "decision", "township.review.decision")
    reviewer = _line(reviewer if reviewer is not None and str(reviewer).strip() else session.name, 64, "reviewer",
                     "township.review.reviewer")
    changes = _changes(changes)
    today = date.today()
    decided_on = decided_on or today
    if decided_on > today:
        raise ValidationError("decided_on", "township.review.future", day=decided_on.isoformat())
    if decided_on <= q.end:
        raise ValidationError("decided_on", "township.review.early", quarter=str(q), end=q.end.isoformat())
    with session.db.transaction() as s:
        known = TownshipRepo(s).village(code)
        repo = TownshipDownlinksRepo(s)
        reviews = repo.reviews(code)
        recorded = repo.second_reviews(code)
    if known is None:
        raise TownshipError("township.reply.no_village", village=code)
    mine = [r for r in reviews if r.quarter == str(q) and r.member == name]
    firsts = [r for r in mine if r.level == ReviewLevel.FIRST.value]
    if not firsts:
        raise TownshipError("township.review.not_in", village=code, name=name, quarter=str(q))
    if len({r.member_id for r in firsts}) > 1:
        raise TownshipError("township.review.two_members", village=code, name=name, quarter=str(q))
    first = firsts[0]
    if any(r.level == ReviewLevel.SECOND.value for r in mine):
        raise TownshipError("township.review.done_at_village", village=code, name=name, quarter=str(q))
    if any(qq == str(q) and _same(m, i, name, first.member_id) for _v, qq, m, i, _sent in recorded):
        raise TownshipError("township.review.already", village=code, name=name, quarter=str(q))
    if not first.member_id:
        raise TownshipError("township.review.no_member_id", village=code, name=name)
    if first.decided_on and decided_on.isoformat() < first.decided_on:
        raise ValidationError("decided_on", "township.review.before_first", first=first.decided_on)
    at = datetime.now().replace(microsecond=0).isoformat()
    with session.db.transaction(writes=True) as s:
        review_id = TownshipDownlinksRepo(s).add_second_review(
            code, str(q), name, first.member_id, reviewer, decided_on.isoformat(), decision,
            [(c.item, c.points, c.reason) for c in changes], session.username, at)
        TownshipRepo(s).audit(now_iso(), session.username, "second_review", f"{code} {q} {name}",
                              f"review {review_id}: {decision[:200]}")
    return SecondReviewRecorded(review_id, code, str(q), name, reviewer, decided_on, decision, changes)
