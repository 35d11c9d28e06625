"""组织: the village party organisation, its grid party branches and their micro-grid party
groups as a tree (secretary, members, set up, approval document); new and changed through
PartyOrgDialog; the organisation chart previewed and printed."""

from __future__ import annotations

from io import BytesIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHeaderView, QLabel, QMessageBox, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.party import OrgLevel, PartyOrg
from ...domain.roster import GridKind
from ...domain.rules import Permission
from ...services.party import PartyPrintService, PartyService
from ...services.roster import RosterService
from ..bundle import SessionBundle
from ..messages import explain
from ..widgets.flow_row import flow_row


class PartyOrgsTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(PartyService)
        self.orgs: list[PartyOrg] = []
        may = ctx.session.may(Permission.PARTY)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("PageHint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons: dict[str, QPushButton] = {}
        row = []
        for key, text, slot, shown in (
                ("village", self.tr("登记村党组织…"), lambda: self.new_org(OrgLevel.VILLAGE), may),
                ("branch", self.tr("新建网格党支部…"), lambda: self.new_org(OrgLevel.BRANCH), may),
                ("group", self.tr("新建微网格党小组…"), lambda: self.new_org(OrgLevel.GROUP), may),
                ("edit", self.tr("修改…"), self.edit_org, may),
                ("print", self.tr("打印组织架构图…"), self.print_chart, ctx.session.may(Permission.PRINT))):
            button = QPushButton(text)
            button.setVisible(shown)
            button.clicked.connect(slot)
            row.append(button)
            self.buttons[key] = button
        layout.addWidget(flow_row(*row))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("党组织"), self.tr("覆盖网格"), self.tr("书记 / 组长"), self.tr("党员"),
                                   self.tr("成立日期"), self.tr("批复文号"), self.tr("批复文件")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit_org())
        layout.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        self.orgs = self.service.orgs()
        self.nodes = self.ctx.get(RosterService).tree()
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for o in self.orgs:
            item = QTreeWidgetItem([o.name, o.grid_name, o.secretary_name or self.tr("（未定）"), str(o.members),
                                    f"{o.set_up_on:%Y-%m-%d}" if o.set_up_on else "", o.document_number,
                                    self.tr("{0} 个").format(o.documents) if o.documents else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, o.id)
            parent = items.get(o.parent_id) if o.parent_id else None
            (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
            items[o.id] = item
        self.tree.expandAll()
        for col in range(1, 7):
            self.tree.resizeColumnToContents(col)
        branches = sum(1 for o in self.orgs if o.level is OrgLevel.BRANCH)
        groups = sum(1 for o in self.orgs if o.level is OrgLevel.GROUP)
        self.summary.setText(self.tr("网格党支部 {0} 个，微网格党小组 {1} 个").format(branches, groups)
                             if self.orgs else self.tr("还没有登记党组织：先登记村党组织，再在各网格建立党支部。"))
        self._enable()

    def selected(self) -> PartyOrg | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        org_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((o for o in self.orgs if o.id == org_id), None)

    def _enable(self) -> None:
        has_village = any(o.level is OrgLevel.VILLAGE for o in self.orgs)
        self.buttons["village"].setEnabled(not has_village)
        self.buttons["branch"].setEnabled(has_village)
        # A group covers a micro-grid of a branch's grid that has none yet: without one, the button
        # says why instead of opening a dialog with nothing to pick.
        with_branch = {o.grid_code for o in self.orgs if o.level is OrgLevel.BRANCH}
        taken = {o.grid_code for o in self.orgs}
        free = [g for g in self.nodes if g.kind is GridKind.MICRO and g.parent_code in with_branch and g.code not in taken]
        self.buttons["group"].setEnabled(bool(free))
        self.buttons["group"].setToolTip("" if free else self.tr(
            "没有可建党小组的微网格：先在“网格与人口”里给有党支部的网格划分微网格。"))
        self.buttons["edit"].setEnabled(self.selected() is not None)

    def dialog(self, level: OrgLevel, current: PartyOrg | None = None):
        from ..dialogs.party_org_dialog import PartyOrgDialog

        nodes = self.ctx.get(RosterService).tree()
        taken = {o.grid_code for o in self.orgs if o.grid_code and (current is None or o.id != current.id)}
        if level is OrgLevel.BRANCH:
            grids = [g for g in nodes if g.kind is not GridKind.MICRO and g.code not in taken]
        elif level is OrgLevel.GROUP:
            with_branch = {o.grid_code for o in self.orgs if o.level is OrgLevel.BRANCH}
            grids = [g for g in nodes if g.kind is GridKind.MICRO and g.parent_code in with_branch
                     and g.code not in taken]
        else:
            grids = []
        if current is not None and current.grid_code:
            grids = [g for g in nodes if g.code == current.grid_code]

        def save(org, files) -> None:
            self.ctx.publish(self.service.save_org(org, files), self)

        return PartyOrgDialog(level, grids, [m for m in self.service.members() if m.still_member],
                              self.service.proposed_name, self.ctx.session.centre.village_name, save, current,
                              self.service.today(), self)

    def new_org(self, level: OrgLevel) -> None:
        self.org_dialog = self.dialog(level)
        if self.org_dialog.exec():
            self.refresh()

    def edit_org(self) -> None:
        org = self.selected()
        if org is None or not self.ctx.session.may(Permission.PARTY):
            return
        self.org_dialog = self.dialog(org.level, org)
        if self.org_dialog.exec():
            self.refresh()

    def chart_pdf(self) -> bytes:
        buffer = BytesIO()
        self.ctx.get(PartyPrintService).print_chart(buffer, record=False)
        return buffer.getvalue()

    def print_chart(self) -> None:
        from ...services.printouts import PrintService
        from ..dialogs.print_preview import PrintPreview

        try:
            pdf = self.chart_pdf()
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能打印"), explain(exc))
            return
        self.preview = PrintPreview(self.tr("党组织架构图"), pdf, "党组织架构图.pdf",
                                    lambda how: self.ctx.get(PrintService).record("party chart", f"党组织架构图 {how}"),
                                    self)
        self.preview.exec()
