"""The composition root: builds the access service, the dialogs and the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from . import APP_ID, __version__, paths
from .security.fileio import private_umask
from .security.keycache import KeyringCache
from .services.access import Access
from .services.demo import DEMO_PASSWORD, DEMO_USER, DEMO_VILLAGE, build_demo
from .services.housekeeping import at_start


# Set by the start-up benchmark and the frozen-app test: print when the first window has painted
# (the login window, or the set-up wizard) and leave at once.
FIRST_WINDOW_PROBE = "GRIDDESK_EXIT_AFTER_FIRST_WINDOW"


def _exit_after_first_paint(app) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and getattr(watched, "isWindow", lambda: False)():
                print(f"first-window {time.time():.6f} {watched.__class__.__name__} {watched.windowTitle()}",
                      flush=True)
                os._exit(0)
            return False

    app._first_paint = FirstPaint(app)
    app.installEventFilter(app._first_paint)


def make_access(db_path: Path) -> Access:
    return Access(db_path, paths.migrations_dir(), KeyringCache())


def run_gui(db_path: Path | None, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .domain.errors import GridDeskError
    from .ui import i18n, ops
    from .ui.messages import explain
    from .ui.theme import STYLE

    private_umask()  # also when run_gui is called without the command line in front
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "griddesk.png")))
    i18n.install(app, i18n.saved_language())
    if os.environ.get(FIRST_WINDOW_PROBE):
        _exit_after_first_paint(app)

    hint = ""
    if demo:
        folder = paths.demo_dir()
        db_path = folder / paths.DB_NAME
        if not db_path.exists():
            if not _build_demo_with_progress(app, folder, ops, QMessageBox, explain):
                return 1
        hint = app.translate("App", "演示村：登录名 {0}，密码 {1}").format(DEMO_USER, DEMO_PASSWORD)
    assert db_path is not None
    # From here on what nothing else catches is logged (no personal data) and shown, never lost.
    from . import logfile
    from .ui import crash

    logfile.setup(paths.log_dir(db_path))
    crash.install(app)
    access = make_access(db_path)
    instance = access.instance_lock()
    try:
        instance.acquire(wait=0)
    except GridDeskError as exc:
        QMessageBox.warning(None, "GridDesk", explain(exc))
        return 1
    restart: list[bool] = []
    try:
        at_start(db_path)  # the lock is ours: what a crash left can go, and the files are made private
        status = _sign_in_and_run(app, access, db_path, demo, hint, restart)
    finally:
        instance.release()
    if restart:  # a new language asked for "restart now": the lock is free for the new process
        from .ui.restart import start_again

        start_again()
    return status


def _sign_in_and_run(app, access: Access, db_path: Path, demo: bool, hint: str,
                     restart: list[bool] | None = None) -> int:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from .domain.errors import GridDeskError
    from .services.accounts import AccountsService
    from .services.recovery_sheet import recovery_sheet_pdf, save_recovery_sheet
    from .ui import i18n, recent_login
    from .ui.dialogs.login_dialog import LoginDialog
    from .ui.dialogs.password_dialog import PasswordDialog
    from .ui.dialogs.recovery_dialog import RecoveryDialog
    from .ui.dialogs.setup_wizard import SetupWizard
    from .ui.messages import explain
    from .ui.shell import build_main_window

    session = None
    if access.is_new() or not db_path.exists():
        choice = _first_run_choice(app, QMessageBox, db_path)
        if choice == "quit":
            return 0
        if choice == "restore":
            from .ui.dialogs.restore_new_dialog import RestoreNewDialog

            if RestoreNewDialog(db_path).exec() != QDialog.DialogCode.Accepted:
                return 0
    if access.is_new():
        wizard = SetupWizard(access.create_centre, save_recovery_sheet, recovery_sheet_pdf)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.result_value is None:
            return 0
        session = access.login(wizard.result_value.director.username, wizard.password_value)
        recent_login.remember(i18n.settings(), db_path, session.account.username, session.centre.village_name)
    else:
        try:
            access.check_files()
        except GridDeskError as exc:
            if exc.code not in ("db_missing", "db_empty"):
                QMessageBox.critical(None, app.translate("App", "无法打开数据库"), explain(exc))
                return 1
            # The file is gone or empty (a failed copy, a careless click): bring it back.
            QMessageBox.warning(None, app.translate("App", "无法打开数据库"), explain(exc))
            from .ui.dialogs.restore_new_dialog import RestoreNewDialog

            if RestoreNewDialog(db_path).exec() != QDialog.DialogCode.Accepted:
                return 1
        last = recent_login.last_user(i18n.settings(), db_path, DEMO_USER if demo else "")
        while session is None:
            village = recent_login.last_village(i18n.settings(), db_path, DEMO_VILLAGE if demo else "")
            login = LoginDialog(access, village=village, last_user=last, hint=hint)
            if login.exec() == QDialog.DialogCode.Accepted:
                session = login.session
            elif login.restore_requested:
                from .ui.dialogs.restore_new_dialog import RestoreNewDialog

                RestoreNewDialog(db_path, replace_damaged=True).exec()
            elif login.recover_requested:
                recovery = RecoveryDialog(access)
                if recovery.exec() == QDialog.DialogCode.Accepted:
                    session = recovery.session
            else:
                return 0
        recent_login.remember(i18n.settings(), db_path, session.account.username, session.centre.village_name)
    if session.account.must_change_password:
        dialog = PasswordDialog(AccountsService(session, access), forced=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            session.close()
            return 0
    window = build_main_window(session, access, i18n.saved_language, i18n.save_language)
    window.show()
    status = app.exec()
    if window.restart_requested and restart is not None:
        restart.append(True)
    return status


def _first_run_choice(app, QMessageBox, db_path: Path) -> str:
    """No database here: a new centre, or this centre's data coming back from a backup."""
    box = QMessageBox(QMessageBox.Icon.Question, "GridDesk", app.translate(
        "App", "这台电脑上还没有本中心的数据（{0}）。\n\n第一次使用请选“建立新中心”；换了电脑或重装系统后，"
               "请插上存有备份的 U 盘，选“从备份恢复”。").format(db_path.parent))
    new = box.addButton(app.translate("App", "建立新中心"), QMessageBox.ButtonRole.AcceptRole)
    restore = box.addButton(app.translate("App", "从备份恢复"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(app.translate("App", "退出"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(new)
    box.exec()
    clicked = box.clickedButton()
    return "new" if clicked is new else "restore" if clicked is restore else "quit"


def _build_demo_with_progress(app, folder, ops, QMessageBox, explain) -> bool:
    """The demo village is built before anyone logs in: the runner shows its progress, and the
    start-up waits for it (the event loop keeps the dialog painted)."""
    runner = ops.Runner()
    outcome: dict[str, object] = {}
    runner.run(None, lambda job: build_demo(folder, paths.migrations_dir(), 1000, make_access=make_access,
                                            progress=job, with_activity=True),
               app.translate("App", "生成演示村"), on_done=lambda result: outcome.setdefault("ok", result),
               on_failed=lambda exc: outcome.setdefault("error", exc))
    runner.wait()
    if "error" in outcome:
        QMessageBox.critical(None, "GridDesk", explain(outcome["error"]))
        return False
    return True
