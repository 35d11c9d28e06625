"""Importing a ledger: choose, preview (new, changed, unchanged, rejected with reasons), then
confirm. Reading and writing run off the UI thread with a progress bar and a cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ... import logfile
from ...domain.errors import GridDeskError
from ...services.imports import ImportPreview, ImportService, LedgerKind
from ...services.print_files import save_failed
from .. import file_dialogs
from ..ops import Runner
from ..messages import explain
from ..saved_notice import tell_saved
from ..widgets.forms import ErrorLabel

KINDS = ((LedgerKind.RESIDENTS.value, QT_TRANSLATE_NOOP("ImportDialog", "人口信息")),
         (LedgerKind.HOUSEHOLDS.value, QT_TRANSLATE_NOOP("ImportDialog", "户信息")),
         (LedgerKind.TEAM.value, QT_TRANSLATE_NOOP("ImportDialog", "网格队伍")),
         (LedgerKind.KEY_GROUPS.value, QT_TRANSLATE_NOOP("ImportDialog", "重点人群")))


class ImportDialog(QDialog):
    def __init__(self, service: ImportService, parent=None, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner or Runner(parent=self)  # the session's, so a lock waits for the import
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.committed = False
        self.task = None
        self.setWindowTitle(self.tr("导入 Excel 台账"))
        self.resize(760, 520)

        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.choose = QPushButton(self.tr("选择文件…"))
        self.choose.clicked.connect(self.pick_file)
        self.file_label = QLabel(self.tr("尚未选择文件（支持 .xlsx、.xls、.ods）"))
        self.file_label.setObjectName("PageHint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("台账类别")))
        top.addWidget(self.kind)
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)

        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.unknown = QLabel()
        self.unknown.setObjectName("ErrorLabel")
        self.unknown.setWordWrap(True)
        self.unknown.hide()
        self.rejects = QTableWidget(0, 3)
        self.rejects.setHorizontalHeaderLabels([self.tr("行号"), self.tr("内容"), self.tr("未通过的原因")])
        self.rejects.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rejects.verticalHeader().hide()
        self.rejects.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.error = ErrorLabel(self)

        self.save_rejects = QPushButton(self.tr("保存未通过的行…"))
        self.save_rejects.setEnabled(False)
        self.save_rejects.clicked.connect(self.export_rejects)
        self.confirm = QPushButton(self.tr("确认导入"))
        self.confirm.setObjectName("Primary")
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self.commit)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rejects)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.confirm)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(running)
        layout.addWidget(self.summary)
        layout.addWidget(self.unknown)
        layout.addWidget(self.rejects, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def pick_file(self) -> None:
        chosen = file_dialogs.open_file(self, file_dialogs.IMPORT, self.tr("选择台账文件"),
                                        self.tr("Excel 文件 (*.xlsx *.xls *.ods)"))
        if chosen is not None:
            self.start_preview(chosen)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.choose.setEnabled(not busy)
        self.kind.setEnabled(not busy)
        self.confirm.setEnabled(not busy and self.preview is not None and self.preview.has_work
                                and not self.committed)
        if busy:
            self.progress.setRange(0, 0)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def start_preview(self, path: Path) -> None:
        self.path = path
        self.preview = None
        self.file_label.setText(str(path))
        self.error.say("")
        self._busy(True)
        importer = self.service.importer(self.kind.currentData())  # the registry's importer for the kind
        self.task = self.runner.run(self, lambda job: importer.preview(path, job, job.cancelled),
                                    self.tr("读取台账"), cancellable=True, progress=False, on_done=self._previewed,
                                    on_failed=self._failed, on_progress=self._progress)

    def _previewed(self, preview: ImportPreview) -> None:
        self.task = None
        self.preview = preview
        self._busy(False)
        self.summary.setText(self.tr("新增 {0} 条，修改 {1} 条，没有变化 {2} 条，未通过 {3} 条。"
                                     "确认后一次写入；未通过的行不会写入，可保存下来改好再导入。").format(
            len(preview.new), len(preview.changed), preview.unchanged, len(preview.rejected)))
        self.unknown.setText(self.tr("这些列本软件不认识，不会导入：{0}").format("、".join(preview.unknown_columns)))
        self.unknown.setVisible(bool(preview.unknown_columns))
        self.rejects.setRowCount(len(preview.rejected))
        for row, r in enumerate(preview.rejected):
            for col, text in enumerate((str(r.line), r.label, r.reason)):
                self.rejects.setItem(row, col, QTableWidgetItem(text))
        self.save_rejects.setEnabled(bool(preview.rejected))
        self.confirm.setEnabled(preview.has_work)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._busy(False)
        self.error.say(explain(exc))

    def commit(self) -> None:
        if self.preview is None:
            return
        self._busy(True)
        preview = self.preview
        importer = self.service.importer(preview.kind)
        self.task = self.runner.run(self, lambda job: importer.commit(preview, job.cancelled, job),
                                    self.tr("导入台账"), cancellable=True, progress=False, on_done=self._committed,
                                    on_failed=self._failed, on_progress=self._progress)

    def _committed(self, _changes) -> None:
        self.task = None
        self.committed = True
        self._busy(False)
        self.confirm.setEnabled(False)
        self.summary.setText(self.summary.text() + "\n" + self.tr("已导入。"))

    def export_rejects(self) -> None:
        if self.preview is None:
            return
        chosen = file_dialogs.save_file(self, file_dialogs.EXPORT, self.tr("保存未通过的行"), "未通过的行.xlsx",
                                        "Excel (*.xlsx)")
        if chosen is None:
            return
        name = str(chosen)
        try:
            self.service.importer(self.preview.kind).save_rejects(self.preview, Path(name))
        except OSError as exc:  # a full or pulled-out stick, a read-only folder: say so, do not vanish
            logfile.log_failure(exc, "saving rejected rows")
            self.error.say(explain(save_failed(name, exc)))
        except GridDeskError as exc:
            self.error.say(explain(exc))
        else:
            self.error.say(self.tr("未通过的行已保存到 {0}。").format(name))
            tell_saved(self, self.tr("已保存"), self.tr("未通过的行已保存到 {0}。").format(name), chosen.parent)
