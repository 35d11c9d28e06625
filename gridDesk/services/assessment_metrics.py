"""The computed items of the quarterly assessment, as a registry: metric key -> a function that
figures, for every member at once over a period, the numerator, the denominator and where the
figure comes from (the ratio follows). Each is a few grouped queries, never one per member.

`log_days` and `patrols_done` are counted by the daily log and the patrols
(services/assessment_cycle_metrics.py, registered at the end of this file). A key with no
function registered shows "no data yet": never a silent 0 nor a guess.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.assessment import EvidenceRef, ScoringItem
from ..storage import assessment_metrics_repo as records


@dataclass(frozen=True)
class Period:
    start: date  # the quarter's first day
    end: date  # its last day
    today: date  # nothing after it is due yet


@dataclass(frozen=True)
class Span:
    """A member in a period: the grids they serve (micro-grids included) and the days they served."""

    member_id: int
    grid_ids: frozenset[int]
    first: date
    last: date


@dataclass(frozen=True)
class Figure:
    numerator: float
    denominator: float
    evidence: EvidenceRef | None = None

    @property
    def ratio(self) -> float | None:
        """None when nothing was due (no case closed, no week over yet)."""
        return self.numerator / self.denominator if self.denominator else None


Metric = Callable[[object, Period, list[Span], ScoringItem], dict[int, Figure]]
METRICS: dict[str, Metric] = {}


def register(key: str, metric: Metric) -> None:
    METRICS[key] = metric


def counted_weeks(period: Period, span: Span) -> list[date]:
    """The Mondays of the weekly rule (每周至少走访一遍) that count for a member: weeks starting in
    the quarter, over by today, begun after the member took up the post and before they left."""
    first = period.start + timedelta(days=(7 - period.start.weekday()) % 7)
    weeks = []
    monday = first
    while monday <= period.end:
        if monday + timedelta(days=6) < period.today and span.first <= monday <= span.last:
            weeks.append(monday)
        monday += timedelta(days=7)
    return weeks


def visit_coverage(s, period: Period, spans: list[Span], item: ScoringItem) -> dict[int, Figure]:
    """The weekly rule over the member's grids: households of their grids visited at least once in
    a week, summed over the weeks that count for them, of households × weeks. The round is the
    grid's (a 网格长 and the grid's members walk it between them), so every visit counts for
    each member serving the grid."""
    first = period.start + timedelta(days=(7 - period.start.weekday()) % 7)
    last_monday = first + timedelta(days=7 * ((period.end - first).days // 7))
    seen = records.household_weeks(s, first, last_monday + timedelta(days=6),
                                   {g for sp in spans for g in sp.grid_ids})
    households = records.households_per_grid(s)
    out = {}
    for sp in spans:
        weeks = counted_weeks(period, sp)
        done = sum(seen.get((g, (monday - first).days // 7), 0) for g in sp.grid_ids for monday in weeks)
        due = sum(households.get(g, 0) for g in sp.grid_ids) * len(weeks)
        evidence = EvidenceRef("visits", sp.member_id, weeks[0], weeks[-1] + timedelta(days=6)) if weeks else None
        out[sp.member_id] = Figure(done, due, evidence)
    return out


def cases_on_time(s, period: Period, spans: list[Span], item: ScoringItem) -> dict[int, Figure]:
    """Cases assigned to the member closed in the quarter within their time limit, of those closed."""
    closed = records.cases_closed(s, period.start, period.end, {sp.member_id for sp in spans})
    return {sp.member_id: Figure(closed.get(sp.member_id, (0, 0))[1], closed.get(sp.member_id, (0, 0))[0],
                                 EvidenceRef("cases", sp.member_id, period.start, period.end)) for sp in spans}


def training_hours(s, period: Period, spans: list[Span], item: ScoringItem) -> dict[int, Figure]:
    """Hours of training attended in the quarter, of the item's target hours."""
    hours = records.training_hours(s, period.start, period.end, {sp.member_id for sp in spans})
    return {sp.member_id: Figure(hours.get(sp.member_id, 0.0), item.target,
                                 EvidenceRef("training", sp.member_id, period.start, period.end)) for sp in spans}



def working_day_counter(s, today: date) -> Callable[[date, date], int]:
    """Counts working days between two days (both counted) by the centre's working-day calendar:
    statutory holidays, adjusted weekends and the director's own entries; built once per use."""
    from ..storage.cases_repo import CasesRepo
    from ..storage.work_calendar_repo import WorkCalendarRepo
    from .work_calendar import build_calendar

    calendar = build_calendar(CasesRepo(s), WorkCalendarRepo(s), today)
    return lambda first, last: sum(1 for n in range((last - first).days + 1)
                                   if calendar.is_working_day(first + timedelta(days=n)))


def grids_with_micro(codes: Iterable[str], all_codes: dict[int, str]) -> frozenset[int]:
    """The grid ids a member serves: their grids and the micro-grids inside them (a code prefix)."""
    mine = tuple(c for c in codes if c)
    return frozenset(gid for gid, code in all_codes.items() if mine and code.startswith(mine))


register("visit_coverage", visit_coverage)
register("cases_on_time", cases_on_time)
register("training_hours", training_hours)


def _register_cycle() -> None:
    from .assessment_cycle_metrics import log_days, patrols_done

    register("log_days", log_days)
    register("patrols_done", patrols_done)


_register_cycle()
