"""服务站: the 党群服务站 of the grids (DB3208/T 200 ch. 9) with, for the one selected, its "七个一"
checklist: each item ticked with the day it was in place and a note; the missing ones in red."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.outreach import StationRecord
from ...domain.rules import Permission
from ...services.clock import local_dt
from ...services.roster import RosterService
from ...services.stations import StationsService
from ...services.team import TeamService
from ...services.wechat_groups import WechatGroupsService
from ..bundle import SessionBundle
from ..dialogs.station_dialog import StationDialog
from ..messages import explain
from ..widgets.forms import ErrorLabel

_MISSING = QColor("#b3261e")


class StationsTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(StationsService)
        self.editable = ctx.session.may(Permission.PARTY)
        self.records: list[StationRecord] = []
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("服务站"), self.tr("网格"), self.tr("用房"), self.tr("负责人"),
                                              self.tr("服务户数"), self.tr("服务项目"), self.tr("“七个一”缺项")])
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self.show_checklist)
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()) if self.editable else None)
        self.add_button = QPushButton(self.tr("新增服务站…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.items_button = QPushButton(self.tr("“七个一”清单…"))  # the director's list (rules as data)
        self.items_button.clicked.connect(self.edit_items)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected(), required=True))
        bar = QHBoxLayout()
        hint = QLabel(self.tr("党群服务站按“七个一”标准建设，就近提供党务、政务、综治、文化、健康等服务。"))
        hint.setObjectName("PageHint")
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        for b in (self.add_button, self.edit_button):
            b.setVisible(self.editable)
            bar.addWidget(b)
        self.items_button.setVisible(ctx.session.may(Permission.EDIT_RULES))
        bar.addWidget(self.items_button)
        self.checklist_title = QLabel()
        self.checklist_title.setObjectName("CardLabel")
        self.checklist = QTableWidget(0, 3)
        self.checklist.setHorizontalHeaderLabels([self.tr("“七个一”"), self.tr("具备日期"), self.tr("说明")])
        self.checklist.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checklist.verticalHeader().hide()
        self.checklist.itemChanged.connect(self._ticked)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.checklist_title)
        layout.addWidget(self.checklist, 2)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        keep = self.selected()
        self.records = self.service.listed()
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            st = r.station
            missing = "、".join(r.missing) if r.missing else self.tr("齐全")
            for col, text in enumerate((st.name, r.grid_name, st.room, r.keeper_name, str(len(st.households)),
                                        "、".join(st.services), missing)):
                item = QTableWidgetItem(text)
                if col == 6 and r.missing:
                    item.setForeground(_MISSING)
                self.table.setItem(row, col, item)
        for col in range(6):  # names whole: the last column stretches over what is left
            self.table.resizeColumnToContents(col)
        if self.records:
            at = next((i for i, r in enumerate(self.records) if keep and r.id == keep.id), 0)
            self.table.selectRow(at)
        self.show_checklist()

    def selected(self) -> StationRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows and rows[0].row() < len(self.records) else None

    def show_checklist(self) -> None:
        record = self.selected()
        self.checklist.blockSignals(True)
        self.checklist.setRowCount(len(record.checks) if record else 0)
        self.checklist_title.setText(self.tr("{0} 的“七个一”：缺 {1} 项").format(record.station.name, len(record.missing))
                                     if record else "")
        for row, c in enumerate(record.checks if record else ()):
            item = QTableWidgetItem(c.label)
            flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if self.editable else Qt.ItemFlag.NoItemFlags)
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if c.done_on else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, c.key)
            if c.done_on is None:
                item.setForeground(_MISSING)
            self.checklist.setItem(row, 0, item)
            day = QTableWidgetItem(str(c.done_on) if c.done_on else self.tr("缺"))
            day.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.checklist.setItem(row, 1, day)
            note = QTableWidgetItem(c.note)
            note.setFlags(Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsEditable if self.editable else Qt.ItemFlag.NoItemFlags))
            self.checklist.setItem(row, 2, note)
        self.checklist.resizeColumnToContents(0)
        self.checklist.resizeColumnToContents(1)
        self.checklist.blockSignals(False)

    def _ticked(self, item: QTableWidgetItem) -> None:
        """A tick (today) or its removal, or a note changed: saved at once."""
        record = self.selected()
        if record is None:
            return
        row = item.row()
        key = self.checklist.item(row, 0).data(Qt.ItemDataRole.UserRole)
        check = record.checks[row]
        on = self.checklist.item(row, 0).checkState() == Qt.CheckState.Checked
        day = (check.done_on or local_dt(self.ctx.session.clock()).date()) if on else None
        self.tick(record.id, key, day, self.checklist.item(row, 2).text())

    def tick(self, station_id: int, key: str, day: date | None, note: str = "") -> None:
        try:
            changes = self.service.tick(station_id, key, day, note)
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.error.say("")
        self.ctx.publish(changes, self)
        self.refresh()

    def edit(self, record: StationRecord | None, required: bool = False) -> None:
        if record is None and required:
            self.error.say(self.tr("请先选中一个服务站。"))
            return
        wechat = self.ctx.get(WechatGroupsService)

        def save(station):
            self.ctx.publish(self.service.save(record.id if record else None, station), self)

        dialog = StationDialog(self.ctx.get(RosterService).tree(), self.ctx.get(TeamService).members(),
                               wechat.households, save, record, self)
        if dialog.exec() == StationDialog.DialogCode.Accepted:
            self.refresh()

    def edit_items(self) -> None:
        from PySide6.QtWidgets import QPlainTextEdit

        from ..widgets.forms import FormDialog

        tab = self

        class ItemsDialog(FormDialog):
            def __init__(self) -> None:
                self.lines = QPlainTextEdit("\n".join(i.label for i in tab.service.items()))
                self.lines.setMinimumHeight(180)
                super().__init__(QCoreApplication.translate("StationsTab", "“七个一”清单"),
                                 [(QCoreApplication.translate("StationsTab", "每行一项"), self.lines)],
                                 QCoreApplication.translate("StationsTab", "按本地标准调整服务站的“七个一”；已勾选的项目按名称保留。"),
                                 tab,
                                 fields={"items": self.lines})

            def submit(self) -> None:
                try:
                    tab.ctx.publish(tab.service.set_items([x for x in self.lines.toPlainText().splitlines()
                                                           if x.strip()]), tab)
                except GridDeskError as exc:
                    self.show_error(exc)
                    return
                self.accept()

        if ItemsDialog().exec() == FormDialog.DialogCode.Accepted:
            self.refresh()
