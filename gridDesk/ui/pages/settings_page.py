"""设置: language, one's own password, the centre's details, and (for the director) accounts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ...domain.accounts import IDLE_LOCK_SECONDS, Permission, can
from ...services.accounts import AccountsService
from ...services.session import UserSession
from ..dialogs.password_dialog import PasswordDialog
from ..language_words import RESTART_NOW, TAKES_EFFECT, in_language
from ..widgets.accounts_panel import AccountsPanel
from ..words import role_label
from .header import page_header
from ..bundle import SessionBundle

LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


class SettingsPage(QWidget):
    """load() fills the fields, check() says what is wrong, save() applies (Picard's way)."""

    def __init__(self, session: "UserSession | SessionBundle", accounts: AccountsService,
                 get_language: Callable[[], str], set_language: Callable[[str], None],
                 after_restore: Callable[[], None] = lambda: None,
                 restart: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.after_restore = after_restore
        self.session = session
        self.accounts = accounts
        self.get_language = get_language
        self.set_language = set_language
        self.running_language = get_language()  # what this process loaded at start-up

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_header(self.tr("设置")))

        general = QGroupBox(self.tr("界面"))
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self.save)
        self.language_note = QLabel()
        self.language_note.setObjectName("PageHint")
        self.language_note.setWordWrap(True)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("Primary")
        self.restart_button.hide()
        self.restart = restart
        if restart is not None:
            self.restart_button.clicked.connect(restart)
        note = QHBoxLayout()
        note.setContentsMargins(0, 0, 0, 0)
        note.addWidget(self.language_note, 1)
        note.addWidget(self.restart_button)
        form.addRow(self.tr("语言"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("空闲自动锁定"), QLabel(self.tr("{0} 分钟无操作后锁定（按安全规定，不可关闭）")
                                               .format(IDLE_LOCK_SECONDS // 60)))
        layout.addWidget(general)

        mine = QGroupBox(self.tr("我的账号"))
        form = QFormLayout(mine)
        a = session.account
        form.addRow(self.tr("登录名"), QLabel(a.username))
        form.addRow(self.tr("姓名"), QLabel(a.display_name))
        form.addRow(self.tr("角色"), QLabel(role_label(a.role)))
        self.password_button = QPushButton(self.tr("修改密码…"))
        self.password_button.clicked.connect(self.change_password)
        form.addRow("", self.password_button)
        layout.addWidget(mine)

        centre = QGroupBox(self.tr("本中心"))
        form = QFormLayout(centre)
        c = session.centre
        form.addRow(self.tr("村（社区）"), QLabel(c.village_name))
        form.addRow(self.tr("区划代码"), QLabel(c.division_code))
        form.addRow(self.tr("所属乡镇（街道）"), QLabel(c.township))
        path = QLabel(str(session.db_path))
        path.setWordWrap(True)
        form.addRow(self.tr("数据库文件"), path)
        from ...services.archive_export import ArchiveService

        fingerprint = QLabel(self.ctx.get(ArchiveService).fingerprint())
        fingerprint.setTextInteractionFlags(fingerprint.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("档案包签名公钥指纹"), fingerprint)
        layout.addWidget(centre)

        self.backup_panel = None
        if can(a.role, Permission.BACKUP):
            from ..widgets.backup_panel import BackupPanel

            self.backup_box = QGroupBox(self.tr("备份与恢复"))
            self.backup_panel = BackupPanel(self.ctx, self.restore_from)
            QVBoxLayout(self.backup_box).addWidget(self.backup_panel)
            layout.addWidget(self.backup_box)

        self.print_panel = None
        if can(a.role, Permission.SETTINGS) and can(a.role, Permission.PRINT):
            from ..widgets.print_settings_panel import PrintSettingsPanel

            printing = QGroupBox(self.tr("打印"))
            QVBoxLayout(printing).addWidget(PrintSettingsPanel(self.ctx))
            self.print_panel = printing.findChild(PrintSettingsPanel)
            layout.addWidget(printing)

        self.accounts_panel: AccountsPanel | None = None
        self.case_settings = None
        if can(a.role, Permission.MANAGE_ACCOUNTS):
            box = QGroupBox(self.tr("账号管理"))
            inner = QVBoxLayout(box)
            from ...services.roster import RosterService
            from ...services.team import TeamService

            self.accounts_panel = AccountsPanel(accounts, self.ctx.get(RosterService).tree, self.ctx.get(TeamService).members)
            inner.addWidget(self.accounts_panel)
            layout.addWidget(box)
            from ...services.cases import CasesService
            from ..widgets.case_settings_panel import CaseSettingsPanel

            cases_box = QGroupBox(self.tr("事件类别、办理时限与节假日"))
            cases_inner = QVBoxLayout(cases_box)
            self.case_settings = CaseSettingsPanel(self.ctx.get(CasesService), lambda c: self.ctx.publish(c, self))
            cases_inner.addWidget(self.case_settings)
            layout.addWidget(cases_box)
        self.visit_frequencies = self.admission_list = None
        if can(a.role, Permission.EDIT_RULES):
            from ...services.task_types import TaskTypesService
            from ...services.visit_frequencies import VisitFrequenciesService
            from ..widgets.admission_list_panel import AdmissionListPanel
            from ..widgets.visit_frequency_panel import VisitFrequencyPanel

            box = QGroupBox(self.tr("重点人群走访频次"))
            self.visit_frequencies = VisitFrequencyPanel(self.ctx.get(VisitFrequenciesService))
            QVBoxLayout(box).addWidget(self.visit_frequencies)
            layout.addWidget(box)
            box = QGroupBox(self.tr("准入清单（可交给网格员的任务类型）"))
            self.admission_list = AdmissionListPanel(self.ctx.get(TaskTypesService))
            QVBoxLayout(box).addWidget(self.admission_list)
            layout.addWidget(box)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.load()

    def load(self) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(self.get_language())))
        self.language.blockSignals(False)

    def check(self) -> str:
        return ""

    def save(self) -> None:
        code = self.language.currentData()
        if code != self.get_language():
            self.set_language(code)
        # In the language just chosen (the window still speaks the one it started in), with a
        # way to get there now; back to the running language, there is nothing to say.
        changed = code != self.running_language
        self.language_note.setText(in_language(code, TAKES_EFFECT) if changed else "")
        self.restart_button.setText(in_language(code, RESTART_NOW))
        self.restart_button.setVisible(changed and self.restart is not None)

    def refresh(self) -> None:
        if self.backup_panel is not None:
            self.backup_panel.refresh()
        if self.accounts_panel is not None:
            self.accounts_panel.refresh()
        if self.case_settings is not None:
            self.case_settings.refresh()
        if self.visit_frequencies is not None:
            self.visit_frequencies.refresh()
        if self.admission_list is not None:
            self.admission_list.refresh()

    def show_calendar(self) -> None:
        """Where the dashboard's "enter next year's holidays" leads."""
        if self.case_settings is not None:
            self.scroll.ensureWidgetVisible(self.case_settings.days)
            self.case_settings.day.setFocus()

    def show_backups(self) -> None:
        if self.backup_panel is not None:
            self.scroll.ensureWidgetVisible(self.backup_box)

    def restore_from(self, folder) -> None:
        from ..dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.session, folder, self, self.ctx.runner)
        if dialog.exec():
            self.after_restore()
            text = self.tr("已从备份恢复，并检查通过。恢复前的数据已另行备份在本机的 backups 文件夹。")
            again = dialog.outcome.removed_again if dialog.outcome is not None else ()
            if again:
                text += "\n" + self.tr("备份之后删除的 {0} 个账户（{1}）已再次删除，数据库已换用新的数据密钥。").format(
                    len(again), self.tr("、").join(again))
            QMessageBox.information(self, self.tr("恢复完成"), text)

    def change_password(self) -> None:
        PasswordDialog(self.accounts, parent=self).exec()
