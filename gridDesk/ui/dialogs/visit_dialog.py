"""Logging a visit: who, when, which grid, the households seen, and what was found."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QSpinBox)

from ...domain.attachments import NewAttachment
from ...domain.errors import GridDeskError
from ...domain.roster import GridNode, TeamRecord
from ...domain.visits import FINDING_LABELS, Finding, FindingCategory, Visit
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog
from . import cert_override

Save = Callable[[Visit, list[NewAttachment], str], None]  # the visit, its photos, the director's 持证上岗 reason
Households = Callable[[str], list[tuple[str, str]]]


class VisitDialog(FormDialog):
    def __init__(self, grids: list[GridNode], team: list[TeamRecord], households: Households, save: Save,
                 parent=None, states: dict[int, str] | None = None, may_override: bool = False) -> None:
        self.save = save
        self.may_override = may_override
        self.households_of = households
        self.member = QComboBox()
        for t in team:
            uncertified = states is not None and states.get(t.id) in ("none", "expired")
            self.member.addItem(t.member.name + (self.tr("（未持证）") if uncertified else ""), t.id)
        self.grid = QComboBox()
        for g in grids:
            self.grid.addItem(("    " if g.parent_code else "") + g.name, g.code)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.slot = QComboBox()
        self.slot.addItems([self.tr("上午"), self.tr("下午"), self.tr("晚上")])
        self.households = QListWidget()
        self.households.setMinimumHeight(160)
        self.companions = QLineEdit()
        self.finding_kind = QComboBox()
        self.finding_kind.addItem(self.tr("（无）"), "")
        for category, label in FINDING_LABELS.items():
            self.finding_kind.addItem(label, category.value)
        self.finding = QPlainTextEdit()
        self.finding.setFixedHeight(60)
        self.solved = QSpinBox()
        self.solved.setRange(0, 1)
        self.files = AttachmentPicker()
        self.grid.currentIndexChanged.connect(self._load_households)
        super().__init__(self.tr("登记走访"), [
            (self.tr("网格员"), self.member), (self.tr("网格"), self.grid), (self.tr("日期"), self.day),
            (self.tr("时段"), self.slot), (self.tr("走访的户（本周未走访的在前）"), self.households),
            (self.tr("同行人员"), self.companions), (self.tr("发现的问题"), self.finding_kind),
            (self.tr("情况"), self.finding), (self.tr("当场解决"), self.solved),
            (self.tr("照片"), self.files)], parent=parent,
            fields={"member_id": self.member, "grid_code": self.grid, "visited_on": self.day,
                    "household_numbers": self.households, "solved_on_spot": self.solved,
                    "attachment": self.files})
        self.setMinimumWidth(560)
        self._load_households()

    def _load_households(self) -> None:
        self.households.clear()
        code = self.grid.currentData()
        if not code:
            return
        for number, address in self.households_of(code):
            item = QListWidgetItem(f"{number}  {address}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.households.addItem(item)

    def check_all(self, count: int) -> None:
        for i in range(min(count, self.households.count())):
            self.households.item(i).setCheckState(Qt.CheckState.Checked)

    def submit(self) -> None:
        chosen = tuple(self.households.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.households.count())
                       if self.households.item(i).checkState() == Qt.CheckState.Checked)
        d = self.day.date()
        findings = ()
        if self.finding_kind.currentData():
            findings = (Finding(FindingCategory(self.finding_kind.currentData()), self.finding.toPlainText()),)
        visit = Visit(self.member.currentData(), self.grid.currentData() or "", date(d.year(), d.month(), d.day()),
                      self.slot.currentText(), chosen, self.companions.text(), self.solved.value(), findings)
        try:
            if not cert_override.attempt(self, self.may_override,
                                         lambda reason: self.save(visit, self.files.files, reason)):
                return
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
