"""A sidebar page made of parts, each a tab in a file of its own (例会考核, 党建): the tabs an
account may see are listed by the page's own `tabs()`; the sidebar shows the page only when one
is visible, and the dashboard opens a part by its key (show_part)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...domain.changes import Kind
from ...domain.rules import Permission, can
from ...services.session import UserSession
from ..bundle import SessionBundle
from .header import page_header


@dataclass(frozen=True)
class PageTab:
    key: str  # the part the dashboard opens (show_part)
    title: str  # QT_TRANSLATE_NOOP(<the page's context>, ...)
    make: Callable[[SessionBundle], QWidget]  # the tab has refresh()
    shows: frozenset[Kind]  # the kinds of change it redraws on
    permission: Permission = Permission.VIEW_ASSESSMENT


def tabs_for(session: UserSession, tabs: list[PageTab]) -> list[PageTab]:
    return [t for t in tabs if can(session.account.role, t.permission)]


class TabbedPage(QWidget):
    CONTEXT = ""  # the translation context of the tab titles

    def __init__(self, session: "UserSession | SessionBundle", tabs: list[PageTab], title: str,
                 intro: str) -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(title, intro))
        self.tabs = QTabWidget()
        self.parts: dict[str, QWidget] = {}
        for tab in tabs_for(self.ctx.session, tabs):
            widget = tab.make(self.ctx)
            self.parts[tab.key] = widget
            self.tabs.addTab(widget, QCoreApplication.translate(self.CONTEXT, tab.title))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None:
            current.refresh()

    def show_part(self, part: str) -> None:
        if part in self.parts:
            self.tabs.setCurrentWidget(self.parts[part])
