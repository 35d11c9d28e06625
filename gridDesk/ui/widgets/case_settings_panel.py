"""The director's lists for cases: categories with their time limits, and the calendar's own days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...domain.errors import GridDeskError
from ...domain.rules import Permission
from ...services.cases import CasesService
from ...services.work_calendar import CalendarService
from ..messages import explain
from .calendar_years_panel import CalendarYearsPanel
from .forms import ErrorLabel


class CaseSettingsPanel(QWidget):
    def __init__(self, service: CasesService, publish=lambda changes: None) -> None:
        super().__init__()
        self.service = service
        self.publish = publish  # to the session's change bus: the cases page and the calendar cache
        # Say whose numbers these are: the town guide names no categories and no limits, and the
        # regulation asks only for "the prescribed time", so nobody should take them for the rule.
        self.defaults_note = QLabel(self.tr(
            "类别和办理时限是 GridDesk 预设的默认值，不是上级规定：条例只要求在规定时限内办结，"
            "乡镇工作指南没有列出类别和时限。请主任按本地规定修改。"))
        self.defaults_note.setObjectName("PageHint")
        self.defaults_note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("上级"), self.tr("时限（工作日）")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(220)
        self.save_limits = QPushButton(self.tr("保存时限"))
        self.save_limits.clicked.connect(self.apply_limits)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("新类别名称"))
        self.new_parent = QComboBox()
        self.new_days = QSpinBox()
        self.new_days.setRange(1, 365)
        self.new_days.setValue(10)
        self.add_button = QPushButton(self.tr("新增类别"))
        self.add_button.clicked.connect(self.add_category)
        add_row = QHBoxLayout()
        for w in (self.new_name, self.new_parent, self.new_days, self.add_button, self.save_limits):
            add_row.addWidget(w)

        self.days = QListWidget()
        self.days.setMaximumHeight(120)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("放假"), "holiday")
        self.kind.addItem(self.tr("调休上班"), "workday")
        self.day_name = QLineEdit()
        self.day_name.setPlaceholderText(self.tr("说明，例如：春节调休"))
        add_day = QPushButton(self.tr("添加"))
        add_day.clicked.connect(self.add_day)
        remove_day = QPushButton(self.tr("删除所选"))
        remove_day.clicked.connect(self.remove_day)
        day_row = QHBoxLayout()
        for w in (self.day, self.kind, self.day_name, add_day, remove_day):
            day_row.addWidget(w)
        self.error = ErrorLabel(self)
        self.outcome = QLabel()  # what a calendar change did: how many open cases were re-timed
        self.outcome.setObjectName("PageHint")
        self.outcome.setWordWrap(True)
        self.years = CalendarYearsPanel(CalendarService(service.session),
                                        service.session.may(Permission.EDIT_RULES), self.error.say,
                                        self.publish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.defaults_note)
        layout.addWidget(self.table)
        layout.addLayout(add_row)
        layout.addWidget(self.days)
        layout.addLayout(day_row)
        layout.addWidget(self.years)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        self.categories = self.service.categories()
        names = {c.id: c.name for c in self.categories}
        self.table.setRowCount(len(self.categories))
        self.new_parent.clear()
        self.new_parent.addItem(self.tr("（一级类别）"), None)
        for row, c in enumerate(self.categories):
            self.table.setItem(row, 0, QTableWidgetItem(c.name))
            self.table.setItem(row, 1, QTableWidgetItem(names.get(c.parent_id, "")))
            spin = QSpinBox()
            spin.setRange(1, 365)
            spin.setValue(c.limit_days)
            self.table.setCellWidget(row, 2, spin)
            if c.parent_id is None:
                self.new_parent.addItem(c.name, c.id)
        self.days.clear()
        for day, kind, name in self.service.calendar_entries():
            label = self.tr("放假") if kind == "holiday" else self.tr("调休上班")
            item = QListWidgetItem(f"{day:%Y-%m-%d}  {label}  {name}")
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.days.addItem(item)
        self.years.refresh()

    def _run(self, work) -> None:
        try:
            changes = work()
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.error.say("")
        if changes is not None and changes.kind == "calendar":
            self.outcome.setText(self.tr("已按新的日历重新计算了 {0} 件在办案件的办理期限。").format(changes.moved)
                                 if changes.moved else self.tr("没有在办案件的办理期限因此改变。"))
        self.publish(changes)
        self.refresh()

    def apply_limits(self) -> None:
        def work():
            changes = None
            for row, c in enumerate(self.categories):
                days = self.table.cellWidget(row, 2).value()
                if days != c.limit_days:
                    changes = self.service.save_category(c.id, c.name, c.parent_id, days)
            return changes
        self._run(work)

    def add_category(self) -> None:
        self._run(lambda: self.service.save_category(None, self.new_name.text(), self.new_parent.currentData(),
                                                     self.new_days.value()))

    def add_day(self) -> None:
        d = self.day.date()
        self._run(lambda: self.service.set_calendar_day(date(d.year(), d.month(), d.day()),
                                                        self.kind.currentData(), self.day_name.text()))

    def remove_day(self) -> None:
        item = self.days.currentItem()
        if item is None:
            self.error.say(self.tr("请先选中要删除的日期。"))
            return
        self._run(lambda: self.service.set_calendar_day(item.data(Qt.ItemDataRole.UserRole), None))
