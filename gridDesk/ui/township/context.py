"""What every township page shares: the session, the one runner for long work, and a signal that
tells the pages what changed (an import, an answer, a reply) so they read again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from ...domain.township import TownshipAction, may
from ...services.township import TownshipSession
from ..ops import Runner


class TownshipContext(QObject):
    changed = Signal(str)  # "import" | "answer" | "reply"

    def __init__(self, session: TownshipSession, today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = Runner(parent=self)
        self._today = today  # fixed by the tests; else the day the page reads

    @property
    def today(self) -> date:
        return self._today or date.today()

    def may(self, action: TownshipAction) -> bool:
        """TOWNSHIP_RULES decides what the window offers (the services check again)."""
        return may(self.session.role, action)
