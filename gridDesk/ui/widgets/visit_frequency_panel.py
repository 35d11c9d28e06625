"""The director's visit frequencies: how many days between visits to each key group's members."""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.visits import MAX_EVERY_DAYS
from ...services.visit_frequencies import VisitFrequenciesService
from ..messages import explain
from ..words import key_group_label
from .forms import ErrorLabel


class VisitFrequencyPanel(QWidget):
    def __init__(self, service: VisitFrequenciesService) -> None:
        super().__init__()
        self.service = service
        self.frequencies = []
        note = QLabel(self.tr("GridDesk 的默认值：严重精神障碍患者每周走访一次，其他重点人群每月一次。"
                              "请主任按本地规定调整；0 表示不单独提醒，只随每周入户走访。"))
        note.setObjectName("PageHint")
        note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("重点人群"), self.tr("每几天走访一次"), self.tr("默认")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(220)
        self.save_button = QPushButton(self.tr("保存走访频次"))
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        self.saved.setObjectName("PageHint")
        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def _days(self, days: int) -> str:
        return self.tr("不单独提醒") if days == 0 else self.tr("{0} 天").format(days)

    def refresh(self) -> None:
        self.frequencies = self.service.frequencies()
        self.table.setRowCount(len(self.frequencies))
        for row, f in enumerate(self.frequencies):
            self.table.setItem(row, 0, QTableWidgetItem(key_group_label(f.group)))
            spin = QSpinBox()
            spin.setRange(0, MAX_EVERY_DAYS)
            spin.setSpecialValueText(self.tr("不单独提醒"))
            spin.setSuffix(self.tr(" 天"))
            spin.setValue(f.every_days)
            self.table.setCellWidget(row, 1, spin)
            self.table.setItem(row, 2, QTableWidgetItem(self._days(f.default_days)))

    def spin(self, row: int) -> QSpinBox:
        return self.table.cellWidget(row, 1)

    def save(self) -> None:
        changed = 0
        try:
            for row, f in enumerate(self.frequencies):
                days = self.spin(row).value()
                if days != f.every_days:
                    self.service.set_frequency(f.group, days)
                    changed += 1
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.error.say("")
        self.saved.setText(self.tr("已保存 {0} 项。").format(changed) if changed else self.tr("没有改动。"))
        self.refresh()
