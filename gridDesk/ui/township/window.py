"""The township's main window: the village window's sidebar look, one page per entry, built the
first time it is shown. Which entries appear is decided by TOWNSHIP_RULES (pages.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
                               QStyle, QVBoxLayout, QWidget)

from ... import __version__
from .context import TownshipContext
from .words import role_word


@dataclass
class TownshipPage:
    key: str
    title: str
    make: Callable[[], QWidget]
    icon: QStyle.StandardPixmap
    widget: QWidget | None = None


class TownshipWindow(QMainWindow):
    def __init__(self, context: TownshipContext, pages: list[TownshipPage]) -> None:
        super().__init__()
        self.context = context
        context.setParent(self)
        session = context.session
        self.pages = pages
        self.setWindowTitle(self.tr("GridDesk 乡镇版 — {0}").format(session.name))
        self.resize(1280, 800)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for entry in pages:
            item = QListWidgetItem(self.style().standardIcon(entry.icon), entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        self.sidebar.ensurePolished()
        metrics = self.sidebar.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.title) for p in pages), default=0)
        self.sidebar.setFixedWidth(max(190, widest + 2 * 18 + 4 + 20 + 12 + 2 * self.sidebar.frameWidth()))
        self.sidebar.currentRowChanged.connect(self._show)
        brand = QLabel(self.tr("GridDesk 乡镇版"))
        brand.setObjectName("Brand")
        sub = QLabel(f"{session.name}（{session.code}）")
        sub.setObjectName("BrandSub")
        side = QWidget()
        side.setStyleSheet("background: #1f4e8c;")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(brand)
        side_layout.addWidget(sub)
        side_layout.addWidget(self.sidebar, 1)
        work = QWidget()
        layout = QHBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(work)
        self.user_label = QLabel(self.tr("当前用户：{0}（{1}）").format(session.username, role_word(session.role)))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(session.db.where))
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.sidebar.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        row = next(i for i, p in enumerate(self.pages) if p.key == key)
        return self._built(row)

    def open(self, key: str) -> QWidget:
        row = next(i for i, p in enumerate(self.pages) if p.key == key)
        self.sidebar.setCurrentRow(row)
        return self._built(row)

    def keys(self) -> list[str]:
        return [p.key for p in self.pages]

    def _built(self, row: int) -> QWidget:
        entry = self.pages[row]
        if entry.widget is None:
            entry.widget = entry.make()
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, entry.widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return entry.widget

    def _show(self, row: int) -> None:
        if row < 0:
            return
        fresh = self.pages[row].widget is None
        widget = self._built(row)
        self.stack.setCurrentWidget(widget)
        if not fresh and hasattr(widget, "shown"):  # a page just built has just read
            widget.shown()

    def closeEvent(self, event) -> None:
        runner = self.context.runner
        if runner.count():  # an import or a reply still writing: let it finish, never cut it off
            runner.wait(60_000)
        super().closeEvent(event)
