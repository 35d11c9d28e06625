"""工作台: the village at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...services.dashboard import DashboardService
from .header import page_header


class _Card(QFrame):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName("CardValue")
        caption = QLabel(label)
        caption.setObjectName("CardLabel")
        layout.addWidget(self.value)
        layout.addWidget(caption)


class DashboardPage(QWidget):
    def __init__(self, service: DashboardService, village: str, user: str) -> None:
        super().__init__()
        self.service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_header(self.tr("工作台"),
                                     self.tr("{0}，您好。这里是{1}的概况。").format(user, village)))
        cards = QGridLayout()
        self.cards = {key: _Card(text) for key, text in (
            ("grids", self.tr("网格")), ("households", self.tr("户")),
            ("residents", self.tr("人口")), ("team", self.tr("网格队伍（人）")))}
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
        layout.addLayout(cards)
        caption = QLabel(self.tr("各网格户数与人口"))
        caption.setObjectName("CardLabel")
        layout.addSpacing(12)
        layout.addWidget(caption)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("网格编码"), self.tr("网格名称"),
                                              self.tr("户数"), self.tr("人口")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        counts = self.service.counts()
        self.cards["grids"].value.setText(f"{counts.grids:,}")
        self.cards["households"].value.setText(f"{counts.households:,}")
        self.cards["residents"].value.setText(f"{counts.residents:,}")
        self.cards["team"].value.setText(f"{counts.team:,}")
        self.table.setRowCount(len(counts.per_grid))
        for row, g in enumerate(counts.per_grid):
            for col, value in enumerate((g.code, g.name, f"{g.households:,}", f"{g.residents:,}")):
                item = QTableWidgetItem(value)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
