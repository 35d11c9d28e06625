"""A training session the township held for one village (培训): topic, start, hours, place, trainer,
whether it was assessed, and who attended, handed to send_training. Attendees are ticked from the
names the township can tie to one member of the village (its review results), or typed as
姓名/身份证号 (masked: 6 digits, 8 stars, 4 characters) for anyone else. A refusal is said under the
form and nothing typed or ticked is lost; only a session that was kept clears the form."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QWidget)

from ...services.township_downlinks import parse_attendee, send_training
from ..messages import explain
from ..widgets.forms import ErrorLabel
from .common import form_frame
from .context import TownshipContext

TYPED = Qt.ItemDataRole.UserRole  # True on a person typed by hand (kept when the village changes)


class TrainingForm(QWidget):
    sent = Signal(object)  # the TrainingSent the service returned
    village_changed = Signal(str)

    def __init__(self, context: TownshipContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.village = QComboBox()
        self.village.currentIndexChanged.connect(lambda _i: self.village_changed.emit(self.village.currentData() or ""))
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("培训主题"))
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = datetime.now().replace(second=0, microsecond=0)  # attendance is what happened: not later than now
        self.starts.setDateTime(QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0))
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("如 2 或 1.5"))
        self.place = QLineEdit()
        self.trainer = QLineEdit()
        self.assessed = QCheckBox(self.tr("培训后有考核"))
        self.people = QListWidget()
        self.people.setMinimumHeight(90)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("其他人：姓名/身份证号（前 6 位、8 个 *、后 4 位）"))
        self.typed.setToolTip(self.tr("名单里没有的人：写“姓名/身份证号”，身份证号只写前 6 位、8 个 * 和后 4 位，"
                                      "如 王五/140105********123X"))
        self.typed.returnPressed.connect(self.add_typed)
        add = QPushButton(self.tr("添加"))
        add.clicked.connect(self.add_typed)
        typed_row = QHBoxLayout()
        typed_row.addWidget(self.typed, 1)
        typed_row.addWidget(add)
        self.error = ErrorLabel(self)
        self.submit_button = QPushButton(self.tr("登记培训"))
        self.submit_button.setObjectName("Primary")
        self.submit_button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("村"), self.village)
        form.addRow(self.tr("培训主题"), self.topic)
        form.addRow(self.tr("开始时间"), self.starts)
        form.addRow(self.tr("学时"), self.hours)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("授课人"), self.trainer)
        form.addRow("", self.assessed)
        form.addRow(self.tr("参加人"), self.people)
        form.addRow("", typed_row)
        form_frame(self, form, self.error, self.submit_button)

    def set_villages(self, villages: list[tuple[str, str]]) -> None:
        chosen = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        for code, name in villages:
            self.village.addItem(f"{name}（{code}）", code)
        self.village.setCurrentIndex(max(0, self.village.findData(chosen)))
        self.village.blockSignals(False)
        self.village_changed.emit(self.village.currentData() or "")

    def set_members(self, names: list[str]) -> None:
        """The village's members by name; people typed by hand, and the ticks of names still
        listed, stay as they were (a list read again loses nothing chosen)."""
        ticked = set()
        for row in reversed(range(self.people.count())):
            item = self.people.item(row)
            if not item.data(TYPED):
                if item.checkState() == Qt.CheckState.Checked:
                    ticked.add(item.text())
                self.people.takeItem(row)
        for name in names:
            self._person(name, typed=False, ticked=name in ticked)

    def _person(self, text: str, typed: bool, ticked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setData(TYPED, typed)
        self.people.addItem(item)
        return item

    def add_typed(self) -> None:
        text = self.typed.text().strip()
        if text:
            self._person(text, typed=True, ticked=True)
            self.typed.clear()

    def tick(self, name: str) -> bool:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def attendees(self) -> list:
        ticked = [self.people.item(r) for r in range(self.people.count())]
        return [parse_attendee(i.text()) for i in ticked if i.checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        s = self.starts.dateTime()
        d, t = s.date(), s.time()
        starts = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        village = self.village.currentData() or ""
        args = (self.topic.text(), starts, self.hours.text(), self.place.text(), self.trainer.text(),
                self.assessed.isChecked(), self.attendees())
        self.error.say("")
        self.submit_button.setEnabled(False)
        self.context.runner.run(self, lambda job: send_training(self.context.session, village, *args),
                                self.tr("登记培训"), on_done=self._done, on_failed=self._failed)

    def _done(self, sent) -> None:
        for field in (self.topic, self.hours, self.place, self.trainer, self.typed):
            field.clear()
        self.assessed.setChecked(False)
        for row in reversed(range(self.people.count())):
            item = self.people.item(row)
            if item.data(TYPED):
                self.people.takeItem(row)
            else:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.submit_button.setEnabled(True)
        self.sent.emit(sent)

    def _failed(self, exc: BaseException) -> None:
        self.error.say(explain(exc))  # what was typed and ticked stays where it was
        self.submit_button.setEnabled(True)
