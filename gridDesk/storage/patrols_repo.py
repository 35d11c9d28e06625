"""Patrols of places and risk points, and the plan they are held against: which days each place
was due (its frequency and the seasons), which were done, which missed, and who owed them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain.patrols import DayPlan, Patrol, PatrolOutcome, PatrolRecord, next_due, plan, targets_of
from ..domain.places import Place
from ..domain.roster import TeamRecord, TeamRole
from ..domain.visits import FindingCategory
from .centre_repo import centre_set_up
from .orm.patrols import PatrolRow
from .orm.roster import GridRow, PlaceRow, TeamMemberRow
from .patrol_rules_repo import PatrolRulesRepo
from .places_repo import PlacesRepo
from .team_repo import TeamRepo


_ONE = timedelta(days=1)


def _day(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


class PatrolsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def insert(self, patrol: Patrol, grid_id: int | None, account: str, now: datetime) -> int:
        row = PatrolRow(place_id=patrol.place_id, member_id=patrol.member_id, grid_id=grid_id,
                        patrolled_on=patrol.at.date(), patrolled_at=patrol.at, outcome=patrol.outcome.value,
                        category=patrol.category.value if patrol.category else "", finding=patrol.finding,
                        notes=patrol.notes, account=account, created_at=now)
        self.s.add(row)
        self.s.flush()
        return row.id

    def link_case(self, patrol_id: int, case_id: int) -> None:
        self.s.execute(update(PatrolRow).where(PatrolRow.id == patrol_id).values(case_id=case_id))

    def _select(self):
        return (select(PatrolRow, PlaceRow.name, GridRow.code, TeamMemberRow.name)
                .join(PlaceRow, PlaceRow.id == PatrolRow.place_id)
                .outerjoin(GridRow, GridRow.id == PatrolRow.grid_id)
                .join(TeamMemberRow, TeamMemberRow.id == PatrolRow.member_id))

    @staticmethod
    def _record(row: PatrolRow, place: str, code: str | None, member: str) -> PatrolRecord:
        return PatrolRecord(row.id, row.place_id, place, code or "", row.member_id, member, row.patrolled_at,
                            PatrolOutcome(row.outcome), FindingCategory(row.category) if row.category else None,
                            row.finding, row.notes, row.case_id)

    def get(self, patrol_id: int) -> PatrolRecord | None:
        found = self.s.execute(self._select().where(PatrolRow.id == patrol_id)).first()
        return self._record(*found) if found else None

    def recorded_since(self, since: datetime | None) -> list[PatrolRecord]:
        """Patrols recorded after `since` (all when None), oldest first: the archive batch's."""
        stmt = self._select()
        if since is not None:
            stmt = stmt.where(PatrolRow.created_at > since)
        return [self._record(*r) for r in self.s.execute(stmt.order_by(PatrolRow.patrolled_at, PatrolRow.id))]

    def listed(self, first: date, last: date) -> list[PatrolRecord]:
        stmt = (self._select().where(PatrolRow.patrolled_on >= first, PatrolRow.patrolled_on <= last)
                .order_by(PatrolRow.patrolled_at.desc(), PatrolRow.id.desc()))
        return [self._record(*r) for r in self.s.execute(stmt)]

    def days(self, first: date, last: date) -> dict[int, dict[date, set[int]]]:
        """place id -> day -> the members who patrolled it that day."""
        out: dict[int, dict[date, set[int]]] = {}
        stmt = (select(PatrolRow.place_id, PatrolRow.patrolled_on, PatrolRow.member_id)
                .where(PatrolRow.patrolled_on >= first, PatrolRow.patrolled_on <= last))
        for place, day, member in self.s.execute(stmt):
            out.setdefault(place, {}).setdefault(_day(day), set()).add(member)
        return out

    def last_before(self, day: date) -> dict[int, date]:
        """place id -> its last patrol before `day`."""
        stmt = (select(PatrolRow.place_id, func.max(PatrolRow.patrolled_on))
                .where(PatrolRow.patrolled_on < day).group_by(PatrolRow.place_id))
        return {p: _day(d) for p, d in self.s.execute(stmt)}

    def first_day(self) -> date | None:
        value = self.s.scalar(select(func.min(PatrolRow.patrolled_on)))
        return _day(value) if value is not None else None


def owers(place: Place, team: Iterable[TeamRecord], day: date) -> tuple[int, ...]:
    """Who owes a place's patrol: its responsible member while serving, else the grid members
    (专职 and 兼职) serving its grid, else anyone of the team serving it (a 网格长, a 辅助员)."""
    serving = [t for t in team if t.left_on is None or t.left_on > day]
    if place.responsible_member_id and any(t.id == place.responsible_member_id for t in serving):
        return (place.responsible_member_id,)
    code = place.grid_code
    if not code:
        return ()
    inside = [t for t in serving
              if any(code.startswith(g) for g in (*t.grid_codes, t.member.grid_code) if g)]
    members = [t.id for t in inside if t.member.role in (TeamRole.FULL_TIME, TeamRole.PART_TIME)]
    return tuple(members or [t.id for t in inside])


@dataclass(frozen=True)
class PlacePlan:
    place: Place
    owed_by: tuple[int, ...]
    days: tuple[DayPlan, ...]
    who: dict[date, set[int]]  # day -> who patrolled


def tracking_since(s: Session, today: date) -> date:
    """From when a place never patrolled is due: the centre's first day, or its first patrol if
    the paper book was typed in from before (a day before the centre existed is no day missed)."""
    began = [d for d in (centre_set_up(s), PatrolsRepo(s).first_day()) if d is not None]
    return min(began) if began else today


def plans(s: Session, first: date, last: date, today: date, places: list[Place] | None = None,
          for_members: set[int] | None = None) -> list[PlacePlan]:
    """Every place's day-by-day plan over the period (places with no frequency are left out);
    with `for_members`, only the places those members owe or patrolled (one member's quarter)."""
    rules = PatrolRulesRepo(s).rules()
    repo = PatrolsRepo(s)
    since = tracking_since(s, today)
    places = PlacesRepo(s).list() if places is None else places
    team = TeamRepo(s).all(include_left=True)
    before = repo.last_before(first)
    done = repo.days(first, last)
    out = []
    # Places share a handful of targets (rental, risk:河流, hazard:重大 …): the frequency of a set of
    # targets on a day is worked out once, not once per place (300 places x 92 days was 0.3 s).
    known: dict[tuple[tuple[str, ...], date], int] = {}
    for place in places:
        targets = tuple(targets_of(place))
        owed = owers(place, team, last)
        if for_members is not None and not (set(owed) & for_members or any(
                m in for_members for who in done.get(place.id, {}).values() for m in who)):
            continue

        def frequency(d: date, targets=targets) -> int:
            if d < since:
                return 0
            key = (targets, d)
            if key not in known:
                known[key] = rules.frequency(targets, d)
            return known[key]

        days = plan(first, last, before.get(place.id), set(done.get(place.id, {})), frequency, today)
        if not any(d.planned or d.done for d in days) and not any(frequency(d.day) for d in days):
            continue
        out.append(PlacePlan(place, owed, tuple(days), done.get(place.id, {})))
    return out


def due_on(s: Session, day: date, places: list[Place] | None = None) -> list[tuple[Place, int, date | None, date, tuple[int, ...]]]:
    """The places due on `day` or past due: (place, frequency on the day, last patrol, due since,
    who owes it). A patrol on `day` itself settles it."""
    rules = PatrolRulesRepo(s).rules()
    since = tracking_since(s, day)
    places = PlacesRepo(s).list() if places is None else places
    last = PatrolsRepo(s).last_before(day + _ONE)
    team = TeamRepo(s).all(include_left=True)
    out = []
    for place in places:
        targets = targets_of(place)
        due = next_due(last.get(place.id), since, lambda d, t=targets: rules.frequency(t, d), day)
        if due is not None and due <= day:
            out.append((place, rules.frequency(targets, day), last.get(place.id), due, owers(place, team, day)))
    return out


def patrols_by_member(s: Session, start: date, end: date, today: date | None = None,
                      members: set[int] | None = None) -> dict[int, tuple[int, int]]:
    """member id -> (patrols done, patrols due) from `start` to `end`, both inclusive. Done: the
    patrols the member recorded. Due: the planned days they met, and every planned day missed of a
    place they owe (a place shared by a grid's members: a day one of them patrolled is that one's)."""
    today = today or end + _ONE
    out: dict[int, list[int]] = {}
    stmt = (select(PatrolRow.member_id, func.count()).where(PatrolRow.patrolled_on >= start, PatrolRow.patrolled_on <= end)
            .group_by(PatrolRow.member_id))
    for member, n in s.execute(stmt):
        out.setdefault(member, [0, 0])[0] = n
    for p in plans(s, start, end, today, for_members=members):
        for d in p.days:
            if not d.planned:
                continue
            if d.done:
                for member in p.who.get(d.day, ()):
                    out.setdefault(member, [0, 0])[1] += 1
            elif d.missed:
                for member in p.owed_by:
                    out.setdefault(member, [0, 0])[1] += 1
    return {m: (v[0], v[1]) for m, v in out.items()}


def patrol_refs(s: Session, member_id: int, start: date, end: date) -> list[tuple[int, date, str]]:
    """The member's patrols of the period as evidence: (patrol id, day, place name), by day."""
    stmt = (select(PatrolRow.id, PatrolRow.patrolled_on, PlaceRow.name).join(PlaceRow, PlaceRow.id == PatrolRow.place_id)
            .where(PatrolRow.member_id == member_id, PatrolRow.patrolled_on >= start, PatrolRow.patrolled_on <= end)
            .order_by(PatrolRow.patrolled_on, PatrolRow.id))
    return [(i, _day(d), name) for i, d, name in s.execute(stmt)]


def finding_counts(s: Session, start: date, end: date, place_ids: set[int] | None = None) -> tuple[int, int]:
    """(patrols that found something, of them made into cases) in the period."""
    stmt = (select(PatrolRow.place_id, PatrolRow.case_id)
            .where(PatrolRow.patrolled_on >= start, PatrolRow.patrolled_on <= end,
                   PatrolRow.outcome == PatrolOutcome.FINDING.value))
    rows = [r for r in s.execute(stmt) if place_ids is None or r[0] in place_ids]
    return len(rows), sum(1 for r in rows if r[1] is not None)

