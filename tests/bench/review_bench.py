"""Benchmark rows for the quarterly review: the quarter's assessment for 500 members over 20,000
cases, 200,000 visits and 50,000 log days, with 300 patrolled risk points (budget 0.5 s), and one member's quarter opened with its evidence
(budget 0.2 s). On a copy of the village of its own, so the other rows never see this team."""

from __future__ import annotations

import random
import shutil
import statistics
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from gridDesk.domain.assessment import Quarter
from gridDesk.domain.idcard import check_digit
from gridDesk.services.assessment import AssessmentService
from gridDesk.storage.engine import keyed_connect

Row = tuple[str, float, float | None, str]
MEMBERS, CASES, VISITS, LOG_DAYS, PLACES = 500, 20_000, 200_000, 50_000, 300


def fill(session, quarter: Quarter, seed: int = 18) -> None:
    """Straight into the tables: 500 members over the grids, their quarter's visits, cases and training."""
    rng = random.Random(seed)
    conn = keyed_connect(session.db_path, session.dek)
    if conn.execute("SELECT count(*) FROM team_members").fetchone()[0] >= MEMBERS:
        conn.close()
        return
    conn.execute("BEGIN")
    grids = [r[0] for r in conn.execute("SELECT id FROM grids WHERE parent_id IS NULL")]
    households: dict[int, list[int]] = {}
    for hid, gid in conn.execute("SELECT id, grid_id FROM households"):
        households.setdefault(gid, []).append(hid)
    have = conn.execute("SELECT count(*) FROM team_members").fetchone()[0]
    rows = []
    for n in range(have, MEMBERS):
        first17 = f"3201021981{(n % 12) + 1:02d}02{n:03d}"[:17]
        rows.append((f"评议{n}", first17 + check_digit(first17), f"138{n:08d}", "full_time", grids[n % len(grids)],
                     "2020-01-01", None, "", "", "", 1, ""))
    conn.executemany("INSERT INTO team_members (name, id_number, phone, role, grid_id, appointed_on, left_on,"
                     " political_status, education, duties, declaration_confirmed, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     rows)
    members = [(m, g) for m, g in conn.execute("SELECT id, grid_id FROM team_members")]
    conn.executemany("INSERT OR IGNORE INTO team_member_grids (member_id, grid_id) VALUES (?,?)",
                     [(m, g) for m, g in members if g is not None])
    days = (quarter.end - quarter.start).days + 1
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    cats = [r[0] for r in conn.execute("SELECT id FROM case_categories WHERE parent_id IS NOT NULL")]
    cases = []
    for n in range(CASES):
        member, gid = rng.choice(members)
        closed = datetime.combine(quarter.start, datetime.min.time()) + timedelta(minutes=rng.randrange(days * 1440))
        due = closed + timedelta(days=rng.randint(-3, 10))
        cases.append((f"REVIEW-{n:06d}", "基准案件", "", rng.choice(cats), "ordinary", "visit", gid or grids[0], "", "",
                      (closed - timedelta(days=5)).strftime("%Y-%m-%d %H:%M:%S.%f"), "closed", "", member,
                      due.strftime("%Y-%m-%d %H:%M:%S.%f"), 0, 0, "", "", None,
                      closed.strftime("%Y-%m-%d %H:%M:%S.%f"), 1, stamp))
    conn.executemany(
        "INSERT INTO cases (number, title, description, category_id, work_kind, channel, grid_id, place, reporter,"
        " reported_at, state, assignee, assignee_member_id, due_at, extension_days, extension_requested, result,"
        " satisfaction, revisited_at, closed_at, version, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        cases)
    first_id = (conn.execute("SELECT max(id) FROM visits").fetchone()[0] or 0) + 1
    visits, links = [], []
    for n in range(VISITS):
        member, gid = rng.choice(members)
        gid = gid or grids[0]
        day = (quarter.start + timedelta(days=rng.randrange(days))).isoformat()
        visits.append((first_id + n, member, gid, day, "上午", "", 0, "", "bench", stamp))
        for hid in rng.sample(households[gid], min(3, len(households[gid]))):
            links.append((first_id + n, hid, day))
    conn.executemany("INSERT INTO visits (id, member_id, grid_id, visited_on, slot, companions, solved_on_spot,"
                     " notes, account, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)", visits)
    conn.executemany("INSERT OR IGNORE INTO visit_households (visit_id, household_id, visited_on) VALUES (?,?,?)", links)
    sessions = []
    for n in range(40):
        starts = datetime.combine(quarter.start + timedelta(days=rng.randrange(days)), datetime.min.time())
        sessions.append((starts.strftime("%Y-%m-%d 09:00:00.000000"), n))
    for starts, n in sessions:
        sid = conn.execute("INSERT INTO training_sessions (level, organiser, starts_at, hours, place, topic, trainer,"
                           " assessed, onboarding, notes, updated_at) VALUES ('township','镇',?,2.0,'',?,'',0,0,'',?)",
                           (starts, f"评议基准培训{n}", stamp)).lastrowid
        conn.executemany("INSERT OR IGNORE INTO training_attendance (session_id, member_id, presence, hours, score,"
                         " passed, reason) VALUES (?,?,'present',NULL,NULL,NULL,'')",
                         [(sid, m) for m, _g in rng.sample(members, len(members) // 4)])
    # 民情日志: 50,000 member-days, as many as the quarter holds (each member most days of it) and
    # the rest in the quarter before, which the assessment must not read.
    pairs = [(m, quarter.start + timedelta(days=d)) for m, _g in members for d in range(days)]
    rng.shuffle(pairs)
    inside = pairs[:min(len(pairs), LOG_DAYS * 4 // 5)]
    before = [(m, quarter.start - timedelta(days=1 + d)) for m, _g in members for d in range(days)]
    rng.shuffle(before)
    logged = inside + before[:LOG_DAYS - len(inside)]
    conn.executemany("INSERT OR IGNORE INTO log_days (member_id, day, slot1_start, slot1_end, slot2_start, slot2_end,"
                     " minutes, places, solved_on_spot, nothing_to_report, notes, state, entered_by, entered_at,"
                     " reviewed_by, reviewed_at, return_reason) VALUES (?,?,'08:30','11:30','','',180,'',0,0,'',"
                     "'signed','bench',?,'bench',?,'')",
                     [(m, d.isoformat(), stamp, stamp) for m, d in logged])
    # 300 risk points, each patrolled now and then by a member of its grid: the plan runs per place.
    by_grid: dict[int, list[int]] = {}
    for m, g in members:
        by_grid.setdefault(g or grids[0], []).append(m)
    for n in range(PLACES):
        gid = grids[n % len(grids)]
        owner = rng.choice(by_grid.get(gid) or [members[0][0]])
        pid = conn.execute("INSERT INTO places (kind, name, address, grid_id, responsible_member_id, details, notes,"
                           " updated_at) VALUES ('risk_point',?,'',?,?,?,'',?)",
                           (f"基准风险点{n}", gid, owner, '{"risk_type": "%s"}' % rng.choice(("河流", "水井", "道路", "林地")),
                            stamp)).lastrowid
        conn.executemany("INSERT INTO patrols (place_id, member_id, grid_id, patrolled_on, patrolled_at, outcome,"
                         " category, finding, notes, case_id, account, created_at)"
                         " VALUES (?,?,?,?,?,'normal','','','',NULL,'bench',?)",
                         [(pid, owner, gid, day.isoformat(), f"{day} 09:00:00.000000", stamp)
                          for day in sorted({quarter.start + timedelta(days=rng.randrange(days)) for _ in range(12)})])
    conn.execute("COMMIT")
    conn.close()


def separate_copy(session, folder: Path):
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.services.demo import DEMO_PASSWORD, DEMO_USER

    target = folder / "review-copy"
    db = target / session.db_path.name
    if not db.exists():
        target.mkdir(parents=True, exist_ok=True)
        conn = keyed_connect(session.db_path, session.dek)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        shutil.copyfile(session.db_path, db)
        shutil.copyfile(paths.keyslot_path(session.db_path), paths.keyslot_path(db))
        # The failed-login counter goes with the keys: a copy without it is locked as tampered.
        if paths.lockout_path(session.db_path).exists():
            shutil.copyfile(paths.lockout_path(session.db_path), paths.lockout_path(db))
    return Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PASSWORD)


def rows(session, repeat: int, folder: Path) -> list[Row]:
    session = separate_copy(session, folder)
    quarter = Quarter.of(date.today()).previous()
    fill(session, quarter)
    service = AssessmentService(session)

    def whole() -> float:
        t = time.perf_counter()
        table = service.quarter(quarter)
        elapsed = time.perf_counter() - t
        assert len(table) >= MEMBERS
        return elapsed

    member = service.quarter(quarter)[len(service.quarter(quarter)) // 2].member_id

    def one() -> float:
        t = time.perf_counter()
        mq = service.member_quarter(member, quarter)
        for item in mq.items:
            if item.evidence is not None:
                service.evidence(item.evidence)
        return time.perf_counter() - t

    figures = (statistics.median(whole() for _ in range(repeat)), statistics.median(one() for _ in range(repeat)))
    session.close()
    return [("quarterly review: 500 members, 20,000 cases, 200,000 visits, 50,000 log days, 300 patrolled places",
             figures[0], None, "< 0.500 s"),
            ("  ... one member's quarter opened with its evidence", figures[1], None, "< 0.200 s")]
