"""Which grids a grid member's account may see: tick them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...domain.roster import GridNode
from ..widgets.forms import FormDialog


class GridsPickDialog(FormDialog):
    def __init__(self, nodes: list[GridNode], chosen: tuple[str, ...], username: str, parent=None) -> None:
        self.list = QListWidget()
        for node in nodes:
            item = QListWidgetItem(("    " if node.parent_code else "") + f"{node.name}（{node.code}）")
            item.setData(Qt.ItemDataRole.UserRole, node.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if node.code in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        super().__init__(self.tr("{0} 负责的网格").format(username), [("", self.list)],
                         self.tr("网格员账号只能看到这里勾选的网格（含其微网格）中的人员。"), parent)

    def value(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
