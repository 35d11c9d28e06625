"""概览: the villages x months matrix (DHIS2's reporting rates: received, on time, chain complete,
failed, missing), each cell coloured by the worst that is true of it, with a legend and a tooltip,
and the counts that matter above it (escalations waiting and overdue, villages missing last month)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...domain.township import TownshipStatus
from ...services.township_status import township_status
from ...services.township_views import queue_counts
from .common import Card, ReadProblem, heading, table
from .context import TownshipContext
from .words import CELL_COLOUR, CELL_STATES, cell_state, cell_text, cell_tip, t


class DashboardPage(QWidget):
    def __init__(self, context: TownshipContext, open_page=None) -> None:
        super().__init__()
        self.context = context
        self.open_page = open_page or (lambda key: None)
        self.status: TownshipStatus | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading(layout, self.tr("概览 — {0}").format(context.session.name),
                self.tr("各村每月上报的批次：颜色表示最需要注意的情况，鼠标停在格子上看详情。"))
        self.problem = ReadProblem(self)
        layout.addWidget(self.problem)
        cards = QHBoxLayout()
        self.villages_card = Card(self.tr("登记的村"))
        self.waiting_card = Card(self.tr("待答复的上报件"))
        self.overdue_card = Card(self.tr("已超过答复期限"))
        self.missing_card = Card(self.tr("上月应报未报的村"))
        self.failed_card = Card(self.tr("未通过检测的包（隔离）"))
        for card in (self.villages_card, self.waiting_card, self.overdue_card, self.missing_card, self.failed_card):
            cards.addWidget(card)
        layout.addLayout(cards)
        # The legend in three columns: one line of six does not fit 1280 px in English.
        legend = QGridLayout()
        legend.setHorizontalSpacing(6)
        legend.setVerticalSpacing(2)
        for n, (_key, colour, word) in enumerate(CELL_STATES):
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid #b8c4d6;")
            legend.addWidget(swatch, n // 3, (n % 3) * 2)
            legend.addWidget(QLabel(t(word)), n // 3, (n % 3) * 2 + 1)
        row = QHBoxLayout()
        row.addLayout(legend)
        row.addStretch(1)
        self.queue_button = QPushButton(self.tr("查看上报件"))
        self.queue_button.clicked.connect(lambda: self.open_page("queue"))
        row.addWidget(self.queue_button)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.matrix = table([])
        self.matrix.setSelectionMode(self.matrix.SelectionMode.NoSelection)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().setStretchLastSection(False)
        self.matrix.horizontalHeader().setDefaultSectionSize(84)
        layout.addWidget(self.matrix, 1)
        self.empty = QLabel(self.tr("还没有登记村。请用命令 griddesk township village add 登记各村和它们的公钥指纹。"))
        self.empty.setObjectName("NoticeBanner")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        context.changed.connect(lambda _what: self.refresh())
        self.refresh()

    def shown(self) -> None:
        """Read again each time the page is opened (another staff member may have imported)."""
        self.refresh()

    def refresh(self) -> None:
        self.problem.attempt(lambda: self.fill(township_status(self.context.session, self.context.today)))

    def fill(self, status: TownshipStatus) -> None:
        self.status = status
        counts = queue_counts(status)
        last = status.periods[-2] if len(status.periods) > 1 else ""
        missing = sum(1 for v in status.villages for c in v.cells if c.period == last and c.missing)
        failed = sum(c.failed for v in status.villages for c in v.cells)
        self.villages_card.set(len(status.villages))
        self.waiting_card.set(counts.waiting)
        self.overdue_card.set(counts.overdue, alarm=counts.overdue > 0)
        self.missing_card.set(missing, alarm=missing > 0)
        self.failed_card.set(failed, alarm=failed > 0)
        self.empty.setVisible(not status.villages)
        m = self.matrix
        m.setUpdatesEnabled(False)
        try:
            m.clear()
            m.setRowCount(len(status.villages))
            m.setColumnCount(len(status.periods))
            m.setHorizontalHeaderLabels(list(status.periods))
            m.setVerticalHeaderLabels([f"{v.name}  {v.code[-3:]}" for v in status.villages])
            m.verticalHeader().setVisible(True)
            brushes = {k: QBrush(QColor(c)) for k, c in CELL_COLOUR.items()}
            for r, v in enumerate(status.villages):
                for c, cell in enumerate(v.cells):
                    state = cell_state(cell)
                    item = QTableWidgetItem(cell_text(cell))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setBackground(brushes[state])
                    item.setToolTip(cell_tip(v.name, cell))
                    item.setData(Qt.ItemDataRole.UserRole, state)
                    m.setItem(r, c, item)
        finally:
            m.setUpdatesEnabled(True)
        if status.periods and status.villages:  # the latest months are the ones to look at
            m.scrollToItem(m.item(0, len(status.periods) - 1))
