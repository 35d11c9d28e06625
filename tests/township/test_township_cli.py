"""`griddesk township ...` on the command line, on both storages: set-up, a village, an import
(with a refused package: exit 1, the reason on stderr), the status as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.township.conftest import PASSWORD
from tests.township.packages import Village


def _run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin, env={**os.environ, "LANG": "zh_CN.UTF-8"},
                          capture_output=True, text=True, timeout=300)


def test_init_village_import_and_status(storage, tmp_path):
    pw = "" if storage.startswith("postgresql") else PASSWORD + "\n"
    files = ["--files", str(tmp_path / "files")]
    out = _run("township", "init", "--db", storage, "--code", "140105100", "--name", "小店镇", "--director", "zhuren",
               *files, stdin=pw)
    assert out.returncode == 0, out.stderr
    assert "乡镇签名公钥指纹" in out.stdout and "Traceback" not in out.stderr
    v, stranger = Village(), Village("140105100299")
    out = _run("township", "village", "add", "--db", storage, "--user", "zhuren", "--code", v.code, "--name", "杏花村",
               "--fingerprint", v.fingerprint, stdin=pw)
    assert out.returncode == 0 and v.fingerprint in out.stdout, out.stderr
    out = _run("township", "village", "add", "--db", storage, "--user", "zhuren", "--code", "140106100201",
               "--name", "外村", "--fingerprint", stranger.fingerprint, stdin=pw)
    assert out.returncode == 1 and "不属于本乡镇" in out.stderr and "Traceback" not in out.stderr
    v.batch(tmp_path / "stick")
    stranger.batch(tmp_path / "stick")
    out = _run("township", "import", "--db", storage, "--user", "zhuren", str(tmp_path / "stick"), stdin=pw)
    assert out.returncode == 1, out.stderr
    assert "已载入 ZZ-140105100201-2026-0001" in out.stdout
    assert "隔离区" in out.stderr and "没有在本乡镇登记" in out.stderr
    out = _run("township", "import", "--db", storage, "--user", "zhuren", str(tmp_path / "stick"), stdin=pw)
    assert "已经导入过" in out.stdout
    out = _run("township", "status", "--db", storage, "--user", "zhuren", "--json", stdin=pw)
    assert out.returncode == 0, out.stderr
    status = json.loads(out.stdout)
    [village] = status["villages"]
    assert any(c["received"] == 1 for c in village["periods"]) and status["escalations"] == []
    out = _run("township", "status", "--db", storage, "--user", "zhuren", stdin=pw)
    assert out.returncode == 0 and "140105100201" in out.stdout and "待答复的上报件：0" in out.stdout
    out = _run("township", "check-files", "--db", storage, "--user", "zhuren", stdin=pw)
    assert out.returncode == 0 and "核对" in out.stdout, out.stderr
    pack = next((tmp_path / "files" / "objects" / "packs").glob("*.pack"))
    pack.write_bytes(pack.read_bytes()[:-10])  # its last file cut short on disk
    out = _run("township", "check-files", "--db", storage, "--user", "zhuren", stdin=pw)
    assert out.returncode == 1 and "缺失或损坏" in out.stderr and "Traceback" not in out.stderr
    if not storage.startswith("postgresql"):  # the PostgreSQL side of staff accounts: test_township_setup
        out = _run("township", "staff", "add", "--db", storage, "--user", "zhuren", "--username", "clerk",
                   "--role", "auditor", stdin=pw + "Clerk@2026pass\n")
        assert out.returncode == 0 and "clerk" in out.stdout, out.stderr
        out = _run("township", "import", "--db", storage, "--user", "clerk", str(tmp_path / "stick"),
                   stdin="Clerk@2026pass\n")
        assert out.returncode == 1 and "审计员" in out.stderr and "Traceback" not in out.stderr
