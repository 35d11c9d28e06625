"""The main window: sidebar, pages, status bar, the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QMessageBox, QStackedWidget, QStyle, QVBoxLayout,
                               QWidget)

from .. import __version__
from ..domain.accounts import IDLE_LOCK_SECONDS
from ..domain.audit import Action
from ..domain.errors import GridDeskError
from ..services.access import Access
from ..services.session import UserSession
from . import ops
from .idle import IdleWatcher
from .messages import explain
from .widgets.banner import Banner
from .widgets.lock_screen import LockScreen
from .words import role_label


@dataclass
class PageEntry:
    """A sidebar entry; its page is built the first time it is shown, so start-up builds one."""

    key: str
    title: str
    make: Callable[[], QWidget]
    icon: QStyle.StandardPixmap
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    def __init__(self, session: UserSession, access: Access, pages: list[PageEntry],
                 idle_seconds: float = IDLE_LOCK_SECONDS) -> None:
        super().__init__()
        self.session = session
        self.access = access
        self.pages = pages
        self.setWindowTitle(self.tr("GridDesk 村综治中心 — {0}").format(session.centre.village_name))
        self.resize(1200, 760)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget()
        for entry in pages:
            item = QListWidgetItem(self.style().standardIcon(entry.icon), entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        self.sidebar.currentRowChanged.connect(self._show_page)

        brand = QLabel("GridDesk")
        brand.setObjectName("Brand")
        sub = QLabel(session.centre.village_name)
        sub.setObjectName("BrandSub")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(brand)
        side_layout.addWidget(sub)
        side_layout.addWidget(self.sidebar, 1)
        side.setStyleSheet("background: #1f4e8c;")

        work = QWidget()
        work_layout = QHBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        work_layout.addWidget(side)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.health_banner = Banner("Banner", self.tr("去“备份与恢复”"), lambda: self.open_list("settings", "backup"))
        self.health_text = self.health_banner.text
        right.addWidget(self.health_banner)
        right.addWidget(self.stack, 1)
        work_layout.addLayout(right, 1)

        user_line = f"{session.account.display_name}（{role_label(session.account.role)}）"
        self.lock_screen = LockScreen(user_line)
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.outer = QStackedWidget()
        self.outer.addWidget(work)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        self.user_label = QLabel(self.tr("当前用户：{0}").format(user_line))
        self.lock_label = QLabel()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_label)
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))
        self._build_menu()

        self.idle = IdleWatcher(idle_seconds, self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.start()
        self._set_lock_label()
        self.health_task = None
        self._health_after_paint = _AfterFirstPaint(self, self.check_health)
        self.sidebar.setCurrentRow(0)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.lock_action = QAction(self.tr("锁定(&L)"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于 GridDesk(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.about_action = about

    def page(self, key: str) -> QWidget:
        row = next(i for i, p in enumerate(self.pages) if p.key == key)
        return self._built(row)

    def _built(self, row: int) -> QWidget:
        entry = self.pages[row]
        if entry.widget is None:
            entry.widget = entry.make()
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, entry.widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return entry.widget

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(next(i for i, p in enumerate(self.pages) if p.key == key))

    def open_list(self, key: str, arg: str) -> None:
        """Go to a page and, where it has one, the list a dashboard number stands for."""
        if not any(p.key == key for p in self.pages):
            return
        self.show_page(key)
        page = self.page(key)
        if key == "roster" and arg == "team":
            page.tabs.setCurrentWidget(page.team)
        elif key == "cases" and arg:
            page.show_scope(arg)
        elif key in ("visits", "training") and arg:
            page.show_part(arg)
        elif key == "settings" and arg == "calendar":
            page.show_calendar()
        elif key == "settings":
            page.show_backups()

    # -- the database's health --------------------------------------------------------------
    def check_health(self) -> None:
        """A quick check at every start, the full one when a week has passed; off the UI thread."""
        if self.session.read_only:
            self.show_health(["login"])
            return
        from ..services.backups import BackupService

        service = BackupService(self.session)

        def work(_report) -> list[str]:
            if self.session.locked:
                return []
            problems = service.quick_check()
            if not problems and service.full_check_due():
                problems = service.full_check()
            return problems

        # Only damage turns the banner on; a check cut short (the window closing, a busy moment)
        # is simply tried again at the next start.
        self.health_task = ops.start(work, self.show_health, lambda _exc: self.show_health([]))

    def show_health(self, problems: list[str]) -> None:
        self.health_task = None
        if not problems or self.session.locked:
            return
        self.health_text.setText(self.tr(
            "数据库检查发现损坏，已进入只读模式：可以查看、打印和导出，不能修改。"
            "请到“设置 → 备份与恢复”从最近的备份恢复；恢复前现在的数据会先另存一份。"))
        self.health_banner.show()

    def after_restore(self) -> None:
        """The database under every page has just been replaced: show it afresh."""
        self.health_banner.hide()
        for entry in self.pages:
            if entry.widget is not None and entry.widget is not self.stack.currentWidget():
                self._refresh(entry.widget)
        self._refresh(self.stack.currentWidget())

    def _show_page(self, row: int) -> None:
        if row < 0 or self.session.locked:
            return
        widget = self._built(row)
        self.stack.setCurrentIndex(row)
        if not self.isVisible():
            # At start-up the window paints first and the figures follow a moment later.
            self._after_first_paint = _AfterFirstPaint(self, lambda: self._refresh(widget))
        else:
            self._refresh(widget)

    def _refresh(self, widget: QWidget) -> None:
        if self.session.locked:
            return
        try:
            widget.refresh()  # type: ignore[attr-defined]
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("无法显示"), explain(exc))

    def _set_lock_label(self) -> None:
        self.lock_label.setText(self.tr("状态：已锁定") if self.session.locked else self.tr("状态：已解锁"))

    # -- the idle lock ----------------------------------------------------------------------
    def lock(self) -> None:
        if self.session.locked:
            return
        try:
            self.session.record(Action.LOCK.value, self.session.account.username)
        except GridDeskError:
            pass  # locking must never fail for want of a log line
        self.session.lock()
        QGuiApplication.clipboard().clear()
        self.idle.stop()
        self.menuBar().setEnabled(False)
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        self._set_lock_label()

    def unlock(self, password: str) -> None:
        try:
            self.access.unlock(self.session, password)
        except GridDeskError as exc:
            self.lock_screen.error.say(explain(exc))
            self.lock_screen.password.clear()
            return
        self.outer.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.idle.start()
        self._set_lock_label()
        self._show_page(self.sidebar.currentRow())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于 GridDesk"), self.tr(
            "<h3>GridDesk {0}</h3><p>村综治中心（网格化服务管理中心）桌面工具：网格与人口、走访、"
            "事件六步闭环、培训、公示牌打印与档案上报。</p><p>数据以 SQLCipher 4 加密保存在本机，"
            "每次查看敏感信息、打印和导出都记入防篡改的审计日志。</p>").format(__version__))

    def closeEvent(self, event) -> None:
        if not self.session.locked:
            try:
                self.session.record(Action.LOGOUT.value, self.session.account.username)
            except Exception:  # noqa: BLE001 - closing must never fail for want of a log line
                pass
        self.session.close()
        QApplication.instance().removeEventFilter(self.idle)
        super().closeEvent(event)


class _AfterFirstPaint(QObject):
    """Runs `then` once, right after the window's first paint (a one-shot application filter)."""

    def __init__(self, window: QWidget, then) -> None:
        super().__init__(window)
        self.window = window
        self.then = then
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is self.window:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False

