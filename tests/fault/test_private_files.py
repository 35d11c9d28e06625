"""Private files (issue 14 part 8): on Linux the data folder is 0700 and what GridDesk writes
there 0600, no personal data goes to the system's temporary folder, and what a killed run left
is removed at the next start and said in the log.

The test process keeps its usual umask (022): the modes come from GridDesk's own chmods, not
from the umask the app and the command line set at start."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from gridDesk import paths
from gridDesk.domain.roster import ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.backups import BackupService
from gridDesk.services.housekeeping import at_start
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from tests.fault.children import ROOT, run_child
from tests.fault.conftest import DEMO_PW, DEMO_USER

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def loose(folder: Path) -> list[str]:
    """Everything under `folder` that another account could read or enter."""
    out = []
    for p in [folder, *folder.rglob("*")]:
        want = 0o700 if p.is_dir() else 0o600
        if not p.is_symlink() and mode(p) != want:
            out.append(f"{p.relative_to(folder.parent)} {oct(mode(p))}")
    return out


@pytest.fixture
def home(tmp_path, monkeypatch):
    folder = tmp_path / "GridDesk"
    monkeypatch.setenv("GRIDDESK_HOME", str(folder))
    old = os.umask(0o022)  # what a test runner has; GridDesk's own chmods are under test
    yield folder
    os.umask(old)


def test_a_new_centre_and_its_work_are_private(home, tmp_path, monkeypatch):
    # A temporary folder of this test's own: what other programs (or a developer's screenshots)
    # left in the machine's /tmp is not this test's business, what GridDesk puts there is.
    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    db = home / paths.DB_NAME
    access = Access(db, paths.migrations_dir(), MemoryCache())
    access.create_centre("测试村", "140105001001", "某镇", "director", "主任", "Director@2026")
    with pytest.raises(Exception):
        access.login("director", "wrong-password")  # writes the lockout file
    session = access.login("director", "Director@2026")
    BackupService(session).backup()
    out = tmp_path / "out"
    out.mkdir()
    ExportService(session).export("residents", out / "full.xlsx", unmask_reason="核对")
    assert mode(out / "full.xlsx") == 0o600
    prepared, _report = ArchiveService(session).export(out)  # straight onto the "stick": nothing in exports/
    assert mode(prepared.folder) == 0o700
    assert all(mode(p) == 0o600 for p in prepared.folder.rglob("*") if p.is_file())
    assert not paths.exports_dir(db).exists() or not list(paths.exports_dir(db).iterdir())
    for name in (paths.DB_NAME, f"{paths.DB_NAME}-wal", f"{paths.DB_NAME}-shm", "griddesk.keys", "griddesk.logins"):
        assert mode(home / name) == 0o600, name
    assert loose(paths.backup_dir(db)) == []
    assert not list(temp.glob("griddesk*"))
    session.close()
    at_start(db)
    assert loose(home) == []


def test_an_older_installation_is_made_private_at_start(home, db):
    shutil.copytree(db.parent, home)
    target = home / db.name
    for p in [home, *home.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    at_start(target)
    assert loose(home) == []


def test_a_folder_given_with_db_is_not_changed_but_its_files_are(db, caplog):
    db.parent.chmod(0o755)
    (db.parent / "notes.txt").write_text("the user's own file")
    (db.parent / "notes.txt").chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="gridDesk.services.housekeeping"):
        at_start(db)
    assert mode(db.parent) == 0o755 and mode(db.parent / "notes.txt") == 0o644
    assert mode(db) == 0o600 and "can be read by other accounts" in caplog.text


def test_killed_during_a_full_numbers_archive_export(db, tmp_path):
    """The package is written straight onto the stick, with every full ID number: a kill leaves its
    `.partial` folder there (0700, its files 0600 where the stick keeps modes) and nothing in the
    data folder; the next export clears the leftover."""
    stick = tmp_path / "stick"
    stick.mkdir()
    done = run_child("""
        import gridDesk.archive.bag as bag
        from gridDesk.domain.archive import ExportProfile
        from gridDesk.services.archive_export import ArchiveService
        session = login()
        real = bag._write
        def write(path, data):
            real(path, data)
            if path.name == "residents.csv":
                die()
        bag._write = write
        ArchiveService(session).export(Path(sys.argv[4]), ExportProfile(full_numbers=True, sensitive_groups=True,
                                       reason="移交核对"))
    """, db, DEMO_USER, DEMO_PW, str(stick))
    assert done.returncode == -9, done.stderr
    (partial,) = list(stick.iterdir())
    left = list(partial.rglob("residents.csv"))
    assert partial.name.endswith(".partial") and left and mode(partial) == 0o700 and mode(left[0]) == 0o600
    assert not paths.exports_dir(db).exists() or not list(paths.exports_dir(db).iterdir())
    session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PW)
    full = RosterService(session).unmask(RosterService(session).resident_ids(ResidentFilter())[0], "测试").id_number
    assert full in left[0].read_text(encoding="utf-8-sig")
    prepared, report = ArchiveService(session).export(stick)
    session.close()
    assert report.passed and sorted(p.name for p in stick.iterdir()) == sorted([prepared.name, "说明文件.TXT"])


def test_killed_while_xlsxwriter_assembles_an_unmasked_export(db, tmp_path):
    """XlsxWriter writes every part as a file before zipping them: in the data folder, never /tmp."""
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    done = run_child("""
        import zipfile
        from gridDesk.services.roster_export import ExportService
        session = login()
        def write(self, *args, **kwargs):
            die()
        zipfile.ZipFile.write = write
        ExportService(session).export("residents", Path(sys.argv[4]), unmask_reason="核对")
    """, db, DEMO_USER, DEMO_PW, str(tmp_path / "full.xlsx"), env={"TMPDIR": str(system_tmp)})
    assert done.returncode == -9, done.stderr
    assert list(system_tmp.iterdir()) == []
    parts = [p for p in paths.temp_dir(db).rglob("*") if p.is_file()]
    assert parts and all(mode(p) == 0o600 for p in parts) and mode(paths.temp_dir(db) / "xlsx") == 0o700
    assert not (tmp_path / "full.xlsx").exists()
    # The next start of the command line removes them (and says so on stderr, the log for now).
    out = subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), "status", "--user", DEMO_USER,
                          "--password-stdin"], input=DEMO_PW + "\n", capture_output=True, text=True, timeout=300,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert not [p for p in paths.temp_dir(db).rglob("*") if p.is_file()]
    assert "removed a leftover of an interrupted run: tmp/xlsx" in out.stderr


def test_a_folder_given_with_db_keeps_its_owners_own_files(db, tmp_path):
    """--db in a user's folder: their own exports/, tmp/ and backups/ are neither emptied nor chmodded."""
    folder = db.parent
    for name in ("exports/report.txt", "tmp/notes.txt", "backups/photos/a.jpg", "backups/old.partial"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("the user's")
        (folder / name).chmod(0o644)
    (folder / "backups/photos").chmod(0o755)
    (folder / "exports/ZZ-140105001001-2026-0001/data").mkdir(parents=True)
    (folder / "backups/GridDesk-backup-2026-05-01.partial").mkdir()
    at_start(db)
    for name in ("exports/report.txt", "tmp/notes.txt", "backups/photos/a.jpg", "backups/old.partial"):
        assert (folder / name).read_text() == "the user's" and mode(folder / name) == 0o644, name
    assert mode(folder / "backups/photos") == 0o755
    assert not (folder / "exports/ZZ-140105001001-2026-0001").exists()
    assert not (folder / "backups/GridDesk-backup-2026-05-01.partial").exists()
