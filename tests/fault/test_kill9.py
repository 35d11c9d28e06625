"""kill -9 in the middle of an import, case transitions, a backup, an archive export and a
migration: afterwards the database opens, passes both integrity checks, holds every acknowledged
change and nothing half-made."""

from __future__ import annotations

import random
import time

import pytest
from sqlalchemy import text

from gridDesk import paths
from tests.migrations_helper import downgrade
from gridDesk.domain.cases import TRANSITIONS, CaseAction, CaseState
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.backups import BackupService
from gridDesk.services.cases import CasesService
from gridDesk.services.settings import SettingsService
from gridDesk.storage import migrate
from gridDesk.storage.backup_sets import list_sets
from tests.fault.conftest import DEMO_PW, DEMO_USER
from tests.fault.children import reopen_and_check, run_child, start_child

def _count(session, table: str) -> int:
    with session.db.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def _acked(out: str, tag: str) -> list[list[str]]:
    return [line.split()[1:] for line in out.splitlines() if line.startswith(tag + " ")]


def test_killed_in_the_middle_of_an_import(db, tmp_path):
    from tests.fault.sheets import resident_ledger

    session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PW)
    before = _count(session, "residents")
    grid = session.db.engine.connect().execute(text("SELECT code FROM grids LIMIT 1")).scalar()
    session.close()
    ledger = resident_ledger(tmp_path / "in.xlsx", 5000, grid)
    done = run_child("""
        from gridDesk.services.imports import ImportService
        from gridDesk.services.settings import SettingsService
        session = login()
        SettingsService(session).set("before_import", "yes")
        ack("ACK before_import")
        service = ImportService(session)
        preview = service.preview("residents", Path(sys.argv[4]))
        ack("PREVIEW", len(preview.new), len(preview.rejected))
        def progress(done, total):
            if done >= 2000:  # two chunks are in, inside the one transaction: now
                die()
        service.commit(preview, progress=progress)
        ack("ACK committed")
    """, db, DEMO_USER, DEMO_PW, str(ledger))
    assert done.returncode == -9, done.stderr
    assert _acked(done.stdout, "PREVIEW") == [["5000", "0"]]
    session = reopen_and_check(db, DEMO_USER, DEMO_PW)
    assert SettingsService(session).get("before_import") == "yes"
    assert _count(session, "residents") == before  # none of the 5,000, not 2,000 of them
    session.close()


def _replayed(events: list[str]) -> CaseState:
    state = CaseState.REPORTED
    for action in events[1:]:
        allowed, target = TRANSITIONS[CaseAction(action)]
        assert state in allowed, f"{action} from {state} is not a move the rules allow"
        state = target or state
    return state


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_among_case_transitions(db, seed):
    child = start_child("""
        from datetime import datetime
        from gridDesk.domain.case_inputs import STEP_INPUTS
        from gridDesk.domain.case_records import CaseReport
        from gridDesk.domain.cases import CaseAction as A, Channel, WorkKind
        from gridDesk.services.cases import CasesService
        session = login()
        cases = CasesService(session)
        category = cases.categories()[0].id
        loop = [(A.FILE, {}), (A.ASSIGN, {"body": "网格员"}), (A.START, {}),
                (A.FEEDBACK, {"result": "已处理"}), (A.REVISIT, {"satisfaction": "满意"}), (A.CLOSE, {"closure": "solved"})]
        while True:
            case_id = cases.report(CaseReport("测试", category, WorkKind.ORDINARY, Channel.VISIT,
                                              datetime.now().replace(microsecond=0))).ids[0]
            ack("ACK", case_id, "report")
            for action, kw in loop:
                cases.act(case_id, cases.get(case_id).version, STEP_INPUTS[action](**kw))
                ack("ACK", case_id, action.value)
    """, db, DEMO_USER, DEMO_PW)
    rng = random.Random(seed)
    wanted = rng.randint(3, 25)
    seen: list[list[str]] = []
    while len(seen) < wanted:
        line = child.stdout.readline()
        assert line, child.stderr.read()
        if line.startswith("ACK "):
            seen.append(line.split()[1:])
    time.sleep(rng.random() * 0.05)  # somewhere inside the next transition
    child.kill()
    out, _err = child.communicate(timeout=30)
    seen += _acked(out, "ACK")
    session = reopen_and_check(db, DEMO_USER, DEMO_PW)
    cases = CasesService(session)
    for case_id in {int(c) for c, _a in seen}:
        view = cases.get(case_id)
        events = [e.action for e in view.events]
        acknowledged = [a for c, a in seen if int(c) == case_id]
        assert events[:len(acknowledged)] == acknowledged  # every acknowledged step is there
        assert len(events) <= len(acknowledged) + 1  # at most the one in flight, and only whole
        assert _replayed(events) is view.state  # the state and its log agree
    session.close()


def test_killed_in_the_middle_of_a_backup(db, tmp_path):
    target = tmp_path / "stick"
    done = run_child("""
        from gridDesk.services.backups import BackupService
        from gridDesk.services.settings import SettingsService
        session = login()
        SettingsService(session).set("before_backup", "yes")
        ack("ACK before_backup")
        def progress(done, total):
            if done == total:  # every page copied; not yet checked, not yet renamed
                die()
        BackupService(session).backup(Path(sys.argv[4]), progress)
    """, db, DEMO_USER, DEMO_PW, str(target))
    assert done.returncode == -9, done.stderr
    assert list_sets(target) == []  # nothing there that looks like a backup
    assert all(p.name.endswith(".partial") for p in target.iterdir())
    session = reopen_and_check(db, DEMO_USER, DEMO_PW)
    assert SettingsService(session).get("before_backup") == "yes"
    assert BackupService(session).state().last_at == ""
    info = BackupService(session).backup(target)  # the next attempt works beside the leftover
    assert list_sets(target) == [info]
    session.close()


HELD_BACKUP_CHILD = """
    import json, threading
    import gridDesk.storage.backup as backup
    import gridDesk.storage.backup_sets as backup_sets
    import gridDesk.storage.held_copy as held_copy
    from gridDesk.services.backups import BackupService
    where, target = sys.argv[4], Path(sys.argv[5])
    session = login()
    # Committed pages left in the WAL (no automatic checkpoint on this connection, which stays
    # open so that closing it checkpoints nothing): the backup's TRUNCATE checkpoint has 30 MB to
    # write into the database file, long enough to be killed in the middle of it.
    writer = held_copy.keyed_connect(DB, session.dek)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("BEGIN IMMEDIATE")
    writer.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                       [(f"bulk{i:05d}", os.urandom(1500).hex()) for i in range(10000)])
    writer.execute("COMMIT")
    ack("COUNTS", json.dumps(held_copy.table_counts(writer), separators=(",", ":")))
    ack("WAL", os.path.getsize(f"{DB}-wal"))
    if where == "checkpoint":
        real_checkpoint = held_copy.checkpoint
        def checkpoint(conn):
            ack("CHECKPOINTING")
            threading.Timer(0.01, die).start()
            done = real_checkpoint(conn)
            ack("CHECKPOINTED")  # too late: the kill was meant to land inside
            return done
        held_copy.checkpoint = checkpoint
    elif where == "copy":
        held_copy.BLOCK = 1 << 20
        def progress(done, total):
            if done >= total // 2:
                ack("COPIED", done, total)
                die()  # half the bytes copied, the write lock held
    elif where == "verification":
        real_pages = backup._cipher_problems
        def pages(*a, **k):
            problems = real_pages(*a, **k)
            ack("PAGES", len(problems))
            die()  # every page's HMAC checked; the structure check still running on the other core
        backup._cipher_problems = pages
    elif where == "before_rename":
        real_fsync_dir = backup_sets.fsync_dir
        def fsync_dir(folder):
            real_fsync_dir(folder)
            if Path(folder).name.endswith(".partial"):
                ack("SYNCED", Path(folder).name)
                die()  # checked, described, fsynced: only the rename is left
        backup_sets.fsync_dir = fsync_dir
    BackupService(session).backup(target, progress if where == "copy" else None)
    ack("FINISHED")
"""


def _said(out: str, tag: str) -> bool:
    return any(line.split()[:1] == [tag] for line in out.splitlines())


def _left_as_it_was(db, key, counts: dict, recorded_backup: bool = False) -> None:
    """The source after the kill, before anything logs in: the same rows, every page whole.
    `recorded_backup`: the backup finished, so the audit row and the three settings that record it
    (when, the place, and whether that place is on this PC) may be there too."""
    from gridDesk.storage.backup import check_file
    from gridDesk.storage.held_copy import table_counts
    from gridDesk.storage.engine import keyed_connect

    conn = keyed_connect(db, key)
    try:
        now = table_counts(conn)
    finally:
        conn.close()
    if recorded_backup and now != counts:
        assert now == {**counts, "audit_log": counts["audit_log"] + 1, "settings": counts["settings"] + 3}
    else:
        assert now == counts
    assert check_file(db, key) == []


def _no_backup_that_looks_whole(target) -> None:
    assert list_sets(target) == []
    assert all(p.name.endswith(".partial") for p in target.iterdir())


@pytest.mark.parametrize("where", ["checkpoint", "copy", "verification", "before_rename"])
def test_killed_at_each_step_of_a_held_backup(db, tmp_path, where):
    """Issue 16 part 8: a kill during the checkpoint, the byte copy (write lock held), the
    verification or just before the rename leaves the source as it was and no backup that looks
    finished (only a .partial, which listing and restore ignore); the next backup works."""
    import json

    session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PW)
    key = session.dek
    session.close()
    target = tmp_path / "stick"
    done = run_child(HELD_BACKUP_CHILD, db, DEMO_USER, DEMO_PW, where, str(target))
    assert done.returncode == -9, done.stderr
    assert int(_acked(done.stdout, "WAL")[0][0]) > 10_000_000
    reached = {"checkpoint": "CHECKPOINTING", "copy": "COPIED", "verification": "PAGES",
               "before_rename": "SYNCED"}[where]
    assert _said(done.stdout, reached), done.stdout
    assert not _said(done.stdout, "CHECKPOINTED"), "killed after the checkpoint, not in it"
    assert not _said(done.stdout, "FINISHED")
    _no_backup_that_looks_whole(target)
    _left_as_it_was(db, key, json.loads(_acked(done.stdout, "COUNTS")[0][0]))
    session = reopen_and_check(db, DEMO_USER, DEMO_PW)
    assert BackupService(session).state().last_at == ""
    info = BackupService(session).backup(target)  # beside the leftover .partial
    assert list_sets(target) == [info]
    session.close()


@pytest.mark.parametrize("seed", [1, 2, 5, 7])  # 0.11, 0.77, 0.50, 0.26 s after the start
def test_killed_at_a_random_moment_of_a_held_backup(db, tmp_path, seed):
    """Killed from outside at any moment of a backup: the source is as it was, and whatever is
    on the stick either is a whole, verifying backup or does not look like one."""
    import json

    from gridDesk.storage.backup import verify_copy

    session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PW)
    key = session.dek
    session.close()
    target = tmp_path / "stick"
    child = start_child(HELD_BACKUP_CHILD.replace('    BackupService(session).backup(',
                                                  '    ack("START")\n    BackupService(session).backup('),
                        db, DEMO_USER, DEMO_PW, "anywhere", str(target))
    seen = []
    while not any(line.startswith("START") for line in seen):
        line = child.stdout.readline()
        assert line, child.stderr.read()
        seen.append(line)
    time.sleep(random.Random(seed).random() * 0.8)  # the backup here takes about 0.6 s
    child.kill()
    out, _err = child.communicate(timeout=30)
    counts = json.loads(_acked("".join(seen) + out, "COUNTS")[0][0])
    finished = list_sets(target)
    if finished:  # the kill came after the rename: then it is a whole backup of that moment
        (info,) = finished
        verify_copy(info.db_file, key, info.counts)
        assert info.counts == counts
        # and the source may hold the backup's own record (one audit row, two settings) or not yet
        _left_as_it_was(db, key, counts, recorded_backup=True)
    else:
        _no_backup_that_looks_whole(target)
        _left_as_it_was(db, key, counts)
    reopen_and_check(db, DEMO_USER, DEMO_PW).close()


def test_killed_in_the_middle_of_an_archive_export(db, tmp_path):
    from gridDesk.archive.verify import verify_path

    stick = tmp_path / "stick"
    stick.mkdir()
    done = run_child("""
        from gridDesk.services.archive_export import ArchiveService
        session = login()
        def progress(done, total):
            if done > total // 3:
                die()
        ArchiveService(session).export(Path(sys.argv[4]), progress=progress)
    """, db, DEMO_USER, DEMO_PW, str(stick))
    assert done.returncode == -9, done.stderr
    names = [p.name for p in stick.iterdir()]
    assert names and all(n.endswith(".partial") for n in names)
    session = reopen_and_check(db, DEMO_USER, DEMO_PW)
    archive = ArchiveService(session)
    assert archive.history() == []  # no batch counted as sent
    assert not any(r.passed for r in verify_path(stick, [archive.signing_key().public()]))
    # Written straight onto the stick: nothing on the local disk, no export on the audit log, and
    # the next export clears the leftover of the same batch.
    from gridDesk.services.audit import AuditFilter, AuditService

    assert not paths.exports_dir(db).exists() or not list(paths.exports_dir(db).iterdir())
    assert AuditService(session).query(AuditFilter(action="export"))[1] == 0
    prepared, report = archive.export(stick)
    assert report.passed and sorted(p.name for p in stick.iterdir()) == sorted([prepared.name, "说明文件.TXT"])
    session.close()


def test_killed_right_after_the_stick_rename_the_next_export_records_that_batch(db, tmp_path):
    """Issue 14 part 9: the bag is complete and verifies on the stick, but neither the history nor
    the audit log has it. The next export finds it, checks it against this centre's key and the
    digest noted before the copy, records it, and says so, instead of refusing."""
    from gridDesk.archive.verify import verify_path
    from gridDesk.services.audit import AuditFilter, AuditService

    stick = tmp_path / "stick"
    stick.mkdir()
    done = run_child("""
        import gridDesk.archive.stick as stick_module
        from gridDesk.services.archive_export import ArchiveService
        root = Path(sys.argv[4])
        real_fsync_dir = stick_module.fsync_dir
        def fsync_dir(folder):
            real_fsync_dir(folder)
            if Path(folder) == root and any(p.is_dir() and not p.name.endswith(".partial") for p in root.iterdir()):
                ack("RENAMED", *[p.name for p in root.iterdir()])
                die()  # the bag is renamed into place and the stick's folder synced: now
        stick_module.fsync_dir = fsync_dir
        ArchiveService(login()).export(root)
    """, db, DEMO_USER, DEMO_PW, str(stick))
    assert done.returncode == -9, done.stderr
    assert len(_acked(done.stdout, "RENAMED")) == 1
    (name,) = [p.name for p in stick.iterdir()]
    assert not name.endswith(".partial")
    session = reopen_and_check(db, DEMO_USER, DEMO_PW)
    archive = ArchiveService(session)
    key = archive.signing_key().public()
    assert all(r.passed for r in verify_path(stick / name, [key]))  # complete, and verifying
    assert archive.history() == [] and len(archive.pending()) > 0  # but not recorded
    prepared, report = archive.export(stick)
    assert prepared.recovered and prepared.name == name and report.passed
    (batch,) = archive.history()
    assert batch.name == name and batch.digest_sm3 == prepared.digest_sm3 == report.digest_sm3
    assert archive.pending() == []  # its cases count as sent
    rows, _n = AuditService(session).query(AuditFilter(action="export"))
    assert any(name in r.target and "补记" in r.detail for r in rows)
    assert all(r.passed for r in verify_path(stick, [key]))  # the carrier description names it now
    # The export after that is an ordinary next batch chained to the recovered one.
    second, report = archive.export(stick)
    assert not second.recovered and report.passed
    assert archive.history()[0].previous_digest == batch.digest_sm3
    session.close()


def _at_0005(db_path) -> None:
    session = Access(db_path, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PW)
    downgrade(session.db.engine, "0005")
    session.close()


@pytest.mark.parametrize("where", ["in_the_backup_before", "after_the_ddl_before_commit"])
def test_killed_in_the_middle_of_a_migration(db, where):
    _at_0005(db)
    done = run_child("""
        import alembic.command
        import gridDesk.storage.migrate as migrate
        import gridDesk.services.access as access
        where = sys.argv[4]
        if where == "in_the_backup_before":
            real_copy = access.export_copy
            def copy(*a, **k):
                from gridDesk.storage import backup
                real_snapshot = backup.snapshot
                backup.snapshot = lambda *sa, **sk: (real_snapshot(*sa, **sk), die())
                return real_copy(*a, **k)
            access.export_copy = copy
        else:
            real_upgrade = alembic.command.upgrade
            def upgrade(*a, **k):
                real_upgrade(*a, **k)
                die()  # every statement of 0006 has run; the transaction has not committed
            alembic.command.upgrade = upgrade
        login()
    """, db, DEMO_USER, DEMO_PW, where)
    assert done.returncode == -9, done.stderr
    backups = paths.backup_dir(db)
    assert not list(backups.glob("before-migration-*.db")) or where != "in_the_backup_before"
    session = reopen_and_check(db, DEMO_USER, DEMO_PW)  # the next start migrates, whole
    assert migrate.current_revision(session.db.engine) == migrate.HEAD
    assert CasesService(session).counts()
    session.close()
