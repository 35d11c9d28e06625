"""Benchmark row for training: the compliance table of 500 members over 5 years (2,000 sessions)."""

from __future__ import annotations

import os
import random
import shutil
import statistics
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from gridDesk.domain.idcard import check_digit
from gridDesk.services.training import TrainingService
from gridDesk.storage.engine import keyed_connect

Row = tuple[str, float, float | None, str]
MEMBERS, SESSIONS, YEARS = 500, 2000, 5


def fill(session, seed: int = 7) -> None:
    """Straight into the tables: 500 members (with portrait photos, as real ones have), 2,000
    sessions over five years, each attended by a tenth to all of the team."""
    rng = random.Random(seed)
    conn = keyed_connect(session.db_path, session.dek)
    if conn.execute("SELECT count(*) FROM training_sessions").fetchone()[0] >= SESSIONS:
        conn.close()
        return
    this_year = datetime.now().year
    conn.execute("BEGIN")
    have = conn.execute("SELECT count(*) FROM team_members").fetchone()[0]
    grid = conn.execute("SELECT id FROM grids WHERE parent_id IS NULL LIMIT 1").fetchone()[0]
    members = []
    for n in range(have, MEMBERS):
        first17 = f"3201021980{(n % 12) + 1:02d}01{n:03d}"[:17]
        members.append((f"成员{n}", first17 + check_digit(first17), f"139{n:08d}", "full_time", grid,
                        (date(this_year - rng.randint(0, 8), rng.randint(1, 12), 1)).isoformat(), None, "", "", "",
                        os.urandom(30_000), os.urandom(3_000), 1, ""))
    conn.executemany("INSERT INTO team_members (name, id_number, phone, role, grid_id, appointed_on, left_on,"
                     " political_status, education, duties, photo, thumbnail, declaration_confirmed, notes)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", members)
    ids = [r[0] for r in conn.execute("SELECT id FROM team_members")]
    levels = ["county"] * 2 + ["township"] * 3 + ["village"] * 3 + ["city", "province"]
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")
    sessions, attendance = [], []
    for n in range(SESSIONS):
        year = this_year - n % YEARS
        starts = datetime(year, 1, 1, 9) + timedelta(days=rng.randrange(0, 330))
        sessions.append((n + 1, rng.choice(levels), "基准组织", starts.strftime("%Y-%m-%d %H:%M:%S.%f"), 2.0, "",
                         f"基准培训{n}", "", 0, 0, "", stamp))
        for m in rng.sample(ids, rng.randint(len(ids) // 10, len(ids))):
            attendance.append((n + 1, m, "present" if rng.random() > 0.05 else "excused", None, None, None, ""))
    conn.executemany("INSERT INTO training_sessions (id, level, organiser, starts_at, hours, place, topic, trainer,"
                     " assessed, onboarding, notes, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", sessions)
    conn.executemany("INSERT INTO training_attendance (session_id, member_id, presence, hours, score, passed, reason)"
                     " VALUES (?,?,?,?,?,?,?)", attendance)
    conn.execute("COMMIT")
    conn.close()


def separate_copy(session, folder: Path):
    """A copy of the village for the 500-member team, so the other rows never see it."""
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.services.demo import DEMO_PASSWORD, DEMO_USER

    target = folder / "training-copy"
    db = target / session.db_path.name
    if not db.exists():
        target.mkdir(parents=True, exist_ok=True)
        conn = keyed_connect(session.db_path, session.dek)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        shutil.copyfile(session.db_path, db)
        shutil.copyfile(paths.keyslot_path(session.db_path), paths.keyslot_path(db))
    return Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PASSWORD)


def rows(session, repeat: int, folder: Path) -> list[Row]:
    session = separate_copy(session, folder)
    fill(session)
    service = TrainingService(session)
    year = service.now().year

    def once() -> float:
        t = time.perf_counter()
        table = service.compliance(year)
        elapsed = time.perf_counter() - t
        assert len(table) >= MEMBERS * 0.8
        return elapsed

    figure = statistics.median(once() for _ in range(repeat))
    session.close()
    return [("training compliance table: 500 members, 2,000 sessions over 5 years", figure, None, "< 0.200 s")]
