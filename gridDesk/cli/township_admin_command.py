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


def add_admin_parsers(township, staff, db) -> None:  # staff: its remove and password come next
    types = township.add_parser("task-types", help="查看准入清单（下发任务可用的类型）；主任可用 --set 整体替换")
    db(types)
    types.add_argument("--set", dest="set_types", nargs="+", metavar="类型",
                       help="新的准入清单：每个任务类型一个参数（替换整张清单，只有主任可以）")
    types.add_argument("--json", action="store_true")


def run_admin(session, args: argparse.Namespace) -> int:
    if args.township_command == "task-types":
        return _task_types(session, args)
    raise AssertionError(args.township_command)


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
