"""`griddesk print sign|cards|ledger`: the same PDFs as the 打印 page, headless, audited."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..services.session import UserSession


def add_print_parser(sub, login_args: Callable) -> None:
    p = sub.add_parser("print", help="打印公示牌、联系卡或台账为 PDF")
    p.add_argument("what", choices=("sign", "cards", "ledger"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--grid", default="", help="网格编码")
    where.add_argument("--all", action="store_true", help="全部网格（公示牌）")
    p.add_argument("--kind", choices=("residents", "team", "keygroup"), default="residents", help="台账种类")
    p.add_argument("--size", choices=("A3", "A4", "A2", "A1"), default="A3", help="公示牌纸张")
    p.add_argument("--unmask-reason", default="", help="台账印完整号码的理由（需有权限，记入审计）")
    p.add_argument("--out", type=Path, required=True)
    login_args(p)


def run_print(args: argparse.Namespace, session: UserSession) -> int:
    from ..services.printouts import PrintService  # reportlab loads only when something is printed

    service = PrintService(session)
    out = Path(args.out)
    if args.what == "sign":
        if not args.all and not args.grid:
            print("请用 --grid 编码 指定网格，或用 --all 打印全部网格。", file=sys.stderr)
            return 2
        count = service.print_signs(out, None if args.all else [args.grid], args.size)
        print(f"已生成 {count} 块公示牌：{out}")
    elif args.what == "cards":
        if not args.grid:
            print("请用 --grid 编码 指定网格。", file=sys.stderr)
            return 2
        print(f"已生成 {service.print_cards(out, args.grid)} 张联系卡：{out}")
    else:
        pages = service.print_ledger(out, args.kind, args.grid, args.unmask_reason)
        print(f"已生成台账 {pages} 页：{out}")
    return 0
