"""`griddesk backup --to DIR`, `griddesk restore FILE`, `griddesk check [--full]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .. import paths


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


def _progress(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        print(f"\r{label} {done * 100 // max(1, total)}%", end="", file=sys.stderr, flush=True)
    return show


def _describe(info) -> str:
    counts = "，".join(f"{label} {n}" for label, n in info.shown_counts())
    return (f"备份：{info.folder}\n  村：{info.village}（{info.division_code}）  时间：{info.created.replace('T', ' ')}"
            f"  软件版本：{info.app_version}\n  内容：{counts}")


def run_backup(args: argparse.Namespace, session) -> int:
    from ..services.backups import BackupService

    info = BackupService(session).backup(args.to, _progress("正在备份"))
    print(file=sys.stderr)
    print(_describe(info))
    print("已校验：逐页校验通过，结构检查通过，记录数与原库一致。")
    return 0


def run_check(args: argparse.Namespace, session) -> int:
    from ..services.backups import BackupService

    service = BackupService(session)
    problems = service.full_check() if args.full else service.quick_check()
    if problems:
        print("数据库有损坏：" + "; ".join(problems[:5]), file=sys.stderr)
        print("请用“griddesk restore 备份文件夹”从最近的备份恢复。", file=sys.stderr)
        return 1
    print("数据库完好（" + ("逐页校验和结构检查" if args.full else "快速检查") + "）。")
    return 0


def _say_removed_again(result) -> None:
    if result.removed_again:
        print(f"备份之后删除的 {len(result.removed_again)} 个账户（{'、'.join(result.removed_again)}）已再次删除，"
              "数据库已换用新的数据密钥。")


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
        restore_into_empty(db, paths.migrations_dir(), args.file, args.user, password, _progress("正在恢复"))
        print(file=sys.stderr)
        print(f"已恢复到 {db}。请用备份当时的账号和密码登录。")
        return 0
    try:
        session = login()
    except (DatabaseDamaged, WrongKey) as exc:  # too damaged to log in to: replace it, keeping its files
        print(exc.message, file=sys.stderr)
        info = inspect_backup(args.file)
        print(_describe(info))
        if args.dry_run:
            return 0
        result = restore_into_empty(db, paths.migrations_dir(), args.file, args.user, password,
                                    _progress("正在恢复"), replace_damaged=True)
        print(file=sys.stderr)
        print("已恢复。损坏的数据库文件已原样另存在数据目录的 backups/replaced-… 文件夹。")
        _say_removed_again(result)
        return 0
    try:
        service = RestoreService(session, paths.migrations_dir())
        info = service.inspect(args.file)
        print(_describe(info))
        if args.dry_run:
            return 0
        result = service.restore(args.file, password, _progress("正在恢复"))
        print(file=sys.stderr)
        print("已恢复。恢复前的数据库已另行备份在数据目录的 backups 文件夹。")
        _say_removed_again(result)
        return 0
    finally:
        session.close()
