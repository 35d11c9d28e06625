"""`griddesk print sign|cards|ledger`: the same PDFs as the 打印 page, headless, audited."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from typing import TYPE_CHECKING

from .agreement_command import add_agreement_args, run_agreement
from .division_command import add_division_args, run_division
from .minutes_command import add_minutes_args, run_minutes
from .party_command import run_party_chart
from .petitions_command import run_petitions
from .review_commands import add_review_print_args, run_print_review
from .say import complain, say

if TYPE_CHECKING:
    from ..services.session import UserSession


def add_print_parser(sub, login_args: Callable) -> None:
    p = sub.add_parser("print", help="打印公示牌、联系卡或台账为 PDF")
    p.add_argument("what", choices=("sign", "cards", "ledger", "patrols", "minutes", "review", "party", "division",
                                    "petitions", "agreement"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--grid", default="", help="网格编码")
    where.add_argument("--all", action="store_true", help="全部网格（公示牌）")
    p.add_argument("--kind", choices=("residents", "team", "keygroup"), default="residents", help="台账种类")
    p.add_argument("--size", choices=("A3", "A4", "A2", "A1"), default="A3", help="公示牌纸张")
    p.add_argument("--unmask-reason", default="", help="台账印完整号码的理由（需有权限，记入审计）")
    p.add_argument("--month", default="", help="月份 YYYY-MM（巡查日历）")
    p.add_argument("--out", type=Path, required=True)
    add_minutes_args(p)
    add_review_print_args(p)
    add_division_args(p)
    add_agreement_args(p)
    login_args(p)


def run_print(args: argparse.Namespace, session: UserSession) -> int:
    from ..services.printouts import PrintService  # reportlab loads only when something is printed

    if args.what == "review":
        return run_print_review(args, session)
    if args.what == "party":  # 党组织架构图 (issue 19)
        return run_party_chart(session, Path(args.out))
    if args.what == "division":
        return run_division(args, session)
    if args.what == "agreement":  # 人民调解协议书 (issue 20)
        return run_agreement(args, session, Path(args.out))
    service = PrintService(session)
    out = Path(args.out)
    if args.what == "patrols":
        return _print_patrols(args, session, out)
    if args.what == "minutes":
        return run_minutes(args, session, out)
    if args.what == "petitions":  # 信访登记台账 (issue 20)
        return run_petitions(args, session, out)
    if args.what == "sign":
        if not args.all and not args.grid:
            complain("cli.print.need_grid_or_all")
            return 2
        count = service.print_signs(out, None if args.all else [args.grid], args.size)
        say("cli.print.signs", count=count, path=out)
    elif args.what == "cards":
        if not args.grid:
            complain("cli.print.need_grid")
            return 2
        say("cli.print.cards", count=service.print_cards(out, args.grid), path=out)
    else:
        pages = service.print_ledger(out, args.kind, args.grid, args.unmask_reason)
        say("cli.print.ledger", count=pages, path=out)
    return 0


def _print_patrols(args: argparse.Namespace, session: UserSession, out: Path) -> int:
    """The month's patrol calendar, one grid a page (all the account's grids, or --grid)."""
    from ..domain.patrols import parse_month
    from ..services.patrol_printouts import PatrolPrintService

    if not args.month:
        complain("cli.print.need_month")
        return 2
    year, month = parse_month(args.month)
    say("cli.print.patrols", count=PatrolPrintService(session).print_calendars(out, year, month, args.grid), path=out)
    return 0
