"""持证上岗例外: each time the director let an uncertified member work, with who, when, what and why."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ...domain.certification import CertAct, CertOverride

_ACTS = {CertAct.ASSIGN: QT_TRANSLATE_NOOP("CertOverridesDialog", "承办案件"),
         CertAct.VISIT: QT_TRANSLATE_NOOP("CertOverridesDialog", "登记走访"),
         CertAct.SIGN: QT_TRANSLATE_NOOP("CertOverridesDialog", "印上公示牌")}


class CertOverridesDialog(QDialog):
    def __init__(self, overrides: list[CertOverride], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("持证上岗例外"))
        self.setMinimumSize(760, 360)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("未通过培训的人员不能作为网格员开展工作（DB3208/T 200 8.3）。"
                              "下面是主任准许的每一次例外，最新的在前。") if overrides else
                      self.tr("没有持证上岗例外。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(overrides), 5)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("准许人"), self.tr("人员"),
                                              self.tr("事项"), self.tr("理由")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, o in enumerate(overrides):
            what = f"{self.tr(_ACTS[o.act])}（{o.target}）"
            for col, value in enumerate((f"{o.at:%Y-%m-%d %H:%M}", o.account, o.member_name, what, o.reason)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
