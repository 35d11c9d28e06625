"""`griddesk backup --to DIR`, `griddesk restore FILE`, `griddesk check [--full]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .. import paths
from ..domain import catalogue
from .say import complain, say, text, why


def add_backup_parsers(sub, login_args: Callable) -> None:
    backup = sub.add_parser("backup", help="备份：加密的整库备份，写入后校验")
    backup.add_argument("--to", type=Path, default=None, help="备份到这个文件夹或 U 盘（默认：数据目录下的 backups）")
    login_args(backup)
    restore = sub.add_parser("restore", help="从备份恢复（先备份现有数据，再替换）")
    restore.add_argument("file", type=Path, help="备份文件夹，或其中的任意文件")
    restore.add_argument("--dry-run", action="store_true", help="只显示并校验，不恢复")
    login_args(restore)
    check = sub.add_parser("check", help="检查数据库是否完好")
    check.add_argument("--full", action="store_true", help="逐页校验（cipher_integrity_check + integrity_check）")
    login_args(check)


def _progress(code: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        print("\r" + text(code, percent=done * 100 // max(1, total)), end="", file=sys.stderr, flush=True)
    return show


def _describe(info) -> str:
    from ..domain.backups import SHOWN_COUNTS

    sep = "，" if catalogue.cli_language() == catalogue.ZH else ", "
    counts = sep.join(text(f"cli.backup.count.{name}", count=info.counts[name])
                      for name, _label in SHOWN_COUNTS if name in info.counts)
    return text("cli.backup.describe", folder=info.folder, name=info.village, code=info.division_code,
                time=info.created.replace("T", " "), version=info.app_version, detail=counts)


def run_backup(args: argparse.Namespace, session) -> int:
    from ..services.backups import BackupService

    info = BackupService(session).backup(args.to, _progress("cli.backup.progress"))
    print(file=sys.stderr)
    print(_describe(info))
    say("cli.backup.verified")
    return 0


def run_check(args: argparse.Namespace, session) -> int:
    from ..services.backups import BackupService

    service = BackupService(session)
    problems = service.full_check() if args.full else service.quick_check()
    if problems:
        complain("cli.check.damaged", detail="; ".join(problems[:5]))
        complain("cli.check.restore_hint")
        return 1
    say("cli.check.ok_full" if args.full else "cli.check.ok_quick")
    return 0


def _say_removed_again(result) -> None:
    if result.removed_again:
        say("cli.restore.removed_again", count=len(result.removed_again), names=list(result.removed_again))


def run_restore(args: argparse.Namespace, db: Path, password: str, login) -> int:
    """With a database here: log in, then restore over it (it is backed up first). Without one
    (a new PC): the backup becomes this installation's database."""
    from ..domain.errors import DatabaseDamaged, WrongKey
    from ..services.restore import RestoreService, inspect_backup, restore_into_empty

    if not db.exists() or db.stat().st_size == 0:
        info = inspect_backup(args.file)
        print(_describe(info))
        if args.dry_run:
            return 0
        restore_into_empty(db, paths.migrations_dir(), args.file, args.user, password, _progress("cli.restore.progress"))
        print(file=sys.stderr)
        say("cli.restore.into", path=db)
        return 0
    try:
        session = login()
    except (DatabaseDamaged, WrongKey) as exc:  # too damaged to log in to: replace it, keeping its files
        print(why(exc), file=sys.stderr)
        info = inspect_backup(args.file)
        print(_describe(info))
        if args.dry_run:
            return 0
        result = restore_into_empty(db, paths.migrations_dir(), args.file, args.user, password,
                                    _progress("cli.restore.progress"), replace_damaged=True)
        print(file=sys.stderr)
        say("cli.restore.replaced_damaged")
        _say_removed_again(result)
        return 0
    try:
        service = RestoreService(session, paths.migrations_dir())
        info = service.inspect(args.file)
        print(_describe(info))
        if args.dry_run:
            return 0
        result = service.restore(args.file, password, _progress("cli.restore.progress"))
        print(file=sys.stderr)
        say("cli.restore.done")
        _say_removed_again(result)
        return 0
    finally:
        session.close()
