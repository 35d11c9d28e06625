"""A petition (信访) registered or corrected: when it came and how, how many people, who (from
the roster, or written in with an ID number and a phone), what it is about and against whom,
and whether it repeats an earlier one (GridDesk suggests likely repeats; the clerk confirms).
Also the small dialogs of its steps: a day with a text (the answer, the reason for not
accepting) and the case it becomes. A refusal is shown where it applies and everything typed
stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
                               QWidget)

from ...domain.errors import GridDeskError
from ...domain.petitions import (MAX_PEOPLE, Petition, PetitionCategory, PetitionForm, Petitioner,
                                 RepeatSuggestion)
from ..widgets.forms import FormDialog
from ..widgets.people_picker import PeoplePicker, Search

Save = Callable[[Petition], None]
Suggest = Callable[[Petition], list[RepeatSuggestion]]


def form_words() -> dict[PetitionForm, str]:
    from PySide6.QtCore import QCoreApplication

    return {PetitionForm.VISIT: QCoreApplication.translate("PetitionDialog", "来访"),
            PetitionForm.LETTER: QCoreApplication.translate("PetitionDialog", "来信"),
            PetitionForm.CALL: QCoreApplication.translate("PetitionDialog", "来电"),
            PetitionForm.ONLINE: QCoreApplication.translate("PetitionDialog", "网上信访")}


def _day(d: date) -> QDateEdit:
    edit = QDateEdit(QDate(d.year, d.month, d.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _date(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class PetitionDialog(FormDialog):
    def __init__(self, purposes: list[PetitionCategory], subjects: list[PetitionCategory], search: Search,
                 suggest: Suggest, save: Save, today: date, current: Petition | None = None, parent=None) -> None:
        self.save = save
        self.suggest = suggest
        self.current = current
        self.received_on = _day(current.received_on if current else today)
        self.form = QComboBox()
        for form, word in form_words().items():
            self.form.addItem(word, form.value)  # Qt keeps a str enum as its text
        self.people = QSpinBox()
        self.people.setRange(1, MAX_PEOPLE)
        self.people.setSuffix(self.tr(" 人"))
        self.petitioners = PeoplePicker(search)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("不在花名册上的第一位信访人的身份证号（可不填）"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("不在花名册上的第一位信访人的电话（可不填）"))
        self.purpose_id = QComboBox()
        for c in purposes:
            self.purpose_id.addItem(c.name, c.id)
        self.subject_id = QComboBox()
        for c in subjects:
            self.subject_id.addItem(c.name, c.id)
        self.summary = QPlainTextEdit()
        self.summary.setMinimumHeight(70)
        self.request = QLineEdit()
        self.respondent = QLineEdit()
        self.repeat_of = QComboBox()
        self.repeat_of.addItem(self.tr("不是重复信访"), None)
        self.find_repeats = QPushButton(self.tr("查找可能的重复信访"))
        self.find_repeats.clicked.connect(self.show_suggestions)
        repeat_row = QWidget()
        row = QHBoxLayout(repeat_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.repeat_of, 1)
        row.addWidget(self.find_repeats)
        super().__init__(self.tr("修改信访登记") if current else self.tr("登记信访"), [
            (self.tr("收到日期"), self.received_on), (self.tr("信访形式"), self.form), (self.tr("人数"), self.people),
            (self.tr("信访人"), self.petitioners), (self.tr("身份证号"), self.id_number), (self.tr("联系电话"), self.phone),
            (self.tr("诉求类别"), self.purpose_id), (self.tr("问题类别"), self.subject_id),
            (self.tr("主要诉求和事实"), self.summary), (self.tr("具体要求"), self.request),
            (self.tr("被反映人或单位"), self.respondent), (self.tr("重复信访"), repeat_row)],
            self.tr("信访人从花名册选，或写上姓名按回车。五人以上同来为集体访。"), parent,
            fields={"petitioners": self.petitioners, "repeat_of": repeat_row, "name": self.petitioners})
        self.setMinimumWidth(620)
        if current is not None:
            self._fill(current)

    def _fill(self, p: Petition) -> None:
        self.form.setCurrentIndex(max(0, self.form.findData(p.form.value)))
        self.people.setValue(p.people)
        for x in p.petitioners:
            self.petitioners.add(x.resident_id, x.name)
        first = next((x for x in p.petitioners if x.resident_id is None), None)
        if first is not None:  # shown masked; left as it is, the number on file is kept
            self.id_number.setText(first.id_number)
            self.phone.setText(first.phone)
        self.purpose_id.setCurrentIndex(max(0, self.purpose_id.findData(p.purpose_id)))
        self.subject_id.setCurrentIndex(max(0, self.subject_id.findData(p.subject_id)))
        self.summary.setPlainText(p.summary)
        self.request.setText(p.request)
        self.respondent.setText(p.respondent)
        if p.repeat_of is not None:
            self.repeat_of.addItem(p.repeat_number or str(p.repeat_of), p.repeat_of)
            self.repeat_of.setCurrentIndex(self.repeat_of.count() - 1)

    def petition(self) -> Petition:
        people, written = [], False
        for rid, name in self.petitioners.chosen:
            if rid is None and not written:  # the typed numbers belong to the first written-in petitioner
                written = True
                people.append(Petitioner(name, None, self.id_number.text().strip(), self.phone.text().strip()))
            else:
                people.append(Petitioner(name, rid))
        c = self.current
        return Petition(_date(self.received_on), PetitionForm(self.form.currentData()), self.people.value(), tuple(people),
                        self.purpose_id.currentData(), self.subject_id.currentData(), self.summary.toPlainText(),
                        self.respondent.text(), self.request.text(), c.grid_code if c else "",
                        self.repeat_of.currentData(), id=c.id if c else None, version=c.version if c else 0)

    def show_suggestions(self) -> None:
        """Earlier petitions by the same petitioner or on the same matter, offered to confirm."""
        self.clear_errors()
        chosen = self.repeat_of.currentData()
        try:
            found = self.suggest(self.petition())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        while self.repeat_of.count() > 1:
            self.repeat_of.removeItem(1)
        why_words = {"petition.why.same_person": self.tr("同一信访人"), "petition.why.same_matter": self.tr("同一事项")}
        for s in found:
            why = "、".join(why_words.get(w, w) for w in s.why)
            self.repeat_of.addItem(f"{s.number}  {s.received_on:%Y-%m-%d}  {s.summary[:24]}（{why}）", s.petition_id)
        if chosen is not None and self.repeat_of.findData(chosen) < 0 and self.current is not None:
            self.repeat_of.addItem(self.current.repeat_number or str(chosen), chosen)
        self.repeat_of.setCurrentIndex(max(0, self.repeat_of.findData(chosen)) if chosen is not None else 0)
        self.find_repeats.setText(self.tr("可能的重复：{0} 件").format(len(found)))

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.petition())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()


class PetitionStepDialog(FormDialog):
    """A step with its day and, where it needs one, a text (the answer, the reason)."""

    def __init__(self, title: str, text_label: str, act: Callable[[date, str], None], today: date,
                 intro: str = "", parent=None) -> None:
        self.act = act
        self.on = _day(today)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(90)
        rows = [(self.tr("日期"), self.on)] + ([(text_label, self.text)] if text_label else [])
        super().__init__(title, rows, intro, parent, fields={"answer": self.text, "reason": self.text})
        self.text.setVisible(bool(text_label))
        self.setMinimumWidth(480)

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.act(_date(self.on), self.text.toPlainText())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()


class PetitionCaseDialog(FormDialog):
    """转为事件: the case's category and title (the petition's facts go with it)."""

    def __init__(self, categories: list[tuple[int, str]], title: str, make: Callable[[int, str], None],
                 parent=None) -> None:
        self.make = make
        self.category = QComboBox()
        for cid, name in categories:
            self.category.addItem(name, cid)
        self.title = QLineEdit(title)
        super().__init__(self.tr("转为事件"), [(self.tr("事件类别"), self.category), (self.tr("事件标题"), self.title)],
                         self.tr("按信访的事实上报一件事件，信访和事件互相关联。"), parent)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.make(self.category.currentData(), self.title.text())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
