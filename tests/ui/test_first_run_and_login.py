"""The first-run wizard and the login dialog, driven as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from gridDesk.ui.dialogs.login_dialog import LoginDialog
from gridDesk.ui.dialogs.setup_wizard import SetupWizard
from tests.conftest import DIRECTOR, PASSWORD


def _type(qtbot, widget, text):
    """Type as a person would; Chinese arrives whole, as from an input method (QTest can't key it)."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def test_first_run_wizard_creates_the_centre_and_shows_the_recovery_key_once(qtbot, access):
    wizard = SetupWizard(access.create_centre)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.village_page
    _type(qtbot, page.village, "杏花村")
    _type(qtbot, page.code, "1401051002")  # too short
    _type(qtbot, page.township, "小店镇")
    wizard.next()
    assert wizard.currentPage() is page
    assert page.error.isVisible() and "12 位" in page.error.text()
    _type(qtbot, page.code, "140105100201")
    wizard.next()
    director = wizard.director_page
    assert wizard.currentPage() is director

    _type(qtbot, director.username, "wangzr")
    _type(qtbot, director.display_name, "王主任")
    _type(qtbot, director.password, "short")
    _type(qtbot, director.confirm, "short")
    wizard.next()
    assert wizard.currentPage() is director and "8 位" in director.error.text()
    _type(qtbot, director.password, PASSWORD)
    _type(qtbot, director.confirm, PASSWORD + "x")
    wizard.next()
    assert "不一样" in director.error.text()
    assert access.is_new()  # nothing written while the form was wrong
    _type(qtbot, director.confirm, PASSWORD)
    wizard.next()

    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery
    assert not access.is_new()
    shown = recovery.key.text().replace("\n", "")  # rows end in the hyphen that joins them
    assert shown == wizard.result_value.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before they say the key is in the safe
    recovery.saved.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    access.login("wangzr", PASSWORD).close()


def test_login_dialog_wrong_then_right(qtbot, access, centre):
    dialog = LoginDialog(access, "测试村", DIRECTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "Wrong@2026x")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "还可以再试 4 次" in dialog.error.text()
    assert dialog.password.text() == ""
    assert dialog.session is None
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.session is not None and dialog.session.account.username == DIRECTOR
    dialog.session.close()


def test_login_dialog_asks_for_what_is_missing(qtbot, access, centre):
    dialog = LoginDialog(access, "测试村", "")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "登录名" in dialog.error.text()
    qtbot.keyClicks(dialog.username, DIRECTOR)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "密码" in dialog.error.text()


def test_login_dialog_locked_account(qtbot, access, centre):
    dialog = LoginDialog(access, "测试村", DIRECTOR)
    qtbot.addWidget(dialog)
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "Wrong@2026x")
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "锁定 15 分钟" in dialog.error.text()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.session is None and "锁定" in dialog.error.text()


def test_remembered_account_logs_in_without_typing(qtbot, access, centre):
    access.login(DIRECTOR, PASSWORD, remember=True).close()
    dialog = LoginDialog(access, "测试村", DIRECTOR)
    qtbot.addWidget(dialog)
    assert dialog.remember.isChecked()
    assert "已记住" in dialog.password.placeholderText()
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.session is not None
    dialog.session.close()


def test_a_database_that_cannot_be_opened_offers_the_restore(qtbot, access, centre, db_path):
    with open(db_path, "r+b") as fh:
        for page in range(0, db_path.stat().st_size // 4096):
            fh.seek(page * 4096 + 40)
            fh.write(b"\x00" * 16)
    dialog = LoginDialog(access, "测试村", DIRECTOR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isHidden()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "从备份恢复" in dialog.error.text() and not dialog.restore_button.isHidden()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restore_requested and dialog.result() == 0
