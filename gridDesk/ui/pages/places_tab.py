"""Places: rental housing, organisations and risk points, each with its responsible member."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.places import PLACE_FIELDS, Place, PlaceKind
from ...services.places import PlacesService
from ...services.roster import RosterService
from ...services.team import TeamService
from ..dialogs.place_dialog import PlaceDialog
from ..widgets.forms import ErrorLabel


class PlacesTab(QWidget):
    def __init__(self, roster: RosterService, places: PlacesService, team: TeamService, editable: bool) -> None:
        super().__init__()
        self.roster = roster
        self.service = places
        self.team = team
        self.places: list[Place] = []
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部"), "")
        for k, (label, _f) in PLACE_FIELDS.items():
            self.kind.addItem(label, k.value)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("名称"), self.tr("地址或位置"), self.tr("网格"),
                                              self.tr("责任网格员"), self.tr("隐患/风险等级")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        self.add_button = QPushButton(self.tr("新增…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.error = ErrorLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addStretch(1)
        for b in (self.add_button, self.edit_button):
            b.setVisible(editable)
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        kind = self.kind.currentData()
        self.places = self.service.list(PlaceKind(kind) if kind else None)
        names = {g.code: g.name for g in self.roster.tree()}
        self.table.setRowCount(len(self.places))
        for row, p in enumerate(self.places):
            for col, text in enumerate((PLACE_FIELDS[p.kind][0], p.name, p.address, names.get(p.grid_code, ""),
                                        p.responsible_name, p.details.get("hazard", ""))):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def selected(self) -> Place | None:
        rows = self.table.selectionModel().selectedRows()
        return self.places[rows[0].row()] if rows else None

    def edit(self, place: Place | None) -> None:
        if place is None and self.sender() is self.edit_button:
            self.error.say(self.tr("请先选中一项。"))
            return
        kind = PlaceKind(self.kind.currentData()) if self.kind.currentData() else PlaceKind.RENTAL
        dialog = PlaceDialog(self.roster.tree(), self.team.members(), self.service.save, place, kind, self)
        if dialog.exec() == PlaceDialog.DialogCode.Accepted:
            self.refresh()
