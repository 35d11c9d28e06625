"""`griddesk print agreement NUMBER --out FILE.pdf [--unmask-reason WHY]`: a mediation's written
agreement (人民调解协议书), as the 人民调解 page prints it, audited. NUMBER as printed
(（2026）调字第003号) or as year-sequence (2026-3)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .say import complain, say

if TYPE_CHECKING:
    from ..services.session import UserSession


def add_agreement_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", nargs="?", default="", help="调解编号（print agreement），如 2026-3")


def pdf_name(out: Path) -> bool:
    """A PDF goes under a .pdf name (any case); another name is refused in words, nothing written."""
    if out.suffix.lower() == ".pdf":
        return True
    complain("cli.print.need_pdf", file=out.name)
    return False


def run_agreement(args: argparse.Namespace, session: UserSession, out: Path) -> int:
    from ..services.mediation import MediationService

    if not args.number:
        complain("cli.agreement.need_number")
        return 2
    if not pdf_name(out):
        return 2
    service = MediationService(session)
    mediation_id = service.find(args.number)
    pages = service.print_agreement(mediation_id, out, unmask_reason=getattr(args, "unmask_reason", "") or "")
    say("cli.print.agreement", count=pages, path=out)
    return 0
