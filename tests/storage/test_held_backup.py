"""Issue 16 part 8: a backup is the database file's own bytes, copied while the database is held
still (TRUNCATE checkpoint, then BEGIN IMMEDIATE), on real SQLCipher files."""

from __future__ import annotations

import sqlcipher3

from gridDesk.services.backups import BackupService
from gridDesk.services.settings import SettingsService
from gridDesk.storage import held_copy
from gridDesk.storage.backup import snapshot, verify_copy
from gridDesk.storage.engine import keyed_connect


def _write_directly(db_path, key, value: str, wait_ms: int) -> None:
    conn = keyed_connect(db_path, key)
    try:
        conn.execute(f"PRAGMA busy_timeout = {wait_ms}")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('held', ?)", (value,))
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_backup_is_the_database_file_byte_for_byte(session, tmp_path):
    """The backup API re-encrypted every page with fresh IVs into a new file; the held copy is
    the file itself: same salt, same pages, so the same bytes."""
    for i in range(40):
        SettingsService(session).set(f"k{i:02d}", "值" * 200)
    dest = tmp_path / "copy.db"
    counts = snapshot(session.db_path, session.dek, dest)
    assert dest.read_bytes() == session.db_path.read_bytes()
    assert (tmp_path / "copy.db-wal").exists() is False  # one file, nothing beside it
    verify_copy(dest, session.dek, counts)
    conn = keyed_connect(dest, session.dek)
    assert conn.execute("SELECT value FROM settings WHERE key='k39'").fetchone()[0] == "值" * 200
    conn.close()


def test_no_writer_gets_in_while_the_bytes_are_copied(session, tmp_path):
    """Held still: a writer that will not wait is refused during the copy, and gets in after."""
    refused = []

    def during(done: int, total: int) -> None:
        if refused:
            return
        try:
            _write_directly(session.db_path, session.dek, "during", wait_ms=0)
            refused.append(False)
        except sqlcipher3.OperationalError as exc:
            refused.append("locked" in str(exc))

    counts = snapshot(session.db_path, session.dek, tmp_path / "copy.db", during)
    assert refused == [True]
    verify_copy(tmp_path / "copy.db", session.dek, counts)
    _write_directly(session.db_path, session.dek, "after", wait_ms=0)  # let go once copied
    assert SettingsService(session).get("held") == "after"


def test_a_reader_that_keeps_the_wal_means_the_backup_api(session, tmp_path, monkeypatch):
    """A reader on an older snapshot keeps the TRUNCATE checkpoint from finishing: the database
    cannot be held still with an empty WAL, so the copy goes page by page and is still whole."""
    monkeypatch.setattr(held_copy, "CHECKPOINT_WAIT_MS", 50)
    SettingsService(session).set("motto", "旧")
    reader = keyed_connect(session.db_path, session.dek)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM settings").fetchone()  # a snapshot from before the write
    try:
        SettingsService(session).set("motto", "新")
        dest = tmp_path / "copy.db"
        counts = snapshot(session.db_path, session.dek, dest)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert dest.read_bytes()[:16] != session.db_path.read_bytes()[:16]  # a new file, its own salt
    verify_copy(dest, session.dek, counts)
    conn = keyed_connect(dest, session.dek)
    assert conn.execute("SELECT value FROM settings WHERE key='motto'").fetchone()[0] == "新"
    conn.close()


def test_a_held_backup_keeps_working_for_the_whole_generation(session, tmp_path):
    """The service path: the generation on the stick is the held copy, verified, with nothing
    left beside it by the read-only checks."""
    SettingsService(session).set("motto", "平安")
    info = BackupService(session).backup(tmp_path / "stick")
    assert sorted(p.name for p in info.folder.iterdir()) == ["backup.json", "griddesk.db", "griddesk.keys"]
    assert info.db_file.read_bytes()[:16] == session.db_path.read_bytes()[:16]  # the same salt
    verify_copy(info.db_file, session.dek, info.counts)
