"""党员: the party members (from the roster, 流动党员, 双报到), filtered by organisation and kind;
the centre takes the roster's party members in, writes in the others and sets each one's
branch or group and 党员中心户 flag."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.idcard import mask_id_number, mask_phone
from ...domain.party import MemberKind, PartyMember
from ...domain.rules import Permission
from ...services.party import PartyService
from ..bundle import SessionBundle
from ..messages import explain
from ..widgets.flow_row import flow_row

GREY = QColor("#8a8f98")


def kind_label(kind: MemberKind) -> str:
    return {MemberKind.ROSTER: QCoreApplication.translate("PartyMembersTab", "本村党员"),
            MemberKind.FLOWING: QCoreApplication.translate("PartyMembersTab", "流动党员"),
            MemberKind.IN_POST: QCoreApplication.translate("PartyMembersTab", "双报到党员")}[kind]


class PartyMembersTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(PartyService)
        self.members: list[PartyMember] = []
        may = ctx.session.may(Permission.PARTY)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.org = QComboBox()
        self.org.currentIndexChanged.connect(lambda _i: self.show_members())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类别"), None)
        for kind in MemberKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self.show_members())
        bar.addWidget(self.org)
        bar.addWidget(self.kind)
        self.count = QLabel()
        self.count.setObjectName("PageHint")
        bar.addWidget(self.count, 1)
        self.count.setWordWrap(True)  # the count never widens the page: it wraps
        self.buttons: dict[str, QPushButton] = {}
        row = []
        for key, text, slot in (("roster", self.tr("从花名册导入党员"), self.take_from_roster),
                                ("flowing", self.tr("登记流动党员…"), lambda: self.new_member(MemberKind.FLOWING)),
                                ("in_post", self.tr("登记双报到党员…"), lambda: self.new_member(MemberKind.IN_POST)),
                                ("edit", self.tr("修改…"), self.edit_member)):
            button = QPushButton(text)
            button.setVisible(may)
            button.clicked.connect(slot)
            row.append(button)
            self.buttons[key] = button
        layout.addLayout(bar)
        layout.addWidget(flow_row(*row))
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("类别"), self.tr("身份证号"), self.tr("手机"),
                                              self.tr("所在支部 / 党小组"), self.tr("户号"), self.tr("党员中心户"),
                                              self.tr("所在地 / 单位")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.org.currentData()
        self.org.blockSignals(True)
        self.org.clear()
        self.org.addItem(self.tr("全部支部和党小组"), None)
        for o in self.service.orgs():
            self.org.addItem(o.name, o.id)
        self.org.setCurrentIndex(max(0, self.org.findData(chosen)))
        self.org.blockSignals(False)
        self.show_members()

    def show_members(self) -> None:
        kind = self.kind.currentData()
        self.members = self.service.members(self.org.currentData(), MemberKind(kind) if kind else None)
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            name = m.name + (self.tr("（预备）") if m.probationary else "")
            if not m.still_member:
                name += self.tr("（花名册上已不是党员）")
            place = m.whereabouts if m.kind is MemberKind.FLOWING else m.unit
            for col, value in enumerate((name, kind_label(m.kind), mask_id_number(m.id_number), mask_phone(m.phone),
                                         m.org_name or self.tr("（未编入）"), m.household_number,
                                         self.tr("是") if m.central else "", place)):
                item = QTableWidgetItem(value)
                if not m.still_member:
                    item.setForeground(QBrush(GREY))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("党员 {0} 名，其中党员中心户 {1} 户").format(
            len(self.members), sum(1 for m in self.members if m.central)))
        self._enable()

    def selected(self) -> PartyMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows else None

    def _enable(self) -> None:
        self.buttons["edit"].setEnabled(self.selected() is not None)

    def take_from_roster(self) -> None:
        try:
            changes = self.service.take_from_roster()
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能导入"), explain(exc))
            return
        self.ctx.publish(changes, self)
        QMessageBox.information(self, self.tr("从花名册导入党员"),
                                self.tr("新增党员 {0} 名（政治面貌为中共党员、中共预备党员的在册人口）。").format(changes.moved))
        self.refresh()

    def dialog(self, kind: MemberKind, current: PartyMember | None = None):
        from ..dialogs.party_member_dialog import PartyMemberDialog

        def save(m: PartyMember) -> None:
            self.ctx.publish(self.service.save_member(m), self)

        return PartyMemberDialog(kind, self.service.orgs(), save, current, self)

    def new_member(self, kind: MemberKind) -> None:
        self.member_dialog = self.dialog(kind)
        if self.member_dialog.exec():
            self.refresh()

    def edit_member(self) -> None:
        m = self.selected()
        if m is None or not self.ctx.session.may(Permission.PARTY):
            return
        self.member_dialog = self.dialog(m.kind, m)
        if self.member_dialog.exec():
            self.refresh()
