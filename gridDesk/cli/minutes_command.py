"""`griddesk print minutes --month YYYY-MM [--date YYYY-MM-DD] --out FILE.pdf`: the month's
monthly-meeting minutes (会议纪要), as the 月例会 tab prints them, audited."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .say import complain, say

if TYPE_CHECKING:
    from ..services.session import UserSession


def add_minutes_args(p: argparse.ArgumentParser) -> None:
    # `print` is shared with the other printouts of the cycle (patrols, reviews), which take a
    # --month too: an option already there is the same option, not a second one.
    if "--month" not in p._option_string_actions:
        p.add_argument("--month", default="", help="月份 YYYY-MM")
    p.add_argument("--date", default="", help="会议日期 YYYY-MM-DD（同月开了多次会时）")


def run_minutes(args: argparse.Namespace, session: UserSession, out: Path) -> int:
    from ..services.meetings import MeetingsService

    month = args.month or (args.date[:7] if args.date else "")
    if not month:
        complain("cli.minutes.need_month")
        return 2
    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        complain("cli.minutes.bad_date", value=args.date)
        return 2
    service = MeetingsService(session)
    meeting_id = service.the_one(month, day)
    say("cli.print.minutes", count=service.print_minutes(meeting_id, out), path=out)
    return 0
