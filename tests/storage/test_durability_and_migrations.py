"""What must survive: kill -9 during commits, migrations (with a backup first), backups."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

from gridDesk import paths
from tests.migrations_helper import downgrade
from gridDesk.domain.errors import MigrationFailed, SchemaTooNew
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.settings import SettingsService
from gridDesk.storage import migrate
from gridDesk.domain.errors import BackupFailed
from gridDesk.storage.backup import export_copy, verify_copy
from gridDesk.storage.engine import keyed_connect
from tests.conftest import DIRECTOR, PASSWORD

_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from gridDesk import paths
    from gridDesk.services.access import Access
    from gridDesk.services.settings import SettingsService

    session = Access(Path(sys.argv[1]), paths.migrations_dir()).login(sys.argv[2], sys.argv[3])
    settings = SettingsService(session)
    print("ready", flush=True)
    for i in range(50):
        settings.set(f"k{i}", "x" * 2000)
        print(i, flush=True)  # acknowledged: the commit has returned
""")


@pytest.mark.parametrize("kill_after", [0, 7, 23, 41])
def test_kill_9_loses_no_acknowledged_commit(access, centre, db_path, kill_after):
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db_path), DIRECTOR, PASSWORD],
                            stdout=subprocess.PIPE, text=True)
    acknowledged = -1
    assert proc.stdout.readline().strip() == "ready"
    while acknowledged < kill_after:
        acknowledged = int(proc.stdout.readline())
    proc.kill()
    proc.wait(30)
    session = access.login(DIRECTOR, PASSWORD)
    settings = SettingsService(session)
    for i in range(acknowledged + 1):
        assert settings.get(f"k{i}") == "x" * 2000
    session.close()


def test_revisions_known_to_the_code_match_the_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    script = ScriptDirectory.from_config(cfg)
    walked = [r.revision for r in script.walk_revisions()][::-1]
    assert tuple(walked) == migrate.KNOWN_REVISIONS
    assert script.get_current_head() == migrate.HEAD


def test_upgrade_head_matches_the_orm(session):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from gridDesk.storage.orm import metadata

    with session.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_a_schema_newer_than_the_code_is_refused(access, centre, db_path):
    session = access.login(DIRECTOR, PASSWORD)
    conn = keyed_connect(db_path, session.dek)
    session.close()
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(SchemaTooNew) as err:
        access.login(DIRECTOR, PASSWORD)
    assert "更新版本" in err.value.message


def test_a_failed_migration_leaves_the_old_file_and_a_verified_backup(tmp_path, access, centre,
                                                                      db_path, monkeypatch):
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts)
    (scripts / "versions" / "0099_broken.py").write_text(textwrap.dedent('''
        from alembic import op
        import sqlalchemy as sa
        revision = "0099"
        down_revision = migrate_head
        branch_labels = None
        depends_on = None
        def upgrade():
            op.add_column("settings", sa.Column("extra", sa.Text()))
            op.execute("INSERT INTO settings (key, value) VALUES ('half', 'done')")
            raise RuntimeError("disk full, say")
        def downgrade():
            pass
    ''').replace("migrate_head", repr(migrate.HEAD)), "utf-8")
    known = migrate.KNOWN_REVISIONS
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*known, "0099"))
    monkeypatch.setattr(migrate, "HEAD", "0099")
    broken = Access(db_path, scripts, MemoryCache(), access.clock)
    with pytest.raises(MigrationFailed):
        broken.login(DIRECTOR, PASSWORD)
    backups = list(paths.backup_dir(db_path).glob("before-migration-*.db"))
    assert len(backups) == 1
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", known)
    monkeypatch.setattr(migrate, "HEAD", known[-1])
    session = access.login(DIRECTOR, PASSWORD)
    assert migrate.current_revision(session.db.engine) == known[-1]
    assert SettingsService(session).get("half") == ""
    verify_copy(backups[0], session.dek)
    session.close()


def test_backup_copy_is_keyed_and_verified(session, tmp_path):
    SettingsService(session).set("village_motto", "平安")
    dest = tmp_path / "b" / "copy.db"
    counts = export_copy(session.db_path, session.dek, dest)
    assert counts["settings"] == 3 and counts["audit_log"] >= 2  # the motto and the SM2 key pair of set-up
    assert dest.read_bytes()[:16] != b"SQLite format 3\x00"
    verify_copy(dest, session.dek, counts)
    with pytest.raises(BackupFailed):
        verify_copy(dest, session.dek, {**counts, "settings": counts["settings"] + 1})
    # the triggers came along: the copy's audit log is append-only too
    conn = keyed_connect(dest, session.dek)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    assert names == {"audit_log_no_update", "audit_log_no_delete"}


def test_an_older_database_is_upgraded_after_a_backup_and_backfilled(access, centre, db_path):
    """A centre at revision 0001 with a resident: opening it upgrades, backs up, fills search keys."""
    session = access.login(DIRECTOR, PASSWORD)
    dek = session.dek
    downgrade(session.db.engine, "0001")
    session.close()
    conn = keyed_connect(db_path, dek)
    conn.execute("INSERT INTO grids (id, code, name, kind, description) VALUES (1, '140105100201001', '一', 'rural', '')")
    conn.execute("INSERT INTO residents (name, id_number, sex, birth_date, phone, relation, grid_id, updated_at) "
                 "VALUES ('单雄信', '11010519491231002X', '女', '1949-12-31', '13800138000', '户主', 1, '2026-01-01')")
    conn.close()
    session = access.login(DIRECTOR, PASSWORD)
    assert migrate.current_revision(session.db.engine) == migrate.HEAD
    row = session.db.engine.connect().exec_driver_sql(
        "SELECT name_py, name_ini, id_rev, phone_rev, status FROM residents").one()
    assert tuple(row) == ("shanxiongxin", "sxx", "X20013219491501011", "00083100831", "active")
    assert list(paths.backup_dir(db_path).glob("before-migration-*.db"))
    session.close()
