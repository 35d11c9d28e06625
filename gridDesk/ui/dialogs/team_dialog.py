"""A member of the grid team: real-name data, the role and grid, the Article 9 declaration."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from ...domain.errors import GridDeskError
from ...domain.roster import EDUCATION, POLITICAL, GridNode, TeamMember, TeamRecord, TeamRole
from ..widgets.forms import FormDialog
from ..words import team_role_label

Save = Callable[[TeamMember, str, str, bool], None]


class TeamDialog(FormDialog):
    def __init__(self, grids: list[GridNode], save: Save, record: TeamRecord | None = None, parent=None) -> None:
        self.save = save
        m = record.member if record else None
        self.name = QLineEdit(m.name if m else "")
        self.id_number = QLineEdit(m.id_number if m else "")
        self.phone = QLineEdit(m.phone if m else "")
        self.role = QComboBox()
        for role in TeamRole:
            self.role.addItem(team_role_label(role), role.value)
        self.grid = QComboBox()
        self.grid.addItem(self.tr("全村（网格长）"), "")
        for g in grids:
            self.grid.addItem(("    " if g.parent_code else "") + f"{g.name}（{g.code}）", g.code)
        self.appointed = QDateEdit(QDate.currentDate())
        self.appointed.setCalendarPopup(True)
        self.appointed.setDisplayFormat("yyyy-MM-dd")
        self.political = QComboBox()
        self.political.setEditable(True)
        self.political.addItems(["", *POLITICAL])
        self.education = QComboBox()
        self.education.setEditable(True)
        self.education.addItems(["", *EDUCATION])
        self.duties = QPlainTextEdit(m.duties if m else "")
        self.duties.setFixedHeight(60)
        self.declaration = QCheckBox(self.tr("已核实：未在接受调查，未受过刑事或行政处罚，未被开除党籍或公职"))
        if record is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(m.role.value)))
            self.grid.setCurrentIndex(max(0, self.grid.findData(m.grid_code or "")))
            self.appointed.setDate(QDate(m.appointed_on.year, m.appointed_on.month, m.appointed_on.day))
            self.political.setCurrentText(record.political_status)
            self.education.setCurrentText(record.education)
            # A member taken from a county ledger has not declared yet: the box waits for a person.
            self.declaration.setChecked(record.declared)
        self.member_id = record.id if record else None
        super().__init__(self.tr("编辑网格队伍成员") if record else self.tr("新增网格队伍成员"), [
            (self.tr("姓名"), self.name), (self.tr("身份证号"), self.id_number), (self.tr("手机号码"), self.phone),
            (self.tr("岗位"), self.role), (self.tr("负责网格"), self.grid), (self.tr("任职日期"), self.appointed),
            (self.tr("政治面貌"), self.political), (self.tr("文化程度"), self.education),
            (self.tr("主要职责"), self.duties), ("", self.declaration)], parent=parent,
            fields={"grid_code": self.grid, "appointed_on": self.appointed, "political_status": self.political})
        self.setMinimumWidth(560)

    def submit(self) -> None:
        d = self.appointed.date()
        member = TeamMember(self.name.text(), self.id_number.text(), self.phone.text(),
                            TeamRole(self.role.currentData()), self.grid.currentData() or None,
                            date(d.year(), d.month(), d.day()), self.duties.toPlainText())
        try:
            self.save(member, self.political.currentText(), self.education.currentText(),
                      self.declaration.isChecked())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
