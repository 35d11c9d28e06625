"""A party member's contact with their households (a home visit or a group exchange), or their
yearly democratic appraisal. Refusals show under the field; what was typed stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit

from ...domain.errors import GridDeskError
from ...domain.party import APPRAISAL_RESULTS, Appraisal, Contact, ContactKind, Link, PartyMember
from ..widgets.forms import FormDialog


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _date_edit(today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


class PartyContactDialog(FormDialog):
    def __init__(self, member: PartyMember, links: list[Link], today: date, save: Callable[[Contact], None],
                 parent=None) -> None:
        self.member, self.save = member, save
        self.day = _date_edit(today)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("入户走访"), ContactKind.VISIT.value)
        self.kind.addItem(self.tr("集中交流"), ContactKind.EXCHANGE.value)
        self.households = QListWidget()
        for l in links:
            item = QListWidgetItem(f"{l.household_number}  {l.household_address}")
            item.setData(Qt.ItemDataRole.UserRole, l.household_number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.households.addItem(item)
        self.what = QPlainTextEdit()
        self.what.setFixedHeight(70)
        self.what.setPlaceholderText(self.tr("如：了解生产生活情况，宣传惠民政策，收集意见建议"))
        super().__init__(self.tr("登记联户：{0}").format(member.name), [
            (self.tr("日期"), self.day), (self.tr("方式"), self.kind), (self.tr("联系户"), self.households),
            (self.tr("做了什么"), self.what)], parent=parent,
            fields={"day": self.day, "households": self.households, "what": self.what})
        self.setMinimumWidth(500)

    def value(self) -> Contact:
        numbers = tuple(self.households.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.households.count())
                        if self.households.item(i).checkState() == Qt.CheckState.Checked)
        return Contact(self.member.id or 0, _day(self.day), ContactKind(self.kind.currentData()), numbers,
                       self.what.toPlainText())

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.value())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()


class PartyAppraisalDialog(FormDialog):
    def __init__(self, member: PartyMember, today: date, save: Callable[[Appraisal], None], parent=None) -> None:
        self.member, self.save = member, save
        self.day = _date_edit(today)
        self.result = QComboBox()
        self.result.addItems(list(APPRAISAL_RESULTS))  # the results as the branch records them
        self.result.setCurrentIndex(1)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("如：网格党支部党员大会"))
        super().__init__(self.tr("民主评议：{0}").format(member.name), [
            (self.tr("评议日期"), self.day), (self.tr("评议结果"), self.result), (self.tr("评议人 / 会议"), self.by),
            ("", QLabel(self.tr("每名党员每年评议一次。")))], parent=parent,
            fields={"day": self.day, "year": self.day, "result": self.result, "by": self.by})

    def value(self) -> Appraisal:
        day = _day(self.day)
        return Appraisal(self.member.id or 0, day.year, day, self.result.currentText(), self.by.text())

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.value())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
