"""Importing a sign-in sheet: the matched people and every unmatched row with its reason; only OK writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...domain.errors import GridDeskError
from ...services.imports import ImportPreview, SignInRow
from .. import file_dialogs
from ..messages import explain
from ..training_words import presence_label
from ..widgets.forms import ErrorLabel

Preview = Callable[[Path], ImportPreview[SignInRow]]
Apply = Callable[[ImportPreview[SignInRow]], None]


class SignInDialog(QDialog):
    def __init__(self, preview: Preview, apply: Apply, parent=None) -> None:
        super().__init__(parent)
        self.make_preview = preview
        self.apply = apply
        self.preview: ImportPreview[SignInRow] | None = None
        self.setWindowTitle(self.tr("导入签到表"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("请选择签到表（xlsx 或 xls）。表头要有“姓名”，最好有“身份证号”。"))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("选择文件…"))
        choose.clicked.connect(self.choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.matched_label = QLabel()
        self.matched = QTableWidget(0, 4)
        self.matched.setHorizontalHeaderLabels([self.tr("行"), self.tr("姓名"), self.tr("出勤"), self.tr("成绩")])
        self.rejected_label = QLabel()
        self.rejected_label.setObjectName("ErrorLabel")
        self.rejected = QTableWidget(0, 3)
        self.rejected.setHorizontalHeaderLabels([self.tr("行"), self.tr("姓名"), self.tr("原因")])
        for table in (self.matched, self.rejected):
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        for w in (self.matched_label, self.matched, self.rejected_label, self.rejected):
            layout.addWidget(w)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    def choose(self) -> None:
        chosen = file_dialogs.open_file(self, file_dialogs.IMPORT, self.tr("选择签到表"), self.tr("Excel 表格 (*.xlsx *.xls)"))
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> None:
        self.error.say("")
        try:
            self.preview = self.make_preview(path)
        except GridDeskError as exc:
            self.preview = None
            self.ok.setEnabled(False)
            self.error.say(explain(exc))
            return
        p = self.preview
        self.file_label.setText(path.name)
        matched = [*p.new, *p.changed]
        self.matched_label.setText(self.tr("能对上的 {0} 人：").format(len(matched)))
        self.matched.setRowCount(len(matched))
        for r, (line, name, a) in enumerate(sorted(matched)):
            for c, v in enumerate((str(line), name, presence_label(a.presence),
                                   "" if a.score is None else f"{a.score:g}")):
                self.matched.setItem(r, c, QTableWidgetItem(v))
        self.rejected_label.setText(self.tr("对不上的 {0} 行（不会导入；改好签到表后可再导入）：").format(len(p.rejected)))
        self.rejected.setRowCount(len(p.rejected))
        for r, rejected in enumerate(p.rejected):
            for c, v in enumerate((str(rejected.line), rejected.label, rejected.reason)):
                self.rejected.setItem(r, c, QTableWidgetItem(v))
        self.ok.setText(self.tr("导入能对上的 {0} 人").format(len(matched)))
        self.ok.setEnabled(bool(matched))

    def submit(self) -> None:
        if self.preview is None:
            return
        try:
            self.apply(self.preview)
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.accept()
