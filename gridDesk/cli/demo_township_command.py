"""`griddesk demo --township --out DIR [--residents N] [--db URL-or-PATH]` (issue 21 items 6 and 7):
builds the demo township (services/demo_township.py) and prints where everything is and the
commands to type next, with this demo's own paths, case number and passwords in them."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from datetime import date

from .. import paths
from ..domain.catalogue import Word
from ..storage.township.engine import shown_url
from .say import complain, say


def add_demo_township_arguments(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("--township", action="store_true",
                      help="生成一个演示乡镇：五个演示村（各有密钥和数据，一个逾期、一个断链）和它们的 U 盘（不开窗口）")
    demo.add_argument("--db", dest="township_db", default=None,
                      help="--township 时乡镇数据库：文件路径或 postgresql:// 地址（默认 OUT/乡镇/township.db）")


def _quoted(part: str) -> str:
    return subprocess.list2cmdline([part]) if os.name == "nt" else shlex.quote(part)


def _command(*parts: object, password: str = "") -> str:
    line = " ".join(_quoted(str(p)) for p in ("griddesk", *parts))
    return f"  echo {password} | {line}" if password else f"  {line}"


def run_demo_township(args: argparse.Namespace) -> int:
    from ..domain.township import TownshipError
    from ..services.demo import RESIDENTS_LIMIT
    from ..services.demo_township import DEFAULT_RESIDENTS, ON_TIME, build_demo_township
    from ..storage.township.engine import is_url

    if args.out is None:
        complain("cli.demo.need_out")
        return 2
    residents = DEFAULT_RESIDENTS if args.residents is None else args.residents
    if residents < 1:
        complain("cli.demo.residents_min")
        return 2
    if residents > RESIDENTS_LIMIT:  # five villages of it: a typo of a zero or two would run for hours
        complain("cli.demo.residents_max", limit=RESIDENTS_LIMIT, value=residents)
        return 2

    def progress(n: int, total: int, name: str) -> None:
        say("cli.demo_township.progress", stream=sys.stderr, flush=True, n=n, total=total, name=name)

    try:
        demo = build_demo_township(args.out, paths.migrations_dir(), residents, args.township_db, progress)
    except TownshipError as exc:
        if exc.code != "township.db_unreachable" or not is_url(args.township_db or ""):
            raise
        # Not the import's "every package loaded is whole": a demo has nothing loaded yet.
        complain("cli.demo_township.pg_down", url=shown_url(args.township_db), detail=exc.params.get("detail", ""),
                 path=args.out / "乡镇" / "township.db")
        return 1
    say("cli.demo_township.township", name=demo.name, code=demo.code, where=demo.where)
    if demo.password:
        say("cli.demo_township.township_login", username=demo.username, password=demo.password)
    else:
        say("cli.demo_township.township_login_pg", username=demo.username)
    say("cli.demo_township.fingerprint", fingerprint=demo.fingerprint)
    if demo.recovery_key:
        say("cli.demo_township.recovery", key=demo.recovery_key)
    for v in demo.villages:
        say("cli.demo_township.village", name=v.name, code=v.code, kind=Word(f"cli.demo_township.kind.{v.kind}"),
            path=v.db_path)
        for folder in v.withheld:
            say("cli.demo_township.withheld", name=v.name, batch=folder.name, path=folder)
    say("cli.demo_township.village_login", username=demo.village_user, password=demo.village_password)
    say("cli.demo_township.stick", count=sum(len(v.on_stick) for v in demo.villages), path=demo.stick)
    _next_steps(demo, next(v for v in demo.villages if v.kind == ON_TIME and v.escalated))
    return 0


def _next_steps(demo, village) -> None:
    login = ("--db", shown_url(demo.spec), "--user", demo.username)  # never the URL's password on the screen
    say("cli.demo_township.next")
    if shown_url(demo.spec) != demo.spec:
        say("cli.demo_township.pg_password")
    say("cli.demo_township.step_import")
    print(_command("township", "import", *login, demo.stick, password=demo.password))
    say("cli.demo_township.step_status")
    print(_command("township", "status", *login, password=demo.password))
    say("cli.demo_township.step_answer", name=village.name, number=village.escalated[0])
    print(_command("township", "answer", *login, "--village", village.code, "--case", village.escalated[0],
                   "--ordinal", "1", "--kind", "instruct", "--text", "请村里先行调解，三日内报结果。",
                   password=demo.password))
    say("cli.demo_township.step_reply")
    print(_command("township", "reply", *login, "--all", demo.stick, password=demo.password))
    say("cli.demo_township.step_village", name=village.name)
    reply = demo.stick / f"HF-{demo.code}-{village.code}-{date.today().year}-0001"
    print(_command("--db", village.db_path, "archive", "reply", "--user", demo.village_user, "--password-stdin",
                   reply, password=demo.village_password))
