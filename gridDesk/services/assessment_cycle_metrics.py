"""The quarterly assessment's two items counted by the daily work of issue 18: 民情日志 days and
patrols done. Registered in the assessment's metric registry when the registry loads.

Log days count an entry only on a working day the member owed (by the centre's calendar, in post,
up to yesterday), so a Saturday's entry cannot make up a missing Tuesday and the ratio never
passes 1. Patrols count the member's patrols against the days the plan (frequencies and seasons)
put on them, done or missed; the item's points cap an extra patrol's ratio at the maximum."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.assessment import EvidenceRef, ScoringItem
from ..storage.daily_logs_repo import log_days_on
from ..storage.patrols_repo import patrols_by_member
from .assessment_metrics import Figure, Period, Span, working_day_counter


def log_days(s, period: Period, spans: list[Span], item: ScoringItem) -> dict[int, Figure]:
    last = min(period.end, period.today - timedelta(days=1))
    working = working_day_counter(s, period.today)
    days_working = [d for d in _days(period.start, last) if working(d, d)] if period.start <= last else []
    whole = [sp for sp in spans if sp.first <= period.start and sp.last >= last]
    counts = log_days_on(s, days_working, {sp.member_id for sp in whole}) if whole else {}
    out = {}
    for sp in spans:
        first, end = max(sp.first, period.start), min(sp.last, last)
        owed = [d for d in days_working if first <= d <= end]
        if sp not in whole:  # appointed or left inside the quarter: their own days only (a few members)
            counts[sp.member_id] = log_days_on(s, owed, {sp.member_id}).get(sp.member_id, 0)
        out[sp.member_id] = Figure(counts.get(sp.member_id, 0), len(owed),
                                   EvidenceRef("daily_logs", sp.member_id, first, end) if first <= end else None)
    return out


def patrols_done(s, period: Period, spans: list[Span], item: ScoringItem) -> dict[int, Figure]:
    end = min(period.end, period.today - timedelta(days=1))
    # a few members (one member's quarter): plan only the places they owe or patrolled
    few = {sp.member_id for sp in spans} if len(spans) <= 20 else None
    pairs = patrols_by_member(s, period.start, end, period.today, few) if period.start <= end else {}
    return {sp.member_id: Figure(*pairs.get(sp.member_id, (0, 0)),
                                 EvidenceRef("patrols", sp.member_id, period.start, end)) for sp in spans}


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
