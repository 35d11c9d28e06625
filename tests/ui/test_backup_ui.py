"""备份与恢复 on screen: the dashboard's reminder, backing up with the panel, restoring through
the dialog, and the read-only banner when the start-up check finds damage."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gridDesk.services.backups import BackupService
from gridDesk.services.settings import SettingsService
from gridDesk.ui.dialogs.restore_dialog import RestoreDialog
from gridDesk.ui.shell import build_main_window

BEYOND = frozenset({-1})  # no real device counts as this PC: a folder under tmp_path is "another disk"


def _window(qtbot, session, access):
    window = build_main_window(session, access, lambda: "zh_CN", lambda code: None)
    qtbot.addWidget(window)
    window.show()
    return window


def _close_message_boxes(monkeypatch, said: list[str]) -> None:
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, title, text, *a, **k: said.append(text))


def _answer_place(choice: str) -> None:
    """A person answers the first backup's question (the modal dialog the panel opens)."""
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        (dialog.stick_button if choice == "stick" else dialog.pc_button).click()
    QTimer.singleShot(100, click)


def test_the_dashboard_reminds_then_the_panel_backs_up(qtbot, access, session, monkeypatch, tmp_path):
    said: list[str] = []
    _close_message_boxes(monkeypatch, said)
    window = _window(qtbot, session, access)
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.backup_notice.isVisible(), timeout=5000)
    assert "还没有备份过" in dashboard.backup_text.text()
    window.open_list("settings", "backup")
    panel = window.page("settings").backup_panel
    panel.refresh()
    assert "还没有备份过" in panel.status.text()
    # The first backup asks where, and why; backing up to this PC anyway leaves the reminder up.
    _answer_place("pc")
    panel.backup_now()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert "已备份并校验通过" in said[0]
    assert panel.table.rowCount() == 1 and "只在这台电脑上备份过" in panel.status.text()
    assert panel.table.item(0, 2).text() == "本机"
    window.show_page("dashboard")
    dashboard.refresh()
    assert dashboard.backup_notice.isVisible() and "只留在这台电脑上" in dashboard.backup_text.text()


def test_a_backup_to_a_stick_clears_the_reminder_and_says_where(qtbot, access, session, monkeypatch, tmp_path):
    said: list[str] = []
    _close_message_boxes(monkeypatch, said)
    stick = tmp_path / "stick"
    stick.mkdir()
    # The person picks the stick in the folder dialog.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    window = _window(qtbot, session, access)
    window.open_list("settings", "backup")
    panel = window.page("settings").backup_panel
    panel.service = BackupService(session, this_pc=BEYOND)  # tmp_path stands for another disk
    panel.refresh()
    _answer_place("stick")
    panel.backup_now()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert "已备份并校验通过" in said[0] and panel.folder == stick
    assert "另一块磁盘" in panel.status.text() and "0 天前" in panel.status.text()
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    dashboard.refresh()
    assert not dashboard.backup_notice.isVisible()
    assert dashboard.backup_line.isVisible() and dashboard.backup_line.text().startswith("上次备份：0 天前，另一块磁盘 /")
    window.resize(1280, 800)
    window.grab().save(str(tmp_path / "dashboard.png"))


def test_after_a_restore_the_stick_stays_chosen_and_the_copy_is_listed(qtbot, access, session, clock, monkeypatch,
                                                                        tmp_path):
    stick = tmp_path / "stick"
    service = BackupService(session, this_pc=BEYOND)
    info = service.backup(stick)
    clock.advance(3 * 86400)
    dialog = RestoreDialog(session, info.folder)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.submit()
    window = _window(qtbot, session, access)
    window.open_list("settings", "backup")
    panel = window.page("settings").backup_panel
    panel.service = service
    panel.refresh()
    assert panel.folder == stick
    assert "（3 天前）" in panel.status.text()  # the stick's backup, not the copy made before the restore
    rows = [(panel.table.item(r, 1).text(), panel.table.item(r, 2).text()) for r in range(panel.table.rowCount())]
    assert rows[0][0] == "恢复前自动备份" and rows[1][0] == "手动备份"
    panel.resize(900, 500)
    panel.grab().save(str(tmp_path / "panel.png"))


def test_restoring_through_the_dialog(qtbot, access, session, tmp_path):
    settings = SettingsService(session)
    settings.set("motto", "旧")
    info = BackupService(session).backup(tmp_path)
    settings.set("motto", "新")
    dialog = RestoreDialog(session, info.folder)
    qtbot.addWidget(dialog)
    assert "测试村" in dialog.summary.text() and "手动备份" in dialog.summary.text()
    assert not dialog.password.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.submit()
    assert settings.get("motto") == "旧"


def test_a_damaged_database_shows_the_read_only_banner(qtbot, access, session):
    session.db.set_read_only()
    window = _window(qtbot, session, access)
    qtbot.waitUntil(lambda: window.health_banner.isVisible(), timeout=5000)
    assert "只读" in window.health_text.text()
    window.open_list("settings", "backup")
    panel = window.page("settings").backup_panel
    assert not panel.restore_button.isHidden()  # the way out is right there


def test_a_new_pc_restores_from_the_first_run_dialog(qtbot, access, session, tmp_path):
    from gridDesk import paths
    from gridDesk.security.keycache import MemoryCache
    from gridDesk.services.access import Access
    from gridDesk.ui.dialogs.restore_new_dialog import RestoreNewDialog
    from tests.conftest import DIRECTOR, PASSWORD

    SettingsService(session).set("motto", "搬到新电脑")
    info = BackupService(session).backup(tmp_path / "stick")
    new_db = tmp_path / "newpc" / "griddesk.db"
    dialog = RestoreNewDialog(new_db)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "请先选择备份文件夹" in dialog.error.text()
    dialog.show_backup(info.folder)
    assert "测试村" in dialog.chosen.text()
    dialog.username.setText(DIRECTOR)
    dialog.password.setText("Wrong@2026pw")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert "密码不对" in dialog.error.text() and not new_db.exists()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.submit()
    moved = Access(new_db, paths.migrations_dir(), MemoryCache()).login(DIRECTOR, PASSWORD)
    assert SettingsService(moved).get("motto") == "搬到新电脑"
    moved.close()


def test_the_restore_message_names_the_accounts_removed_again(qtbot, access, session, monkeypatch, tmp_path):
    from gridDesk.domain.accounts import Role
    from gridDesk.services.accounts import AccountsService
    from gridDesk.ui.dialogs import restore_dialog
    from tests.conftest import PASSWORD

    accounts = AccountsService(session, access)
    accounts.add("li", "李四", Role.STAFF, "Staff@2026pw")
    info = BackupService(session).backup(tmp_path)
    accounts.remove("li")
    said: list[str] = []
    _close_message_boxes(monkeypatch, said)

    class Driven(restore_dialog.RestoreDialog):
        def exec(self):  # a person types the password of the backup's time and presses OK
            self.password.setText(PASSWORD)
            with qtbot.waitSignal(self.accepted, timeout=30000):
                self.submit()
            return 1

    monkeypatch.setattr(restore_dialog, "RestoreDialog", Driven)
    window = _window(qtbot, session, access)
    window.open_list("settings", "backup")
    window.page("settings").restore_from(info.folder)
    assert said and "备份之后删除的 1 个账户（li）已再次删除" in said[-1]


def test_the_copy_before_an_upgrade_is_listed_as_such_and_is_no_backup(qtbot, access, session, monkeypatch):
    from tests.conftest import DIRECTOR, PASSWORD
    from tests.migrations_helper import downgrade

    said: list[str] = []
    _close_message_boxes(monkeypatch, said)
    downgrade(session.db.engine, "0011")
    session.close()
    upgraded = access.login(DIRECTOR, PASSWORD)  # the upgrade on opening takes its copy first
    try:
        window = _window(qtbot, upgraded, access)
        window.open_list("settings", "backup")
        panel = window.page("settings").backup_panel
        panel.refresh()
        assert [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())] == ["升级前自动备份"]
        assert panel.table.item(0, 2).text() == "本机" and "还没有备份过" in panel.status.text()
        panel.table.selectRow(0)
        panel.restore_chosen()  # explained, not attempted
        assert said and "升级前的自动副本" in said[-1]
        window.show_page("dashboard")
        dashboard = window.page("dashboard")
        dashboard.refresh()
        assert dashboard.backup_notice.isVisible() and "还没有备份过" in dashboard.backup_text.text()
    finally:
        upgraded.close()
