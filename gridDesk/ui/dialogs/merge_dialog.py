"""合并网格: other grids of the same level into the selected one, which keeps its code; the
others are retired (their codes never issued again). Counts before and after shown before saving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit

from ...domain.division import MergePlan
from ...domain.errors import GridDeskError
from ...domain.roster import GridNode
from ..widgets.forms import FormDialog


class MergeDialog(FormDialog):
    def __init__(self, merge: Callable[[MergePlan], object], into: GridNode, others: list[GridNode], today: date,
                 parent=None) -> None:
        self.merge = merge
        self.into = into
        self.others = others
        self.list = QListWidget()
        for g in others:
            item = QListWidgetItem(self.tr("{0}（{1}，{2} 户）").format(g.name, g.code, g.households))
            item.setData(Qt.ItemDataRole.UserRole, g.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.name = QLineEdit(into.name)
        self.preview = QLabel()
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.why = QPlainTextEdit()
        self.why.setFixedHeight(56)
        self.document = QLineEdit()
        super().__init__(self.tr("合并网格"), [(self.tr("并入的网格"), self.list), (self.tr("合并后名称"), self.name),
                                               (self.tr("户数"), self.preview), (self.tr("调整日期"), self.on),
                                               (self.tr("调整原因"), self.why), (self.tr("批准文件"), self.document)],
                         intro=self.tr("选中的网格并入“{0}”（{1}），编码保留；并入的网格撤销，编码不再使用。")
                         .format(into.name, into.code), parent=parent, fields={"sources": self.list})
        self.list.itemChanged.connect(lambda _i: self.show_preview())
        self.setMinimumWidth(560)
        self.show_preview()

    def picked(self) -> tuple[str, ...]:
        return tuple(self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                     if self.list.item(r).checkState() == Qt.CheckState.Checked)

    def show_preview(self) -> None:
        picked = set(self.picked())
        added = sum(g.households for g in self.others if g.code in picked)
        self.preview.setText(self.tr("合并前 {0} 户，合并后 {1} 户").format(self.into.households, self.into.households + added))

    def submit(self) -> None:
        d = self.on.date()
        plan = MergePlan(self.into.code, self.picked(), date(d.year(), d.month(), d.day()), self.why.toPlainText(),
                         self.document.text(), self.name.text())
        try:
            self.merge(plan)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
