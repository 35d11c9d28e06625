"""Issue 14 part 4: a restore never brings a removed member back."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gridDesk import paths
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import BadCredentials
from gridDesk.security.keycache import MemoryCache
from gridDesk.security.keyslots import KeySlotFile
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.backups import BackupService
from gridDesk.services.restore import RestoreService, _opens_with
from gridDesk.services.settings import SettingsService
from tests.conftest import DIRECTOR, PASSWORD

STAFF_PW = "Staff@2026pw"


def _actions(session) -> list[tuple[str, str, str]]:
    with session.db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT action, target, detail FROM audit_log ORDER BY id")]


def _old_slot_key(info, username: str, password: str) -> bytes:
    """What the removed member still holds: their slot in the backup's key-slot file."""
    keyfile, _mac = KeySlotFile.load(info.keys_file)
    return keyfile.open_with_private(username, keyfile.unwrap_private(username, password))


def test_a_removed_member_stays_removed_after_a_restore(access, session, tmp_path):
    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    accounts.add("wang", "王五", Role.STAFF, STAFF_PW)
    SettingsService(session).set("motto", "旧")
    info = BackupService(session).backup(tmp_path / "b")
    accounts.remove("li")
    SettingsService(session).set("motto", "新")

    result = RestoreService(session, paths.migrations_dir()).restore(info.folder, PASSWORD)

    assert result.removed_again == ("li",)
    assert result.rekeyed
    assert SettingsService(session).get("motto") == "旧"
    assert [a.username for a in accounts.list()] == [DIRECTOR, "wang"]
    actions = _actions(session)
    assert any(a == "account_removed" and t == "li" and "after a restore" in d for a, t, d in actions)
    assert any(a == "restore" and "removed again: li" in d for a, t, d in actions)
    assert actions[-1][0] == "rekey"
    # li's old slot (in the backup, or a copy they kept) opens the backup's data key, which no
    # longer opens the live database; nor does today's slot file know li.
    old_key = _old_slot_key(info, "li", STAFF_PW)
    assert not _opens_with(session.db_path, old_key)
    assert "li" not in KeySlotFile.load(paths.keyslot_path(session.db_path))[0].accounts()
    session.close()
    other = Access(session.db_path, paths.migrations_dir(), MemoryCache())
    with pytest.raises(BadCredentials):
        other.login("li", STAFF_PW)
    other.login("wang", STAFF_PW).close()
    director = other.login(DIRECTOR, PASSWORD)
    assert [a.username for a in AccountsService(director, other).list()] == [DIRECTOR, "wang"]
    director.close()


def test_a_removal_whose_rekey_was_cut_short_is_replayed_too(access, session, tmp_path):
    """Same data key as the backup (the rekey never ran), the account row already removed."""
    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    info = BackupService(session).backup(tmp_path / "b")

    access.rotate_key = lambda *a, **k: None  # the removal's rekey never happens
    accounts.remove("li")
    old_key = session.dek
    result = RestoreService(session, paths.migrations_dir()).restore(info.folder)
    assert result.removed_again == ("li",)
    assert not _opens_with(session.db_path, old_key)
    assert "li" not in KeySlotFile.load(paths.keyslot_path(session.db_path))[0].accounts()
    assert [a.username for a in accounts.list()] == [DIRECTOR]


def test_a_restore_with_nothing_removed_changes_no_key(access, session, tmp_path):
    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    info = BackupService(session).backup(tmp_path / "b")
    key = session.dek
    result = RestoreService(session, paths.migrations_dir()).restore(info.folder)
    assert result.removed_again == () and not result.rekeyed
    assert session.dek == key
    assert [a.username for a in accounts.list()] == [DIRECTOR, "li"]


def test_the_command_line_says_who_was_removed_again(tmp_path):
    db = tmp_path / "griddesk.db"
    env = {**os.environ, "GRIDDESK_HOME": str(tmp_path)}

    def run(*args, stdin):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args], input=stdin,
                              capture_output=True, text=True, env=env, timeout=300)

    assert run("init", "--village", "测试村", "--code", "140105100201", "--director", DIRECTOR,
               "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    login = ("--user", DIRECTOR, "--password-stdin")
    assert run("users", "add", "li", "--role", "staff", *login, stdin=f"{PASSWORD}\n{STAFF_PW}\n").returncode == 0
    assert run("backup", "--to", str(tmp_path / "b"), *login, stdin=PASSWORD + "\n").returncode == 0
    assert run("users", "remove", "li", *login, stdin=PASSWORD + "\n").returncode == 0
    folder = next((tmp_path / "b").iterdir())
    done = run("restore", str(folder), *login, stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "备份之后删除的 1 个账户（li）已再次删除" in done.stdout
    listed = run("users", "list", *login, stdin=PASSWORD + "\n")
    assert "li" not in listed.stdout.replace(DIRECTOR, "")


def test_a_crash_between_the_swap_and_the_promotion_still_opens(access, session, tmp_path, monkeypatch):
    from gridDesk.services import restore as restore_module

    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    info = BackupService(session).backup(tmp_path / "b")
    accounts.remove("li")
    swap = restore_module._swap_in

    def swap_then_die(staging, db_path):
        swap(staging, db_path)
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(restore_module, "_swap_in", swap_then_die)
    with pytest.raises(KeyboardInterrupt):
        RestoreService(session, paths.migrations_dir()).restore(info.folder, PASSWORD)
    session.close()
    other = Access(session.db_path, paths.migrations_dir(), MemoryCache())
    director = other.login(DIRECTOR, PASSWORD)  # the fresh key, from .keys.next, promoted now
    assert [a.username for a in AccountsService(director, other).list()] == [DIRECTOR]
    director.close()
    assert not _opens_with(session.db_path, _old_slot_key(info, "li", STAFF_PW))
    with pytest.raises(BadCredentials):
        other.login("li", STAFF_PW)


def test_replacing_a_damaged_database_keeps_a_removed_member_out(access, session, tmp_path):
    from gridDesk.services.restore import restore_into_empty

    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, STAFF_PW)
    accounts.add("wang", "王五", Role.STAFF, STAFF_PW)
    info = BackupService(session).backup(tmp_path / "stick")
    accounts.remove("li")
    db = session.db_path
    session.close()
    with open(db, "r+b") as fh:  # every page after the first: nothing can be read any more
        for page in range(1, db.stat().st_size // 4096):
            fh.seek(page * 4096 + 64)
            fh.write(b"\xff" * 32)
    result = restore_into_empty(db, paths.migrations_dir(), info.folder, DIRECTOR, PASSWORD,
                                replace_damaged=True)
    assert result.removed_again == ("li",) and result.rekeyed
    assert not _opens_with(db, _old_slot_key(info, "li", STAFF_PW))
    with pytest.raises(BadCredentials):
        access.login("li", STAFF_PW)
    back = access.login(DIRECTOR, PASSWORD)
    assert [a.username for a in AccountsService(back, access).list()] == [DIRECTOR, "wang"]
    back.close()
    access.login("wang", STAFF_PW).close()
