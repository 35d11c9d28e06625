"""`griddesk township answer|reply` on the command line, on both storages: an answer (and one
refused in words, exit 1), the reply written onto a stick, a second reply with nothing to send,
and the escalation's state in `status --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from gridDesk.services.township import add_village, open_township
from gridDesk.storage.township.repo import TownshipRepo
from tests.township.conftest import DIRECTOR, PASSWORD
from tests.township.packages import Village


def _run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin, env={**os.environ, "LANG": "zh_CN.UTF-8"},
                          capture_output=True, text=True, timeout=300)


def test_answer_reply_and_status(storage, township, tmp_path):
    pw = "" if storage.startswith("postgresql") else PASSWORD + "\n"
    v = Village()
    session = open_township(storage, DIRECTOR, PASSWORD)
    try:
        add_village(session, v.code, "杏花村", v.fingerprint)
        with session.db.transaction(writes=True) as s:
            TownshipRepo(s).add_escalation(v.code, "C-1", 1, "上报件", "2026-11-20T09:00:00", "2026-11-27T09:00:00", None)
    finally:
        session.close()
    user = ("--db", storage, "--user", DIRECTOR)
    out = _run("township", "answer", *user, "--village", v.code, "--case", "C-1", "--ordinal", "1", "--kind", "return",
               "--text", "材料不全，请补充。", stdin=pw)
    assert out.returncode == 0 and "已答复" in out.stdout, out.stderr
    out = _run("township", "answer", *user, "--village", v.code, "--case", "C-1", "--ordinal", "99999999999999999999",
               "--kind", "return", "--text", "好", stdin=pw)
    assert out.returncode == 1 and "上报序号" in out.stderr and "Traceback" not in out.stderr
    out = _run("township", "answer", *user, "--village", v.code, "--case", "C-2", "--ordinal", "1", "--kind", "solved",
               "--text", "好", stdin=pw)
    assert out.returncode == 1 and "没有收到" in out.stderr and "Traceback" not in out.stderr
    status = json.loads(_run("township", "status", *user, "--json", stdin=pw).stdout)
    assert [e["state"] for e in status["escalations"]] == ["answered"]
    out = _run("township", "reply", *user, "--village", v.code, str(tmp_path / "stick"), stdin=pw)
    assert out.returncode == 0 and "HF-140105100-140105100201-" in out.stdout and "答复 1 条" in out.stdout, out.stderr
    status = json.loads(_run("township", "status", *user, "--json", stdin=pw).stdout)
    assert [e["state"] for e in status["escalations"]] == ["sent"]
    out = _run("township", "status", *user, stdin=pw)
    assert "待答复的上报件：0" in out.stdout and "C-1 第1次 上报件：答复已随回复包发出" in out.stdout, out.stderr
    out = _run("township", "reply", *user, "--all", str(tmp_path / "stick"), stdin=pw)
    assert out.returncode == 0 and "没有要回复的内容" in out.stdout, out.stderr
