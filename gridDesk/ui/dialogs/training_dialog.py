"""A training session: level, organiser, when, hours, topic, trainer, assessment, materials."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QDoubleSpinBox, QLineEdit, QPlainTextEdit

from ...domain.attachments import NewAttachment
from ...domain.errors import GridDeskError
from ...domain.training import TrainingLevel, TrainingSession
from ..training_words import level_label
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog

Save = Callable[[TrainingSession, list[NewAttachment]], None]


class TrainingDialog(FormDialog):
    def __init__(self, save: Save, current: TrainingSession | None = None, parent=None) -> None:
        self.save = save
        self.current = current
        self.level = QComboBox()
        for level in TrainingLevel:
            self.level.addItem(level_label(level), level.value)
        self.level.setCurrentIndex(self.level.findData(TrainingLevel.TOWNSHIP.value))
        self.organiser = QLineEdit()
        self.organiser.setPlaceholderText(self.tr("如：县委政法委、镇综治中心"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 168)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2)
        self.topic = QLineEdit()
        self.place = QLineEdit()
        self.trainer = QLineEdit()
        self.assessed = QCheckBox(self.tr("培训后有考核"))
        self.onboarding = QCheckBox(self.tr("岗前培训（通过即视为持证上岗）"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.files = AttachmentPicker()
        if current is not None:
            self.level.setCurrentIndex(self.level.findData(current.level.value))
            self.organiser.setText(current.organiser)
            self.when.setDateTime(QDateTime(current.starts_at))
            self.hours.setValue(current.hours)
            self.topic.setText(current.topic)
            self.place.setText(current.place)
            self.trainer.setText(current.trainer)
            self.assessed.setChecked(current.assessed)
            self.onboarding.setChecked(current.onboarding)
            self.notes.setPlainText(current.notes)
        super().__init__(self.tr("修改培训") if current else self.tr("新增培训"), [
            (self.tr("级别"), self.level), (self.tr("组织单位"), self.organiser), (self.tr("时间"), self.when),
            (self.tr("学时"), self.hours), (self.tr("培训主题"), self.topic), (self.tr("地点"), self.place),
            (self.tr("授课人"), self.trainer), ("", self.assessed), ("", self.onboarding),
            (self.tr("备注"), self.notes), (self.tr("培训材料"), self.files)], parent=parent,
            fields={"starts_at": self.when, "attachment": self.files})
        self.setMinimumWidth(520)

    def submit(self) -> None:
        qt = self.when.dateTime()
        at = datetime(qt.date().year(), qt.date().month(), qt.date().day(), qt.time().hour(), qt.time().minute())
        session = TrainingSession(TrainingLevel(self.level.currentData()), self.organiser.text(), at,
                                  self.hours.value(), self.topic.text(), self.place.text(), self.trainer.text(),
                                  self.assessed.isChecked(), self.onboarding.isChecked(), self.notes.toPlainText(),
                                  self.current.id if self.current else None)
        try:
            self.save(session, self.files.files)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
