"""The township window's composition root (`griddesk township window --db URL-or-PATH`): the
application with the village app's look and language, the login, the window; the session is
closed when the window is."""

from __future__ import annotations

import sys

from ... import APP_ID, __version__, paths
from ...security.fileio import private_umask


def run_township_window(spec: str) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QDialog

    from .. import i18n
    from ..theme import STYLE
    from .context import TownshipContext
    from .login_dialog import TownshipLoginDialog
    from .pages import build_township_window

    private_umask()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "griddesk.png")))
    i18n.install(app, i18n.saved_language())
    settings = i18n.settings()
    key = "township/last_user"
    login = TownshipLoginDialog(str(spec), str(settings.value(key, "") or ""))
    if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
        return 0
    session = login.session
    settings.setValue(key, session.username)
    try:
        window = build_township_window(TownshipContext(session))
        window.show()
        return app.exec()
    finally:
        session.close()
