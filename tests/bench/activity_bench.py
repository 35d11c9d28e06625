"""Benchmark rows for visits and cases: 20,000 cases and 200,000 visits on the big village."""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, datetime, timedelta

from gridDesk.domain.cases import CaseState
from gridDesk.services.visits import VisitsService
from gridDesk.storage.engine import keyed_connect

Row = tuple[str, float, float | None, str]


def fill(session, cases: int = 20_000, visits: int = 200_000, seed: int = 5) -> None:
    """Straight into the tables (the services would take minutes): a year of work."""
    rng = random.Random(seed)
    conn = keyed_connect(session.db_path, session.dek)
    if conn.execute("SELECT count(*) FROM cases").fetchone()[0] >= cases:
        conn.close()
        return
    now = datetime.now().replace(microsecond=0)
    cats = [r[0] for r in conn.execute("SELECT id FROM case_categories WHERE parent_id IS NOT NULL")]
    grids = [r[0] for r in conn.execute("SELECT id FROM grids WHERE parent_id IS NULL")]
    states = [s.value for s in CaseState]
    weights = [3, 3, 3, 4, 2, 1, 3, 81]
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    rows = []
    for n in range(cases):
        at = now - timedelta(minutes=rng.randrange(0, 365 * 24 * 60))
        state = rng.choices(states, weights)[0]
        due = None if state == "reported" else at + timedelta(days=rng.randrange(1, 21))
        rows.append((f"BENCH-{n:06d}", "基准案件", "", rng.choice(cats), "ordinary", "visit", rng.choice(grids),
                     "", "", at.strftime("%Y-%m-%d %H:%M:%S.%f"), state, "",
                     due.strftime("%Y-%m-%d %H:%M:%S.%f") if due else None, 0, 0, "", "", None,
                     stamp if state == "closed" else None, 1, stamp))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO cases (number, title, description, category_id, work_kind, channel, grid_id, place, reporter,"
        " reported_at, state, assignee, due_at, extension_days, extension_requested, result, satisfaction,"
        " revisited_at, closed_at, version, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    households: dict[int, list[int]] = {}
    for hid, gid in conn.execute("SELECT id, grid_id FROM households"):
        households.setdefault(gid, []).append(hid)
    member = conn.execute("SELECT id FROM team_members LIMIT 1").fetchone()[0]
    first_id = (conn.execute("SELECT max(id) FROM visits").fetchone()[0] or 0) + 1
    visit_rows, links = [], []
    today = date.today()
    for n in range(visits):
        gid = rng.choice(grids)
        day = today - timedelta(days=rng.randrange(0, 365))
        visit_rows.append((first_id + n, member, gid, day.isoformat(), "上午", "", 0, "", "bench", stamp))
        for hid in rng.sample(households[gid], min(3, len(households[gid]))):
            links.append((first_id + n, hid, day.isoformat()))
    conn.executemany("INSERT INTO visits (id, member_id, grid_id, visited_on, slot, companions, solved_on_spot,"
                     " notes, account, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)", visit_rows)
    conn.executemany("INSERT OR IGNORE INTO visit_households (visit_id, household_id, visited_on) VALUES (?,?,?)",
                     links)
    conn.execute("COMMIT")
    conn.close()


def rows(session, repeat: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from gridDesk.services.dashboard import DashboardService
    from gridDesk.ui.pages.cases_page import CasesPage
    from gridDesk.ui.pages.dashboard import DashboardPage

    fill(session)
    app = QApplication.instance() or QApplication([])

    def timed_page(make) -> float:
        t = time.perf_counter()
        page = make()
        page.resize(1300, 800)
        page.show()
        page.refresh()
        app.processEvents()
        elapsed = time.perf_counter() - t
        page.close()
        page.deleteLater()
        app.processEvents()
        return elapsed

    dash = statistics.median(timed_page(lambda: DashboardPage(session, DashboardService(session), "村", "主任"))
                             for _ in range(repeat))
    cases = statistics.median(timed_page(lambda: CasesPage(session)) for _ in range(repeat))
    service = VisitsService(session)

    def matrix() -> float:
        t = time.perf_counter()
        service.matrix(12)
        return time.perf_counter() - t

    grid_weeks = statistics.median(matrix() for _ in range(repeat))
    return [("dashboard: compute and paint (20,000 cases, 200,000 visits)", dash, None, "< 0.300 s"),
            ("cases page: open (open cases, overdue first)", cases, None, "< 0.300 s"),
            ("weekly coverage matrix, every grid x 12 weeks", grid_weeks, None, "< 0.500 s")]
