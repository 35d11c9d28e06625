"""One bundle of services per session, built by the shell and handed to every page.

Pages ask the bundle for a service instead of building their own, so a session has one
`CasesService` and thus one calendar, one cache of anything a service holds. The bundle also
carries the session's change bus and operations runner, and it listens to the bus itself: a
calendar change drops the cached calendar before any page redraws.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from ..domain.changes import Kind
from ..services.session import Changes, UserSession
from .changes import ChangeBus
from .ops import Runner

S = TypeVar("S")


class SessionBundle(QObject):
    def __init__(self, session: UserSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bus = ChangeBus(self)
        self.runner = Runner(self.bus, self)
        self._services: dict[type, Any] = {}
        # Go to a page and a record on it ("cases", "case:12"): set by the shell once the main
        # window exists; a page built on its own (a test) has nowhere to go.
        self.navigate: Callable[[str, str], None] | None = None
        # Connected first, so caches are fresh before any page's subscriber runs.
        self.bus.changed.connect(self._on_changes)

    @classmethod
    def of(cls, session_or_bundle: "UserSession | SessionBundle") -> "SessionBundle":
        """The bundle a page was given, or (a page built on its own, as in a test) a fresh one."""
        if isinstance(session_or_bundle, SessionBundle):
            return session_or_bundle
        return cls(session_or_bundle)

    def get(self, service: type[S]) -> S:
        """This session's one instance of `service` (a class taking the session)."""
        found = self._services.get(service)
        if found is None:
            found = self._services[service] = service(self.session)
        return found

    def publish(self, changes: Changes | None, origin: QObject | None = None) -> None:
        """For a page that called a quick service itself: tell the caches and the other pages."""
        self.bus.publish(changes, origin)

    def _on_changes(self, changes: Changes, _origin: object = None) -> None:
        if changes.kind in (Kind.CALENDAR, Kind.EVERYTHING):
            self.calendar_changed(changes)

    def calendar_changed(self, changes: Changes) -> None:
        """The working-day calendar changed: drop every cached calendar. The open cases' stored
        due dates were already re-timed in the change's own commit (CasesService.set_calendar_day,
        services/work_calendar.retime_open_cases); the cases page shows CALENDAR and redraws."""
        from ..services.cases import CasesService

        cases = self._services.get(CasesService)
        if cases is not None:
            cases.forget_calendar()
