"""`griddesk print party --out FILE.pdf`: the party organisation chart, as the 党建 page prints it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .say import say

if TYPE_CHECKING:
    from ..services.session import UserSession


def run_party_chart(session: UserSession, out: Path) -> int:
    from ..services.party import PartyPrintService

    PartyPrintService(session).print_chart(out)
    say("cli.print.party", path=out)
    return 0
