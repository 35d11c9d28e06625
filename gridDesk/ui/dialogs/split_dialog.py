"""拆分网格: one grid into two. The clerk names the new grid (its code is the next free one, never
a retired one), picks the households that go by villager group or address (typed as a filter,
then "全选筛出的"), sees the counts before and after, and confirms with the date, the reason and
the approval document. The service moves everything in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QVBoxLayout)

from ...domain.division import SplitPlan
from ...domain.errors import GridDeskError
from ...domain.roster import GridNode
from ..widgets.forms import FormDialog

Households = list[tuple[int, str, str, int]]  # (id, number, address, residents)


class SplitDialog(FormDialog):
    def __init__(self, split: Callable[[SplitPlan], object], source: GridNode, households: Households,
                 new_code: str, today: date, parent=None, places: list[tuple[int, str, str]] = ()) -> None:
        self.split = split
        self.source = source
        self.households = households
        self.code = QLineEdit(new_code)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如：第5网格（南村）"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("按村民小组、地址或户号筛选，如：南村"))
        self.pick_shown = QPushButton(self.tr("全选筛出的户"))
        self.clear_shown = QPushButton(self.tr("取消筛出的户"))
        self.list = QListWidget()
        for hid, number, address, people in households:
            item = QListWidgetItem(self.tr("{0}　{1}（{2} 人）").format(number, address, people))
            item.setData(Qt.ItemDataRole.UserRole, hid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.places = QListWidget()  # rental housing, organisations and risk points that go with them
        for pid, name, address in places:
            item = QListWidgetItem(f"{name}　{address}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.places.addItem(item)
        self.places.setMaximumHeight(90)
        self.places.setVisible(bool(places))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.why = QPlainTextEdit()
        self.why.setFixedHeight(56)
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("批准文件文号，如：某镇综治〔2026〕5号"))
        form = QFormLayout()
        form.addRow(self.tr("新网格编码"), self.code)
        form.addRow(self.tr("新网格名称"), self.name)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.pick_shown)
        bar.addWidget(self.clear_shown)
        body = QVBoxLayout()
        body.addWidget(QLabel(self.tr("从“{0}”（{1} 户）分出的户：").format(source.name, len(households))))
        body.addLayout(form)
        body.addLayout(bar)
        body.addWidget(self.list, 1)
        if places:
            body.addWidget(QLabel(self.tr("一并划入新网格的场所和风险点：")))
        body.addWidget(self.places)
        body.addWidget(self.preview)
        after = QFormLayout()
        after.addRow(self.tr("调整日期"), self.on)
        after.addRow(self.tr("调整原因"), self.why)
        after.addRow(self.tr("批准文件"), self.document)
        body.addLayout(after)
        super().__init__(self.tr("拆分网格"), [], parent=parent, body=body,
                         fields={"code": self.code, "name": self.name, "households": self.list, "why": self.why,
                                 "on": self.on, "document": self.document})
        self.filter.textChanged.connect(self.apply_filter)
        self.pick_shown.clicked.connect(lambda: self.check_shown(True))
        self.clear_shown.clicked.connect(lambda: self.check_shown(False))
        self.list.itemChanged.connect(lambda _i: self.show_preview())
        self.setMinimumSize(620, 620)
        self.show_preview()

    def apply_filter(self, text: str) -> None:
        text = text.strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(text) and text not in item.text())

    def check_shown(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                item.setCheckState(state)

    def picked(self, which: QListWidget | None = None) -> tuple[int, ...]:
        which = which if which is not None else self.list
        return tuple(which.item(r).data(Qt.ItemDataRole.UserRole) for r in range(which.count())
                     if which.item(r).checkState() == Qt.CheckState.Checked)

    def show_preview(self) -> None:
        picked = set(self.picked())
        people = sum(p for hid, _n, _a, p in self.households if hid in picked)
        total = sum(p for *_x, p in self.households)
        self.preview.setText(self.tr("拆分前：{0} {1} 户 {2} 人　→　拆分后：{0} {3} 户 {4} 人，新网格 {5} 户 {6} 人")
                             .format(self.source.name, len(self.households), total, len(self.households) - len(picked),
                                     total - people, len(picked), people))

    def submit(self) -> None:
        d = self.on.date()
        plan = SplitPlan(self.source.code, ((self.code.text().strip(), self.name.text(), self.picked(),
                                             self.picked(self.places)),),
                         date(d.year(), d.month(), d.day()), self.why.toPlainText(), self.document.text())
        try:
            self.split(plan)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
