"""First run of a new centre: the village, the director's account, the recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWizard, QWizardPage)

from ...domain.accounts import check_password_rule, check_username
from ...domain.centre import check_division_code, check_village_name
from ...domain.errors import GridDeskError, ValidationError
from ...services.access import SetupResult
from .. import file_dialogs
from ..messages import explain
from ..widgets.forms import ErrorLabel, password_field

CreateCentre = Callable[[str, str, str, str, str, str], SetupResult]
SaveSheet = Callable[[SetupResult, str], None]
SheetPdf = Callable[[SetupResult], bytes]


class VillagePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("本中心的基本信息"))
        self.setSubTitle(self.tr("这些信息会印在公示牌、台账和上报档案上，以后可以在设置里查看。"))
        self.village = QLineEdit()
        self.village.setPlaceholderText(self.tr("例如：杏花村"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("12 位统计用区划代码，例如 140105100201"))
        self.code.setMaxLength(24)
        self.township = QLineEdit()
        self.township.setPlaceholderText(self.tr("例如：小店镇"))
        self.error = ErrorLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("村（社区）名称"), self.village)
        form.addRow(self.tr("区划代码"), self.code)
        form.addRow(self.tr("所属乡镇（街道）"), self.township)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        try:
            check_village_name(self.village.text())
            check_division_code(self.code.text())
        except ValidationError as exc:
            self.error.say(explain(exc))
            (self.code if exc.field == "division_code" else self.village).setFocus()
            return False
        if not self.township.text().strip():
            self.error.say(self.tr("请填写所属乡镇（街道）。"))
            self.township.setFocus()
            return False
        self.error.say("")
        return True


class DirectorPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("主任账号"))
        self.setSubTitle(self.tr("主任可以管理所有账号。密码至少 8 位，包含大写字母、小写字母、数字、"
                                 "符号中的至少三类。"))
        # Every field parented at once, in reading order: QWizard focuses the first one in the
        # focus chain, which was the password (the only field parented before the form took them).
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("登录名，例如 wangzr"))
        self.display_name = QLineEdit(self)
        self.display_name.setPlaceholderText(self.tr("姓名"))
        self.password = password_field(self)
        self.confirm = password_field(self)
        self.error = ErrorLabel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("登录名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再输一遍"), self.confirm)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        if self.owner.result_value is not None:
            return True  # already created; going back and forth must not create twice
        try:
            check_username(self.username.text())
            check_password_rule(self.password.text())
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return False
        if self.password.text() != self.confirm.text():
            self.error.say(self.tr("两次输入的密码不一样。"))
            self.confirm.clear()
            self.confirm.setFocus()
            return False
        return self.owner.create_now(self)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("恢复密钥：只显示这一次"))
        self.setSubTitle(self.tr("忘记主任密码时，只有这把恢复密钥能打开数据。请打印或抄写下来，"
                                 "放进中心的保险柜，不要拍照，不要存在这台电脑上。"))
        self.key = QLabel()
        self.key.setObjectName("RecoveryKey")
        self.key.setWordWrap(True)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.print_button = QPushButton(self.tr("打印恢复密钥单…"))
        self.print_button.setObjectName("Primary")
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("保存恢复密钥单（PDF）以便打印…"))
        self.save_button.clicked.connect(self._save_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.saved = QCheckBox(self.tr("我已打印或抄写恢复密钥，并放进了保险柜"))
        self.registerField("recoverySaved*", self.saved)
        self.note = ErrorLabel(self)
        # Good news in its own calm label: renaming the red one after it is styled keeps it red.
        self.done = QLabel()
        self.done.setObjectName("OkLabel")
        self.done.setWordWrap(True)
        self.done.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addWidget(self.saved)
        layout.addWidget(self.note)
        layout.addWidget(self.done)

    def initializePage(self) -> None:
        result = self.owner.result_value
        if result is not None:
            # Hyphens, as printed and as the recovery screen asks for them; a hyphen ends a row
            # that the key goes on from.
            groups = result.recovery_key.split("-")
            rows = ["-".join(groups[i:i + 5]) for i in range(0, len(groups), 5)]
            self.key.setText("-\n".join(rows))
        self.print_button.setVisible(self.owner.sheet_pdf is not None)
        self.save_button.setVisible(self.owner.save_sheet is not None)

    def _say(self, problem: str = "", done: str = "") -> None:
        self.note.say(problem)
        self.done.setText(done)
        self.done.setVisible(bool(done))

    def print_sheet(self) -> None:
        """The sheet straight to the print preview, from memory: no PDF of the key left behind."""
        result = self.owner.result_value
        if result is None or self.owner.sheet_pdf is None:
            return
        try:
            pdf = self.owner.sheet_pdf(result)
        except (OSError, GridDeskError) as exc:
            self._say(self.tr("没能生成恢复密钥单：{0}").format(explain(exc) if isinstance(exc, GridDeskError) else exc))
            return
        from .print_preview import PrintPreview

        # No one is logged in yet, so there is no audit log to write to.
        PrintPreview(self.tr("恢复密钥单"), pdf, "恢复密钥单.pdf", lambda _what: None, self).exec()

    def _save_sheet(self) -> None:
        chosen = file_dialogs.save_file(self, file_dialogs.PDF, self.tr("保存恢复密钥单"), "恢复密钥单.pdf", "PDF (*.pdf)")
        if chosen is not None:
            self.save_to(str(chosen))

    def save_to(self, path: str) -> None:
        if self.owner.result_value is None or self.owner.save_sheet is None:
            return
        try:
            self.owner.save_sheet(self.owner.result_value, path)
        except (OSError, GridDeskError) as exc:
            self._say(self.tr("没能保存：{0}").format(explain(exc) if isinstance(exc, GridDeskError) else exc))
            return
        self._say(done=self.tr("已保存到 {0}。打印后请删除这个文件。").format(Path(path)))


class SetupWizard(QWizard):
    """Hands back the set-up result and the director's password (to log straight in)."""

    def __init__(self, create: CreateCentre, save_sheet: SaveSheet | None = None,
                 sheet_pdf: SheetPdf | None = None, parent=None) -> None:
        super().__init__(parent)
        self.create = create
        self.save_sheet = save_sheet
        self.sheet_pdf = sheet_pdf
        self.result_value: SetupResult | None = None
        self.password_value = ""
        self.setWindowTitle(self.tr("GridDesk：建立新的中心"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 460)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.village_page = VillagePage()
        self.director_page = DirectorPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.village_page, self.director_page, self.recovery_page):
            self.addPage(page)

    def create_now(self, page: DirectorPage) -> bool:
        v = self.village_page
        try:
            self.result_value = self.create(v.village.text(), v.code.text(), v.township.text(),
                                            page.username.text(), page.display_name.text(),
                                            page.password.text())
        except GridDeskError as exc:
            page.error.say(explain(exc))
            return False
        self.password_value = page.password.text()
        # Once created there is no going back to change the village: the key is already shown.
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        return True
