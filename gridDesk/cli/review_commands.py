"""`griddesk print review` and `griddesk export review`: the quarterly review's sheets, summary and
xlsx, headless, through the same service as the 季评议 tab (and so on the audit log)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .say import complain, say

if TYPE_CHECKING:
    from ..services.session import UserSession


def add_review_print_args(p) -> None:
    p.add_argument("--quarter", default="", help="季度，如 2026Q3（print review / export review）")
    p.add_argument("--member", default="", help="只打印这位网格员的评议表（姓名）")
    p.add_argument("--summary", action="store_true", help="打印季度汇总表（含年度评定），而不是每人一页的评议表")


def _quarter(args: argparse.Namespace):
    from ..domain.assessment import Quarter

    if not args.quarter:
        complain("cli.review.need_quarter")
        return None
    return Quarter.parse(args.quarter)


def run_print_review(args: argparse.Namespace, session: UserSession) -> int:
    from ..services.review_printouts import ReviewPrintService

    quarter = _quarter(args)
    if quarter is None:
        return 2
    service, out = ReviewPrintService(session), Path(args.out)
    if args.summary:
        say("cli.review.summary", count=service.print_summary(out, quarter), path=out)
    else:
        say("cli.review.sheets", count=service.print_sheets(out, quarter, args.member), path=out)
    return 0


def run_export_review(args: argparse.Namespace, session: UserSession) -> int:
    from ..services.review_printouts import ReviewPrintService

    quarter = _quarter(args)
    if quarter is None:
        return 2
    count = ReviewPrintService(session).export_xlsx(Path(args.out), quarter)
    say("cli.review.exported", count=count, path=args.out)
    return 0
