"""The demo village's quarterly review: the last full quarter reviewed at both levels, the current
one open with a few self-assessments in, and one member short of the mark (a low grade), all
through the services. The demo's visits cover only its last 12 weeks, so the earlier weeks of
that quarter get their household rounds here, as the paper book typed in would."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain.assessment import ItemKind, Quarter, ReviewLevel
from ..domain.certification import blocks
from ..domain.visits import Visit, week_of
from .assessment import AssessmentService
from .clock import local_dt
from .quarter_reviews import PointsChange, QuarterReviewsService
from .roster import RosterService
from .session import UserSession
from .team import TeamService
from .training import TrainingService
from .visits import VisitsService

_WORDS = {ItemKind.REPRESENTATIVES: ("入户勤，群众有事找得到人", 12), ItemKind.PARTY: ("工作扎实，带头作用好", 8),
          ItemKind.SELF: ("本季度按要求走访、上报，按时办结交办事项", 0)}
_SHORT = {ItemKind.REPRESENTATIVES: ("群众反映见面少，有事找不到人", 12), ItemKind.PARTY: ("日志记录不全，巡查有缺漏", 8),
          ItemKind.SELF: ("家中有事，走访和日志没有跟上，下季度改正", 0)}
_PAPER = "本季民情日志、巡查记录在纸质台账上，按纸质记录核定"


def _backfill_visits(session: UserSession, quarter: Quarter, rng: random.Random) -> None:
    """Each grid's weekly round for the quarter's weeks before the demo's first visit."""
    visits = VisitsService(session)
    states = TrainingService(session).certificate_states()
    team = [m for m in TeamService(session).members() if m.member.grid_code and not blocks(states.get(m.id, "none"))]
    by_grid = {m.member.grid_code: m.id for m in team}
    if not team:
        return
    first_seen = min((w[0].week for w in visits.matrix(weeks=16) if w), default=None)
    stop = first_seen or quarter.end
    for node in [n for n in RosterService(session).tree() if n.parent_code is None]:
        member = by_grid.get(node.code, team[0].id)
        numbers = [n for n, _a in visits.not_visited_first(node.code)]
        monday = week_of(quarter.start)
        while monday < stop and monday <= quarter.end:
            chosen = [n for n in numbers if rng.random() < rng.uniform(0.85, 1.0)]
            for day in range(5):
                batch, on = chosen[day::5], monday + timedelta(days=day)
                if batch and quarter.start <= on <= quarter.end:
                    visits.log(Visit(member, node.code, on, "上午" if day % 2 else "下午", tuple(batch)))
            monday += timedelta(weeks=1)


def fill_review(session: UserSession, seed: int = 18, second: bool = True) -> int:
    """Returns the members reviewed."""
    rng = random.Random(seed)
    today = local_dt(session.clock()).date()
    last = Quarter.of(today).previous()
    _backfill_visits(session, last, rng)
    assessment, reviews = AssessmentService(session), QuarterReviewsService(session)
    items, _grades = assessment.rules()
    members = assessment.quarter(last)
    if not members:
        return 0
    short = min(members, key=lambda mq: mq.standing.total).member_id  # the one whose record is thinnest
    village, township = session.centre.village_name.replace("（演示）", ""), session.centre.township
    first_on, second_on = min(last.end + timedelta(days=8), today), min(last.end + timedelta(days=18), today)
    for mq in members:
        low = mq.member_id == short
        for i in items:
            if i.kind is not ItemKind.METRIC:
                words, people = (_SHORT if low else _WORDS)[i.kind]
                share = rng.uniform(0.4, 0.5) if low else rng.uniform(0.75, 0.98)
                assessment.save_entry(mq.member_id, last, i.id, round(i.max_points * share), words, people)
        # What GridDesk has no records of yet the party organisation scores from the paper books.
        paper = [PointsChange(i.item_id, round(i.max_points * (rng.uniform(0.45, 0.55) if low else rng.uniform(0.7, 1.0))),
                              _PAPER) for i in mq.items if i.points is None and i.kind is ItemKind.METRIC]
        decision = "评议属实；走访和日志不到位，责成限期整改，下季度跟踪" if low else "同意评议结果"
        reviews.record(mq.member_id, last, ReviewLevel.FIRST, f"{village}党总支", first_on, decision, paper)
        if second:  # the township's review as the village recorded it from the paper; else the township's to make
            reviews.record(mq.member_id, last, ReviewLevel.SECOND, f"{township}党委", second_on,
                           "同意初评，约谈提醒" if low else "同意初评")
    # The current quarter is under way: two members have handed in their self-assessment.
    now = Quarter.of(today)
    self_item = next((i for i in items if i.kind is ItemKind.SELF), None)
    if self_item is not None:
        for mq in assessment.quarter(now)[:2]:
            assessment.save_entry(mq.member_id, now, self_item.id, round(self_item.max_points * 0.9),
                                  "走访按周完成，继续做好防汛巡查", 0)
    return len(members)


def quarter_under_review(today: date) -> Quarter:
    """The quarter the demo reviewed (the last full one)."""
    return Quarter.of(today).previous()
