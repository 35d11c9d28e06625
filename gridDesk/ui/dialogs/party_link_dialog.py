"""党员联户: the households a party member contacts, ticked from a grid's households (the
member's own organisation's grid first). A household another member already contacts is shown
with that member's name and cannot be ticked: a household has one contact party member."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem

from ...domain.errors import GridDeskError
from ...domain.party import Link, PartyMember
from ...domain.roster import GridNode, HouseholdChoice
from ..widgets.forms import FormDialog


class PartyLinkDialog(FormDialog):
    def __init__(self, member: PartyMember, grids: list[GridNode], households: Callable[[str], list[HouseholdChoice]],
                 links: list[Link], save: Callable[[list[str]], None], parent=None) -> None:
        self.member, self.households_of, self.save = member, households, save
        self.linked = {l.household_number: l for l in links}
        self.grid = QComboBox()
        for g in grids:
            self.grid.addItem(f"{g.code}  {g.name}", g.code)
        own = member.grid_code[:15] if member.grid_code else ""
        self.grid.setCurrentIndex(max(0, self.grid.findData(own)))
        self.households = QListWidget()
        self.households.setMinimumHeight(260)
        self.count = QLabel()
        self.grid.currentIndexChanged.connect(lambda _i: self.fill())
        self.households.itemChanged.connect(lambda _i: self.show_count())
        super().__init__(self.tr("联系农户：{0}").format(member.name), [
            (self.tr("党员"), QLabel(f"{member.name}  {member.org_name}")), (self.tr("网格"), self.grid),
            (self.tr("农户"), self.households), ("", self.count)],
            intro=self.tr("每户只由一名党员联系；已由其他党员联系的户不能再选。联系后按规范每周走访一次。"),
            parent=parent, fields={"households": self.households})
        self.setMinimumWidth(560)
        self.fill()

    def fill(self) -> None:
        self.households.blockSignals(True)
        self.households.clear()
        for h in self.households_of(self.grid.currentData() or ""):
            other = self.linked.get(h.number)
            text = f"{h.number}  {h.head}  {h.address}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, h.number)
            if other is not None and other.member_id != self.member.id:
                item.setText(text + self.tr("（已由 {0} 联系）").format(other.member_name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                mine = other is not None
                item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
                if mine:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)  # unlinked on the tab
            self.households.addItem(item)
        self.households.blockSignals(False)
        self.show_count()

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.households.count()):
            item = self.households.item(i)
            number = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked and self.linked.get(number) is None:
                out.append(number)
        return out

    def show_count(self) -> None:
        self.count.setText(self.tr("新选 {0} 户").format(len(self.chosen())))

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.chosen())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
