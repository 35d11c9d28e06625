"""A monthly meeting (月例会): when and where, who attended in which capacity, the month's
figures as the records stand, what was said and decided, and the follow-ups with their owners
and due dates. A refusal is shown where it applies and everything typed stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.meetings import Attendee, Capacity, FigureSection, FollowUp, Meeting
from ...domain.roster import TeamRecord
from ..i18n import current
from ..meeting_words import figure_rows
from ..widgets.attendee_picker import AttendeePicker
from ..widgets.forms import FormDialog
from ..widgets.member_combo import MemberCombo
from ..widgets.people_picker import Search

Save = Callable[[Meeting], None]
Figures = Callable[[str], tuple[FigureSection, ...]]


def _text(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setMinimumHeight(height)
    return box


class MeetingDialog(FormDialog):
    def __init__(self, team: list[TeamRecord], search: Search, figures: Figures, save: Save, today: date,
                 current_meeting: Meeting | None = None, parent=None) -> None:
        self.team = team
        self.figures_of = figures
        self.save = save
        self.current = current_meeting
        self.held_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setCalendarPopup(True)
        self.held_on.dateChanged.connect(lambda _d: self.show_figures())
        self.place = QLineEdit(self.tr("村综治中心会议室"))
        self.host = QLineEdit()
        self.recorder = QLineEdit()
        self.topics = _text(60)
        # who attended: the team ticked; party members and representatives from the roster or typed
        self.members = QListWidget()
        for t in team:
            item = QListWidgetItem(t.member.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.party = AttendeePicker(search, self.tr("党员"))
        self.representatives = AttendeePicker(search, self.tr("群众代表"))
        self.guests = QLineEdit()
        self.guests.setPlaceholderText(self.tr("列席人员姓名，用顿号隔开，如：乡镇综治中心 王某某"))
        self.attendees = QWidget()  # the field the attendees' refusals are shown under
        people = QFormLayout(self.attendees)
        people.addRow(self.tr("中心和网格队伍（勾选）"), self.members)
        people.addRow(self.tr("党员"), self.party)
        people.addRow(self.tr("群众代表"), self.representatives)
        people.addRow(self.tr("列席"), self.guests)
        self.figures = QTableWidget(0, 3)
        self.figures.setHorizontalHeaderLabels([self.tr("类别"), self.tr("项目"), self.tr("数据")])
        self.figures.verticalHeader().hide()
        self.figures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.discussion = _text(110)
        self.decisions = _text(110)
        self.followups = QTableWidget(0, 4)
        self.followups.setHorizontalHeaderLabels([self.tr("落实事项"), self.tr("责任人"), self.tr("完成时限"),
                                                  self.tr("转为任务")])
        self.followups.verticalHeader().hide()
        self.followups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add, remove = QPushButton(self.tr("添加一项")), QPushButton(self.tr("删除所选"))
        add.clicked.connect(lambda: self.add_followup())
        remove.clicked.connect(self.remove_followup)
        self.tabs = QTabWidget()
        basics = QWidget()
        form = QFormLayout(basics)
        form.addRow(self.tr("会议日期"), self.held_on)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("主持人"), self.host)
        form.addRow(self.tr("记录人"), self.recorder)
        form.addRow(self.tr("会议议题"), self.topics)
        self.tabs.addTab(basics, self.tr("会议"))
        self.tabs.addTab(self.attendees, self.tr("参会人员"))
        self.tabs.addTab(self.figures, self.tr("本月数据"))
        said = QWidget()
        said_form = QFormLayout(said)
        said_form.addRow(self.tr("讨论情况"), self.discussion)
        said_form.addRow(self.tr("会议决定"), self.decisions)
        self.tabs.addTab(said, self.tr("讨论和决定"))
        follow = QWidget()
        follow_layout = QVBoxLayout(follow)
        follow_layout.addWidget(self.followups)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        follow_layout.addLayout(buttons)
        self.tabs.addTab(follow, self.tr("落实事项"))
        body = QVBoxLayout()
        body.addWidget(self.tabs)
        if current_meeting is not None:
            self._fill(current_meeting)
        super().__init__(self.tr("修改月例会") if current_meeting else self.tr("登记月例会"), [], parent=parent,
                         body=body, fields={"held_on": self.held_on, "place": self.place, "host": self.host,
                                            "recorder": self.recorder, "attendees": self.attendees,
                                            "followups": self.followups, "decisions": self.decisions})
        self.resize(760, 560)
        self.show_figures()

    # -- filling and reading ----------------------------------------------------------------
    def _fill(self, m: Meeting) -> None:
        self.held_on.setDate(QDate(m.held_on.year, m.held_on.month, m.held_on.day))
        for widget, value in ((self.place, m.place), (self.host, m.host), (self.recorder, m.recorder)):
            widget.setText(value)
        self.topics.setPlainText(m.topics)
        self.discussion.setPlainText(m.discussion)
        self.decisions.setPlainText(m.decisions)
        ticked = {a.member_id for a in m.attendees if a.capacity is Capacity.TEAM}
        for i in range(self.members.count()):
            item = self.members.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ticked:
                item.setCheckState(Qt.CheckState.Checked)
        for a in m.attendees:
            if a.capacity is Capacity.PARTY:
                self.party.add(a.resident_id, a.name)
            elif a.capacity is Capacity.REPRESENTATIVE:
                self.representatives.add(a.resident_id, a.name)
        self.guests.setText("、".join(a.name for a in m.attendees if a.capacity is Capacity.GUEST))
        for f in m.followups:
            self.add_followup(f)

    def add_followup(self, f: FollowUp | None = None) -> int:
        row = self.followups.rowCount()
        self.followups.insertRow(row)
        self.followups.setItem(row, 0, QTableWidgetItem(f.text if f else ""))
        self.followups.setCellWidget(row, 1, MemberCombo(self.team, self.tr("（未定）"), chosen=f.owner_id if f else None))
        due = QDateEdit()
        due.setDisplayFormat("yyyy-MM-dd")
        due.setCalendarPopup(True)
        when = f.due_on if f and f.due_on else self.held_on.date().toPython()
        due.setDate(QDate(when.year, when.month, when.day))
        self.followups.setCellWidget(row, 2, due)
        task = QCheckBox()
        task.setChecked(f.as_task if f else True)
        self.followups.setCellWidget(row, 3, task)
        self.followups.setCurrentCell(row, 0)
        return row

    def remove_followup(self) -> None:
        row = self.followups.currentRow()
        if row >= 0:
            self.followups.removeRow(row)

    def show_figures(self) -> None:
        day = self.held_on.date().toPython()
        shown = self.current.figures if self.current is not None and self.current.final else \
            self.figures_of(f"{day:%Y-%m}")
        rows = figure_rows(shown, current())
        self.figures.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.figures.setItem(r, c, QTableWidgetItem(value))

    def meeting(self) -> Meeting:
        attendees = [Attendee(self.members.item(i).text(), Capacity.TEAM, self.members.item(i).data(Qt.ItemDataRole.UserRole))
                     for i in range(self.members.count())
                     if self.members.item(i).checkState() == Qt.CheckState.Checked]
        attendees += [Attendee(n, Capacity.PARTY, resident_id=rid) for rid, n in self.party.chosen]
        attendees += [Attendee(n, Capacity.REPRESENTATIVE, resident_id=rid) for rid, n in self.representatives.chosen]
        attendees += [Attendee(n.strip(), Capacity.GUEST) for n in self.guests.text().replace(",", "、")
                      .replace("，", "、").split("、") if n.strip()]
        followups = []
        for r in range(self.followups.rowCount()):
            item = self.followups.item(r, 0)
            owner = self.followups.cellWidget(r, 1).member_id()
            followups.append(FollowUp(item.text().strip() if item else "", owner,
                                      self.followups.cellWidget(r, 2).date().toPython(),
                                      self.followups.cellWidget(r, 3).isChecked()))
        c = self.current
        return Meeting(self.held_on.date().toPython(), self.place.text(), self.host.text(), self.recorder.text(),
                       self.topics.toPlainText(), self.discussion.toPlainText(), self.decisions.toPlainText(),
                       tuple(attendees), tuple(followups), id=c.id if c else None, version=c.version if c else 0)

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.meeting())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
