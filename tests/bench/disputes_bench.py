"""Benchmark rows for the monthly dispute report (矛盾纠纷排查调处情况统计表, issue 20 item 2): a
village with 20,000 cases, every one of them a dispute (the worst case: the collector reads them
all), reported over this year and the last with one to five people listed each, a quarter of them
mediated (5,000 rows in the mediations table, read through the mediation service as the report
does in use): the month's table with the year to date computed (budget 0.3 s) and printed on A4
landscape (budget 1 s). On a village of its own, so the other rows never see these cases."""

from __future__ import annotations

import io
import random
import statistics
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from gridDesk.storage.engine import keyed_connect

Row = tuple[str, float, float | None, str]
CASES = 20_000
CLOSURES = ("solved", "resolved", "procedural", "under_watch", "suspended")


def fill(session, today: date, seed: int = 20) -> None:
    """Straight into the tables: 20,000 dispute cases, their people, and a mediation for a quarter
    of them (severity, people, outcome day and agreement: what the report reads of one)."""
    rng = random.Random(seed)
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("BEGIN")
    top = conn.execute("SELECT id FROM case_categories WHERE name = '矛盾纠纷' AND parent_id IS NULL").fetchone()[0]
    cats = [r[0] for r in conn.execute("SELECT id FROM case_categories WHERE parent_id = ?", (top,))]
    grids = [r[0] for r in conn.execute("SELECT id FROM grids")]
    have = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    start = datetime(today.year - 1, 1, 1)
    span = (datetime.combine(today, datetime.min.time()) - start).days
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    rows, people = [], []
    for n in range(have, CASES):
        reported = start + timedelta(minutes=rng.randrange(span * 1440))
        closed = reported + timedelta(days=rng.randint(1, 60))
        is_closed = closed.date() < today and rng.random() < 0.8
        rows.append((f"DISPUTE-{n:06d}", "基准纠纷", "", rng.choice(cats), "ordinary", "visit", rng.choice(grids), "",
                     "", reported.strftime("%Y-%m-%d %H:%M:%S.%f"), "closed" if is_closed else "in_progress", "",
                     None, None, 0, 0, "", "", None, closed.strftime("%Y-%m-%d %H:%M:%S.%f") if is_closed else None,
                     1, stamp, rng.choice(CLOSURES) if is_closed else ""))
    conn.executemany(
        "INSERT INTO cases (number, title, description, category_id, work_kind, channel, grid_id, place, reporter,"
        " reported_at, state, assignee, assignee_member_id, due_at, extension_days, extension_requested, result,"
        " satisfaction, revisited_at, closed_at, version, updated_at, closure_type)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    ids = [r[0] for r in conn.execute("SELECT id FROM cases WHERE number LIKE 'DISPUTE-%'")]
    for cid in ids:
        people += [(cid, f"当事人{k}", "当事人") for k in range(rng.randint(1, 5))]
    conn.executemany("INSERT INTO case_people (case_id, resident_id, name, role) VALUES (?, NULL, ?, ?)", people)
    taken = {r[0] for r in conn.execute("SELECT case_id FROM mediations")}
    done = conn.execute("SELECT count(*) FROM mediations WHERE year = 1900").fetchone()[0]  # a village reused
    mediations = []
    for seq, cid in enumerate((c for c in rng.sample(ids, 0 if done else len(ids) // 4) if c not in taken), 1):
        concluded = today - timedelta(days=rng.randrange(400)) if rng.random() < 0.7 else None
        agreed = (rng.random() < 0.6) if concluded else None
        accepted = (concluded or today) - timedelta(days=rng.randrange(30))
        state = "in_progress" if concluded is None else ("agreed" if agreed else "referred")
        mediations.append((cid, 1900, seq, f"基准-{seq:06d}", "application",
                           "major" if rng.random() < 0.1 else "ordinary", accepted.isoformat(), accepted.isoformat(),
                           "村内", rng.choice((3, 49, 50, 100, 101, 500, 501)), "邻里纠纷", "基准", state,
                           concluded.isoformat() if concluded else None, agreed, "", "", "", "", "", "", None, "",
                           1, "bench", stamp))
    conn.executemany(
        "INSERT INTO mediations (case_id, year, seq, number, source, severity, occurred_on, accepted_on, place, people,"
        " dispute_type, summary, state, outcome_on, agreed, referral, outcome_note, facts, disputed, terms,"
        " performance, perform_by, recorder, version, account, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", mediations)
    conn.execute("COMMIT")
    conn.close()


def village(folder: Path, today: datetime):
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.services.demo import DEMO_PASSWORD, DEMO_USER, build_demo

    target = folder / "disputes-village"
    clock = lambda: today.timestamp()  # noqa: E731
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache(), clock)  # noqa: E731
    if not (target / "griddesk.db").exists():
        target.mkdir(parents=True, exist_ok=True)
        summary = build_demo(target, paths.migrations_dir(), 2000, make_access=make)
        db = summary.db_path
    else:
        db = target / "griddesk.db"
    return make(db).login(DEMO_USER, DEMO_PASSWORD)


def rows(folder: Path, repeat: int) -> list[Row]:
    from gridDesk.services.dispute_report import DisputeReportService

    now = datetime.now().replace(microsecond=0)
    session = village(folder, now)
    try:
        fill(session, now.date())
        service = DisputeReportService(session)  # the mediations' facts through the mediation service
        period = f"{now:%Y-%m}"

        def compute() -> float:
            t = time.perf_counter()
            table = service.table(period)
            elapsed = time.perf_counter() - t
            assert table.year_to_date.found > 0
            return elapsed

        def printed() -> float:
            t = time.perf_counter()
            service.print_pdf(period, io.BytesIO(), record=False)
            return time.perf_counter() - t

        figures = (statistics.median(compute() for _ in range(repeat)),
                   statistics.median(printed() for _ in range(repeat)))
    finally:
        session.close()
    return [("dispute report: 20,000 dispute cases, the month and the year to date computed", figures[0], None,
             "< 0.300 s"),
            ("  ... and printed (A4 landscape, computed included)", figures[1], None, "< 1.000 s")]
