"""The one change bus: every `Changes` a use case returns goes out on one signal.

The runner publishes what background work returns; a page that calls a quick service directly
publishes what it got back. The signal carries the change set and where it came from (the widget
that asked), so the page that made a change and already redrew itself is not redrawn twice. The
session's service bundle drops its caches first; the main window then redraws the page on show
when it shows a kind that was named. One typed signal, no untyped dicts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..services.session import Changes


class ChangeBus(QObject):
    changed = Signal(Changes, object)  # the change set, the widget it came from (or None)

    def publish(self, changes: Changes | None, origin: QObject | None = None) -> None:
        if isinstance(changes, Changes):
            self.changed.emit(changes, origin)


def changes_in(result: Any) -> Iterator[Changes]:
    """The change sets a piece of work returned: itself, or those in a tuple or list it returned."""
    if isinstance(result, Changes):
        yield result
    elif isinstance(result, (tuple, list)) and len(result) < 16:
        for item in result:
            if isinstance(item, Changes):
                yield item
