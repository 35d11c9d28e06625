"""A day of the 民情日志: two time slots and their hours, where the member went, the problems
found by class beyond the visits, solved on the spot, 今日无异常, notes and photos. The day's visits
are shown as the visit log has them, not typed again. A refusal is said under its field and
everything typed stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                               QSpinBox, QTimeEdit, QWidget)

from ...domain.attachments import NewAttachment
from ...domain.daily_logs import DayVisit, LogDay, LogEntry, TimeSlot
from ...domain.errors import GridDeskError
from ...domain.visits import FINDING_LABELS, FindingCategory
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog
from . import cert_override

Save = Callable[[LogEntry, list[NewAttachment], str], object]  # the day, its photos, the director's 持证上岗 reason


class _Slot(QWidget):
    """One time slot: ticked to count, a start and an end."""

    def __init__(self, on: bool, start: str, end: str, changed: Callable[[], None]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.used = QCheckBox()
        self.used.setChecked(on)
        self.start = QTimeEdit(QTime.fromString(start, "HH:mm"))
        self.end = QTimeEdit(QTime.fromString(end, "HH:mm"))
        for w in (self.start, self.end):
            w.setDisplayFormat("HH:mm")
            w.timeChanged.connect(lambda _t: changed())
        self.used.toggled.connect(lambda _on: changed())
        layout.addWidget(self.used)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("—"))
        layout.addWidget(self.end)
        layout.addStretch(1)

    def value(self) -> TimeSlot | None:
        return TimeSlot(self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")) \
            if self.used.isChecked() else None


class DailyLogDialog(FormDialog):
    def __init__(self, member_id: int, name: str, day: date, existing: LogDay | None, visits: list[DayVisit],
                 save: Save, parent=None, may_override: bool = False) -> None:
        self.member_id, self.day, self.save, self.may_override = member_id, day, save, may_override
        entry = existing.entry if existing else None
        slots = list(entry.slots) if entry else [TimeSlot("08:30", "11:30"), TimeSlot("14:30", "17:30")]
        used = len(entry.slots) if entry else 2
        while len(slots) < 2:
            slots.append(TimeSlot("14:30", "17:30"))
        self.slot1 = _Slot(used >= 1, slots[0].start, slots[0].end, self._show_hours)
        self.slot2 = _Slot(used >= 2, slots[1].start, slots[1].end, self._show_hours)
        self.hours = QLabel()
        self.places = QLineEdit(entry.places if entry else "")
        self.places.setPlaceholderText(self.tr("例如：一组、二组入户；沿河道巡查"))
        self.visits = QListWidget()
        self.visits.setMaximumHeight(90)
        self.visits.setWordWrap(True)  # a day's door numbers read whole, not behind a scroll bar
        for v in visits:
            found = "；".join(FINDING_LABELS.get(FindingCategory(c), c) + "：" + text for _i, c, text, _case in v.findings)
            self.visits.addItem(self.tr("{0} 走访 {1} 户：{2}").format(v.slot, len(v.household_numbers),
                                                                  "、".join(v.household_numbers))
                                + (f"（{found}）" if found else ""))
        if not visits:
            self.visits.addItem(self.tr("这一天没有走访记录"))
        counts = dict(entry.found) if entry else {}
        self.found: dict[FindingCategory, QSpinBox] = {}
        grid = QGridLayout()
        for i, (category, label) in enumerate(FINDING_LABELS.items()):
            box = QSpinBox()
            box.setRange(0, 99)
            box.setValue(counts.get(category, 0))
            self.found[category] = box
            grid.addWidget(QLabel(label), i // 3, (i % 3) * 2)  # three a row: the labels stay whole
            grid.addWidget(box, i // 3, (i % 3) * 2 + 1)
        found_box = QWidget()
        found_box.setLayout(grid)
        self.solved = QSpinBox()
        self.solved.setRange(0, 999)
        self.solved.setValue(entry.solved_on_spot if entry else 0)
        self.reported = QLabel(self.tr("{0} 件（保存后在日志里“上报问题”，每件生成一个案件）").format(
            len(existing.case_ids) if existing else 0))
        self.nothing = QCheckBox(self.tr("今日无异常"))
        self.nothing.setChecked(bool(entry and entry.nothing_to_report))
        self.notes = QPlainTextEdit(entry.notes if entry else "")
        self.notes.setFixedHeight(60)
        self.files = AttachmentPicker()
        intro = self.tr("{0} 的民情日志：{1}").format(name, f"{day:%Y-%m-%d}")
        if existing and existing.return_reason and existing.state.value == "returned":
            intro += "\n" + self.tr("退回理由：{0}").format(existing.return_reason)
        super().__init__(self.tr("民情日志"), [
            (self.tr("时段一"), self.slot1), (self.tr("时段二"), self.slot2), (self.tr("工作时长"), self.hours),
            (self.tr("去了哪里"), self.places), (self.tr("当天走访（取自走访记录）"), self.visits),
            (self.tr("走访以外发现的问题"), found_box), (self.tr("当场解决"), self.solved),
            (self.tr("已上报"), self.reported), ("", self.nothing), (self.tr("备注"), self.notes),
            (self.tr("照片"), self.files)], intro, parent,
            fields={"slots": self.slot1, "places": self.places, "found": found_box, "solved_on_spot": self.solved,
                    "nothing_to_report": self.nothing, "notes": self.notes, "day": self.hours,
                    "attachment": self.files})
        self.setMinimumWidth(600)
        self._show_hours()

    def _show_hours(self) -> None:
        minutes = 0
        for slot in (self.slot1.value(), self.slot2.value()):
            if slot is not None:
                start, end = (QTime.fromString(t, "HH:mm") for t in (slot.start, slot.end))
                minutes += max(0, start.secsTo(end) // 60)
        self.hours.setText(self.tr("{0:.1f} 小时").format(minutes / 60) if minutes else self.tr("—"))

    def entry(self) -> LogEntry:
        slots = tuple(s for s in (self.slot1.value(), self.slot2.value()) if s is not None)
        found = tuple((c, box.value()) for c, box in self.found.items() if box.value())
        return LogEntry(self.member_id, self.day, slots, self.places.text(), found, self.solved.value(),
                        self.nothing.isChecked(), self.notes.toPlainText())

    def submit(self) -> None:
        self.clear_errors()
        entry = self.entry()
        try:
            if not cert_override.attempt(self, self.may_override,
                                         lambda reason: self.save(entry, self.files.files, reason)):
                return
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
