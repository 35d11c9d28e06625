"""Issue 14 part 10: one name, one account, whatever the input method typed; bytes that are not
text on --password-stdin are a plain refusal."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gridDesk.domain.accounts import Role, username_key
from gridDesk.domain.errors import AccountLocked, BadCredentials, Conflict
from gridDesk.services.accounts import AccountsService
from tests.conftest import DIRECTOR, PASSWORD

STAFF_PW = "Staff@2026x"


def test_the_key_of_a_name():
    assert username_key("ｄｅｍｏ") == username_key("Demo") == username_key(" demo ") == "demo"
    assert username_key("张三") == "张三"


@pytest.mark.parametrize("twin", ["ｄｅｍｏ", "Demo", "DEMO", "ｄｅｍｏ "])
def test_a_full_width_or_upper_case_twin_cannot_be_added(access, session, twin):
    accounts = AccountsService(session, access)
    accounts.add("demo", "", Role.STAFF, STAFF_PW)
    with pytest.raises(Conflict):
        accounts.add(twin, "", Role.STAFF, STAFF_PW)
    assert [a.username for a in accounts.list()] == [DIRECTOR, "demo"]


def test_any_spelling_of_a_name_logs_in_to_the_one_account(access, centre):
    for spelling in ("ｚｈｕｒｅｎ", "ZhuRen", " zhuren"):
        session = access.login(spelling, PASSWORD)
        assert session.account.username == DIRECTOR
        session.close()


def test_spellings_share_one_failure_counter(access, centre):
    for spelling in ("ｚｈｕｒｅｎ", "ZHUREN", "Zhuren", "zhuren"):
        with pytest.raises(BadCredentials):
            access.login(spelling, "Wrong@2026x")
    with pytest.raises(AccountLocked):
        access.login("ＺＨＵＲＥＮ", "Wrong@2026x")
    with pytest.raises(AccountLocked):
        access.login(DIRECTOR, PASSWORD)


def test_names_are_stored_nfkc(access, session):
    accounts = AccountsService(session, access)
    accounts.add("ｌｉ２", "", Role.STAFF, STAFF_PW)
    assert "li2" in [a.username for a in accounts.list()]
    accounts.set_disabled("ＬＩ２", True)  # the director may type it either way too
    assert [a.disabled for a in accounts.list() if a.username == "li2"] == [True]


def test_invalid_utf8_on_password_stdin_is_a_plain_error(tmp_path):
    env = {**os.environ, "GRIDDESK_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "gridDesk", "--db", str(tmp_path / "griddesk.db"),
                           "users", "list", "--user", "demo", "--password-stdin"],
                          input=b"\xff\xfeDemo\x80@2026\n", capture_output=True, env=env, timeout=120)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 1
    assert "Traceback" not in err
    assert "UTF-8" in err


def test_a_user_name_of_undecodable_bytes_is_refused_plainly(access, centre):
    with pytest.raises(BadCredentials):
        access.login("zhu\udcffren", PASSWORD)
    access.login(DIRECTOR, PASSWORD).close()  # and it cost the real account nothing


def test_another_spelling_removes_the_right_slot_and_never_oneself(access, session):
    from gridDesk import paths
    from gridDesk.domain.errors import PermissionDenied
    from gridDesk.security.keyslots import KeySlotFile

    accounts = AccountsService(session, access)
    with pytest.raises(PermissionDenied):
        accounts.remove("ＺＨＵＲＥＮ")
    with pytest.raises(PermissionDenied):
        accounts.set_disabled("Zhuren", True)
    accounts.add("li", "", Role.STAFF, STAFF_PW)
    accounts.remove("ＬＩ")
    assert "li" not in KeySlotFile.load(paths.keyslot_path(session.db_path))[0].accounts()
    with pytest.raises(BadCredentials):
        access.login("li", STAFF_PW)
