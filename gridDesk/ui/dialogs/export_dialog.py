"""Exporting a ledger: which, which layout, masked or (with a reason) not; off the UI thread."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QProgressBar, QVBoxLayout)

from ...domain.key_groups import KeyGroup
from ...domain.roster import ResidentFilter
from ...services.roster_export import ExportService
from .. import file_dialogs
from ..ops import Runner
from ..messages import explain
from ..saved_notice import tell_saved
from ..widgets.forms import ErrorLabel
from ..words import key_group_label
from .import_dialog import KINDS


class ExportDialog(QDialog):
    def __init__(self, service: ExportService, current: ResidentFilter, may_unmask: bool, parent=None,
                 runner: Runner | None = None, groups: Sequence[KeyGroup] = ()) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner or Runner(parent=self)  # the session's, so a lock waits for the export
        self.filter = current
        self.files: list[Path] = []
        self.task = None
        self.setWindowTitle(self.tr("导出 Excel 台账"))
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(QCoreApplication.translate("ImportDialog", label), key)
        for group in groups:  # each key group's own register, in its county template's columns
            self.kind.addItem(QCoreApplication.translate("ImportDialog", "{0}登记表").format(key_group_label(group)),
                              f"keygroup:{group.value}")
        self.layout_box = QComboBox()
        self.layout_box.addItem(self.tr("本软件模板（可改好后再导入）"), "template")
        self.layout_box.addItem(self.tr("县级模板（每个文件最多 1000 行）"), "county")
        self.unmask = QCheckBox(self.tr("导出完整的身份证号和电话"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("导出完整号码的理由（记入审计日志）"))
        self.reason.setEnabled(False)
        self.unmask.toggled.connect(self.reason.setEnabled)
        self.unmask.setVisible(may_unmask)
        self.reason.setVisible(may_unmask)
        scope = current.grid_code or self.tr("全村")
        if current.key_group or current.min_age is not None or current.max_age is not None or current.away:
            scope += self.tr("（按当前筛选）")
        form = QFormLayout()
        form.addRow(self.tr("台账"), self.kind)
        form.addRow(self.tr("版式"), self.layout_box)
        form.addRow(self.tr("范围"), QLabel(scope))
        form.addRow("", self.unmask)
        form.addRow("", self.reason)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose_and_export(self) -> None:
        path = file_dialogs.save_file(self, file_dialogs.EXPORT, self.tr("导出到"), f"{self.kind.currentText()}.xlsx",
                                      "Excel (*.xlsx)")
        if path is not None:
            self.start(path)

    def start(self, path: Path) -> None:
        reason = self.reason.text().strip() if self.unmask.isChecked() else ""
        if self.unmask.isChecked() and len(reason) < 2:
            self.error.say(self.tr("导出完整号码需要写明理由。"))
            return
        self.error.say("")
        self.progress.show()
        self.buttons.setEnabled(False)
        kind, layout = self.kind.currentData(), self.layout_box.currentData()
        # Residents follow the view's filter (grid, key group, age band, away); other ledgers the grid.
        chosen = self.filter if kind == "residents" else ResidentFilter(grid_code=self.filter.grid_code)
        self.task = self.runner.run(self, lambda _job: self.service.export(kind, path, layout, chosen, reason),
                                    self.tr("导出 Excel 台账"), progress=False, on_done=self._done,
                                    on_failed=self._failed)

    def _done(self, files: list[Path]) -> None:
        self.task = None
        self.files = files
        self.progress.hide()
        self.buttons.setEnabled(True)
        listed = "\n".join(str(f) for f in files)
        self.result_label.setText(self.tr("已导出：") + listed)
        if files:
            tell_saved(self, self.tr("已导出"), self.tr("已导出 {0} 个文件：\n{1}").format(len(files), listed),
                       files[0].parent)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.error.say(explain(exc))
