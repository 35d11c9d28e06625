"""A role calling what it may not (export, unmask, accounts, backup, restore) is refused and the
refusal is on the audit log; two copies of GridDesk on one database: the second is refused (the
app) or waits (a command), and nothing breaks."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import AlreadyOpen, PermissionDenied
from gridDesk.domain.roster import ResidentFilter
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.backups import BackupService
from gridDesk.services.restore import RestoreService
from gridDesk.services.roster import RosterService
from gridDesk.services.roster_export import ExportService
from gridDesk.storage.backup import check_file
from tests.fault.children import ROOT, start_child
from tests.fault.conftest import DEMO_PW, DEMO_USER

MEMBER_PW = "Member@2026x"


def _calls(session, access, tmp_path, first: int):
    return {
        "export": lambda: ExportService(session).export("residents", tmp_path / "x.xlsx"),
        "unmask": lambda: RosterService(session).unmask(first, "想看看"),
        "accounts": lambda: AccountsService(session, access).add("intruder", "冒名", Role.DIRECTOR, "Bad@2026xx"),
        "archive": lambda: ArchiveService(session).export(tmp_path),
        "backup": lambda: BackupService(session).backup(tmp_path / "b"),
        "restore": lambda: RestoreService(session, paths.migrations_dir()).restore(tmp_path / "b"),
    }


@pytest.mark.parametrize("role", [Role.GRID_MEMBER, Role.AUDITOR])
def test_a_role_calling_what_it_may_not_is_refused_and_recorded(demo, db, role, tmp_path):
    access = Access(db, paths.migrations_dir(), MemoryCache())
    AccountsService(demo, access).add("probe", "试探者", role, MEMBER_PW)
    if role is Role.GRID_MEMBER:
        AccountsService(demo, access).set_grids("probe", [RosterService(demo).tree()[0].code])
    probe = access.login("probe", MEMBER_PW)
    refused = []
    for name, call in _calls(probe, access, tmp_path, RosterService(demo).resident_ids(ResidentFilter())[0]).items():
        with pytest.raises(PermissionDenied):
            call()
        refused.append(name)
    with demo.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT account, target FROM audit_log WHERE action='permission_denied'")).all()
    assert len(rows) >= len(refused) and {a for a, _t in rows} == {"probe"}
    assert {"export", "unmask", "manage_accounts", "backup", "manage_backups"} <= {t for _a, t in rows}
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "b").exists()
    probe.close()


_HOLDER = """
    from gridDesk.services.settings import SettingsService
    access = Access(DB, paths.migrations_dir(), MemoryCache())
    lock = access.instance_lock()
    lock.acquire()
    session = access.login(USER, PASSWORD)
    ack("HOLDING")
    for i in range(int(sys.argv[4])):
        SettingsService(session).set(f"holder{i}", "x")
        time.sleep(0.05)
    ack("DONE")
    session.close()
    lock.release()
"""


def test_a_second_app_is_refused_while_the_first_works_on(db):
    holder = start_child(_HOLDER, db, DEMO_USER, DEMO_PW, "40")
    assert holder.stdout.readline().strip() == "HOLDING", holder.stderr.read()
    with pytest.raises(AlreadyOpen) as refused:
        Access(db, paths.migrations_dir(), MemoryCache()).instance_lock().acquire(wait=0)
    assert "已经在这台电脑上打开" in refused.value.message
    assert holder.stdout.readline().strip() == "DONE"
    assert holder.wait(60) == 0
    session = Access(db, paths.migrations_dir(), MemoryCache()).login(DEMO_USER, DEMO_PW)
    from gridDesk.services.settings import SettingsService

    assert SettingsService(session).get("holder39") == "x"
    assert check_file(db, session.dek) == []
    session.close()


def test_a_command_waits_for_the_app_then_runs(db, tmp_path):
    holder = start_child(_HOLDER, db, DEMO_USER, DEMO_PW, "30")
    assert holder.stdout.readline().strip() == "HOLDING"
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), "status", "--user", DEMO_USER,
                           "--password-stdin"], input=DEMO_PW + "\n", capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert holder.wait(60) == 0
    assert time.monotonic() - started >= 1.0  # it waited for the holder to let go


def test_a_crashed_app_leaves_no_lock_behind(db):
    holder = start_child(_HOLDER, db, DEMO_USER, DEMO_PW, "1000")
    assert holder.stdout.readline().strip() == "HOLDING"
    holder.kill()
    holder.wait(30)
    lock = Access(db, paths.migrations_dir(), MemoryCache()).instance_lock()
    lock.acquire(wait=0)
    lock.release()
