"""The township's administration (issue 21's open findings 4 and 5): its 准入清单 seen and replaced
(`griddesk township task-types`), staff removed and given new passwords (`staff remove|password`),
and each PostgreSQL role granted what its account needs (`grants`, and `staff add`), on the file
and on PostgreSQL. Each test failed before: there was no way to do any of it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import psycopg
import pytest

from gridDesk.domain.errors import BadCredentials, PasswordRejected, ValidationError
from gridDesk.domain.township import ADMISSION_LIST, TownshipError, TownshipRole
from gridDesk.services.township import add_staff, add_village, open_township
from gridDesk.services.township_downlinks import send_task
from gridDesk.services.township_staff import remove_staff, renew_grants, set_staff_password
from gridDesk.services.township_status import township_status
from gridDesk.services.township_task_types import set_task_types, task_types
from gridDesk.storage.township.repo import TownshipRepo
from tests.township.conftest import DIRECTOR, PASSWORD
from tests.township.packages import Village

CLERK_PASSWORD = "Clerk@2026pass"


def _actions(tsession) -> list[tuple[str, str]]:
    with tsession.db.transaction() as s:
        return [(row[3], row[4]) for row in TownshipRepo(s).audit_rows()]


def _role_for(storage: str, tag: str = "") -> str:
    """A role the conftest drops after the test (clerk_<8 characters of the database's name>...)."""
    return f"clerk_{storage.rsplit('_', 1)[1].split('?')[0][:8]}{tag}"


def _role_url(storage: str, role: str, password: str) -> str:
    base, _, query = storage.partition("?")
    return f"postgresql://{role}:{password.replace('@', '%40')}@" + base.split("@", 1)[1] + (f"?{query}" if query else "")


def _add(tsession, storage, server, username: str, role: str, tag: str = "") -> tuple[str, str | None]:
    """An account of `role`; returns its --db and its login password (None on PostgreSQL)."""
    if not storage.startswith("postgresql"):
        add_staff(tsession, username, "", role, CLERK_PASSWORD)
        return storage, CLERK_PASSWORD
    db_role = _role_for(storage, tag)
    server.sql(f"CREATE ROLE {db_role} LOGIN PASSWORD '{CLERK_PASSWORD}'")
    add_staff(tsession, username, "", role, db_role=db_role)
    return _role_url(storage, db_role, CLERK_PASSWORD), None


# -- 4. the 准入清单 ------------------------------------------------------------------------------
def test_the_admission_list_is_seen_and_replaced_by_the_director_alone(tsession):
    shown = task_types(tsession)
    assert shown.names == ADMISSION_LIST and shown.default
    done = set_task_types(tsession, ["矛盾纠纷排查化解", " 城乡环境整治巡查 "])
    assert done.names == ("矛盾纠纷排查化解", "城乡环境整治巡查") and not done.default
    assert task_types(tsession).names == done.names
    assert ("task_types_set", "2 types") in _actions(tsession)
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    due = date.today() + timedelta(days=5)
    with pytest.raises(ValidationError):  # a type the list no longer has
        send_task(tsession, v.code, ADMISSION_LIST[0], "核查", due)
    assert send_task(tsession, v.code, "城乡环境整治巡查", "巡查", due).type_name == "城乡环境整治巡查"
    tsession.role = TownshipRole.STAFF
    with pytest.raises(TownshipError) as refused:
        set_task_types(tsession, ["矛盾纠纷排查化解"])
    assert refused.value.code == "township.denied" and "修改准入清单" in refused.value.message
    assert task_types(tsession).names == done.names  # staff read it


@pytest.mark.parametrize("names, code", [
    ([], "township.task_types.empty"),
    (["矛盾纠纷排查化解", "  "], "township.task_types.blank"),
    (["走访\x1b[31m"], "invalid.control_chars"),
    (["走访\u200e\u0007"], "invalid.control_chars"),
    (["长" * 65], "township.task_types.long"),
    (["安全隐患排查（消防）", "安全隐患排查(消防)"], "township.task_types.twice"),
    (["走访 服务", "走访服务"], "township.task_types.twice"),
    ([f"类型{n}" for n in range(101)], "township.task_types.too_many")])
def test_a_bad_admission_list_is_refused_in_words_and_the_old_one_stays(tsession, names, code):
    with pytest.raises(ValidationError) as refused:
        set_task_types(tsession, names)
    assert refused.value.code == code and refused.value.message
    assert task_types(tsession).names == ADMISSION_LIST
    assert not any(a == "task_types_set" for a, _t in _actions(tsession))


def _griddesk(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin, capture_output=True, text=True,
                          env={**os.environ, "LANG": "zh_CN.UTF-8"}, timeout=120)


def test_griddesk_township_task_types_lists_and_sets(storage, township):
    login = ("--db", storage, "--user", DIRECTOR)
    stdin = "" if storage.startswith("postgresql") else PASSWORD + "\n"
    shown = _griddesk("township", "task-types", *login, stdin=stdin)
    assert shown.returncode == 0 and "默认清单，共 5 个任务类型" in shown.stdout and ADMISSION_LIST[2] in shown.stdout
    done = _griddesk("township", "task-types", *login, "--set", "矛盾纠纷排查化解", "城乡环境整治巡查", "--json", stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert '"task_types": [\n  "矛盾纠纷排查化解",\n  "城乡环境整治巡查"\n ]' in done.stdout
    bad = _griddesk("township", "task-types", *login, "--set", "走访", "走访", stdin=stdin)
    assert bad.returncode == 1 and "重复" in bad.stderr and "Traceback" not in bad.stderr


# -- 5. staff removed, new passwords, grants ---------------------------------------------------------
def test_the_director_removes_a_staff_member_but_never_the_last_director(storage, pg_server_or_none, tsession):
    spec, password = _add(tsession, storage, pg_server_or_none, "li", "staff")
    with pytest.raises(TownshipError) as refused:
        remove_staff(tsession, DIRECTOR)
    assert refused.value.code == "township.staff.last_director" and "另一位主任" in refused.value.message
    removed = remove_staff(tsession, "li")
    assert ("staff_removed", "li") in _actions(tsession)
    if pg_server_or_none is None:
        with pytest.raises(BadCredentials):  # its key slot is gone
            open_township(spec, "li", password)
    else:
        assert removed.stripped and removed.login_closed
        [(login, may_read)] = pg_server_or_none.sql(
            "SELECT rolcanlogin, has_table_privilege(rolname, 'public.tw_villages', 'SELECT') FROM pg_roles "
            "WHERE rolname = %s", (removed.db_role,), database=storage.rsplit("/", 1)[1].split("?")[0])
        assert not login and not may_read
        with pytest.raises(TownshipError):
            open_township(spec, "li", None)
    with pytest.raises(TownshipError) as refused:
        remove_staff(tsession, "li")
    assert refused.value.code == "township.staff.unknown"
    _add(tsession, storage, pg_server_or_none, "wang", "director", "d")  # with a second director, the first may go
    remove_staff(tsession, DIRECTOR)


def test_the_director_sets_a_staff_members_password(storage, pg_server_or_none, tsession):
    spec, _password = _add(tsession, storage, pg_server_or_none, "li", "staff")
    with pytest.raises(PasswordRejected):
        set_staff_password(tsession, "li", "short")
    set_staff_password(tsession, "li", "Fresh@2026pass")
    assert ("staff_password", "li") in _actions(tsession)
    if pg_server_or_none is None:
        with pytest.raises(BadCredentials):
            open_township(spec, "li", CLERK_PASSWORD)
        open_township(spec, "li", "Fresh@2026pass").close()
    else:
        role = _role_for(storage)
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(_role_url(storage, role, CLERK_PASSWORD), connect_timeout=5).close()
        open_township(_role_url(storage, role, "Fresh@2026pass"), "li", None).close()
    tsession.role = TownshipRole.STAFF
    with pytest.raises(TownshipError) as refused:
        set_staff_password(tsession, DIRECTOR, "Fresh@2026pass")
    assert refused.value.code == "township.denied"


def test_an_auditor_granted_before_now_gets_its_audit_insert_back(storage, pg_server_or_none, tsession):
    """An auditor's role granted before the township's tables gave it INSERT on tw_audit could not
    even look at the status (status_viewed is logged under their name). `grants` (and any later
    `staff add`) gives each role what it needs."""
    if pg_server_or_none is None:
        with pytest.raises(TownshipError) as refused:
            renew_grants(tsession)
        assert refused.value.code == "township.grants.file"
        return
    spec, _ = _add(tsession, storage, pg_server_or_none, "shen", "auditor")
    database = storage.rsplit("/", 1)[1].split("?")[0]
    role = _role_for(storage)
    pg_server_or_none.sql(f"REVOKE INSERT ON tw_audit FROM {role}", database=database)  # as granted before
    auditor = open_township(spec, "shen", None)
    try:
        with pytest.raises(Exception):
            township_status(auditor)
        assert [(g.username, g.role) for g in renew_grants(tsession)] == [("shen", "auditor")]
        assert township_status(auditor).code == "140105100"
        [(writes,)] = pg_server_or_none.sql("SELECT has_table_privilege(%s, 'public.tw_villages', 'INSERT')", (role,),
                                            database=database)
        assert not writes  # read only still
        pg_server_or_none.sql(f"REVOKE INSERT ON tw_audit FROM {role}", database=database)
        _add(tsession, storage, pg_server_or_none, "li", "staff", "s")  # staff add grants everyone anew
        assert township_status(auditor).code == "140105100"
    finally:
        auditor.close()


def test_griddesk_township_staff_remove_password_and_grants(storage, pg_server_or_none, township):
    login = ("--db", storage, "--user", DIRECTOR)
    if pg_server_or_none is None:
        director = PASSWORD + "\n"
        assert _griddesk("township", "staff", "add", *login, "--username", "li", "--role", "auditor",
                         stdin=director + CLERK_PASSWORD + "\n").returncode == 0
        done = _griddesk("township", "staff", "password", *login, "li", stdin=director + "Fresh@2026pass\n")
        assert done.returncode == 0 and "账号 li 的密码已更改" in done.stdout, done.stderr
        assert _griddesk("township", "status", "--db", storage, "--user", "li", stdin="Fresh@2026pass\n").returncode == 0
        grants = _griddesk("township", "grants", *login, stdin=director)
        assert grants.returncode == 1 and "文件库没有数据库角色" in grants.stderr
    else:
        director = ""
        role = _role_for(storage)
        pg_server_or_none.sql(f"CREATE ROLE {role} LOGIN PASSWORD '{CLERK_PASSWORD}'")
        assert _griddesk("township", "staff", "add", *login, "--username", "li", "--role", "auditor",
                         "--db-role", role).returncode == 0
        done = _griddesk("township", "staff", "password", *login, "li", stdin="Fresh@2026pass\n")
        assert done.returncode == 0 and f"数据库角色 {role} 的密码已更改" in done.stdout, done.stderr
        as_li = _griddesk("township", "status", "--db", _role_url(storage, role, "Fresh@2026pass"), "--user", "li")
        assert as_li.returncode == 0, as_li.stderr
        grants = _griddesk("township", "grants", *login)
        assert grants.returncode == 0 and f"li（auditor）：{role}" in grants.stdout, grants.stderr
    last = _griddesk("township", "staff", "remove", *login, DIRECTOR, stdin=director)
    assert last.returncode == 1 and "最后一位主任" in last.stderr and "Traceback" not in last.stderr
    gone = _griddesk("township", "staff", "remove", *login, "li", stdin=director)
    assert gone.returncode == 0 and "账号 li 已删除" in gone.stdout, gone.stderr
    if pg_server_or_none is not None:
        assert "禁止登录（NOLOGIN）" in gone.stdout
