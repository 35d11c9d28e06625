"""One cold start, measured from inside: prints JSON with the wall time of the first paint.

    python tests/bench/startup_probe.py bare
    python tests/bench/startup_probe.py plain DB_PLAIN
    python tests/bench/startup_probe.py sqlcipher DB USER PASSWORD

The parent notes the wall clock just before it starts this process; first paint minus that is
the cold start. For sqlcipher the unlock (Argon2id and the rest of login) is timed apart, so the
figure after unlock can be given beside the bare window.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    result: dict[str, float] = {"unlock": 0.0}

    class FirstPaint(QObject):
        def __init__(self, window) -> None:
            super().__init__()
            self.window = window

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in result:
                if getattr(obj, "window", None) and obj.window() is self.window:
                    result["painted"] = time.time()
                    QTimer.singleShot(0, self.wait_for_figures)
            return False

        def wait_for_figures(self) -> None:
            """The dashboard's numbers arrive just after the first paint; note when."""
            page = self.window.page("dashboard") if hasattr(self.window, "page") else None
            if page is None or page.cards["residents"].value.text() != "–":
                result["filled"] = time.time()
                app.quit()
            else:
                QTimer.singleShot(5, self.wait_for_figures)

    if mode == "bare":
        window = QMainWindow()
        window.resize(1200, 760)
    else:
        from gridDesk import paths
        from gridDesk.security.keycache import MemoryCache
        from gridDesk.services.access import Access
        from gridDesk.ui.shell import build_main_window
        from gridDesk.ui.theme import STYLE

        app.setStyleSheet(STYLE)
        if mode == "sqlcipher":
            db, user, password = Path(sys.argv[2]), sys.argv[3], sys.argv[4]
            access = Access(db, paths.migrations_dir(), MemoryCache())
            t = time.time()
            session = access.login(user, password)
            result["unlock"] = time.time() - t
        else:
            from tests.bench.plain import plain_session

            access, session = plain_session(Path(sys.argv[2]))
        window = build_main_window(session, access, lambda: "zh_CN", lambda c: None)
    watcher = FirstPaint(window)
    app.installEventFilter(watcher)
    window.show()
    app.exec()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
