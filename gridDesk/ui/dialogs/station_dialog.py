"""A 党群服务站: where it is, its grid's households it serves (ticked from the list), what it
provides, its hours and who is in charge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem

from ...domain.errors import GridDeskError
from ...domain.outreach import Station, StationRecord, WechatRep
from ...domain.roster import GridNode, TeamRecord
from ..widgets.forms import FormDialog

Save = Callable[[Station], object]
Households = Callable[[str], list[WechatRep]]  # a grid's households, as the WeChat list reads them


class StationDialog(FormDialog):
    def __init__(self, grids: list[GridNode], team: list[TeamRecord], households: Households, save: Save,
                 record: StationRecord | None = None, parent=None) -> None:
        self.save = save
        self.households_of = households
        st = record.station if record else None
        self.chosen = set(st.households) if st else set()
        self.name = QLineEdit(st.name if st else "")
        self.name.setPlaceholderText(self.tr("例如：东村网格党群服务站"))
        self.grid = QComboBox()
        for node in grids:
            if node.parent_code is None:
                self.grid.addItem(f"{node.name}（{node.code}）", node.code)
        self.grid.setCurrentIndex(max(0, self.grid.findData(st.grid_code if st else "")))
        self.address = QLineEdit(st.address if st else "")
        self.room = QLineEdit(st.room if st else "")
        self.room.setPlaceholderText(self.tr("闲置用房、物业用房或党员中心户家中"))
        self.services = QLineEdit("、".join(st.services) if st else "党务、政务代办、综治调解、文化、健康")
        self.hours = QLineEdit(st.hours if st else "")
        self.keeper = QComboBox()
        self.keeper.addItem(self.tr("（未定）"), None)
        for t in team:
            if t.left_on is None:
                self.keeper.addItem(t.member.name, t.id)
        self.keeper.setCurrentIndex(max(0, self.keeper.findData(st.keeper_id if st else None)))
        self.list = QListWidget()
        self.list.setMinimumHeight(160)
        self.grid.currentIndexChanged.connect(lambda _i: self._fill())
        self._fill()
        super().__init__(self.tr("编辑党群服务站") if record else self.tr("新增党群服务站"), [
            (self.tr("名称*"), self.name), (self.tr("所在网格"), self.grid), (self.tr("地址"), self.address),
            (self.tr("用房"), self.room), (self.tr("服务项目"), self.services), (self.tr("开放时间"), self.hours),
            (self.tr("负责人"), self.keeper), (self.tr("服务的户"), self.list)],
            intro=self.tr("“1+1+N”：一个服务站、一名负责人、若干服务项目；服务项目用顿号分开。"),
            parent=parent, fields={"name": self.name, "grid_code": self.grid, "households": self.list,
                                   "keeper": self.keeper})
        self.setMinimumWidth(560)

    def _fill(self) -> None:
        self.list.clear()
        for h in self.households_of(self.grid.currentData() or ""):
            item = QListWidgetItem(f"{h.number}  {h.head}  {h.address}")
            item.setData(Qt.ItemDataRole.UserRole, h.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if h.number in self.chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def tick(self, numbers: list[str]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in numbers:
                item.setCheckState(Qt.CheckState.Checked)

    def value(self) -> Station:
        picked = tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                       if self.list.item(i).checkState() == Qt.CheckState.Checked)
        services = tuple(x.strip() for x in self.services.text().replace("，", "、").replace(",", "、").split("、")
                         if x.strip())
        return Station(self.name.text(), self.grid.currentData() or "", self.address.text(), self.room.text(), services,
                       self.hours.text(), self.keeper.currentData(), picked)

    def submit(self) -> None:
        try:
            self.save(self.value())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
