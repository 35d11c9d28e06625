"""`griddesk print division --year YYYY --out FILE.pdf`: the yearly grid division report to the
township (网格划分情况报告), as the 网格 tab prints it, audited and kept for the archive batch."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .say import complain, say

if TYPE_CHECKING:
    from ..services.session import UserSession


def add_division_args(p: argparse.ArgumentParser) -> None:
    if "--year" not in p._option_string_actions:  # another printout of the year shares it
        p.add_argument("--year", default="", help="年度 YYYY（网格划分年报）")


def run_division(args: argparse.Namespace, session: UserSession) -> int:
    from ..services.division_report import DivisionReportService

    if not args.year:
        complain("cli.print.need_year")
        return 2
    out = Path(args.out)
    pages = DivisionReportService(session).print_report(args.year, out)
    say("cli.print.division", year=args.year, count=pages, path=out)
    return 0
