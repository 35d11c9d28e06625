"""联户: each party member against DB3208/T 200 7.1.7 (a home visit of every linked household a
week, a group exchange a month, a democratic appraisal a year), those behind first and in red;
below, the chosen member's households with their last home visit. The centre links households
and records appraisals; the team records contacts in their grids; the director sets the rhythm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.party import Link, MemberRhythm, PartyMember
from ...domain.rules import Permission
from ...services.party import PartyService
from ...services.roster import RosterService
from ..bundle import SessionBundle
from ..messages import explain
from ..widgets.flow_row import flow_row

RED = QColor("#b3261e")


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class PartyContactsTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(PartyService)
        self.rows: list[MemberRhythm] = []
        self.members: list[PartyMember] = []
        self.links: list[Link] = []
        session = ctx.session
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setObjectName("CardLabel")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.table = _table([self.tr("党员"), self.tr("所在支部 / 党小组"), self.tr("联系户"), self.tr("超期未走访"),
                             self.tr("最近集中交流"), self.tr("本年民主评议"), self.tr("情况")], 1)
        self.table.itemSelectionChanged.connect(self._pick_from_table)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("党员")))
        self.member = QComboBox()
        self.member.setMinimumWidth(240)
        self.member.currentIndexChanged.connect(lambda _i: self.show_links())
        bar.addWidget(self.member, 1)
        self.buttons: dict[str, QPushButton] = {}
        row = []
        for key, text, slot, shown in (
                ("link", self.tr("联系农户…"), self.link, session.may(Permission.PARTY)),
                ("unlink", self.tr("取消联系"), self.unlink, session.may(Permission.PARTY)),
                ("contact", self.tr("登记走访 / 交流…"), self.record_contact, session.may(Permission.LOG_VISITS)),
                ("appraise", self.tr("民主评议…"), self.appraise, session.may(Permission.PARTY)),
                ("rules", self.tr("联户规则…"), self.edit_rules, session.may(Permission.EDIT_RULES))):
            button = QPushButton(text)
            button.setVisible(shown)
            button.clicked.connect(slot)
            row.append(button)
            self.buttons[key] = button
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(bar)
        lower_layout.addWidget(flow_row(*row))
        self.link_table = _table([self.tr("户号"), self.tr("地址"), self.tr("联系起始"), self.tr("最近入户走访"),
                                  self.tr("情况")], 1)
        self.link_table.itemSelectionChanged.connect(self._enable)
        lower_layout.addWidget(self.link_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        layout.addWidget(split, 1)
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        rules = self.service.rules()
        self.rows = self.service.rhythm()
        behind = sum(1 for r in self.rows if r.behind)
        self.caption.setText(self.tr("规则：每 {0} 天入户走访一次，每 {1} 个月集中交流一次，每 {2} 年民主评议一次。"
                                     "联户党员 {3} 名，其中落后 {4} 名。").format(
            rules.visit_days, rules.exchange_months, rules.appraisal_years, len(self.rows), behind))
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            said = []
            if r.households_overdue:
                said.append(self.tr("{0} 户超过 {1} 天未走访").format(r.households_overdue, rules.visit_days))
            if r.exchange_behind:
                said.append(self.tr("上个周期未集中交流"))
            elif r.exchange_due:
                said.append(self.tr("本月尚待集中交流"))
            if r.appraisal_behind:
                said.append(self.tr("上年未民主评议"))
            elif r.appraisal_due:
                said.append(self.tr("本年尚待民主评议"))
            for col, value in enumerate((r.name, r.org_name, str(r.households), str(r.households_overdue),
                                         f"{r.last_exchange:%Y-%m-%d}" if r.last_exchange else self.tr("无"),
                                         self.tr("已评议") if r.appraised else self.tr("未评议"),
                                         "；".join(said) if said else self.tr("按时"))):
                item = QTableWidgetItem(value)
                if r.behind:
                    item.setForeground(QBrush(RED))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        chosen = self.member.currentData()
        self.members = [m for m in self.service.members() if m.still_member]
        self.member.blockSignals(True)
        self.member.clear()
        for m in self.members:
            self.member.addItem(f"{m.name}  {m.org_name}", m.id)
        self.member.setCurrentIndex(max(0, self.member.findData(chosen)))
        self.member.blockSignals(False)
        self.show_links()

    def chosen_member(self) -> PartyMember | None:
        member_id = self.member.currentData()
        return next((m for m in self.members if m.id == member_id), None)

    def show_links(self) -> None:
        m = self.chosen_member()
        self.links = self.service.links(m.id) if m is not None else []
        rules, today = self.service.rules(), self.service.today()
        self.link_table.setRowCount(len(self.links))
        for row, l in enumerate(self.links):
            since = l.last_visit if l.last_visit is not None and l.last_visit >= l.linked_on else l.linked_on
            late = (today - since).days >= rules.visit_days
            for col, value in enumerate((l.household_number, l.household_address, f"{l.linked_on:%Y-%m-%d}",
                                         f"{l.last_visit:%Y-%m-%d}" if l.last_visit else self.tr("未走访"),
                                         self.tr("超期") if late else self.tr("按时"))):
                item = QTableWidgetItem(value)
                if late:
                    item.setForeground(QBrush(RED))
                self.link_table.setItem(row, col, item)
        self.link_table.resizeColumnToContents(0)
        self._enable()

    def _pick_from_table(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.member.setCurrentIndex(max(0, self.member.findData(self.rows[rows[0].row()].member_id)))

    def _enable(self) -> None:
        has = self.chosen_member() is not None
        for key in ("link", "contact", "appraise"):
            self.buttons[key].setEnabled(has)
        self.buttons["contact"].setEnabled(has and bool(self.links))
        self.buttons["unlink"].setEnabled(bool(self.link_table.selectionModel().selectedRows()))

    # -- acting ---------------------------------------------------------------------------
    def _act(self, call, title: str) -> None:
        try:
            changes = call()
        except GridDeskError as exc:
            QMessageBox.warning(self, title, explain(exc))
            return
        self.ctx.publish(changes, self)
        self.refresh()

    def link_dialog(self):
        from ..dialogs.party_link_dialog import PartyLinkDialog

        m = self.chosen_member()
        roster = self.ctx.get(RosterService)
        grids = [g for g in roster.tree() if g.parent_code is None]

        def save(numbers: list[str]) -> None:
            self.ctx.publish(self.service.link(m.id, numbers), self)

        return PartyLinkDialog(m, grids, roster.households, self.service.links(), save, self)

    def link(self) -> None:
        if self.chosen_member() is None:
            return
        self.dialog = self.link_dialog()
        if self.dialog.exec():
            self.refresh()

    def unlink(self) -> None:
        rows = self.link_table.selectionModel().selectedRows()
        if not rows:
            return
        number = self.links[rows[0].row()].household_number
        if QMessageBox.question(self, self.tr("取消联系"), self.tr("取消对 {0} 户的联系吗？").format(number)) \
                == QMessageBox.StandardButton.Yes:
            self._act(lambda: self.service.unlink([number]), self.tr("不能取消"))

    def record_contact(self) -> None:
        from ..dialogs.party_contact_dialog import PartyContactDialog

        m = self.chosen_member()
        if m is None:
            return
        self.dialog = PartyContactDialog(m, self.links, self.service.today(),
                                         lambda c: self.ctx.publish(self.service.record_contact(c), self), self)
        if self.dialog.exec():
            self.refresh()

    def appraise(self) -> None:
        from ..dialogs.party_contact_dialog import PartyAppraisalDialog

        m = self.chosen_member()
        if m is None:
            return
        self.dialog = PartyAppraisalDialog(m, self.service.today(),
                                           lambda a: self.ctx.publish(self.service.appraise(a), self), self)
        if self.dialog.exec():
            self.refresh()

    def edit_rules(self) -> None:
        from ..dialogs.party_rules_dialog import PartyRulesDialog

        self.dialog = PartyRulesDialog(self.service.rules(),
                                       lambda values: self.ctx.publish(self.service.set_rules(**values), self), self)
        if self.dialog.exec():
            self.refresh()
