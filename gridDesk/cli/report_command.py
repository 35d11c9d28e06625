"""`griddesk report disputes --period YYYY-MM --out FILE.pdf|FILE.xlsx`: the monthly dispute
report (矛盾纠纷排查调处情况统计表) as the township's paper form (A4 landscape) or as a workbook;
the file's suffix chooses. Audited like every print and export."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .say import complain, say

if TYPE_CHECKING:
    from ..services.session import UserSession


def add_report_parser(sub, login_args: Callable) -> None:
    report = sub.add_parser("report", help="统计报表").add_subparsers(dest="report_kind", required=True)
    disputes = report.add_parser("disputes", help="矛盾纠纷排查调处情况统计表（月报）")
    disputes.add_argument("--period", required=True, help="填报月份 YYYY-MM")
    disputes.add_argument("--out", type=Path, required=True, help="输出文件：.pdf 打印版，.xlsx 表格")
    disputes.add_argument("--filled-by", default="", help="填报人")
    disputes.add_argument("--reviewed-by", default="", help="审核人")
    login_args(disputes)


def run_report(args: argparse.Namespace, session: UserSession) -> int:
    from ..services.dispute_report import DisputeReportService

    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        complain("cli.report.bad_suffix", path=out)
        return 2
    # The mediation facts (重大, people, outcome) are wired here once people's mediation lands.
    service = DisputeReportService(session)
    if suffix == ".pdf":
        pages = service.print_pdf(args.period, out, args.filled_by, args.reviewed_by)
        say("cli.report.disputes", period=args.period, count=pages, path=out)
    else:
        service.export_xlsx(args.period, out, args.filled_by, args.reviewed_by)
        say("cli.report.disputes_xlsx", period=args.period, path=out)
    return 0
