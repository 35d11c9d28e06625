"""`griddesk township task-types [--set NAME ...] [--json]`, `staff remove USER`, `staff password
USER` and `grants`: the township's 准入清单 and its staff accounts after they are made
(services/township_task_types.py, services/township_staff.py). Each takes --db and --user as the
other township commands; on a file the director's password is the first line of standard input,
and `staff password` reads the new password from the next line (on PostgreSQL, the first)."""

from __future__ import annotations

import argparse
import json
import sys

from .say import say


def add_admin_parsers(township, staff, db) -> None:
    types = township.add_parser("task-types", help="查看准入清单（下发任务可用的类型）；主任可用 --set 整体替换")
    db(types)
    types.add_argument("--set", dest="set_types", nargs="+", metavar="类型",
                       help="新的准入清单：每个任务类型一个参数（替换整张清单，只有主任可以）")
    types.add_argument("--json", action="store_true")

    remove = staff.add_parser("remove", help="删除工作人员账号（不能删除最后一位主任；PostgreSQL 同时收回其角色的权限）")
    db(remove)
    remove.add_argument("username")

    password = staff.add_parser("password", help="为工作人员设新密码（文件库：标准输入第一行主任密码，第二行新密码；"
                                                 "PostgreSQL：第一行为此人数据库角色的新密码）")
    db(password)
    password.add_argument("username")

    grants = township.add_parser("grants", help="PostgreSQL：按每个账号的角色重新授予数据表权限（升级后或审计员缺权限时运行）")
    db(grants)


def password_lines(args: argparse.Namespace, lines: list[str] | None) -> list[str] | None:
    """On PostgreSQL no login password is read, but `staff password` still needs the new one."""
    from .commands import _lines

    if lines is None and args.township_command == "staff" and args.staff_command == "password":
        return [""] + _lines(1)
    return lines


def run_admin(session, args: argparse.Namespace, lines: list[str] | None) -> int:
    if args.township_command == "task-types":
        return _task_types(session, args)
    from ..services.township_staff import remove_staff, renew_grants, set_staff_password

    if args.township_command == "grants":
        done = renew_grants(session)
        say("cli.township.grants_done", count=len(done))
        for g in done:
            say("cli.township.grants_row", username=g.username, role=g.role, db_role=g.db_role)
        return 0
    if args.staff_command == "remove":
        removed = remove_staff(session, args.username)
        say("cli.township.staff_removed", username=removed.username)
        if removed.db_role:
            key = "closed" if removed.login_closed else "open" if removed.stripped else "kept"
            say(f"cli.township.staff_role_{key}", role=removed.db_role)
        return 0
    staff = set_staff_password(session, args.username, lines[1] if lines and len(lines) > 1 else "")
    if staff.db_role:
        say("cli.township.staff_password_pg", username=staff.username, role=staff.db_role)
    else:
        say("cli.township.staff_password", username=staff.username)
    return 0


def _task_types(session, args: argparse.Namespace) -> int:
    from ..domain.catalogue import Word
    from ..services.township_task_types import set_task_types, task_types

    if args.set_types:
        done = set_task_types(session, args.set_types)
        if not args.json:  # standard output is the JSON alone
            say("cli.township.task_types_set", count=len(done.names))
    else:
        done = task_types(session)
    if args.json:
        json.dump({"task_types": list(done.names), "default": done.default}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    say("cli.township.task_types_head", count=len(done.names),
        which=Word("cli.township.task_types_default" if done.default else "cli.township.task_types_own"))
    for n, name in enumerate(done.names, 1):
        say("cli.township.task_types_row", n=n, name=name)
    return 0
