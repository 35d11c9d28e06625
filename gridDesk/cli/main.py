"""griddesk: open the app, or do one job headless. Exit 0 done, 1 refused or problems, 2 usage."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .. import __version__, paths
from ..domain.accounts import Role
from ..domain.catalogue import cli_language
from ..domain.errors import GridDeskError
from ..domain.key_groups import KeyGroup
from ..security.fileio import private_umask
from . import commands
from .say import complain, say, why
from .archive_commands import add_archive_parsers
from .backup_commands import add_backup_parsers
from .cases_command import add_cases_parser
from .print_command import add_print_parser
from .report_command import add_report_parser
from .township_command import add_township_parser
from .demo_township_command import add_demo_township_arguments

ROLE_NAMES = {r.value: r for r in Role} | {r.label: r for r in Role}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="griddesk", description="GridDesk 村综治中心桌面工具")
    p.add_argument("--version", action="version", version=f"GridDesk {__version__}")
    p.add_argument("--db", type=Path, help="数据库文件（默认在用户数据目录，或 GRIDDESK_HOME）")
    p.add_argument("--demo", action="store_true", help="在演示村上打开（首次使用时自动生成）")
    sub = p.add_subparsers(dest="command")

    init = sub.add_parser("init", help="建立一个新中心的加密数据库")
    init.add_argument("--village", required=True)
    init.add_argument("--code", required=True, help="12 位统计用区划代码")
    init.add_argument("--township", default="")
    init.add_argument("--director", required=True, help="主任的登录名")
    init.add_argument("--director-name", default="")
    init.add_argument("--password-stdin", action="store_true", required=True)

    def login_args(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--user", required=True, help="登录名")
        sp.add_argument("--password-stdin", action="store_true", required=True,
                        help="从标准输入的第一行读密码")

    users = sub.add_parser("users", help="管理员工账号").add_subparsers(dest="users_command", required=True)
    add = users.add_parser("add", help="新增账号；标准输入第二行是新账号的初始密码")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=sorted(ROLE_NAMES))
    add.add_argument("--name", default="")
    add.add_argument("--grids", default="", help="网格员、网格长负责的网格编码，逗号分隔")
    add.add_argument("--member", default="", help="这个账号属于网格队伍里的哪位成员（姓名）；派给此人的案件由此账号办理")
    login_args(add)
    grids = users.add_parser("grids", help="设置网格员、网格长账号负责的网格")
    grids.add_argument("username")
    grids.add_argument("codes", nargs="*", help="网格编码；不填则清空")
    login_args(grids)
    for verb, text in (("disable", "停用账号"), ("enable", "恢复账号"), ("remove", "删除账号并更换数据密钥")):
        sp = users.add_parser(verb, help=text)
        sp.add_argument("username")
        login_args(sp)
    login_args(users.add_parser("list", help="列出账号"))

    audit = sub.add_parser("audit", help="审计日志").add_subparsers(dest="audit_command", required=True)
    login_args(audit.add_parser("verify", help="校验审计日志的哈希链"))
    login_args(audit.add_parser("head", help="显示审计链头（记录数和摘要），供月度会议记录"))

    # keygroup: the combined ledger, or a group's register recognised; keygroup:<group>: that register.
    kinds = ("residents", "households", "team", "keygroup", "rentals", *(f"keygroup:{g.value}" for g in KeyGroup))
    imp = sub.add_parser("import", help="导入 Excel 台账（先预览，加 --yes 才写入）")
    imp.add_argument("kind", choices=kinds)
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="只预览，不写入")
    imp.add_argument("--rejects", type=Path, help="把未通过的行连同原因存为 xlsx")
    imp.add_argument("--yes", action="store_true", help="确认写入通过检查的行")
    login_args(imp)

    exp = sub.add_parser("export", help="导出 Excel 台账（默认遮蔽身份证号和电话）")
    exp.add_argument("kind", choices=(*kinds, "pay", "review"))  # pay: the month's ledger (--month); review: --quarter
    exp.add_argument("out", type=Path)
    exp.add_argument("--layout", choices=("template", "county"), default="template")
    exp.add_argument("--grid", default="", help="只导出这个网格（含其微网格）")
    exp.add_argument("--unmask-reason", default="", help="导出完整号码的理由（需有权限，记入审计）")
    exp.add_argument("--month", default="", help="绩效台账的月份，如 2026-05（导出 pay 时）")
    exp.add_argument("--quarter", default="", help="季度，如 2026Q3（export review）")
    login_args(exp)

    status = sub.add_parser("status", help="工作台的数字：人口、案件、超期")
    status.add_argument("--json", action="store_true", help="以 JSON 输出")
    login_args(status)

    add_print_parser(sub, login_args)
    add_report_parser(sub, login_args)  # issue 20: the report family and the dispute report
    add_cases_parser(sub, login_args)
    add_archive_parsers(sub, login_args)
    add_backup_parsers(sub, login_args)
    add_township_parser(sub)  # issue 21: the township edition (cli/township_command.py)

    sub.add_parser("where", help="程序、数据、备份和翻译文件在哪里")

    demo = sub.add_parser("demo", help="生成演示村")
    demo.add_argument("--headless", action="store_true", help="不打开窗口，只生成并打印结果")
    demo.add_argument("--out", type=Path, help="输出目录（--headless 时必填）")
    demo.add_argument("--residents", type=int, default=None,
                      help="每个村的人口（演示村默认 1000；--township 默认每村 60；最多 10000）")
    add_demo_township_arguments(demo)  # issue 21: griddesk demo --township (cli/demo_township_command.py)
    return p


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _gui_can_start() -> str:
    """On Linux a missing X library makes Qt abort; try it in a child first and say why."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return ""
    import subprocess

    # A frozen app has no `-m`: it runs itself with the probe's variable set (see main()).
    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [sys.executable, "-m", "gridDesk.ui.probe"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60,
                              env={**os.environ, PROBE_VARIABLE: "1"})
    except (OSError, subprocess.SubprocessError) as exc:
        return str(exc)
    if done.returncode == 0:
        return ""
    hints = [line for line in done.stderr.splitlines() if "needed" in line or "Could not load" in line]
    return " ".join(hints) or done.stderr.strip()[-300:]


def _where(db: Path) -> int:
    """Where everything is: for a support call, a move to a new PC, and the frozen-app test."""
    from ..storage.migrate import KNOWN_REVISIONS

    scripts = sorted(p.name for p in (paths.migrations_dir() / "versions").glob("*.py"))
    from ..domain.catalogue import Message, Word

    catalogue = paths.resources_dir() / "i18n" / "griddesk_en.qm"
    lines = [("install_root", paths.install_root()), ("database", db), ("keys", paths.keyslot_path(db)),
             ("backups", paths.backup_dir(db)), ("log", paths.log_dir(db) / "griddesk.log"),
             ("demo", paths.demo_dir()),
             ("translation", Message("cli.where.present" if catalogue.is_file() else "cli.where.missing",
                                     {"path": catalogue})),
             ("migrations", Message("cli.where.scripts", {"path": paths.migrations_dir(), "count": len(scripts),
                                                          "known": len(KNOWN_REVISIONS)}))]
    for label, value in lines:
        say("cli.where.line", label=Word(f"cli.where.{label}"), value=value)
    return 0 if catalogue.is_file() and len(scripts) >= len(KNOWN_REVISIONS) else 1


def _no_gui(reason: str) -> int:
    complain("cli.no_gui", detail=reason)
    return 2


PROBE_VARIABLE = "GRIDDESK_QT_PROBE"


def main(argv: list[str] | None = None) -> int:
    private_umask()  # whatever GridDesk creates is its user's alone (POSIX)
    if os.environ.get(PROBE_VARIABLE) and getattr(sys, "frozen", False):
        from ..ui.probe import can_open_display

        return can_open_display()
    args = _parser().parse_args(argv)
    db = args.db or paths.default_db_path()
    try:
        if args.command is None:
            if not _has_display():
                complain("cli.no_display")
                return 2
            problem = _gui_can_start()
            if problem:
                return _no_gui(problem)
            from ..app import run_gui

            return run_gui(db_path=None if args.demo else db, demo=args.demo)
        if args.command == "demo" and not args.headless and not args.township:  # the township demo has no window
            if not _has_display():
                complain("cli.no_display_demo")
                return 2
            problem = _gui_can_start()
            if problem:
                return _no_gui(problem)
            from ..app import run_gui

            return run_gui(db_path=None, demo=True)
        if args.command == "where":
            return _where(db)
        return commands.run(args, db)
    except GridDeskError as exc:
        print(why(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
