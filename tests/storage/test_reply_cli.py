"""`griddesk archive reply PATH` on a real database: each item listed with what became of it, in
the shell's language; the same reply twice changes nothing; a reply for another village refused
in words with status 1."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime

from gridDesk.archive.reply import AnswerKind, EscalationAnswer, Reply, ReplyReceipt, build_reply
from gridDesk.security.sm import SigningKey

PW = "Grid@2026pass"


def _run(*args, stdin=PW + "\n", lang="zh_CN.UTF-8"):
    env = {**os.environ, "LANG": lang, "LC_ALL": lang}
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin, env=env, capture_output=True,
                          text=True, timeout=300)


def test_archive_reply_from_the_command_line(tmp_path):
    db = str(tmp_path / "g.db")
    made = _run("--db", db, "init", "--village", "测试村", "--code", "140105100201", "--director", "zr",
                "--password-stdin", stdin=f"{PW}\n")
    assert made.returncode == 0, made.stderr
    township = SigningKey.generate()
    registered = _run("--db", db, "archive", "township-key", "--fingerprint", township.public().fingerprint(),
                      "--user", "zr", "--password-stdin")
    assert registered.returncode == 0, registered.stderr
    now = datetime.now().replace(microsecond=0)
    reply = Reply("140105100", "小店镇", "140105100201", "测试村", now.year, 1, now,
                  receipts=(ReplyReceipt("ZZ-140105100201-2026-0001", "a" * 64, True),),
                  answers=(EscalationAnswer("A1", "140105100201-2026-00042", 1, AnswerKind.INSTRUCT, "李主任", now,
                                            "请调解。"),))
    folder = build_reply(reply, tmp_path / "stick", township)
    out = _run("--db", db, "archive", "reply", str(folder), "--user", "zr", "--password-stdin")
    assert out.returncode == 0, out.stderr
    assert "[保留未应用] 回执：ZZ-140105100201-2026-0001" in out.stdout and "不是本村导出的批次" in out.stdout
    assert "[保留未应用] 答复：案件 140105100201-2026-00042 第 1 次上报（指导意见）" in out.stdout
    assert "已应用 0 项" in out.stdout and "保留未应用 2 项" in out.stdout
    again = _run("--db", db, "archive", "reply", str(folder), "--user", "zr", "--password-stdin", lang="en_US.UTF-8")
    assert again.returncode == 0, again.stderr
    assert "nothing changed" in again.stdout and "[kept, not applied] Answer: case 140105100201-2026-00042" in again.stdout
    assert "There is no case numbered" in again.stdout
    other = build_reply(Reply("140105100", "小店镇", "140105100202", "邻村", now.year, 1, now), tmp_path / "s2", township)
    refused = _run("--db", db, "archive", "reply", str(other), "--user", "zr", "--password-stdin")
    assert refused.returncode == 1 and "另一个村" in refused.stderr and "Traceback" not in refused.stderr
