"""一户一代表: a grid's households and whether each has a representative in the grid's WeChat
group (Measures Art. 7 (6)). Ticked in bulk: tick the households that have joined, say who
represents them if not the head, and save; the coverage above is the service's figure."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QSpinBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.outreach import WechatRep
from ...domain.rules import Permission
from ...services.wechat_groups import Joined, WechatGroupsService
from ..bundle import SessionBundle
from ..messages import explain
from ..widgets.forms import ErrorLabel

COL_IN, COL_NUMBER, COL_HEAD, COL_ADDRESS, COL_REP, COL_SINCE = range(6)


class WechatTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(WechatGroupsService)
        self.rows: list[WechatRep] = []
        self.editable = ctx.session.may(Permission.EDIT_ROSTER)
        self.grid = QComboBox()
        self.grid.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.grid.setMinimumContentsLength(16)
        self.grid.currentIndexChanged.connect(lambda _i: self.show_grid())
        self.figure = QLabel()
        self.figure.setObjectName("CardLabel")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.tick_all = QPushButton(self.tr("全部勾选"))
        self.tick_all.clicked.connect(lambda: self._tick_every(True))
        self.save_button = QPushButton(self.tr("保存勾选"))
        self.save_button.clicked.connect(self.save)
        # the director's line below which the dashboard names a grid (rules as data)
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix("%")
        self.threshold_button = QPushButton(self.tr("设为提示线"))
        self.threshold_button.clicked.connect(self.set_threshold)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("已进群"), self.tr("户号"), self.tr("户主"), self.tr("地址"),
                                              self.tr("进群代表"), self.tr("进群日期")])
        self.table.horizontalHeader().setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.error = ErrorLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("网格")))
        bar.addWidget(self.grid)
        bar.addStretch(1)
        for w in (QLabel(self.tr("新勾选的进群日期")), self.day, self.tick_all, self.save_button):
            w.setVisible(self.editable)
            bar.addWidget(w)
        sets_rules = ctx.session.may(Permission.EDIT_RULES)
        for w in (self.threshold, self.threshold_button):
            w.setVisible(sets_rules)
            bar.addWidget(w)
        hint = QLabel(self.tr("每户至少一名代表进入本网格微信群（一户一代表）。勾选已进群的户，代表不是户主的请改写姓名，"
                              "再点“保存勾选”；取消勾选即记为未进群。"))
        hint.setObjectName("PageHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(bar)
        # the figure on a line of its own: beside the buttons it pushed the bar past a 1280 px window
        self.figure.setWordWrap(True)
        layout.addWidget(self.figure)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        """The grids with their figures; the grid shown stays, else the one furthest behind."""
        coverage = self.service.coverage()
        keep = self.grid.currentData()
        limit = self.service.threshold()
        self.threshold.setValue(limit)
        self.grid.blockSignals(True)
        self.grid.clear()
        for c in coverage:
            self.grid.addItem(f"{c.name}（{c.code}） {c.percent}%", c.code)
        behind = min((c for c in coverage if c.households), key=lambda c: c.percent, default=None)
        wanted = keep or (behind.code if behind and behind.percent < limit else None)
        self.grid.setCurrentIndex(max(0, self.grid.findData(wanted)))
        self.grid.blockSignals(False)
        self.show_grid()

    def show_grid(self, code: str | None = None) -> None:
        if code is not None:
            self.grid.setCurrentIndex(max(0, self.grid.findData(code)))
            return  # the index change shows it
        code = self.grid.currentData()
        self.rows = self.service.households(code) if code else []
        figure = next((c for c in self.service.coverage() if c.code == code), None)
        self.figure.setText(self.tr("微信群覆盖 {0}%：{1} 户中 {2} 户有代表进群（提示线 {3}%）").format(
            figure.percent, figure.households, figure.represented, self.service.threshold()) if figure else "")
        self.table.setRowCount(len(self.rows))
        for r, h in enumerate(self.rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if self.editable
                                                       else Qt.ItemFlag.NoItemFlags))
            tick.setCheckState(Qt.CheckState.Checked if h.joined else Qt.CheckState.Unchecked)
            self.table.setItem(r, COL_IN, tick)
            for col, text in ((COL_NUMBER, h.number), (COL_HEAD, h.head), (COL_ADDRESS, h.address),
                              (COL_REP, h.representative), (COL_SINCE, str(h.joined_on or ""))):
                item = QTableWidgetItem(text)
                editable = col == COL_REP and self.editable
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags))
                self.table.setItem(r, col, item)
        self.error.say("")

    def set_threshold(self) -> None:
        try:
            self.ctx.publish(self.service.set_threshold(self.threshold.value()), self)
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.show_grid()

    def _tick_every(self, on: bool) -> None:
        for r in range(self.table.rowCount()):
            self.table.item(r, COL_IN).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def changed_lines(self) -> list[Joined]:
        """The households whose tick or representative differs from what is on file."""
        day = self.day.date().toPython()
        out = []
        for r, h in enumerate(self.rows):
            ticked = self.table.item(r, COL_IN).checkState() == Qt.CheckState.Checked
            rep = self.table.item(r, COL_REP).text().strip()
            if ticked and (not h.joined or rep != h.representative):
                out.append(Joined(h.number, rep or h.head, h.joined_on or day))
            elif not ticked and h.joined:
                out.append(Joined(h.number))
        return out

    def save(self) -> None:
        lines = self.changed_lines()
        if not lines:
            self.error.say(self.tr("没有改动。"))
            return
        try:
            changes = self.service.record(lines)
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.ctx.publish(changes, self)
        self.show_grid()
