"""The griddesk command: exit codes, no Qt abort without a display, the headless demo."""

from __future__ import annotations

import os
import subprocess
import sys

from gridDesk import __version__


def _run(*args, stdin="", env_extra=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "gridDesk", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=300)


def test_version():
    out = _run("--version")
    assert out.returncode == 0 and __version__ in out.stdout


def test_no_display_is_a_plain_sentence_and_status_2(tmp_path):
    for args in ((), ("--demo",)):
        out = _run(*args, env_extra={"GRIDDESK_HOME": str(tmp_path)},
                   drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
        assert out.returncode == 2
        assert "griddesk demo --headless" in out.stderr
        assert "Traceback" not in out.stderr
    assert not any(tmp_path.iterdir())  # nothing was created


def test_bad_usage_is_status_2():
    assert _run("users", "frobnicate").returncode == 2
    assert _run("init", "--village", "x").returncode == 2


def test_headless_demo_builds_a_village_that_opens(tmp_path):
    out = _run("demo", "--headless", "--out", str(tmp_path), "--residents", "250")
    assert out.returncode == 0, out.stderr
    assert "Demo@2026" in out.stdout and "人口 250 人" in out.stdout
    db = tmp_path / "griddesk.db"
    listed = _run("--db", str(db), "users", "list", "--user", "demo", "--password-stdin",
                  stdin="Demo@2026\n")
    assert listed.returncode == 0 and "demo" in listed.stdout
    refused = _run("demo", "--headless", "--out", str(tmp_path))
    assert refused.returncode == 1 and "不会覆盖" in refused.stderr


def test_init_refuses_a_weak_password(tmp_path):
    out = _run("--db", str(tmp_path / "g.db"), "init", "--village", "测试村", "--code",
               "140105100201", "--director", "zr", "--password-stdin", stdin="password\n")
    assert out.returncode == 1 and "密码" in out.stderr
    assert not (tmp_path / "g.db").exists()


def test_import_and_export_from_the_command_line(tmp_path):
    out = _run("demo", "--headless", "--out", str(tmp_path), "--residents", "120")
    assert out.returncode == 0, out.stderr
    db = str(tmp_path / "griddesk.db")
    exported = tmp_path / "roster.xlsx"
    done = _run("--db", db, "export", "residents", str(exported), "--layout", "county",
                "--unmask-reason", "核对", "--user", "demo", "--password-stdin", stdin="Demo@2026\n")
    assert done.returncode == 0, done.stderr
    same = _run("--db", db, "import", "residents", str(exported), "--user", "demo", "--password-stdin",
                stdin="Demo@2026\n")
    assert same.returncode == 0 and same.stdout.splitlines()[0] == "new 0, changed 0, unchanged 120, rejected 0"
    import openpyxl

    wb = openpyxl.load_workbook(exported)
    ws = wb.active
    # The county layout: the header on row 5, the first person on row 6; 身份证号码 is column E.
    ws.cell(row=6, column=5).value = "110105194912310021"  # a wrong check digit
    ws.cell(row=7, column=1).value = "改了名"
    wb.save(exported)
    rejects = tmp_path / "rejects.xlsx"
    dry = _run("--db", db, "import", "residents", str(exported), "--rejects", str(rejects), "--user", "demo",
               "--password-stdin", stdin="Demo@2026\n")
    assert dry.returncode == 1
    assert dry.stdout.splitlines()[0] == "new 0, changed 1, unchanged 118, rejected 1"
    assert "第 6 行" in dry.stdout and "校验位" in dry.stdout and rejects.exists()
    assert "加 --yes" in dry.stdout
    written = _run("--db", db, "import", "residents", str(exported), "--yes", "--user", "demo",
                   "--password-stdin", stdin="Demo@2026\n")
    assert "已写入：新增 0，修改 1" in written.stdout
    again = _run("--db", db, "import", "residents", str(exported), "--user", "demo", "--password-stdin",
                 stdin="Demo@2026\n")
    assert again.stdout.splitlines()[0] == "new 0, changed 0, unchanged 119, rejected 1"


def test_status_prints_the_dashboard_figures(tmp_path):
    import json

    assert _run("demo", "--headless", "--out", str(tmp_path), "--residents", "150").returncode == 0
    out = _run("--db", str(tmp_path / "griddesk.db"), "status", "--json", "--user", "demo", "--password-stdin",
               stdin="Demo@2026\n")
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    # nine open cases of the loop, the 需审批 matter in public notice (services/demo_approvals.py) and the
    # flood-season patrol's finding made a case (services/demo_patrols.py), and a volunteer's information
    # made a case (services/demo_outreach.py), this month's repeat petition made a case
    # (services/demo_petitions.py), and two disputes of last month in people's mediation are still
    # open: the one referred to the court and the one in progress (services/demo_mediation.py; the
    # third, carried out, closed as 实质性化解)
    assert figures["residents"] == 150 and figures["cases_open"] == 15 and figures["cases_overdue"] >= 1
    assert figures["petitions_overdue"] == 0  # the demo's petitions are all within their limits
    assert figures["patrols_missed"] >= 1 and "patrols_due_today" in figures
    assert figures["grids_not_fully_visited"] >= 1 and "key_groups_due" in figures
    text = _run("--db", str(tmp_path / "griddesk.db"), "status", "--user", "demo", "--password-stdin",
                stdin="Demo@2026\n")
    assert "人口：150" in text.stdout


def test_print_and_the_demo_printouts(tmp_path):
    from pypdf import PdfReader

    demo = _run("demo", "--headless", "--out", str(tmp_path), "--residents", "400")
    assert demo.returncode == 0, demo.stderr
    for name in ("公示牌-全部网格.pdf", "居民花名册.pdf"):
        assert (tmp_path / name).exists() and name in demo.stdout
    db = str(tmp_path / "griddesk.db")
    grid = PdfReader(tmp_path / "公示牌-全部网格.pdf").pages[0].extract_text()
    code = next(word for word in grid.split() if word.startswith("网格编码："))[5:]
    out = _run("--db", db, "print", "sign", "--grid", code, "--size", "A4", "--out", str(tmp_path / "s.pdf"),
               "--user", "demo", "--password-stdin", stdin="Demo@2026\n")
    assert out.returncode == 0 and "1 块公示牌" in out.stdout and len(PdfReader(tmp_path / "s.pdf").pages) == 1
    bad = _run("--db", db, "print", "sign", "--grid", "999", "--out", str(tmp_path / "x.pdf"),
               "--user", "demo", "--password-stdin", stdin="Demo@2026\n")
    assert bad.returncode == 1 and "没有这个网格" in bad.stderr and not (tmp_path / "x.pdf").exists()
    usage = _run("--db", db, "print", "cards", "--out", str(tmp_path / "c.pdf"), "--user", "demo",
                 "--password-stdin", stdin="Demo@2026\n")
    assert usage.returncode == 2


def test_archive_export_and_the_township_verifier(tmp_path):
    demo = _run("demo", "--headless", "--out", str(tmp_path / "v"), "--residents", "200")
    assert demo.returncode == 0, demo.stderr
    assert "全部通过" in (tmp_path / "v" / "检测报告.txt").read_text(encoding="utf-8")
    db = str(tmp_path / "v" / "griddesk.db")
    stick = tmp_path / "stick"
    stick.mkdir()
    out = _run("--db", db, "archive", "export", "--to", str(stick), "--handover", str(tmp_path / "h.pdf"),
               "--user", "demo", "--password-stdin", stdin="Demo@2026\n")
    assert out.returncode == 0, out.stderr
    assert "包摘要（SM3）" in out.stdout and (tmp_path / "h.pdf").exists()
    store = str(tmp_path / "trusted")
    unknown = _run("verify", str(tmp_path / "v" / "U盘"), "--trust-store", store)
    assert unknown.returncode == 1 and "没有登记" in unknown.stdout
    # The township took the demo's first batch before: registering its key records that link too.
    first = _run("verify", str(tmp_path / "v" / "U盘"), "--trust-store", store, "--trust-new")
    assert first.returncode == 0 and "已登记签名公钥" in first.stdout and "结论：全部通过" in first.stdout
    second = _run("verify", str(stick), "--trust-store", store, "--report", str(tmp_path / "r.xml"))
    assert second.returncode == 0 and "结论：全部通过" in second.stdout, second.stdout
    printed = _run("verify", str(stick), "--trust-store", store, "--report", str(tmp_path / "r.pdf"))
    assert printed.returncode == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    bag = next(p for p in stick.iterdir() if p.is_dir())
    photo = next((bag / "data").rglob("*.csv"))
    photo.write_bytes(photo.read_bytes() + b"x")
    broken = _run("verify", str(stick), "--trust-store", store)
    assert broken.returncode == 1 and "失败" in broken.stdout
    # The XML report is signed with the township's own key, made on first use beside its trust store.
    assert "检测报告已用本乡镇的签名密钥签名" in second.stdout and (tmp_path / "township-signing-key.json").exists()
    fingerprint = second.stdout.split("签名密钥签名，公钥指纹：", 1)[1][:39]
    # The demo registered its own pretend township, whose signed report of the first batch counts.
    demo_receipt = _run("--db", db, "archive", "receipt", str(tmp_path / "v" / "检测报告.xml"), "--user", "demo",
                        "--password-stdin", stdin="Demo@2026\n")
    assert demo_receipt.returncode == 0 and "已接收" in demo_receipt.stdout, demo_receipt.stderr
    unregistered = _run("--db", db, "archive", "receipt", str(tmp_path / "r.xml"), "--user", "demo",
                        "--password-stdin", stdin="Demo@2026\n")
    assert unregistered.returncode == 1 and "不是本中心登记的乡镇" in unregistered.stderr
    registered = _run("--db", db, "archive", "township-key", "--fingerprint", fingerprint, "--user", "demo",
                      "--password-stdin", stdin="Demo@2026\n")
    assert registered.returncode == 0 and fingerprint in registered.stdout, registered.stderr
    receipt = _run("--db", db, "archive", "receipt", str(tmp_path / "r.xml"), "--user", "demo", "--password-stdin",
                   stdin="Demo@2026\n")
    assert receipt.returncode == 0 and "已接收" in receipt.stdout, receipt.stderr


def test_where_names_the_data_folder_and_finds_translations_and_migrations(tmp_path):
    out = _run("where", env_extra={"GRIDDESK_HOME": str(tmp_path / "home")})
    assert out.returncode == 0, out.stderr
    assert f"数据库：{tmp_path / 'home' / 'griddesk.db'}" in out.stdout
    assert "（有）" in out.stdout and "程序认识 " in out.stdout


def test_backup_check_and_restore_from_the_command_line(tmp_path):
    db = tmp_path / "c" / "griddesk.db"
    password = "Grid@2026pass\n"
    assert _run("--db", str(db), "init", "--village", "测试村", "--code", "140105100201", "--director", "zhuren",
                "--password-stdin", stdin=password).returncode == 0
    made = _run("--db", str(db), "backup", "--to", str(tmp_path / "stick"), "--user", "zhuren",
                "--password-stdin", stdin=password)
    assert made.returncode == 0 and "已校验" in made.stdout, made.stderr
    folder = next((tmp_path / "stick").iterdir())
    checked = _run("--db", str(db), "check", "--full", "--user", "zhuren", "--password-stdin", stdin=password)
    assert checked.returncode == 0 and "完好" in checked.stdout
    moved = tmp_path / "newpc" / "griddesk.db"
    restored = _run("--db", str(moved), "restore", str(folder), "--user", "zhuren", "--password-stdin",
                    stdin=password)
    assert restored.returncode == 0 and "测试村" in restored.stdout, restored.stderr
    again = _run("--db", str(moved), "restore", str(folder / "backup.json"), "--user", "zhuren",
                 "--password-stdin", stdin=password)
    assert again.returncode == 0 and "已恢复" in again.stdout, again.stderr


def test_a_grid_leaders_account_from_the_command_line(tmp_path):
    """users add --role grid_leader --grids ... --member NAME: the account is that person's, in its grids."""
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.services.roster import RosterService
    from gridDesk.services.team import TeamService

    assert _run("demo", "--headless", "--out", str(tmp_path), "--residents", "250").returncode == 0
    db = tmp_path / "griddesk.db"
    session = Access(db, paths.migrations_dir(), MemoryCache()).login("demo", "Demo@2026")
    try:
        grid = RosterService(session).tree()[0].code
        members = TeamService(session).members()
        names = [t.member.name for t in members]
        person = next(t for t in members if t.member.grid_code == grid and names.count(t.member.name) == 1)
    finally:
        session.close()
    added = _run("--db", str(db), "users", "add", "gz1", "--role", "网格长", "--grids", grid, "--member",
                 person.member.name, "--user", "demo", "--password-stdin", stdin="Demo@2026\nLeader@2026x\n")
    assert added.returncode == 0, added.stderr
    listed = _run("--db", str(db), "users", "list", "--user", "demo", "--password-stdin", stdin="Demo@2026\n")
    assert any(line.split("\t")[0::2][:2] == ["gz1", "网格长"] and line.endswith(grid)
               for line in listed.stdout.splitlines()), listed.stdout
    nobody = _run("--db", str(db), "users", "add", "gz2", "--role", "grid_member", "--member", "查无此人",
                  "--user", "demo", "--password-stdin", stdin="Demo@2026\nLeader@2026x\n")
    assert nobody.returncode == 1 and "查无此人" in nobody.stderr
    session = Access(db, paths.migrations_dir(), MemoryCache()).login("demo", "Demo@2026")
    try:
        from gridDesk.services.accounts import AccountsService

        account = next(a for a in AccountsService(session, None).list() if a.username == "gz1")
        assert account.member_id == person.id and account.grid_codes == (grid,)
    finally:
        session.close()
