"""The director's scoring rules (考核规则): the items (name, how each is scored, points, and for a
computed one how its share maps to points) and the grade thresholds. Hands them to `save`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QVBoxLayout)

from ...domain.assessment import METRIC_KEYS, Grade, ItemKind, ScoringItem
from ...domain.errors import GridDeskError
from ..review_words import grade_label, kind_label, metric_label
from ..widgets.forms import FormDialog

Save = Callable[[list[ScoringItem], dict[Grade, float]], None]
NAME, KIND, METRIC, POINTS, FLOOR, FULL, TARGET = range(7)


def _spin(low: float, high: float, value: float, decimals: int = 0, step: float = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setValue(value)
    return spin


class AssessmentRulesDialog(FormDialog):
    def __init__(self, items: list[ScoringItem], grades: dict[Grade, float], save: Save, parent=None) -> None:
        self.save = save
        self.ids: list[int | None] = []
        self.total = QLabel()
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("考核项目"), self.tr("评分方式"), self.tr("按哪本台账"),
                                              self.tr("分值"), self.tr("低于此比例记 0 分"), self.tr("达到此比例记满分"),
                                              self.tr("满分学时")])
        self.table.verticalHeader().hide()
        for item in items:
            self.add_row(item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        add, remove = QPushButton(self.tr("添加项目")), QPushButton(self.tr("删除所选项目"))
        add.clicked.connect(lambda: self.add_row(ScoringItem(self.tr("新项目"), ItemKind.REPRESENTATIVES, 50)))
        remove.clicked.connect(self.remove_row)
        row = QHBoxLayout()
        for w in (add, remove):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.total)
        self.grade_spins = {g: _spin(1, 10_000, grades[g], 1) for g in (Grade.EXCELLENT, Grade.COMPETENT, Grade.BASIC)}
        grade_form = QFormLayout()
        for g, spin in self.grade_spins.items():
            grade_form.addRow(self.tr("{0}：总分不低于").format(grade_label(g)), spin)
        grade_form.addRow(grade_label(Grade.INCOMPETENT), QLabel(self.tr("低于“基本称职”的分数线")))
        body = QVBoxLayout()
        body.addWidget(self.table)
        body.addLayout(row)
        body.addLayout(grade_form)
        super().__init__(self.tr("季度考核规则"), [], parent=parent, body=body, intro=self.tr(
            "按《千分制》考核：按台账计算的项目，完成比例低于“记 0 分”线不得分，达到“记满分”线得满分，其间按比例计分；"
            "评议和自评项目由评议结果录入。改动只用于尚未评议的季度，已初评的季度保留当时的规则。"),
            fields={"items": self.table, "item_name": self.table, "max_points": self.table, "metric": self.table,
                    "full_at": self.table, "target": self.table, "grades": self.grade_spins[Grade.EXCELLENT]})
        self.show_total()
        self.resize(900, 560)

    def add_row(self, item: ScoringItem) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.ids.append(item.id)
        name = QLineEdit(item.name)
        kind = QComboBox()
        for k in ItemKind:
            kind.addItem(kind_label(k), k)
        kind.setCurrentIndex(list(ItemKind).index(item.kind))
        metric = QComboBox()
        for key in METRIC_KEYS:
            metric.addItem(metric_label(key), key)
        if item.metric in METRIC_KEYS:
            metric.setCurrentIndex(METRIC_KEYS.index(item.metric))
        points = _spin(1, 1000, item.max_points, 1)
        points.valueChanged.connect(self.show_total)
        widgets = (name, kind, metric, points, _spin(0, 1, item.floor, 2, 0.05), _spin(0.01, 1, item.full_at, 2, 0.05),
                   _spin(0, 500, item.target, 1))
        for c, w in enumerate(widgets):
            self.table.setCellWidget(r, c, w)
        kind.currentIndexChanged.connect(lambda _i, row=r: self._enable(row))
        metric.currentIndexChanged.connect(lambda _i, row=r: self._enable(row))
        self._enable(r)
        self.show_total()

    def _enable(self, r: int) -> None:
        computed = ItemKind(self.table.cellWidget(r, KIND).currentData()) is ItemKind.METRIC  # a str enum comes back a str
        for c in (METRIC, FLOOR, FULL):
            self.table.cellWidget(r, c).setEnabled(computed)
        self.table.cellWidget(r, TARGET).setEnabled(
            computed and self.table.cellWidget(r, METRIC).currentData() == "training_hours")

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            del self.ids[r]
            self.show_total()

    def show_total(self) -> None:
        total = sum(self.table.cellWidget(r, POINTS).value() for r in range(self.table.rowCount())
                    if self.table.cellWidget(r, POINTS) is not None)
        self.total.setText(self.tr("合计 {0} 分").format(f"{total:g}"))

    def rules(self) -> tuple[list[ScoringItem], dict[Grade, float]]:
        items = []
        for r in range(self.table.rowCount()):
            w = [self.table.cellWidget(r, c) for c in range(7)]
            kind = ItemKind(w[KIND].currentData())
            items.append(ScoringItem(w[NAME].text(), kind, w[POINTS].value(),
                                     w[METRIC].currentData() if kind is ItemKind.METRIC else "",
                                     w[FLOOR].value(), w[FULL].value(), w[TARGET].value(), r, self.ids[r]))
        return items, {g: s.value() for g, s in self.grade_spins.items()}

    def submit(self) -> None:
        try:
            self.save(*self.rules())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
