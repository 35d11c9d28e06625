"""从备份恢复 before any login: a new PC, a reinstall, or a database file that is gone. The backup
folder (usually on the stick), what it holds, and the login and password of the backup's time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from ...domain.errors import GridDeskError
from ...paths import migrations_dir
from ...services.restore import inspect_backup, restore_into_empty
from .. import file_dialogs
from ..messages import explain
from ..widgets.forms import FormDialog, password_field


class RestoreNewDialog(FormDialog):
    def __init__(self, db_path: Path, replace_damaged: bool = False, parent=None) -> None:
        self.db_path = db_path
        self.replace_damaged = replace_damaged
        self.folder: Path | None = None
        self.task = None
        self.chosen = QLabel(self.tr("（还没有选择）"))
        self.chosen.setWordWrap(True)
        choose = QPushButton(self.tr("选择备份文件夹…"))
        choose.clicked.connect(self.choose)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.chosen, 1)
        line.addWidget(choose)
        self.username = QLineEdit()
        self.password = password_field()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        super().__init__(self.tr("从备份恢复"), [
            (self.tr("备份"), row), (self.tr("登录名"), self.username), (self.tr("密码"), self.password),
            ("", self.progress)],
            self.tr("选择 U 盘上名为 GridDesk-backup-… 的文件夹。恢复后，用备份当时的账号和密码登录。"), parent)

    def choose(self) -> None:
        chosen = file_dialogs.folder(self, file_dialogs.BACKUP, self.tr("选择备份文件夹"))
        if chosen is not None:
            self.show_backup(chosen)

    def show_backup(self, folder: Path) -> None:
        self.error.say("")
        try:
            info = inspect_backup(folder)
        except GridDeskError as exc:
            self.folder = None
            self.chosen.setText(str(folder))
            self.error.say(explain(exc))
            return
        self.folder = folder
        counts = "，".join(f"{label} {n}" for label, n in info.shown_counts()[:4])
        self.chosen.setText(self.tr("{0}（{1}）　{2}\n{3}").format(info.village, info.division_code,
                                                                 info.created.replace("T", " "), counts))

    def submit(self) -> None:
        if self.task is not None:
            return
        if self.folder is None:
            self.error.say(self.tr("请先选择备份文件夹。"))
            return
        folder, user, password = self.folder, self.username.text().strip(), self.password.text()
        self.run_task(lambda report: restore_into_empty(self.db_path, migrations_dir(), folder, user, password,
                                                        report, replace_damaged=self.replace_damaged),
                      self.progress)

    def reject(self) -> None:
        if self.task is None:
            super().reject()
