"""The composition root end to end: griddesk --demo builds the village, logs in, shows the window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gridDesk import paths
from gridDesk.ui.dialogs.login_dialog import LoginDialog
from gridDesk.ui.main_window import MainWindow


def test_demo_opens_on_the_login_then_the_main_window(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("GRIDDESK_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog) and "login" not in seen:
            seen["login"] = dialog.hint.text()
            seen["user"] = dialog.username.text()
            dialog.password.setText("Demo@2026")
            dialog.login_button.click()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            window = windows[0]
            seen["title"] = window.windowTitle()
            seen["residents"] = window.page("dashboard").cards["residents"].value.text()
            window.close()
            QApplication.quit()
            return
        QTimer.singleShot(100, drive)

    QTimer.singleShot(100, drive)
    from gridDesk.app import run_gui

    assert run_gui(None, demo=True) == 0
    assert seen["user"] == "demo" and "Demo@2026" in str(seen["login"])
    assert "杏花村" in str(seen["title"])
    assert seen["residents"] == "1,000"
    assert (paths.demo_dir() / "griddesk.db").exists()
    assert not (tmp_path / "data").exists()  # the real data folder was never touched
