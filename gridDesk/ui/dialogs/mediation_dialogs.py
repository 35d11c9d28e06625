"""The forms of people's mediation: the intake (受理登记), an investigation, a session, the outcome
with the agreement's words or the referral, and a follow-up visit. Each hands its value to a save
callback; a refusal is shown under its field and everything typed stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QHeaderView,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.mediation import (Agreement, FollowUpVisit, Intake, Investigation, MediationSession, Outcome, Party,
                                 Performance, Referral, Severity, Source)
from ...domain.roster import TeamRecord
from ..mediation_words import performance_label, referral_label, severity_label, source_label
from ..widgets.attendee_picker import AttendeePicker
from ..widgets.forms import FormDialog
from ..widgets.people_picker import Search


def day_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    return edit


def text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setMinimumHeight(height)
    return box


def _choice(values, label) -> QComboBox:
    box = QComboBox()
    for v in values:
        box.addItem(label(v), v)
    return box


class _SavingDialog(FormDialog):
    """submit(): the value, handed to `save`; refused, the error where it belongs and the form kept."""

    save: Callable

    def value(self):
        raise NotImplementedError

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.value())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()


class IntakeDialog(_SavingDialog):
    """受理登记: the dispute's registration on its case; the parties from the roster or written in."""

    def __init__(self, case_id: int, case_title: str, search: Search, save: Callable[[Intake], None], today: date,
                 parent=None) -> None:
        self.case_id, self.save = case_id, save
        self.source = _choice(list(Source), source_label)
        self.severity = _choice(list(Severity), severity_label)
        self.occurred_on = day_edit(today)
        self.accepted_on = day_edit(today)
        self.place = QLineEdit()
        self.people = QSpinBox()
        self.people.setRange(0, 100_000)
        self.people.setValue(2)
        self.dispute_type = QLineEdit()
        self.summary = text_box(80)
        self.roster_parties = AttendeePicker(search, self.tr("花名册中的当事人"))
        self.written = QTableWidget(0, 4)
        self.written.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("身份证号（可不填）"), self.tr("联系电话"),
                                                self.tr("住址")])
        self.written.verticalHeader().hide()
        self.written.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.written.setMinimumHeight(110)
        add, remove = QPushButton(self.tr("添加一名（不在花名册）")), QPushButton(self.tr("删除所选"))
        add.clicked.connect(lambda: self.add_written())
        remove.clicked.connect(lambda: self.written.removeRow(self.written.currentRow())
                               if self.written.currentRow() >= 0 else None)
        self.parties = QWidget()  # where the parties' refusals are shown
        box = QVBoxLayout(self.parties)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.roster_parties)
        box.addWidget(self.written)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("事件"), QLineEdit(case_title, readOnly=True))
        for label, widget in ((self.tr("纠纷来源"), self.source), (self.tr("纠纷等级"), self.severity),
                              (self.tr("发生时间"), self.occurred_on), (self.tr("受理日期"), self.accepted_on),
                              (self.tr("发生地点"), self.place), (self.tr("涉及人数"), self.people),
                              (self.tr("纠纷类型"), self.dispute_type), (self.tr("简要情况"), self.summary),
                              (self.tr("当事人"), self.parties)):
            form.addRow(label, widget)
        super().__init__(self.tr("人民调解受理登记"), [], parent=parent, body=form, fields={
            "source": self.source, "severity": self.severity, "occurred_on": self.occurred_on,
            "accepted_on": self.accepted_on, "place": self.place, "people": self.people,
            "dispute_type": self.dispute_type, "summary": self.summary, "parties": self.parties,
            "party_name": self.parties, "id_number": self.parties, "party_id": self.parties,
            "party_phone": self.parties, "party_address": self.parties, "case": self.parties})
        self.resize(720, 680)

    def add_written(self, name: str = "", id_number: str = "", phone: str = "", address: str = "") -> int:
        row = self.written.rowCount()
        self.written.insertRow(row)
        for col, value in enumerate((name, id_number, phone, address)):
            self.written.setItem(row, col, QTableWidgetItem(value))
        self.written.setCurrentCell(row, 0)
        return row

    def value(self) -> Intake:
        parties = [Party(name, resident_id=rid) if rid is not None else Party(name)
                   for rid, name in self.roster_parties.chosen]
        for r in range(self.written.rowCount()):
            cells = [(self.written.item(r, c).text() if self.written.item(r, c) else "") for c in range(4)]
            if any(x.strip() for x in cells):
                parties.append(Party(*cells))
        return Intake(self.case_id, Source(self.source.currentData()), Severity(self.severity.currentData()),
                      self.occurred_on.date().toPython(), self.place.text(), self.people.value(),
                      self.dispute_type.text(), self.summary.toPlainText(), tuple(parties),
                      self.accepted_on.date().toPython())


class InvestigationDialog(_SavingDialog):
    def __init__(self, save: Callable[[Investigation], None], today: date, who: str = "", parent=None) -> None:
        self.save = save
        self.on = day_edit(today)
        self.by = QLineEdit(who)
        self.found = text_box(120)
        super().__init__(self.tr("登记调查"), [(self.tr("调查日期"), self.on), (self.tr("调查人"), self.by),
                                               (self.tr("调查情况"), self.found)], parent=parent)

    def value(self) -> Investigation:
        return Investigation(self.on.date().toPython(), self.by.text(), self.found.toPlainText())


class SessionDialog(_SavingDialog):
    """调解: the mediators ticked from the team or typed, who attended, what was said."""

    def __init__(self, team: list[TeamRecord], save: Callable[[MediationSession], None], today: date,
                 parent=None) -> None:
        self.save = save
        self.on = day_edit(today)
        self.place = QLineEdit(self.tr("村调解室"))
        self.team = QListWidget()
        self.team.setMaximumHeight(110)
        for t in team:
            item = QListWidgetItem(t.member.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.team.addItem(item)
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("其他调解员，用顿号隔开"))
        self.mediators = QWidget()
        box = QVBoxLayout(self.mediators)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.team)
        box.addWidget(self.others)
        self.attended = QLineEdit()
        self.said = text_box(140)
        super().__init__(self.tr("登记调解"), [(self.tr("调解日期"), self.on), (self.tr("调解地点"), self.place),
                                               (self.tr("调解员"), self.mediators), (self.tr("参加人员"), self.attended),
                                               (self.tr("调解情况"), self.said)], parent=parent)
        self.resize(560, 520)

    def value(self) -> MediationSession:
        names = [self.team.item(i).text() for i in range(self.team.count())
                 if self.team.item(i).checkState() == Qt.CheckState.Checked]
        names += [n.strip() for n in self.others.text().replace(",", "、").replace("，", "、").split("、") if n.strip()]
        return MediationSession(self.on.date().toPython(), self.place.text(), tuple(names), self.attended.text(),
                                self.said.toPlainText())


class OutcomeDialog(_SavingDialog):
    """调解结果: agreement (the 协议书's words) or none, and then where it is referred."""

    def __init__(self, save: Callable[[Outcome], None], today: date, summary: str = "", recorder: str = "",
                 parent=None) -> None:
        self.save = save
        self.on = day_edit(today)
        self.agreed_yes, self.agreed_no = QRadioButton(self.tr("达成协议")), QRadioButton(self.tr("未达成协议"))
        self.agreed_yes.setChecked(True)
        self.agreed_group = QButtonGroup()  # kept by the dialog (no parent before the dialog exists)
        self.agreed_group.addButton(self.agreed_yes)
        self.agreed_group.addButton(self.agreed_no)
        which = QWidget()
        row = QHBoxLayout(which)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.agreed_yes)
        row.addWidget(self.agreed_no)
        row.addStretch(1)
        self.facts = text_box(60)
        self.facts.setPlainText(summary)
        self.disputed = text_box(50)
        self.terms = text_box(90)
        self.performance = QLineEdit()
        self.perform_by = day_edit(today)
        self.recorder = QLineEdit(recorder)
        self.referral = _choice(list(Referral), referral_label)
        self.note = text_box(50)
        self.agreement_box = QWidget()
        agreement = QFormLayout(self.agreement_box)
        for label, widget in ((self.tr("纠纷主要事实"), self.facts), (self.tr("争议事项"), self.disputed),
                              (self.tr("协议内容"), self.terms), (self.tr("履行方式"), self.performance),
                              (self.tr("履行期限"), self.perform_by), (self.tr("记录人"), self.recorder)):
            agreement.addRow(label, widget)
        self.referral_box = QWidget()
        referral = QFormLayout(self.referral_box)
        referral.addRow(self.tr("引导去向"), self.referral)
        referral.addRow(self.tr("说明"), self.note)
        self.agreed_yes.toggled.connect(self._switch)
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.on)
        form.addRow(self.tr("结果"), which)
        body = QVBoxLayout()
        body.addLayout(form)
        body.addWidget(self.agreement_box)
        body.addWidget(self.referral_box)
        super().__init__(self.tr("调解结果"), [], parent=parent, body=body, fields={
            "on": self.on, "facts": self.facts, "disputed": self.disputed, "terms": self.terms,
            "performance": self.performance, "perform_by": self.perform_by, "recorder": self.recorder,
            "referral": self.referral, "note": self.note, "sessions": which})
        self._switch(True)
        self.resize(600, 600)

    def _switch(self, agreed: bool) -> None:
        self.agreement_box.setVisible(agreed)
        self.referral_box.setVisible(not agreed)

    def value(self) -> Outcome:
        on = self.on.date().toPython()
        if self.agreed_yes.isChecked():
            return Outcome(on, True, agreement=Agreement(
                self.facts.toPlainText(), self.disputed.toPlainText(), self.terms.toPlainText(),
                self.performance.text(), self.perform_by.date().toPython(), self.recorder.text()))
        return Outcome(on, False, Referral(self.referral.currentData()), self.note.toPlainText())


class FollowUpDialog(_SavingDialog):
    def __init__(self, save: Callable[[FollowUpVisit], None], today: date, who: str = "", parent=None) -> None:
        self.save = save
        self.on = day_edit(today)
        self.by = QLineEdit(who)
        self.performance = _choice(list(Performance), performance_label)
        self.notes = text_box(90)
        super().__init__(self.tr("履行回访"), [(self.tr("回访日期"), self.on), (self.tr("回访人"), self.by),
                                           (self.tr("履行情况"), self.performance), (self.tr("回访情况"), self.notes)],
                         parent=parent)

    def value(self) -> FollowUpVisit:
        return FollowUpVisit(self.on.date().toPython(), self.by.text(), Performance(self.performance.currentData()),
                             self.notes.toPlainText())
