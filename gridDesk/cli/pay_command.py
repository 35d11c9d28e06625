"""`griddesk export pay OUT.xlsx --month YYYY-MM`: the month's performance-pay ledger for the
township's finance office (a locked month as locked, else the draft or what the rules give now)."""

from __future__ import annotations

import argparse

from ..domain.errors import ValidationError
from .say import say


def run_export_pay(args: argparse.Namespace, session) -> int:
    from ..services.pay import PayService
    from ..services.pay_export import export_pay

    if not args.month:
        raise ValidationError("month", "pay.month_form", value="")
    export_pay(PayService(session), args.month, args.out)
    say("cli.pay.exported", month=args.month, path=args.out)
    return 0
