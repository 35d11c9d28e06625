"""The grids tab: every grid and micro-grid with its counts, editing, map and WeChat QR images."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.roster import GridNode
from ...domain.rules import Permission, Scope, scope_of
from ...services.grids import GridService
from ...services.roster import RosterService
from ...services.wechat_groups import WechatGroupsService
from ..dialogs.grid_dialog import GridDialog
from .. import file_dialogs
from .division_bar import DivisionBar
from ..messages import explain
from ..widgets.forms import ErrorLabel


class GridsTab(QWidget):
    def __init__(self, roster: RosterService, grids: GridService, editable: bool) -> None:
        super().__init__()
        self.roster = roster
        self.service = grids
        self.nodes: list[GridNode] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("网格"), self.tr("编码"), self.tr("村民小组"), self.tr("户"),
                                   self.tr("人"), self.tr("地图"), self.tr("二维码"),
                                   self.tr("规模")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("新增网格…"))
        self.add_micro = QPushButton(self.tr("新增微网格…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.map_button = QPushButton(self.tr("设置地图…"))
        self.qr_button = QPushButton(self.tr("设置微信群二维码…"))
        self.add_button.clicked.connect(lambda: self.edit(None, None))
        self.add_micro.clicked.connect(self.add_micro_grid)
        self.edit_button.clicked.connect(lambda: self.edit(self.selected(), None))
        self.map_button.clicked.connect(lambda: self.pick_image("map"))
        self.qr_button.clicked.connect(lambda: self.pick_image("qr"))
        self.error = ErrorLabel(self)
        self.division = DivisionBar(self, grids.session)  # issue 19: split, merge, the record, the yearly report
        bar = QHBoxLayout()
        # A new grid, micro-grids included, is the centre's (the table's whole-village reach).
        makes_grids = editable and scope_of(grids.session.account.role, Permission.EDIT_ROSTER) is Scope.ALL
        for b in (self.add_button, self.add_micro):
            b.setVisible(makes_grids)
        for b in (self.edit_button, self.map_button, self.qr_button):
            b.setVisible(editable)
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.division.bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        self.nodes = self.roster.tree()
        guidance = self.division.guidance()
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for g in self.nodes:
            has_map = self.service.image(g.code, "map") is not None
            has_qr = self.service.image(g.code, "qr") is not None
            values = [g.name, g.code, g.villager_groups, str(g.households), str(g.residents),
                      self.tr("有") if has_map else "—", self.tr("有") if has_qr else "—",
                      self.division.size_word(guidance, g)]
            parent = items.get(g.parent_code)
            item = QTreeWidgetItem(parent, values) if parent else QTreeWidgetItem(values)
            item.setData(0, 256, g.code)
            item.setToolTip(7, self.division.size_tip(guidance, g))
            if parent is None:
                self.tree.addTopLevelItem(item)
            items[g.code] = item
        self.tree.expandAll()
        for col in range(1, 8):
            self.tree.resizeColumnToContents(col)

    def selected_code(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, 256) if item else None

    def selected(self) -> GridNode | None:
        code = self.selected_code()
        return next((n for n in self.nodes if n.code == code), None)

    def add_micro_grid(self) -> None:
        """A micro-grid goes inside the selected grid (a micro-grid selected: inside its grid);
        with nothing selected it says so instead of opening a plain new grid."""
        node = self.selected()
        if node is None:
            self.error.say(self.tr("请先在列表中选中微网格所属的网格，再点“新增微网格”。"))
            return
        self.error.say("")
        self.edit(None, node.parent_code or node.code)

    def edit(self, node: GridNode | None, parent_code: str | None) -> None:
        code = node.code if node else self.service.next_code(parent_code)
        wechat = WechatGroupsService(self.service.session)
        top = not (node.parent_code if node else parent_code)  # one WeChat group per grid, not per micro-grid
        dialog = GridDialog(lambda g, groups, boundary, why="", document="": self.service.save(g, groups, boundary, why, document), code,
                            node.parent_code if node else parent_code, node, self,
                            size_hint=self.division.hint(node.code if node else None),
                            link=wechat.link(code) if top and node else "",
                            save_link=(lambda link: wechat.set_link(code, link)) if top else None)
        if dialog.exec() == GridDialog.DialogCode.Accepted:
            self.refresh()

    def pick_image(self, which: str) -> None:
        code = self.selected_code()
        if code is None:
            self.error.say(self.tr("请先选中一个网格。"))
            return
        chosen = file_dialogs.open_file(self, file_dialogs.PHOTOS, self.tr("选择图片"), self.tr("图片 (*.jpg *.jpeg *.png)"))
        if chosen is not None:
            self.set_image(code, which, chosen)

    def set_image(self, code: str, which: str, path: Path) -> None:
        try:
            self.service.set_image(code, which, path.read_bytes())
        except (GridDeskError, OSError) as exc:
            self.error.say(explain(exc))
            return
        self.error.say("")
        self.refresh()
