"""Adding, disabling and removing staff; the rekey, including a kill at each of its steps."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import AccountDisabled, BadCredentials, PermissionDenied
from gridDesk.security.keycache import MemoryCache
from gridDesk.security.keyslots import KeySlotFile
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from tests.conftest import DIRECTOR, PASSWORD

STAFF_PW = "Staff@2026x"


def test_add_disable_enable_remove(access, session, db_path):
    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    li = access.login("li", STAFF_PW)
    assert li.account.must_change_password
    li.close()
    accounts.set_disabled("li", True)
    with pytest.raises(AccountDisabled):
        access.login("li", STAFF_PW)
    accounts.set_disabled("li", False)
    access.login("li", STAFF_PW).close()

    epoch = KeySlotFile.load(paths.keyslot_path(db_path))[0].epoch
    old_dek = session.dek
    accounts.remove("li")
    keyfile = KeySlotFile.load(paths.keyslot_path(db_path))[0]
    assert keyfile.epoch == epoch + 1
    assert "li" not in keyfile.accounts()
    assert session.dek != old_dek
    with pytest.raises(BadCredentials):
        access.login("li", STAFF_PW)
    access.login(DIRECTOR, PASSWORD).close()
    assert [a.username for a in accounts.list()] == [DIRECTOR]


def test_the_last_director_and_oneself_are_kept(access, session):
    accounts = AccountsService(session, access)
    with pytest.raises(PermissionDenied):
        accounts.remove(DIRECTOR)
    accounts.add("ge", "网格员", Role.GRID_MEMBER, STAFF_PW)
    grid = access.login("ge", STAFF_PW)
    with pytest.raises(PermissionDenied):
        AccountsService(grid, access).add("x", "", Role.STAFF, STAFF_PW)
    grid.close()


def test_change_password(access, session):
    accounts = AccountsService(session, access)
    with pytest.raises(BadCredentials):
        accounts.change_password("not-it-1A", "Newer@2026x")
    accounts.change_password(PASSWORD, "Newer@2026x")
    with pytest.raises(BadCredentials):
        access.login(DIRECTOR, PASSWORD)
    access.login(DIRECTOR, "Newer@2026x").close()


def test_recovery_key_resets_the_director_password(access, centre):
    from gridDesk.services.audit import AuditFilter, AuditService

    session = access.recover(centre.recovery_key.lower(), DIRECTOR, "Recovered@2026")
    rows, _ = AuditService(session).query(AuditFilter(action="recovery_used"))
    assert rows
    session.close()
    access.login(DIRECTOR, "Recovered@2026").close()
    with pytest.raises(BadCredentials):
        access.recover(_other_valid_key(), DIRECTOR, "Other@2026x")


def _other_valid_key() -> str:
    from gridDesk.security import recovery_key

    return recovery_key.encode(bytes(32))


_CRASHER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.services.accounts import AccountsService

    db, step = Path(sys.argv[1]), sys.argv[2]
    access = Access(db, paths.migrations_dir(), MemoryCache())
    session = access.login(sys.argv[3], sys.argv[4])

    def checkpoint(name):
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    AccountsService(session, access).remove("li", checkpoint=checkpoint)
""")


@pytest.mark.parametrize("step", ["next_written", "rekeyed", "promoted"])
def test_killed_at_each_step_of_a_rekey_the_database_still_opens(tmp_path, step):
    db = tmp_path / "griddesk.db"
    access = Access(db, paths.migrations_dir(), MemoryCache())
    access.create_centre("测试村", "140105100201", "", DIRECTOR, "", PASSWORD)
    session = access.login(DIRECTOR, PASSWORD)
    AccountsService(session, access).add("li", "李四", Role.STAFF, STAFF_PW)
    AccountsService(session, access).add("wang", "王五", Role.STAFF, STAFF_PW)
    session.close()
    proc = subprocess.run([sys.executable, "-c", _CRASHER, str(db), step, DIRECTOR, PASSWORD],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    # Another staff member can open it, whichever key it ended up with.
    other = Access(db, paths.migrations_dir(), MemoryCache())
    wang = other.login("wang", STAFF_PW)
    wang.close()
    # The next director login finishes the job: li's slot is gone and the key changed.
    director = other.login(DIRECTOR, PASSWORD)
    director.close()
    keyfile = KeySlotFile.load(paths.keyslot_path(db))[0]
    assert "li" not in keyfile.accounts()
    assert keyfile.epoch >= 2
    with pytest.raises(BadCredentials):
        other.login("li", STAFF_PW)


_REKEYER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access

    access = Access(Path(sys.argv[1]), paths.migrations_dir(), MemoryCache())
    session = access.login(sys.argv[2], sys.argv[3])
    print("rekeying", flush=True)
    for _ in range(50):
        access.rotate_key(session)
""")


@pytest.mark.parametrize("delay", [0.0, 0.03, 0.07, 0.15, 0.3])
def test_killed_in_the_middle_of_pragma_rekey_the_database_still_opens(tmp_path, delay):
    import time

    from gridDesk.services.dashboard import DashboardService
    from gridDesk.services.demo import build_demo

    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path, paths.migrations_dir(), 3000, make_access=make)
    proc = subprocess.Popen([sys.executable, "-c", _REKEYER, str(summary.db_path), "demo", "Demo@2026"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "rekeying"
    time.sleep(delay)
    proc.kill()
    proc.wait(30)
    session = make(summary.db_path).login("demo", "Demo@2026")
    counts = DashboardService(session).counts()
    assert (counts.residents, counts.households) == (3000, summary.households)
    check = session.db.engine.connect().exec_driver_sql("PRAGMA integrity_check").scalar()
    assert check == "ok"
    session.close()


def test_a_removal_waits_for_a_read_finishing_on_another_thread(access, session):
    """The health check at start reads on a worker thread; a removal at that moment once failed
    with 'database is locked' (CI). The rekey now waits for the read to end."""
    import threading
    import time

    from gridDesk.storage.engine import keyed_connect

    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    reader = keyed_connect(session.db_path, session.dek)
    reader.execute("SELECT count(*) FROM audit_log").fetchone()  # open, as a worker's connection is

    def finish() -> None:
        time.sleep(0.6)
        reader.close()

    threading.Thread(target=finish).start()
    accounts.remove("li")
    with pytest.raises(BadCredentials):
        access.login("li", STAFF_PW)


def test_a_recovery_key_written_the_old_way_still_resets_the_password(access, centre):
    """Issue 22 item 11: keys printed before Crockford's alphabet are in centres' safes."""
    from gridDesk.security import recovery_key
    from tests.unit.test_recovery_key_alphabet import legacy_encode

    assert not set("ILOU") & set(centre.recovery_key)
    old = legacy_encode(recovery_key.decode(centre.recovery_key))
    assert old != centre.recovery_key
    access.recover(old.lower().replace("-", " "), DIRECTOR, "Recovered@2026").close()
    access.login(DIRECTOR, "Recovered@2026").close()
