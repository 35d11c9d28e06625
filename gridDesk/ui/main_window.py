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
from ..domain.changes import Kind
from ..services.session import Changes, UserSession
from .bundle import SessionBundle
from .idle import IdleWatcher
from .messages import explain
from .widgets.banner import Banner
from .widgets.lock_screen import LockScreen
from .widgets.page_stack import PageStack, scrolling
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
    def __init__(self, session: "UserSession | SessionBundle", access: Access, pages: list[PageEntry],
                 idle_seconds: float = IDLE_LOCK_SECONDS) -> None:
        super().__init__()
        self.bundle = SessionBundle.of(session)
        self.runner = self.bundle.runner
        session = self.session = self.bundle.session
        self._lock_pending = False
        self._close_pending = False
        self.restart_requested = False  # read by the app once the window has closed
        self.access = access
        self.pages = pages
        self.setWindowTitle(self.tr("GridDesk 村综治中心 — {0}").format(session.centre.village_name))
        self.resize(1200, 760)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = PageStack()
        for entry in pages:
            item = QListWidgetItem(self.style().standardIcon(entry.icon), entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        # As wide as its longest entry in this language (at least 190): never a scroll bar.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFixedWidth(max(190, self._sidebar_width()))
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
        right.addWidget(scrolling(self.stack), 1)
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
        self.bundle.bus.changed.connect(self._on_changes)
        self.runner.idle.connect(self._work_ended)
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
        self.manual_action = QAction(self.tr("使用说明(&M)"), self)
        self.manual_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.manual_action.triggered.connect(self.show_manual)
        help_menu.addAction(self.manual_action)
        help_menu.addSeparator()
        about = QAction(self.tr("关于 GridDesk(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.about_action = about

    def _sidebar_width(self) -> int:
        # The entries' padding (18 px each side), the selection bar (4 px), the icon and its gap.
        self.sidebar.ensurePolished()  # the style sheet sets the font size
        metrics = self.sidebar.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.sidebar.item(i).text()) for i in range(self.sidebar.count())),
                     default=0)
        return widest + 2 * 18 + 4 + self.sidebar.iconSize().width() + 12 + 2 * self.sidebar.frameWidth()

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
        if key == "roster" and arg in ("team", "grids", "residents", "wechat", "volunteers"):
            page.tabs.setCurrentWidget(getattr(page, arg))
        elif key == "cases" and arg.startswith("case:"):
            page.show_scope("all")
            page.select_case(int(arg[5:]))
        elif key == "daily_logs" and arg.startswith("day:"):
            member, day = arg[4:].split(":", 1)
            page.show_member_day(int(member), day)
        elif key == "roster" and arg in ("incomplete", "vacancies"):  # issue 19: a complete team per grid
            page.show_staffing(arg)
        elif key == "cases" and arg:
            page.show_scope(arg)
        elif key in ("visits", "training", "patrols", "cycle", "disputes") and arg:
            page.show_part(arg)
        elif key == "daily_logs" and arg:
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

        service = self.bundle.get(BackupService)

        def work(_report) -> list[str]:
            if self.session.locked:
                return []
            problems = service.quick_check()
            if not problems and service.full_check_due():
                problems = service.full_check()
            return problems

        # Only damage turns the banner on; a check cut short (the window closing, a busy moment)
        # is simply tried again at the next start.
        self.health_task = self.runner.run(self, work, self.tr("检查数据库"), progress=False, quiet=True,
                                           on_done=self.show_health,
                                           on_failed=lambda _exc: self.show_health([]))

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
        self.bundle.publish(Changes(Kind.EVERYTHING))  # caches first (the bundle listens first)
        for entry in self.pages:
            if entry.widget is not None and entry.widget is not self.stack.currentWidget():
                self._refresh(entry.widget)
        self._refresh(self.stack.currentWidget())

    def _on_changes(self, changes: Changes, origin: object) -> None:
        """Something changed: the page on screen redraws if it shows that kind and did not make
        the change itself (it redrew already). Pages not on screen redraw when next shown."""
        if changes.kind is Kind.EVERYTHING or self.session.locked:
            return
        current = self.stack.currentWidget()
        shows = getattr(current, "SHOWS", frozenset())
        if changes.kind not in shows:
            return
        if isinstance(origin, QWidget) and (origin is current or current.isAncestorOf(origin)):
            return
        self._refresh(current)

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
    def busy_words(self, then: str) -> str:
        """"正在导出档案，完成后再锁定": what runs, and what waits for it."""
        return self.tr("正在{0}，完成后再{1}").format("、".join(self.runner.labels()), then)

    def lock(self) -> None:
        """Cover the window at once; close the database only when no work is using it (an
        export under way finishes and is recorded, then the lock completes)."""
        if self.session.locked or self._lock_pending:
            return
        QGuiApplication.clipboard().clear()
        self.idle.stop()
        self.menuBar().setEnabled(False)
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        if self.runner.only_quiet():
            self.runner.wait()  # the start-up check: moments, nothing to say
        if self.runner.count():
            self._lock_pending = True
            words = self.busy_words(self.tr("锁定"))
            self.lock_screen.wait_for(words)
            self.lock_label.setText(words)
            return
        self._close_for_lock()

    def _close_for_lock(self) -> None:
        self._lock_pending = False
        try:
            self.session.record(Action.LOCK.value, self.session.account.username)
        except GridDeskError:
            pass  # locking must never fail for want of a log line
        self.session.lock()
        self.lock_screen.wait_for("")
        self._set_lock_label()

    def _work_ended(self) -> None:
        """The last running operation has ended: a lock or a close that waited goes ahead."""
        if self._close_pending:
            self.close()
        elif self._lock_pending:
            self._close_for_lock()

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

    def show_manual(self) -> None:
        """The manual beside the work, not over it: one window, raised again when asked twice."""
        from .. import paths
        from .dialogs.manual_window import ManualWindow

        if getattr(self, "manual", None) is None:
            self.manual = ManualWindow(paths.manual_page(), self)
        self.manual.show()
        self.manual.raise_()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于 GridDesk"), self.tr(
            "<h3>GridDesk {0}</h3><p>村综治中心（网格化服务管理中心）桌面工具：网格与人口、走访、"
            "事件六步闭环、培训、公示牌打印与档案上报。</p><p>数据以 SQLCipher 4 加密保存在本机，"
            "每次查看敏感信息、打印和导出都记入防篡改的审计日志。</p>").format(__version__))

    def ask_about_running_work(self) -> str:
        """Closing while work runs: "wait" (close when it is done), "cancel" (stop it, then close)
        or "stay"."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("还有工作在进行"),
                          self.busy_words(self.tr("退出")) + self.tr("。要等它完成，还是取消它？"), parent=self)
        wait = box.addButton(self.tr("完成后退出"), QMessageBox.ButtonRole.AcceptRole)
        cancel = None
        if any(op.cancellable for op in self.runner.running):
            cancel = box.addButton(self.tr("取消它再退出"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("不退出"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait)
        box.exec()
        return "wait" if box.clickedButton() is wait else "cancel" if box.clickedButton() is cancel else "stay"

    def restart(self) -> None:
        """Close the normal way (work finished or cancelled, logout recorded, database closed);
        the app starts again once this process has let go of its lock."""
        self.restart_requested = True
        self.close()
        if self.isVisible() and not self._close_pending:
            self.restart_requested = False  # they chose to stay

    def closeEvent(self, event) -> None:
        if self.runner.only_quiet():
            self.runner.cancel_all()
            self.runner.wait()  # the start-up check: moments, nothing to ask
        if self.runner.count():
            # Never close the database under a worker: wait for it, or cancel it and wait.
            event.ignore()
            if self._close_pending:
                return
            answer = self.ask_about_running_work()
            if answer == "stay":
                return
            if answer == "cancel":
                self.runner.cancel_all()
            self._close_pending = True
            self.statusBar().showMessage(self.busy_words(self.tr("退出")))
            return
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

