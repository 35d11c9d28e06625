"""`griddesk archive reply PATH`: the township's signed reply package imported at the village,
each item listed with what became of it (applied, applied before, kept with the reason)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..domain.catalogue import ZH, cli_language
from .say import say, text


def add_reply_parser(archive, login_args: Callable) -> None:
    reply = archive.add_parser("reply", help="导入乡镇签名的回复包（回执、答复、复评、任务、培训）")
    reply.add_argument("path", type=Path, help="U 盘上的回复包文件夹 HF-…")
    login_args(reply)


def run_reply(args: argparse.Namespace, session) -> int:
    from ..services.replies import APPLIED, ALREADY, KEPT, RepliesService

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = RepliesService(session).import_reply(args.path, progress=progress)
    print(file=sys.stderr)
    lang = cli_language()
    words = {APPLIED: text("cli.reply.applied"), ALREADY: text("cli.reply.already"), KEPT: text("cli.reply.kept")}
    for item in result.items:
        reason = item.reason_in(lang)
        colon = "：" if lang == ZH else ": "
        print(f"[{words[item.outcome]}] {item.title_in(lang)}" + (f"{colon}{reason}" if reason else ""))
    if result.again:
        say("cli.reply.again")
    say("cli.reply.imported", name=result.name, township=result.township_name, applied=result.count(APPLIED),
        already=result.count(ALREADY), kept=result.count(KEPT))
    return 0
