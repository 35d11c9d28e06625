"""`griddesk [--db PATH] report KIND --period PERIOD --out FILE.pdf|FILE.xlsx`: a report of the
family (monthly, quarterly, halfyear, yearly, and every kind the registry holds), printed as a
PDF or exported as xlsx, the suffix choosing; audited as the 报表 page's print and export are.
Add `--file` to file it as the period's report (its PDF and XML frozen, a new version if the
figures changed). `report disputes --period YYYY-MM` is the monthly dispute report
(矛盾纠纷排查调处情况统计表) as the township's paper form or workbook, with 填报人 / 审核人."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .say import complain, say

if TYPE_CHECKING:
    from ..services.session import UserSession


def add_report_parser(sub, login_args: Callable) -> None:
    p = sub.add_parser("report", help="生成上报报表（月报、季报、半年报、年报…）为 PDF 或 Excel")
    # the kinds come from the registry (gridDesk/services/report_kinds.py): a kind registered there
    # is a word here too, and a word that is not one is refused with the list of those that are
    p.add_argument("kind", help="报表种类：monthly、quarterly、halfyear、yearly 等")
    p.add_argument("--period", required=True, help="报告期：2026-11、2026Q3、2026H1 或 2026")
    p.add_argument("--out", type=Path, required=True, help="输出文件，.pdf 或 .xlsx")
    p.add_argument("--file", action="store_true", help="同时作为本期报表归档")
    p.add_argument("--filled-by", default="", help="填报人（矛盾纠纷统计表）")
    p.add_argument("--reviewed-by", default="", help="审核人（矛盾纠纷统计表）")
    login_args(p)


def run_report(args: argparse.Namespace, session: UserSession) -> int:
    from ..services.report_kinds import kind_named, kind_word
    from ..services.reports import ReportsService

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        complain("report.bad_suffix", file=out.name)
        return 2
    if args.kind == "disputes" and not args.file:  # with 填报人 / 审核人 as given
        return _disputes(args, session, out, suffix)
    service = ReportsService(session)
    kind = kind_named(args.kind)
    period = service.period_of(kind.kind, args.period)
    if kind.kind == "disputes":  # the paper form with its 填报人 / 审核人 as given, printed and filed alike
        from ..services.dispute_report import DisputeReportService

        data = DisputeReportService(session).report(str(period), args.filled_by or session.account.display_name,
                                                    args.reviewed_by)
    else:
        data = service.compute(kind.kind, str(period))
    if args.file:  # refused before anything is written: a running period, figures already filed
        data = service.check_filing(kind.kind, str(period), data)
    if suffix == ".pdf":
        say("cli.report.pdf", kind=kind_word(kind), period=str(period),
            count=service.print_report(kind.kind, str(period), out, data=data), path=out)
    else:
        say("cli.report.xlsx", kind=kind_word(kind), period=str(period),
            count=service.export_xlsx(kind.kind, str(period), out, data=data), path=out)
    if args.file:
        filed = service.file(kind.kind, str(period), data=data)
        say("cli.report.filed", kind=kind_word(kind), period=str(period), version=filed.version)
    return 0


def _disputes(args: argparse.Namespace, session: UserSession, out: Path, suffix: str) -> int:
    """The monthly dispute report, with the mediations' facts (重大, people, outcome) where a
    dispute case has been mediated."""
    from ..services.dispute_report import DisputeReportService

    service = DisputeReportService(session)
    if suffix == ".pdf":
        pages = service.print_pdf(args.period, out, args.filled_by, args.reviewed_by)
        say("cli.report.disputes", period=args.period, count=pages, path=out)
    else:
        service.export_xlsx(args.period, out, args.filled_by, args.reviewed_by)
        say("cli.report.disputes_xlsx", period=args.period, path=out)
    return 0
