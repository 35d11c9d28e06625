"""`griddesk township status`: villages x months as DHIS2 counts reporting rates (received, on
time, chain complete, failed, missing), the escalation queue with its working-day clocks, the
quarterly reviews waiting for the second review, and what waits for each village's next reply."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from ..domain.township import (PERIOD_LIMIT, EscalationRow, PeriodCell, TownshipAction, TownshipStatus,
                               VillageRow)
from ..domain.workdays import WorkCalendar
from ..storage.township.downlinks_repo import TownshipDownlinksRepo
from ..storage.township.repo import TownshipRepo
from .township import TownshipSession, now_iso
from .township_reviews import waiting_from


def township_calendar(today: date) -> WorkCalendar:
    """The same calendar the villages' case clocks run on: statutory holidays and adjusted weekends."""
    return _calendar(today.year)


@lru_cache(maxsize=4)
def _calendar(year: int) -> WorkCalendar:
    """Made once per year (10 ms each: an import of 600 上报件 spent 6 s making it again for each)."""
    import holidays

    cn = holidays.China(years=[year - 1, year, year + 1])
    return WorkCalendar.of(set(cn), set(cn.weekend_workdays))


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out[-PERIOD_LIMIT:]


def _deadline(period: str, day: int) -> str:
    y, m = int(period[:4]), int(period[5:7])
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{y:04d}-{m:02d}-{day:02d}"


def township_status(session: TownshipSession, today: date | None = None) -> TownshipStatus:
    session.require(TownshipAction.VIEW_STATUS)
    today = today or date.today()
    with session.db.transaction() as s:
        repo = TownshipRepo(s)
        villages = repo.villages()
        batches = repo.batches()
        quarantined = repo.quarantined()
        queue = repo.escalations()
        settings = repo.settings()
    with session.db.transaction(writes=True) as s:  # who looked at the villages' figures, and when
        TownshipRepo(s).audit(now_iso(), session.username, "status_viewed", session.code)
    deadline_day = int(settings.get("deadline_day", "10"))
    current = f"{today:%Y-%m}"
    starts = [v.registered_at[:7] for v in villages] + [b.period for b in batches if b.period] + \
        [period for _v, period, _n in quarantined if period]
    periods = _months(min(starts), current) if starts else [current]
    rows = []
    for v in villages:
        mine = [b for b in batches if b.village == v.code]
        cells = []
        for p in periods:
            got = [b for b in mine if b.period == p]
            on_time = sum(b.imported_at[:10] <= _deadline(p, deadline_day) for b in got)
            failed = sum(1 for village, period, _name in quarantined if village == v.code and period == p)
            # Every loaded batch extends the one before (the import refuses a gap); the month's chain is
            # incomplete when one of its packages was quarantined and nothing later made up for it.
            seqs = sorted(b.seq for b in got)
            complete = bool(got) and failed == 0 and seqs == list(range(seqs[0], seqs[0] + len(seqs)))
            expected = p >= v.registered_at[:7] and p < current  # the running month is not yet due
            cells.append(PeriodCell(p, len(got), on_time, complete, failed, expected and not got))
        rows.append(VillageRow(v.code, v.name, tuple(cells)))
    with session.db.transaction() as s:
        downlinks = TownshipDownlinksRepo(s)
        reviews, recorded, unsent = downlinks.reviews(), downlinks.second_reviews(), downlinks.unsent_counts()
    waiting = waiting_from(reviews, recorded, {v.code: v.name for v in villages})
    return TownshipStatus(session.code, session.name, tuple(periods), tuple(rows), _clocks(queue, today),
                          deadline_day, tuple(waiting), unsent)


def escalation_queue(session: TownshipSession, today: date | None = None) -> tuple[EscalationRow, ...]:
    """The escalation queue alone (every state), each with its working-day clock, as the status
    gives it: for a page that shows only the queue."""
    session.require(TownshipAction.VIEW_STATUS)
    with session.db.transaction() as s:
        queue = TownshipRepo(s).escalations()
    return _clocks(queue, today or date.today())


def _clocks(queue: list, today: date) -> tuple[EscalationRow, ...]:
    calendar = township_calendar(today)
    escalations = []
    for village, number, ordinal, title, received, due, state in queue:
        due_on = datetime.fromisoformat(due).date()
        left = calendar.working_days_between(today, due_on) if due_on > today else \
            -calendar.working_days_between(due_on, today)
        escalations.append(EscalationRow(village, number, ordinal, title, received[:10], due[:10], left, state))
    return tuple(escalations)


def status_json(status: TownshipStatus) -> dict:
    return {"township": {"code": status.code, "name": status.name}, "periods": list(status.periods),
            "deadline_day": status.deadline_day,
            "villages": [{"code": v.code, "name": v.name,
                          "periods": [{"period": c.period, "received": c.received, "on_time": c.on_time,
                                       "chain_complete": c.chain_complete, "failed": c.failed, "missing": c.missing}
                                      for c in v.cells]} for v in status.villages],
            "escalations": [{"village": e.village, "case_number": e.case_number, "ordinal": e.ordinal,
                             "title": e.title, "received_on": e.received_on, "due_on": e.due_on,
                             "working_days_left": e.working_days_left, "state": e.state}
                            for e in status.escalations],
            "reviews_waiting": [{"village": r.village, "village_name": r.village_name, "quarter": r.quarter,
                                 "member": r.member, "first_reviewer": r.reviewer, "first_decided_on": r.decided_on,
                                 "first_decision": r.decision, "total": r.total, "grade": r.grade}
                                for r in status.reviews_waiting],
            "unsent": {v.code: status.unsent.get(v.code, {"reviews": 0, "tasks": 0, "trainings": 0})
                       for v in status.villages}}
