"""Backups and restore on real SQLCipher files: what a backup holds, the generations kept, the
reminder, restoring (same key, changed key, older, newer, foreign, damaged), a new PC, and the
health checks that put a damaged database in read-only mode."""

from __future__ import annotations

import json

import pytest

from gridDesk import paths
from tests.migrations_helper import downgrade
from gridDesk.domain.accounts import Role
from gridDesk.domain.backups import MANIFEST
from gridDesk.domain.errors import (BackupFailed, BackupNeedsPassword, BackupTooNew, BadCredentials,
                                    ForeignDatabase, ReadOnlyMode)
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.audit import AuditService
from gridDesk.services.backups import BackupService
from gridDesk.services.restore import RestoreService, restore_into_empty
from gridDesk.services.settings import SettingsService
from gridDesk.storage import migrate
from gridDesk.storage.backup_sets import list_sets
from gridDesk.storage.database import Database
from gridDesk.storage.engine import keyed_connect
from tests.conftest import DIRECTOR, PASSWORD

DAY = 86400.0
STAFF_PW = "Staff@2026pw"


def _restore(session):
    return RestoreService(session, paths.migrations_dir())


def _audit_actions(session) -> list[str]:
    with session.db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_log ORDER BY id")]


def test_a_backup_is_one_checked_encrypted_folder(session, tmp_path):
    SettingsService(session).set("motto", "平安")
    steps = []
    # Another disk here (the boundary of "this PC" moved off every real device; see test_backup_places)
    info = BackupService(session, this_pc=frozenset({-1})).backup(tmp_path / "stick",
                                                                  lambda done, total: steps.append((done, total)))
    assert info.folder.parent == tmp_path / "stick"
    assert sorted(p.name for p in info.folder.iterdir()) == ["backup.json", "griddesk.db", "griddesk.keys"]
    assert info.db_file.read_bytes()[:16] != b"SQLite format 3\x00"
    assert info.keys_file.read_bytes() == session.keys_path.read_bytes()
    assert info.counts["settings"] >= 3 and info.schema == migrate.HEAD and info.village == "测试村"
    assert steps and steps[-1][0] == steps[-1][1]
    conn = keyed_connect(info.db_file, session.dek)
    assert conn.execute("SELECT value FROM settings WHERE key='motto'").fetchone()[0] == "平安"
    conn.close()
    state = BackupService(session).state()
    assert state.last_at == info.created and not state.overdue and state.folder == tmp_path / "stick"
    assert _audit_actions(session)[-1] == "backup"
    assert not list((tmp_path / "stick").glob("*.partial"))


def test_generations_beyond_the_kept_number_are_let_go(session, clock, tmp_path):
    service = BackupService(session)
    service.set_keep(3)
    made = []
    for _ in range(5):
        made.append(service.backup(tmp_path).folder)
        clock.advance(DAY)
    kept = [b.folder for b in service.backups(tmp_path)]
    assert kept == made[:1:-1]  # the newest three, newest first
    with pytest.raises(Exception):
        service.set_keep(1)


def test_the_reminder_comes_when_the_last_backup_is_a_week_old(session, clock, tmp_path):
    service = BackupService(session, this_pc=frozenset({-1}))  # tmp_path stands for a stick
    assert service.state().overdue and service.state().days is None
    service.backup(tmp_path)
    clock.advance(6 * DAY)
    assert not service.state().overdue
    clock.advance(DAY)
    assert service.state().overdue and service.state().days == 7


def test_restore_puts_the_backup_back_after_backing_up_the_current(session, tmp_path):
    settings = SettingsService(session)
    settings.set("motto", "旧")
    info = BackupService(session).backup(tmp_path / "b")
    settings.set("motto", "新")
    _restore(session).restore(info.folder)
    assert settings.get("motto") == "旧"
    before = [b for b in list_sets(paths.backup_dir(session.db_path)) if b.reason == "before-restore"]
    assert len(before) == 1
    conn = keyed_connect(before[0].db_file, session.dek)
    assert conn.execute("SELECT value FROM settings WHERE key='motto'").fetchone()[0] == "新"
    conn.close()
    assert _audit_actions(session)[-1] == "restore"
    assert AuditService(session).verify().ok
    assert not session.db_path.with_name(session.db_path.name + ".restoring").exists()


def test_restore_across_a_key_change_needs_the_password_of_that_time(access, session, tmp_path):
    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    accounts.add("wang", "王五", Role.STAFF, STAFF_PW)
    SettingsService(session).set("motto", "旧")
    info = BackupService(session).backup(tmp_path / "b")
    accounts.remove("li")  # a new data key from here on
    SettingsService(session).set("motto", "新")
    with pytest.raises(BackupNeedsPassword):
        _restore(session).restore(info.folder)
    with pytest.raises(BadCredentials):
        _restore(session).restore(info.folder, "Wrong@2026pw")
    assert SettingsService(session).get("motto") == "新"  # refused before anything changed
    _restore(session).restore(info.folder, PASSWORD)
    assert SettingsService(session).get("motto") == "旧"
    # The restored copy gets a fresh data key (the removal replayed); the keyless chain verifies across it.
    assert AuditService(session).verify().ok
    session.close()
    # The staff still log in with today's passwords; li's slot stays gone.
    other = Access(session.db_path, paths.migrations_dir(), MemoryCache())
    other.login("wang", STAFF_PW).close()
    with pytest.raises(BadCredentials):
        other.login("li", STAFF_PW)
    other.login(DIRECTOR, PASSWORD).close()


def _rewrite_manifest(info, **changes) -> None:
    body = json.loads((info.folder / MANIFEST).read_text(encoding="utf-8"))
    body.update(changes)
    (info.folder / MANIFEST).write_text(json.dumps(body), encoding="utf-8")


def test_a_backup_from_a_newer_version_is_refused(session, tmp_path):
    info = BackupService(session).backup(tmp_path)
    _rewrite_manifest(info, schema="0099", app_version="9.0")
    with pytest.raises(BackupTooNew) as refused:
        _restore(session).restore(info.folder)
    assert "9.0" in refused.value.message and "升级" in refused.value.message


def test_an_older_backup_is_migrated_on_the_way_in(session, tmp_path):
    info = BackupService(session).backup(tmp_path)
    db = Database.open(info.db_file, session.dek)
    downgrade(db.engine, "0005")
    counts = {}
    with db.engine.connect() as conn:
        for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%'").fetchall():
            counts[name] = conn.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar()
    db.close()
    for side in ("-wal", "-shm"):
        info.folder.joinpath("griddesk.db" + side).unlink(missing_ok=True)
    _rewrite_manifest(info, schema="0005", counts=counts, db_bytes=info.db_file.stat().st_size)
    _restore(session).restore(info.folder)
    assert migrate.current_revision(session.db.engine) == migrate.HEAD


def test_another_centres_backup_is_refused(session, tmp_path):
    other = Access(tmp_path / "other" / "griddesk.db", paths.migrations_dir(), MemoryCache())
    other.create_centre("别的村", "140105100202", "", DIRECTOR, "", PASSWORD)
    theirs = other.login(DIRECTOR, PASSWORD)
    info = BackupService(theirs).backup(tmp_path / "b")
    theirs.close()
    with pytest.raises(ForeignDatabase):
        _restore(session).restore(info.folder)


@pytest.mark.parametrize("where", [2, 3, 5])
def test_a_damaged_backup_is_refused_and_changes_nothing(session, tmp_path, where):
    """Whichever page the flipped byte lands on (a table's, the schema's, an index's): when a new
    migration moved the middle byte onto a page read while opening, restore said 数据库损坏,
    read-only mode, about a live database that was fine."""
    SettingsService(session).set("motto", "现在")
    info = BackupService(session).backup(tmp_path)
    data = bytearray(info.db_file.read_bytes())
    data[len(data) // where] ^= 0x01
    info.db_file.write_bytes(bytes(data))
    with pytest.raises(BackupFailed):
        _restore(session).restore(info.folder)
    assert SettingsService(session).get("motto") == "现在"
    assert not session.db_path.with_name(session.db_path.name + ".restoring").exists()


def test_an_unfinished_backup_is_never_taken_for_one(session, tmp_path):
    info = BackupService(session).backup(tmp_path)
    partial = info.folder.rename(info.folder.with_name(info.folder.name + ".partial"))
    assert BackupService(session).backups(tmp_path) == []
    with pytest.raises(BackupFailed):
        _restore(session).restore(partial)
    (partial / MANIFEST).unlink()
    with pytest.raises(BackupFailed):
        _restore(session).restore(partial.rename(info.folder))


def test_a_new_pc_restores_then_logs_in(session, tmp_path):
    SettingsService(session).set("motto", "搬家")
    info = BackupService(session).backup(tmp_path / "stick")
    new_db = tmp_path / "newpc" / "griddesk.db"
    with pytest.raises(BadCredentials):
        restore_into_empty(new_db, paths.migrations_dir(), info.folder, DIRECTOR, "Wrong@2026pw")
    assert not new_db.exists()
    restore_into_empty(new_db, paths.migrations_dir(), info.folder, DIRECTOR, PASSWORD)
    moved = Access(new_db, paths.migrations_dir(), MemoryCache()).login(DIRECTOR, PASSWORD)
    assert SettingsService(moved).get("motto") == "搬家"
    moved.close()
    with pytest.raises(BackupFailed):  # never over a database that is there
        restore_into_empty(new_db, paths.migrations_dir(), info.folder, DIRECTOR, PASSWORD)


def _damage_a_page(db_path, page: int) -> None:
    with open(db_path, "r+b") as fh:
        fh.seek(page * 4096 + 100)
        byte = fh.read(1)
        fh.seek(page * 4096 + 100)
        fh.write(bytes([byte[0] ^ 0xFF]))


def test_a_damaged_page_means_read_only_and_restore_brings_it_back(access, session, tmp_path):
    settings = SettingsService(session)
    settings.set("motto", "好的")
    for i in range(60):  # pages of their own, at the end of the file, that logging in never reads
        settings.set(f"bulk{i:02d}", "x" * 3000)
    info = BackupService(session).backup(tmp_path)
    assert BackupService(session).quick_check() == [] and BackupService(session).full_check() == []
    session.close()
    _damage_a_page(session.db_path, session.db_path.stat().st_size // 4096 - 20)
    damaged = access.login(DIRECTOR, PASSWORD)
    service = BackupService(damaged)
    assert not damaged.read_only
    assert service.quick_check()
    assert damaged.read_only
    with pytest.raises(ReadOnlyMode) as refused:
        SettingsService(damaged).set("motto", "坏了")
    assert "备份与恢复" in refused.value.message
    _restore(damaged).restore(info.folder)
    assert not damaged.read_only
    assert SettingsService(damaged).get("motto") == "好的"
    assert BackupService(damaged).full_check() == []
    rescued = list(paths.backup_dir(damaged.db_path).glob("damaged-*")) + \
        [b.folder for b in list_sets(paths.backup_dir(damaged.db_path)) if b.reason == "before-restore"]
    assert rescued  # the damaged database is kept too, never just thrown away
    damaged.close()


def test_a_database_too_damaged_to_log_in_is_replaced_from_a_backup(access, session, tmp_path):
    SettingsService(session).set("motto", "备份里的")
    info = BackupService(session).backup(tmp_path / "stick")
    db = session.db_path
    session.close()
    with open(db, "r+b") as fh:  # every page after the first: nothing can be read any more
        size = db.stat().st_size
        for page in range(1, size // 4096):
            fh.seek(page * 4096 + 64)
            fh.write(b"\xff" * 32)
    from gridDesk.domain.errors import GridDeskError

    with pytest.raises(GridDeskError):
        access.login(DIRECTOR, PASSWORD)
    with pytest.raises(BackupFailed):  # never over a database without being told it is damaged
        restore_into_empty(db, paths.migrations_dir(), info.folder, DIRECTOR, PASSWORD)
    restore_into_empty(db, paths.migrations_dir(), info.folder, DIRECTOR, PASSWORD, replace_damaged=True)
    back = access.login(DIRECTOR, PASSWORD)
    assert SettingsService(back).get("motto") == "备份里的"
    back.close()
    kept = list(paths.backup_dir(db).glob("replaced-*"))
    assert kept and (kept[0] / db.name).stat().st_size == size  # the damaged file, kept as it was
