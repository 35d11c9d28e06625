"""The main window's pages: only the page on screen decides how small the window may be.

A QStackedWidget asks for room for its widest page, shown or not, so once a wide page (the audit
log's filters in English) had been opened the window grew and never shrank back. Here the page on
screen alone sets the minimum, and the stack sits in a scroll area: a page wider than the window
scrolls instead of widening the window.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QStackedWidget


class PageStack(QStackedWidget):
    def __init__(self) -> None:
        super().__init__()
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)


def scrolling(stack: PageStack) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(stack)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area
