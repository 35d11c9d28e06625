"""`griddesk cases list`: the cases an account may see (the rules table's scope), by the clock."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain.cases import STATE_LABELS, CaseState
from .say import say, text

if TYPE_CHECKING:
    from ..services.session import UserSession

STATES = {s.value: s for s in CaseState} | {label: s for s, label in STATE_LABELS.items()} | {"open": None}


def add_cases_parser(sub, login_args: Callable) -> None:
    cases = sub.add_parser("cases", help="案件").add_subparsers(dest="cases_command", required=True)
    listing = cases.add_parser("list", help="列出这个账号能看到的案件：编号、网格、类型、环节、时限")
    listing.add_argument("--state", choices=sorted(STATES), default=None,
                         help="只列这个环节（open 为全部在办；不填为全部）")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    login_args(listing)


def run_cases(args: argparse.Namespace, session: UserSession) -> int:
    from ..services.cases import OPEN_STATES, CasesService

    service = CasesService(session)
    if args.state is None:
        views = service.list(None)
    elif STATES[args.state] is None:
        views = service.list(list(OPEN_STATES))
    else:
        views = service.list([STATES[args.state]])
    rows = [{"number": v.number, "grid": v.grid_code, "kind": v.work_kind.value, "state": v.state.value,
             "clock": v.clock, "due_at": v.due_at.isoformat(timespec="minutes") if v.due_at else None}
            for v in views]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for r in rows:
        due = r["due_at"].replace("T", " ") if r["due_at"] else "—"
        print(f"{r['number']}\t{r['grid'] or '—'}\t{text('cli.kind.' + r['kind'])}\t{text('cli.state.' + r['state'])}"
              f"\t{text('cli.clock.' + r['clock'])}\t{due}")
    say("cli.cases.total", count=len(rows))
    return 0
