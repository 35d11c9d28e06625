"""恢复: what the chosen backup holds, then (after a yes) the restore with progress. The current
database is backed up first by the service; this dialog only says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QProgressBar

from ...domain.errors import GridDeskError
from ...paths import migrations_dir
from ...services.restore import RestoreService
from ...services.session import UserSession
from ..messages import explain
from ..widgets.backup_panel import reason_label
from ..widgets.forms import FormDialog, password_field


class RestoreDialog(FormDialog):
    def __init__(self, session: UserSession, folder: Path, parent=None, runner=None) -> None:
        self.runner = runner  # the session's: the window waits for a restore before it locks
        self.service = RestoreService(session, migrations_dir())
        self.folder = folder
        self.task = None
        self.info = None
        self.outcome = None  # the RestoreResult, once done
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.password = password_field(placeholder=self.tr("只在提示需要时填写"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        super().__init__(self.tr("从备份恢复"), [
            (self.tr("备份"), self.summary), (self.tr("备份当时的密码"), self.password),
            ("", self.progress)],
            self.tr("恢复会用这个备份替换现在的全部数据。替换之前，现在的数据会先自动备份到本机的 backups 文件夹，"
                    "不会丢失。"), parent)
        self.password_row_visible(False)
        try:
            self.info = self.service.inspect(folder)
        except GridDeskError as exc:
            self.summary.setText(str(folder))
            self.error.say(explain(exc))
            return
        counts = "，".join(f"{label} {n}" for label, n in self.info.shown_counts())
        self.summary.setText(self.tr("{0}（{1}）\n时间：{2}　类型：{3}　软件版本：{4}\n内容：{5}").format(
            self.info.village, self.info.division_code, self.info.created.replace("T", " "),
            reason_label(self.info.reason), self.info.app_version, counts))

    def password_row_visible(self, visible: bool) -> None:
        self.password.setVisible(visible)
        label = self.layout().itemAt(1).layout().labelForField(self.password)
        if label is not None:
            label.setVisible(visible)

    def submit(self) -> None:
        if self.info is None or self.task is not None:
            return
        self.error.say("")
        password = self.password.text() or None

        def asked_for_password(exc) -> None:
            if isinstance(exc, GridDeskError) and exc.family == "backup_needs_password":
                self.password_row_visible(True)
                self.password.setFocus()

        def work(report):
            self.outcome = self.service.restore(self.folder, password, report)
            return self.outcome

        self.run_task(work, self.progress, asked_for_password)

    def reject(self) -> None:
        if self.task is None:  # never walk away from a restore half-way
            super().reject()


