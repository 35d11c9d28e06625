"""`griddesk [--db PATH] print petitions --month YYYY-MM --out FILE.pdf`: the month's register of
petitions (信访登记台账, A4 landscape), as the 信访 page prints it, audited."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .agreement_command import pdf_name
from .say import complain, say

if TYPE_CHECKING:
    from ..services.session import UserSession


def run_petitions(args: argparse.Namespace, session: UserSession, out: Path) -> int:
    from ..services.petitions import PetitionsService

    if not args.month:
        complain("cli.petitions.need_month")
        return 2
    if not pdf_name(out):
        return 2
    say("cli.print.petitions", count=PetitionsService(session).print_register(args.month, out), path=out)
    return 0
