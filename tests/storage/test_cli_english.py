"""The command line speaks English when the shell asks for it (LANG / LC_ALL starting with `en`),
and Chinese otherwise: every sentence it prints comes from the catalogue (issue 16). Run as a child
process, as a township clerk or a support call would run it; only the user's own data (the village
name typed at init) may be Chinese in the English output."""

from __future__ import annotations

import os
import re
import subprocess
import sys

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
VILLAGE = "测试村"  # user data: shown as typed in every language
PASSWORD = "Grid@2026pass\n"


def _run(*args, stdin="", lang="en_US.UTF-8", home=None):
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LANGUAGE")}
    env["LANG"] = lang
    if home is not None:
        env["GRIDDESK_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=300)


def _chinese(out: subprocess.CompletedProcess, *user_data: str) -> list[str]:
    """Lines of stdout and stderr with Chinese left once the user's own data is taken out."""
    lines = []
    for line in (out.stdout + out.stderr).splitlines():
        for data in (VILLAGE, *user_data):
            line = line.replace(data, "")
        if CJK.search(line):
            lines.append(line)
    return lines


def test_the_command_line_speaks_english_when_the_shell_does(tmp_path):
    db = tmp_path / "c" / "griddesk.db"
    login = ("--user", "zhuren", "--password-stdin")
    made = _run("--db", str(db), "init", "--village", VILLAGE, "--code", "140105100201", "--director", "zhuren",
                "--password-stdin", stdin=PASSWORD)
    assert made.returncode == 0, made.stderr
    assert "Recovery key" in made.stdout and _chinese(made) == []

    runs = {
        "where": _run("where", home=tmp_path / "home"),
        "status": _run("--db", str(db), "status", *login, stdin=PASSWORD),
        "users list": _run("--db", str(db), "users", "list", *login, stdin=PASSWORD),
        "cases list": _run("--db", str(db), "cases", "list", *login, stdin=PASSWORD),
        "audit head": _run("--db", str(db), "audit", "head", *login, stdin=PASSWORD),
        "audit verify": _run("--db", str(db), "audit", "verify", *login, stdin=PASSWORD),
        "check": _run("--db", str(db), "check", *login, stdin=PASSWORD),
        "township-key": _run("--db", str(db), "archive", "township-key", *login, stdin=PASSWORD),
        "print sign": _run("--db", str(db), "print", "sign", "--out", str(tmp_path / "s.pdf"), *login,
                           stdin=PASSWORD),
        "no password": _run("--db", str(db), "status", *login, stdin=""),
        "verify missing": _run("verify", str(tmp_path / "nothing-here")),
        "verify-keys": _run("verify-keys", "list", "--trust-store", str(tmp_path / "trust")),
        "demo": _run("demo", "--headless"),
        "backup": _run("--db", str(db), "backup", "--to", str(tmp_path / "stick"), *login, stdin=PASSWORD),
        "archive history": _run("--db", str(db), "archive", "history", *login, stdin=PASSWORD),
    }
    said = {name: _chinese(out) for name, out in runs.items()}
    assert said == {name: [] for name in runs}, said
    assert "Residents: 0" in runs["status"].stdout and "Scope: the whole village" in runs["status"].stdout
    assert "director" in runs["users list"].stdout and "0 in all" in runs["cases list"].stdout
    assert "The audit log is intact" in runs["audit verify"].stdout
    assert "quick check" in runs["check"].stdout
    assert runs["print sign"].returncode == 2 and "--all" in runs["print sign"].stderr
    assert runs["no password"].returncode == 1 and "No password" in runs["no password"].stderr
    assert runs["verify missing"].returncode == 2 and "cannot be found" in runs["verify missing"].stderr
    assert runs["demo"].returncode == 2 and "--out" in runs["demo"].stderr
    backup = runs["backup"]
    assert backup.returncode == 0 and "Checked: every page verified" in backup.stdout, backup.stderr
    assert f"Village: {VILLAGE} (140105100201)" in backup.stdout and "grid team 0" in backup.stdout


def test_the_townships_verifier_reports_in_english(tmp_path):
    """`griddesk verify`: the report's checks, problems and verdict, in English; in Chinese by default."""
    from gridDesk.security.sm import SigningKey
    from tests.fault.hostile import good_bag, set_info

    key = SigningKey.generate()
    bag = good_bag(tmp_path / "stick", key)
    signer = tmp_path / "signer.pem"
    signer.write_text(key.public().pem())
    verify = ("verify", str(bag), "--key", str(signer), "--trust-store", str(tmp_path / "trust"))
    passed = _run(*verify)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Result: everything passed" in passed.stdout and "[authenticity]" in passed.stdout
    assert "pass  The digital signature (SM2) is valid" in passed.stdout
    assert _chinese(passed) == []

    set_info(bag, **{"Payload-Oxum": "1.1"})  # bag-info changed after signing
    failed = _run(*verify)
    assert failed.returncode == 1 and "Result: failed" in failed.stdout
    assert "FAIL  Payload-Oxum matches the number of files and bytes: bag-info says 1.1" in failed.stdout
    assert "FAIL  The tag files match tagmanifest-sm3.txt: bag-info.txt was changed" in failed.stdout
    assert _chinese(failed) == []
    chinese = _run(*verify, lang="C.UTF-8")
    assert "失败  标签文件与 tagmanifest-sm3.txt 一致：bag-info.txt 已被改动" in chinese.stdout
    assert "结论：未通过" in chinese.stdout


def test_the_command_line_speaks_chinese_by_default(tmp_path):
    for lang in ("C.UTF-8", "zh_CN.UTF-8"):
        out = _run("verify", str(tmp_path / "nothing-here"), lang=lang)
        assert out.returncode == 2 and f"找不到 {tmp_path / 'nothing-here'}" in out.stderr
        assert "结论" not in out.stdout
        where = _run("where", home=tmp_path / "home", lang=lang)
        assert f"数据库：{tmp_path / 'home' / 'griddesk.db'}" in where.stdout
