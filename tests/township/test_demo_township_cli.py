"""`griddesk demo --township --out DIR` on the command line: it prints where it put the township
database, each village's database and the stick, the logins and the next commands; every path it
prints is there; and the first of the commands it prints, run as printed, imports the stick.
A folder already used is refused in words (nothing overwritten), as are a file for --out and
--residents 0."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from gridDesk.services.demo_township import VILLAGES


def _run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin, env={**os.environ, "LANG": "zh_CN.UTF-8"},
                          capture_output=True, text=True, timeout=600)


@pytest.mark.skipif(os.name == "nt", reason="the printed commands are POSIX shell lines here")
def test_demo_township_prints_where_everything_is(tmp_path):
    out = tmp_path / "演示 乡镇"  # a space and Chinese in the path: the printed commands quote it
    done = _run("demo", "--township", "--out", str(out), "--residents", "8")
    assert done.returncode == 0, done.stderr
    said = done.stdout
    assert "正在生成第 5/5 个村" in done.stderr and "Traceback" not in done.stderr
    township = out / "乡镇" / "township.db"
    assert f"数据库：{township}" in said and township.is_file()
    assert "乡镇登录名：zhuren  密码：Demo@2026" in said and "各村登录名：demo  密码：Demo@2026" in said
    assert re.search(r"乡镇数据库的恢复密钥：[0-9A-Z]{5}(-[0-9A-Z]{5}){12}", said)
    for code, name, _kind in VILLAGES:
        line = next(line for line in said.splitlines() if line.startswith(f"{name}（{code}"))
        assert Path(line.split("：", 1)[1]).is_file(), line
    assert "石桥村（140105100204，上月没有交包，本月才交）" in said and "链条断开" in said
    withheld = next(line for line in said.splitlines() if "没有送到乡镇：" in line)
    assert Path(withheld.split("没有送到乡镇：", 1)[1]).is_dir()
    stick = out / "U盘"
    assert f"U 盘（各村的 9 个档案包，还没有导入乡镇）：{stick}" in said
    assert len([p for p in stick.iterdir() if p.name.startswith("ZZ-")]) == 9
    commands = [line.strip() for line in said.splitlines() if line.startswith("  echo ")]
    assert [shlex.split(c)[4:6] for c in commands] == [
        ["township", "import"], ["township", "status"], ["township", "answer"], ["township", "reply"],
        ["--db", str(out / "村" / "140105100201-杏花村" / "griddesk.db")]]
    # The first step as printed: the stick goes in, the broken village's batch is refused (exit 1).
    password, command = commands[0].split(" | ", 1)
    step = _run(*shlex.split(command)[1:], stdin=shlex.split(password)[1] + "\n")
    assert step.returncode == 1 and "共 9 个包：载入 8，已导入过 0，未载入 1" in step.stdout, step.stderr
    assert "批次链断了" in step.stderr and "Traceback" not in step.stderr

    again = _run("demo", "--township", "--out", str(out), "--residents", "8")
    assert again.returncode == 1 and "已经有东西了" in again.stderr and "Traceback" not in again.stderr
    assert township.is_file()  # nothing overwritten
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    refused = _run("demo", "--township", "--out", str(a_file), "--residents", "8")
    assert refused.returncode == 1 and "是一个文件，不是文件夹" in refused.stderr and "Traceback" not in refused.stderr
    zero = _run("demo", "--township", "--out", str(tmp_path / "zero"), "--residents", "0")
    assert zero.returncode == 2 and "--residents 至少为 1" in zero.stderr and not (tmp_path / "zero").exists()
