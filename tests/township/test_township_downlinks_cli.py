"""`griddesk township reviews|review|task|training` on the command line, on both storages: the
waiting list as JSON, a second review recorded, a task for every village and a training session,
refusals in words (exit 1, no traceback), `status --json` with the waiting reviews and what each
village's next reply carries, and the reply that carries them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta

from gridDesk.domain.township import ADMISSION_LIST
from gridDesk.services.township import add_village, open_township
from gridDesk.services.township_import import import_stick
from tests.township.conftest import DIRECTOR, PASSWORD
from tests.township.packages import Village
from tests.township.reviews_items import review_row, reviews_item


def _run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin,
                          env={**os.environ, "LANG": "zh_CN.UTF-8"}, capture_output=True, text=True, timeout=300)


def test_reviews_tasks_training_and_the_reply(storage, township, tmp_path):
    pw = "" if storage.startswith("postgresql") else PASSWORD + "\n"
    v, w = Village(), Village("140105100202", "梨花村综治中心")
    v.batch(tmp_path / "s1", items=(reviews_item(v, [review_row("2026Q3", "张三", "first", 3),
                                                     review_row("2026Q3", "李四", "first", 4)]),))
    session = open_township(storage, DIRECTOR, PASSWORD)
    try:
        add_village(session, v.code, "杏花村", v.fingerprint)
        add_village(session, w.code, "梨花村", w.fingerprint)
        assert import_stick(session, tmp_path / "s1").loaded == 1
    finally:
        session.close()
    user = ("--db", storage, "--user", DIRECTOR)
    out = _run("township", "reviews", *user, "--json", stdin=pw)
    assert out.returncode == 0, out.stderr
    assert [(r["village"], r["quarter"], r["member"]) for r in json.loads(out.stdout)] == [
        (v.code, "2026Q3", "张三"), (v.code, "2026Q3", "李四")]
    out = _run("township", "review", *user, v.code, "--quarter", "2026Q3", "--member", "张三", "--decision", "同意初评",
               "--change", "入户走访=80:复核台账", stdin=pw)
    assert out.returncode == 0 and "已登记复评" in out.stdout, out.stderr
    out = _run("township", "review", *user, v.code, "--quarter", "2026Q9", "--member", "李四", "--decision", "同意",
               stdin=pw)
    assert out.returncode == 1 and "季度" in out.stderr and "Traceback" not in out.stderr
    out = _run("township", "review", *user, v.code, "--quarter", "2026Q3", "--member", "李四", "--decision", "同意",
               "--change", "入户走访", stdin=pw)
    assert out.returncode == 1 and "项目=分值:理由" in out.stderr and "Traceback" not in out.stderr
    out = _run("township", "reviews", *user, stdin=pw)
    assert "等待乡镇复评的季度考核：1 项" in out.stdout and "李四" in out.stdout, out.stderr
    due = (date.today() + timedelta(days=5)).isoformat()
    out = _run("township", "task", *user, "--all", "--type", ADMISSION_LIST[0], "--title", "人口信息核查", "--due", due,
               "--document", "小综治〔2026〕5号", "--grid", "G01", stdin=pw)
    assert out.returncode == 0 and "2 个村" in out.stdout, out.stderr
    out = _run("township", "task", *user, "--village", v.code, "--type", "代收水费", "--title", "收费", "--due", due,
               stdin=pw)
    assert out.returncode == 1 and "准入清单" in out.stderr and "Traceback" not in out.stderr
    held = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    out = _run("township", "training", *user, "--village", v.code, "--topic", "调解技巧", "--at", held, "--hours", "2",
               "--attendee", "张三", "--attendee", "赵六/140105********0013", stdin=pw)
    assert out.returncode == 0 and "2 人" in out.stdout, out.stderr
    out = _run("township", "training", *user, "--village", v.code, "--topic", "调解技巧", "--at", held, "--hours", "2",
               "--attendee", "无名氏", stdin=pw)
    assert out.returncode == 1 and "无名氏" in out.stderr and "Traceback" not in out.stderr
    status = json.loads(_run("township", "status", *user, "--json", stdin=pw).stdout)
    assert [r["member"] for r in status["reviews_waiting"]] == ["李四"]
    assert status["unsent"] == {v.code: {"reviews": 1, "tasks": 1, "trainings": 1},
                                w.code: {"reviews": 0, "tasks": 1, "trainings": 0}}
    out = _run("township", "reply", *user, "--all", str(tmp_path / "stick"), stdin=pw)
    assert out.returncode == 0 and "复评 1 项，任务 1 件，培训 1 次" in out.stdout, out.stderr
    assert "复评 0 项，任务 1 件，培训 0 次" in out.stdout  # the village with only a task pending
    status = json.loads(_run("township", "status", *user, "--json", stdin=pw).stdout)
    assert all(n == {"reviews": 0, "tasks": 0, "trainings": 0} for n in status["unsent"].values())
