"""Issue 22 item 11: the recovery key as the set-up screen shows it, prints it and takes it back."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWizard

from gridDesk.services.recovery_sheet import recovery_sheet_pdf, save_recovery_sheet
from gridDesk.ui.dialogs.print_preview import PrintPreview
from gridDesk.ui.dialogs.recovery_dialog import RecoveryDialog
from gridDesk.ui.dialogs.setup_wizard import SetupWizard
from tests.conftest import DIRECTOR, PASSWORD
from tests.ui.helpers import when_dialog_opens


def _to_recovery_page(qtbot, access) -> SetupWizard:
    wizard = SetupWizard(access.create_centre, save_recovery_sheet, recovery_sheet_pdf)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.village_page
    page.village.setText("杏花村")
    page.code.setText("140105100201")
    page.township.setText("小店镇")
    wizard.next()
    director = wizard.director_page
    director.username.setText("wangzr")
    director.display_name.setText("王主任")
    director.password.setText(PASSWORD)
    director.confirm.setText(PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    return wizard


def test_the_key_is_shown_with_hyphens_and_printed_from_the_screen(qtbot, access, tmp_path):
    wizard = _to_recovery_page(qtbot, access)
    page = wizard.recovery_page
    key = wizard.result_value.recovery_key
    shown = page.key.text()
    assert " " not in shown and shown.replace("\n", "") == key  # hyphen-grouped, nothing else
    assert page.print_button.isVisible()
    wizard.grab().save(str(tmp_path / "recovery_page.png"))

    seen = {}

    def look(dialog):
        seen["dialog"] = dialog
        seen["text"] = PdfReader(BytesIO(dialog.pdf)).pages[0].extract_text()
        dialog.reject()

    when_dialog_opens(look)
    page.print_button.click()
    assert isinstance(seen["dialog"], PrintPreview)
    assert key in seen["text"].replace(" ", "").replace("\n", "")  # the groups joined by hyphens


def test_saved_says_so_in_green_not_red(qtbot, access, tmp_path):
    wizard = _to_recovery_page(qtbot, access)
    page = wizard.recovery_page
    page.save_to(str(tmp_path / "恢复密钥单.pdf"))
    qtbot.wait(10)
    notes = [w for w in (page.note, page.done) if w.isVisible()]
    assert len(notes) == 1 and "已保存" in notes[0].text()
    colour = notes[0].palette().color(notes[0].foregroundRole())
    assert colour.green() > colour.red(), QColor(colour).name()
    page.saved.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_reset_with_the_key_is_confirmed(qtbot, access, centre):
    dialog = RecoveryDialog(access)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key.setText(centre.recovery_key.lower().replace("-", " ").replace("0", "o"))
    dialog.username.setText(DIRECTOR)
    dialog.password.setText("Recovered@2026")
    dialog.confirm.setText("Recovered@2026")
    seen = {}

    def look(box):
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.accept()

    when_dialog_opens(look)
    dialog.submit()
    assert isinstance(seen.get("title"), str) and "密码已重设" in seen["title"] + seen["text"]
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    dialog.session.close()
    access.login(DIRECTOR, "Recovered@2026").close()
