"""划分记录: every change to the grid division, newest first, with the counts before and after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from ...domain.division import ChangeKind, DivisionChange

KIND_WORDS = {ChangeKind.CREATE: QCoreApplication.translate("DivisionHistory", "新设"),
              ChangeKind.SPLIT: QCoreApplication.translate("DivisionHistory", "拆分"),
              ChangeKind.MERGE: QCoreApplication.translate("DivisionHistory", "合并"),
              ChangeKind.REBOUND: QCoreApplication.translate("DivisionHistory", "调整边界"),
              ChangeKind.RENAME: QCoreApplication.translate("DivisionHistory", "更名"),
              ChangeKind.RETIRE: QCoreApplication.translate("DivisionHistory", "撤销")}


def _counts(grids) -> str:
    return "；".join(f"{g.name} {g.households}" for g in grids) or "—"


class DivisionHistoryDialog(QDialog):
    def __init__(self, changes: list[DivisionChange], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("网格划分记录"))
        self.table = QTableWidget(len(changes), 8)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("类别"), self.tr("调整内容"), self.tr("调整前（户）"),
                                              self.tr("调整后（户）"), self.tr("原因"), self.tr("批准文件"), self.tr("记录人")])
        for row, c in enumerate(reversed(changes)):
            for col, text in enumerate((f"{c.on:%Y-%m-%d}", KIND_WORDS[c.kind], c.what, _counts(c.before),
                                        _counts(c.after), c.why, c.document, c.by)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(980, 420)
