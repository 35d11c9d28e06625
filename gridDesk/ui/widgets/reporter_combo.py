"""Who reported a case (上报人): picked from the team, or, for a resident who came in or phoned,
typed. A picked member is saved by their real name, so the forms print a person, not a login.

持证上岗 (RULES.md): an uncertified member may not work as a grid member, so is listed greyed with
the reason and cannot be picked as the one who reported in that role."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from ...domain.roster import TeamRecord
from ..words import team_role_label
from .member_combo import UNCERTIFIED


class ReporterCombo(QComboBox):
    def __init__(self, team: Sequence[TeamRecord] = (), states: dict[int, str] | None = None,
                 grid_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("从网格队伍中选择；群众反映的，写上群众姓名"))
        names = grid_names or {}
        self.addItem("", None)
        model = self.model()
        for t in team:
            grids = "、".join(names.get(c, c) for c in t.grid_codes[:2])
            self.addItem(t.member.name, t.id)
            row = self.count() - 1
            hint = f"{team_role_label(t.member.role)}{'，' + grids if grids else ''}"
            if states is not None and states.get(t.id) in UNCERTIFIED and isinstance(model, QStandardItemModel):
                model.item(row).setEnabled(False)
                hint = self.tr("{0}（未持证，不能以网格员身份上报）").format(hint)
            self.setItemData(row, hint, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(0)

    def reporter(self) -> str:
        return self.currentText().strip()

    def member_id(self) -> int | None:
        """The picked member, if the text is still exactly their name."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchExactly)
        return self.itemData(index) if index >= 0 else None
