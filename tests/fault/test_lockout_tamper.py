"""Issue 14 part 5: the failed-login counter is tamper-evident. Deleting or editing
griddesk.logins locks every account as five failures would and is audited at the next login;
bad JSON or a wrong shape is a plain message and a 15-minute wait, never a traceback or a
lasting block; old installations keep working."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from gridDesk import paths
from gridDesk.domain.errors import AccountLocked, BadCredentials, LoginCounterTampered
from gridDesk.security.keycache import MemoryCache
from gridDesk.security.keyslots import KeySlotFile
from gridDesk.services.access import Access
from gridDesk.services.audit import AuditFilter, AuditService
from tests.conftest import DIRECTOR, PASSWORD

WRONG = "Wrong@2026x"
LOCK = 15 * 60


def _logins(db_path):
    return paths.lockout_path(db_path)


def _fail(access, times: int) -> None:
    for _ in range(times):
        with pytest.raises(BadCredentials):
            access.login(DIRECTOR, WRONG)


def _audit(session, action: str) -> list:
    rows, _total = AuditService(session).query(AuditFilter(action=action))
    return rows


def _tamper_lock_then_audit(access, clock, why: str) -> None:
    with pytest.raises(LoginCounterTampered) as err:
        access.login(DIRECTOR, PASSWORD)  # even the right password waits
    assert "15 分钟" in err.value.message
    clock.advance(LOCK - 60)
    with pytest.raises(LoginCounterTampered):
        access.login(DIRECTOR, PASSWORD)
    clock.advance(61)
    session = access.login(DIRECTOR, PASSWORD)
    rows = _audit(session, "login_counter_tampered")
    assert len(rows) == 1 and why in rows[0].detail
    session.close()
    access.login(DIRECTOR, PASSWORD).close()  # and it was written once, not at every login


def test_a_deleted_counter_locks_and_is_audited(access, centre, db_path, clock):
    _fail(access, 4)
    _logins(db_path).unlink()
    _tamper_lock_then_audit(access, clock, "missing")


def test_failures_edited_down_lock_rather_than_reset(access, centre, db_path, clock):
    _fail(access, 4)
    data = json.loads(_logins(db_path).read_text("utf-8"))
    data["accounts"][DIRECTOR]["failures"] = -1000
    _logins(db_path).write_text(json.dumps(data), "utf-8")
    _tamper_lock_then_audit(access, clock, "altered")


def test_dropping_the_pending_failures_is_noticed(access, centre, db_path, clock):
    _fail(access, 2)
    data = json.loads(_logins(db_path).read_text("utf-8"))
    data["pending"] = data["pending"][:1]  # one of the two failures "never happened"
    data["accounts"] = {}
    _logins(db_path).write_text(json.dumps(data), "utf-8")
    with pytest.raises(LoginCounterTampered):
        access.login(DIRECTOR, PASSWORD)
    clock.advance(LOCK + 1)
    session = access.login(DIRECTOR, PASSWORD)
    (row,) = _audit(session, "login_counter_tampered")
    assert "altered" in row.detail and "1 pending failed logins, not believed" in row.detail
    session.close()


@pytest.mark.parametrize("content", [b"{not json", b"", b"\xff\xfe\x00", b"[]", b"null",
                                     b'{"accounts": []}', b'{"accounts": {"zhuren": {"failures": "x"}}}',
                                     b"[" * 100000])
def test_bad_json_or_shape_is_a_plain_message_and_a_wait(access, centre, db_path, clock, content):
    _logins(db_path).write_bytes(content)
    _tamper_lock_then_audit(access, clock, "")


def test_the_failure_count_still_works_after_a_tamper_lock(access, centre, db_path, clock):
    _logins(db_path).unlink()
    with pytest.raises(LoginCounterTampered):
        access.login(DIRECTOR, WRONG)
    clock.advance(LOCK + 1)
    _fail(access, 4)
    with pytest.raises(AccountLocked) as err:
        access.login(DIRECTOR, WRONG)
    assert not isinstance(err.value, LoginCounterTampered)


def _make_old_installation(access, db_path) -> None:
    """A key-slot file from before the counter was authenticated (no lockout key)."""
    session = access.login(DIRECTOR, PASSWORD)
    keyfile, _mac = KeySlotFile.load(paths.keyslot_path(db_path))
    keyfile.lockout_key = None
    keyfile.save(paths.keyslot_path(db_path), session.dek)
    session.close()


def test_an_old_counter_file_is_accepted_once_and_rewritten_authenticated(access, centre, db_path, clock):
    _make_old_installation(access, db_path)
    old = {"accounts": {DIRECTOR: {"failures": 2, "locked_until": 0}},
           "pending": [{"account": DIRECTOR, "at": clock() - 100, "reason": "wrong_password"},
                       {"account": DIRECTOR, "at": clock() - 50, "reason": "wrong_password"}]}
    _logins(db_path).write_text(json.dumps(old), "utf-8")
    fresh = Access(db_path, paths.migrations_dir(), MemoryCache(), clock)
    with pytest.raises(BadCredentials) as err:
        fresh.login(DIRECTOR, WRONG)
    assert err.value.remaining == 2  # the old count still counts
    session = fresh.login(DIRECTOR, PASSWORD)
    assert len(_audit(session, "login_failed")) >= 3
    assert _audit(session, "login_counter_tampered") == []
    session.close()
    assert KeySlotFile.load(paths.keyslot_path(db_path))[0].lockout_key is not None
    written = json.loads(_logins(db_path).read_text("utf-8"))
    assert written["format"] == "griddesk-logins/2" and "mac" in written
    # from now on an unauthenticated file is tampering
    _logins(db_path).write_text(json.dumps({"accounts": {}, "pending": []}), "utf-8")
    with pytest.raises(LoginCounterTampered):
        fresh.login(DIRECTOR, PASSWORD)


def test_an_old_installation_without_a_counter_file_is_not_locked_out(access, centre, db_path, clock):
    _make_old_installation(access, db_path)
    _logins(db_path).unlink(missing_ok=True)
    access.login(DIRECTOR, PASSWORD).close()
    assert json.loads(_logins(db_path).read_text("utf-8"))["mac"]


def test_an_old_counter_with_an_absurd_count_is_tampering(access, centre, db_path, clock):
    _make_old_installation(access, db_path)
    _logins(db_path).write_text(json.dumps(
        {"accounts": {DIRECTOR: {"failures": -1000, "locked_until": 0}}, "pending": []}), "utf-8")
    with pytest.raises(LoginCounterTampered):
        access.login(DIRECTOR, WRONG)


def test_the_command_line_says_so_without_a_traceback(tmp_path):
    db = tmp_path / "griddesk.db"
    env = {**os.environ, "GRIDDESK_HOME": str(tmp_path)}

    def run(*args, stdin):
        return subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(db), *args], input=stdin,
                              capture_output=True, text=True, env=env, timeout=300)

    assert run("init", "--village", "测试村", "--code", "140105100201", "--director", DIRECTOR,
               "--password-stdin", stdin=PASSWORD + "\n").returncode == 0
    paths.lockout_path(db).write_text('{"accounts": {"zhuren": []}}', "utf-8")
    done = run("users", "list", "--user", DIRECTOR, "--password-stdin", stdin=PASSWORD + "\n")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "锁定 15 分钟" in done.stderr


def test_a_huge_counter_file_is_tampering_not_a_slow_parse(access, centre, db_path, clock):
    _logins(db_path).write_bytes(b" " * (2 << 20))
    with pytest.raises(LoginCounterTampered):
        access.login(DIRECTOR, PASSWORD)
