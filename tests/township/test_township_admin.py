"""The township's administration (issue 21's open findings 4 and 5): its 准入清单 seen and replaced
(`griddesk township task-types`), staff removed and given new passwords (`staff remove|password`),
and each PostgreSQL role granted what its account needs (`grants`, and `staff add`), on the file
and on PostgreSQL. Each test failed before: there was no way to do any of it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from gridDesk.domain.errors import ValidationError
from gridDesk.domain.township import ADMISSION_LIST, TownshipError, TownshipRole
from gridDesk.services.township import add_village
from gridDesk.services.township_downlinks import send_task
from gridDesk.services.township_task_types import set_task_types, task_types
from gridDesk.storage.township.repo import TownshipRepo
from tests.township.conftest import DIRECTOR, PASSWORD
from tests.township.packages import Village

def _actions(tsession) -> list[tuple[str, str]]:
    with tsession.db.transaction() as s:
        return [(row[3], row[4]) for row in TownshipRepo(s).audit_rows()]


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
