"""The composition root end to end, in its own process as a user would start it:
griddesk --demo builds the village, shows the login, then the main window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

DRIVER = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from gridDesk.ui.dialogs.login_dialog import LoginDialog
    from gridDesk.ui.main_window import MainWindow

    seen = {}
    app = QApplication(sys.argv)

    def drive():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog) and "hint" not in seen:
            seen["hint"], seen["user"] = dialog.hint.text(), dialog.username.text()
            seen["heading"] = dialog.title.text()
            dialog.password.setText("Demo@2026")
            dialog.login_button.click()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].page("dashboard").cards["residents"].value.text() != "–":
            seen["title"] = windows[0].windowTitle()
            seen["residents"] = windows[0].page("dashboard").cards["residents"].value.text()
            windows[0].close()  # the last window: the app quits
            return
        QTimer.singleShot(100, drive)

    QTimer.singleShot(100, drive)
    from gridDesk.app import run_gui
    seen["status"] = run_gui(None, demo=True)
    print(json.dumps(seen, ensure_ascii=False))
""")


def test_demo_opens_on_the_login_then_the_main_window(tmp_path):
    env = dict(os.environ, GRIDDESK_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", DRIVER], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["status"] == 0
    assert seen["user"] == "demo" and "Demo@2026" in seen["hint"]
    assert "杏花村" in seen["heading"]  # the village greets the very first login, in Chinese too
    assert "杏花村" in seen["title"]
    assert seen["residents"] == "1,000"
    assert (tmp_path / "data-demo" / "griddesk.db").exists()
    assert not (tmp_path / "data").exists()  # the real data folder was never touched
