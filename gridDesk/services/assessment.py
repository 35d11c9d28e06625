"""季评议: each member's quarter scored under the director's rules, the entries of the appraisals
and the self-assessment, the yearly appraisal, and how many reviews are still open.

A quarter the village party organisation has reviewed is read from the snapshot its first review
kept (services/quarter_reviews.py): the rules it was scored under and the figures then, with the
points each review changed. Quarters not reviewed are scored now, under the rules in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.assessment import (EvidenceRef, Grade, ItemKind, ItemNote, ItemScore, MemberQuarter, Quarter,
                                 ReviewState, ScoringItem, YearRow, apply_changes, quarters_of,
                                 standing, year_row)
from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.roster import TeamRecord
from ..domain.rules import Permission
from ..storage import assessment_metrics_repo as records
from ..storage.assessment_repo import AssessmentRepo, from_snapshot
from ..storage.centre_repo import centre_set_up
from ..storage.team_repo import TeamRepo
from ..storage.visits_repo import VisitsRepo
from .assessment_metrics import METRICS, Period, Span, grids_with_micro
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside
from .session import Changes, UserSession


@dataclass(frozen=True)
class EvidenceRow:
    """One record behind a computed figure, as the member's quarter lists it."""

    kind: str  # visits | cases | training | daily_logs | patrols
    record_id: int  # the case, the training session; for the weekly round, the grid
    when: str
    what: str
    detail: str
    counted: bool = True  # a case closed late, a week not walked in full: listed, and marked


def serving(team: list[TeamRecord], quarter: Quarter) -> list[TeamRecord]:
    """Members on the team for at least part of the quarter."""
    return [t for t in team if t.member.appointed_on <= quarter.end
            and (t.left_on is None or t.left_on >= quarter.start)]


def _span(t: TeamRecord, quarter: Quarter, codes: dict[int, str]) -> Span:
    grids = set(t.grid_codes) | ({t.member.grid_code} if t.member.grid_code else set())
    return Span(t.id, grids_with_micro(grids, codes), max(quarter.start, t.member.appointed_on),
                min(quarter.end, t.left_on or quarter.end))


def _live_items(s, quarter: Quarter, today: date, members: list[TeamRecord], items: list[ScoringItem]
                ) -> dict[int, list[ItemScore]]:
    """Every member's items scored now: the metrics in one pass each, the entries read once."""
    codes = records.grid_codes(s)
    spans = [_span(t, quarter, codes) for t in members]
    period = Period(quarter.start, quarter.end, today)
    figures = {i.id: METRICS[i.metric](s, period, spans, i) for i in items
               if i.kind is ItemKind.METRIC and i.metric in METRICS}
    entries = AssessmentRepo(s).entries(str(quarter), members[0].id if len(members) == 1 else None)
    out: dict[int, list[ItemScore]] = {}
    for t in members:
        scored = []
        for i in items:
            if i.kind is ItemKind.METRIC:
                f = figures.get(i.id, {}).get(t.id)
                if f is None:  # the metric is not registered: its records are not in GridDesk yet
                    scored.append(ItemScore(i.id, i.name, i.kind, i.metric, i.max_points, None,
                                            note=ItemNote.NO_DATA))
                    continue
                ratio = f.ratio
                points = i.max_points if ratio is None else i.points_for(ratio)
                scored.append(ItemScore(i.id, i.name, i.kind, i.metric, i.max_points, points, ratio, f.numerator,
                                        f.denominator, ItemNote.NOTHING_DUE if ratio is None else ItemNote.NONE,
                                        evidence=f.evidence))
            else:
                points, words, count = entries.get((t.id, i.id), (None, "", 0))
                scored.append(ItemScore(i.id, i.name, i.kind, "", i.max_points, points, None, None, None,
                                        ItemNote.NOT_ENTERED if points is None else ItemNote.NONE, words, count))
        out[t.id] = scored
    return out


def score_quarter(s, quarter: Quarter, today: date, members: list[TeamRecord]) -> list[MemberQuarter]:
    """The members' quarters: reviewed ones from their snapshot, the rest scored now."""
    repo = AssessmentRepo(s)
    reviews = repo.reviews(str(quarter), members[0].id if len(members) == 1 else None)
    fresh = [t for t in members if t.id not in reviews]
    live = _live_items(s, quarter, today, fresh, repo.items()) if fresh else {}
    grades = repo.grades()
    out = []
    for t in members:
        done = reviews.get(t.id, [])
        if done:
            items, thresholds = from_snapshot(done[0][1], t.id)
            for review, _snap in done:
                items = apply_changes(items, review.changes)
            state = ReviewState.CLOSED if len(done) > 1 else ReviewState.FIRST_DONE
        else:
            items, thresholds, state = live[t.id], grades, ReviewState.OPEN
        grids = tuple(sorted(set(t.grid_codes) | ({t.member.grid_code} if t.member.grid_code else set())))
        out.append(MemberQuarter(t.id, t.member.name, t.member.role.value, grids, quarter, tuple(items),
                                 standing(items, thresholds), state, tuple(r for r, _s in done),
                                 tuple(thresholds.items())))
    return out


def _week_rows(s, grids: frozenset[int], ref: EvidenceRef) -> list[EvidenceRow]:
    """The weekly rule's own record: each week and grid, households visited of the grid's; a week
    not covered in full is marked."""
    seen = records.household_weeks(s, ref.start, ref.end, set(grids))
    households = records.households_per_grid(s)
    codes = records.grid_codes(s)
    rows = []
    for n in range((ref.end - ref.start).days // 7 + 1):
        monday = ref.start + timedelta(weeks=n)
        for g in sorted(grids, key=lambda g: codes[g]):
            if households.get(g):
                done = seen.get((g, n), 0)
                rows.append(EvidenceRow("visits", g, f"{monday:%Y-%m-%d}～{monday + timedelta(days=6):%m-%d}", codes[g],
                                        f"{done} / {households[g]}", done >= households[g]))
    return rows


def first_quarter(s) -> Quarter | None:
    """The centre's first quarter on record: when it was set up, or its first visit if earlier
    (the paper book typed in); quarters before it are nobody's to review in GridDesk."""
    days = [d for d in (centre_set_up(s), VisitsRepo(s).first_visit_day()) if d is not None]
    return Quarter.of(min(days)) if days else None


def members_in(session: UserSession, s, quarter: Quarter, ids: tuple[int, ...] | None = None) -> list[TeamRecord]:
    """The members of the quarter this account may see (the centre: all of them)."""
    scope = grid_scope(session, Permission.VIEW_ASSESSMENT)
    return [t for t in serving(TeamRepo(s).all(include_left=True, ids=ids), quarter)
            if scope is None or any(inside(c, scope) for c in (*t.grid_codes, t.member.grid_code))]


def member_in(session: UserSession, s, member_id: int, quarter: Quarter) -> TeamRecord:
    found = [t for t in members_in(session, s, quarter, (member_id,)) if t.id == member_id]
    if not found:
        raise ValidationError("member", "assessment.no_member")
    return found[0]


class AssessmentService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return self._today()

    def _members(self, s, quarter: Quarter) -> list[TeamRecord]:
        return members_in(self.session, s, quarter)

    def _member(self, s, member_id: int, quarter: Quarter) -> TeamRecord:
        return member_in(self.session, s, member_id, quarter)

    @rule(Permission.VIEW_ASSESSMENT)
    def rules(self) -> tuple[list[ScoringItem], dict[Grade, float]]:
        """The scoring items and the grade thresholds in force (quarters not yet reviewed)."""
        with self.session.db.transaction() as s:
            repo = AssessmentRepo(s)
            return repo.items(), repo.grades()

    @rule(Permission.VIEW_ASSESSMENT)
    def quarter(self, quarter: Quarter) -> list[MemberQuarter]:
        """Every member serving in the quarter, with items, total, grade and review state."""
        with self.session.db.transaction() as s:
            members = self._members(s, quarter)
            return score_quarter(s, quarter, self._today(), members) if members else []

    @rule(Permission.VIEW_ASSESSMENT)
    def member_quarter(self, member_id: int, quarter: Quarter) -> MemberQuarter:
        with self.session.db.transaction() as s:
            return score_quarter(s, quarter, self._today(), [self._member(s, member_id, quarter)])[0]

    @rule(Permission.VIEW_ASSESSMENT)
    def member_named(self, name: str, quarter: Quarter) -> int:
        with self.session.db.transaction() as s:
            found = [t.id for t in self._members(s, quarter) if t.member.name == name.strip()]
        if not found:
            raise ValidationError("member", "assessment.member_named", name=name)
        return found[0]

    @rule(Permission.VIEW_ASSESSMENT)
    def evidence(self, ref: EvidenceRef) -> list[EvidenceRow]:
        """The records behind a computed figure (the visits, the cases, the training sessions)."""
        quarter = Quarter.of(ref.start)
        with self.session.db.transaction() as s:
            t = self._member(s, ref.member_id, quarter)
            if ref.kind == "visits":
                return _week_rows(s, _span(t, quarter, records.grid_codes(s)).grid_ids, ref)
            if ref.kind == "cases":
                return [EvidenceRow("cases", i, closed.strftime("%Y-%m-%d %H:%M"), f"{number} {title}",
                                    due.strftime("%Y-%m-%d %H:%M") if due else "", ok)
                        for i, number, title, closed, due, ok in records.member_cases(s, t.id, ref.start, ref.end)]
            if ref.kind == "training":
                return [EvidenceRow("training", i, at.strftime("%Y-%m-%d"), topic, f"{hours:g}", True)
                        for i, at, _level, topic, hours in records.member_training(s, t.id, ref.start, ref.end)]
            if ref.kind == "daily_logs":
                from ..storage.daily_logs_repo import log_day_refs

                return [EvidenceRow("daily_logs", i, f"{day:%Y-%m-%d}", state, "", True)
                        for i, day, state in log_day_refs(s, t.id, ref.start, ref.end)]
            if ref.kind == "patrols":
                from ..storage.patrols_repo import patrol_refs

                return [EvidenceRow("patrols", i, f"{day:%Y-%m-%d}", place, "", True)
                        for i, day, place in patrol_refs(s, t.id, ref.start, ref.end)]
        return []

    @rule(Permission.ASSESS)
    def save_entry(self, member_id: int, quarter: Quarter, item_id: int, points: float | None, words: str = "",
                   participants: int = 0) -> Changes:
        """An appraisal's or the self-assessment's points and words (from the paper forms)."""
        words = (words or "").strip()
        if len(words) > 500:
            raise ValidationError("words", "assessment.text_long", limit=500)
        if not 0 <= int(participants) <= 10_000:
            raise ValidationError("participants", "assessment.participants_range", limit=10_000)
        if quarter.start > self._today():
            raise ValidationError("quarter", "assessment.quarter_not_begun", quarter=str(quarter))
        with self.session.write(Action.WRITE.value, f"assessment {quarter}", f"member {member_id} item {item_id}") as s:
            self._member(s, member_id, quarter)
            repo = AssessmentRepo(s)
            done = repo.reviews(str(quarter), member_id).get(member_id, [])
            if done:
                raise ValidationError("quarter", "assessment.closed" if len(done) > 1 else "assessment.under_review",
                                      quarter=str(quarter))
            item = next((i for i in repo.items() if i.id == item_id), None)
            if item is None:
                raise ValidationError("item", "assessment.no_item")
            if item.kind is ItemKind.METRIC:
                raise ValidationError("points", "assessment.not_entered_item", name=item.name)
            if points is not None and not 0 <= points <= item.max_points:
                raise ValidationError("points", "assessment.points_range", name=item.name, limit=item.max_points)
            repo.save_entry(member_id, str(quarter), item_id, None if points is None else round(float(points), 1),
                            words, int(participants), self.session.account.username, local_dt(self.session.clock()))
        return Changes("assessment", (member_id,))

    @rule(Permission.VIEW_ASSESSMENT)
    def year(self, year: int) -> list[YearRow]:
        """年度评定: each member's four quarters (a total only where every item has its points)
        and the mean of those, graded by the thresholds in force."""
        per: dict[int, list] = {}
        names: dict[int, str] = {}
        with self.session.db.transaction() as s:
            grades = AssessmentRepo(s).grades()
            today = self._today()
            for q in quarters_of(year):
                if q.start > today:
                    continue
                for mq in score_quarter(s, q, today, self._members(s, q)) if self._members(s, q) else []:
                    names[mq.member_id] = mq.name
                    per.setdefault(mq.member_id, {})[q.n] = mq
        rows = []
        for mid, quarters in per.items():
            cells = []
            for n in range(1, 5):
                mq = quarters.get(n)
                cells.append((mq.standing.total if mq and mq.standing.complete else None,
                              mq.standing.grade if mq else None, mq.state if mq else ReviewState.OPEN))
            rows.append(year_row(mid, names[mid], cells, grades))
        return rows

    @rule(Permission.VIEW_ASSESSMENT)
    def open_reviews(self) -> int:
        """Members' quarters that have ended and are not closed by the township's review."""
        today = self._today()
        with self.session.db.transaction() as s:
            first = first_quarter(s)
            if first is None:
                return 0
            closed = AssessmentRepo(s).closed_pairs()
            team = TeamRepo(s).all(include_left=True)
            count, q = 0, first
            while q.end < today:
                count += sum(1 for t in serving(team, q) if (t.id, str(q)) not in closed)
                q = q.next()
        return count
