"""Taking in a case (问题上报): what, which category, what kind of work, where, who; a task the
township passes down, its type from the 准入清单."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QLineEdit, QPlainTextEdit

from ...domain.attachments import NewAttachment
from ...domain.case_records import CaseReport, Category
from ...domain.cases import Channel, WorkKind
from ...domain.errors import GridDeskError
from ...domain.roster import GridNode, TeamRecord
from ...domain.task_types import TaskType
from ..case_words import channel_label, kind_label, step_label
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog
from ..widgets.people_picker import PeoplePicker, Search
from ..widgets.reporter_combo import ReporterCombo
from ..widgets.task_type_picker import TaskTypePicker

Save = Callable[[CaseReport, list[NewAttachment]], None]


class CaseDialog(FormDialog):
    def __init__(self, categories: list[Category], grids: list[GridNode], search: Search, save: Save,
                 parent=None, task_types: Sequence[TaskType] = (), team: Sequence[TeamRecord] = (),
                 cert_states: dict[int, str] | None = None) -> None:
        self.save = save
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("一句话说明是什么问题"))
        self.category = QComboBox()
        parents = {c.id: c.name for c in categories if c.parent_id is None}
        for c in categories:
            if c.parent_id is not None:
                self.category.addItem(f"{parents.get(c.parent_id, '')} / {c.name}", c.id)
        self.kind = QComboBox()
        for k in WorkKind:
            self.kind.addItem(kind_label(k), k.value)
        self.channel = QComboBox()
        for c in Channel:
            self.channel.addItem(channel_label(c), c.value)
        self.task = TaskTypePicker(task_types)
        self.grid = QComboBox()
        for g in grids:
            self.grid.addItem(("    " if g.parent_code else "") + g.name, g.code)
        self.place = QLineEdit()
        # The team to pick from (the uncertified greyed), or a resident's name typed.
        self.reporter = ReporterCombo(team, cert_states, {g.code: g.name for g in grids})
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        self.people = PeoplePicker(search)
        self.files = AttachmentPicker()
        super().__init__(step_label("report"), [
            (self.tr("问题"), self.title_edit), (self.tr("类别"), self.category), (self.tr("事项类型"), self.kind),
            (self.tr("来源"), self.channel), (self.tr("任务类型"), self.task), (self.tr("网格"), self.grid),
            (self.tr("地点"), self.place), (self.tr("上报人"), self.reporter), (self.tr("上报时间"), self.when),
            (self.tr("当事人"), self.people), (self.tr("情况描述"), self.description),
            (self.tr("照片和文件"), self.files)], parent=parent,
            fields={"title": self.title_edit, "category_id": self.category, "grid_code": self.grid,
                    "reported_at": self.when, "task_type": self.task, "attachment": self.files})
        self.setMinimumWidth(560)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()

    def _channel_changed(self) -> None:
        # Only a task the township passes down carries a type from the admission list.
        self.findChild(QFormLayout).setRowVisible(self.task, self.channel.currentData() == Channel.TOWNSHIP.value)

    def submit(self) -> None:
        qt = self.when.dateTime()
        at = datetime(qt.date().year(), qt.date().month(), qt.date().day(), qt.time().hour(), qt.time().minute())
        report_channel = Channel(self.channel.currentData())
        report = CaseReport(self.title_edit.text(), self.category.currentData(), WorkKind(self.kind.currentData()),
                            report_channel, at, self.grid.currentData() or "",
                            self.place.text(), self.reporter.reporter(), self.description.toPlainText(),
                            tuple(self.people.chosen),
                            self.task.choice() if report_channel is Channel.TOWNSHIP else None)
        try:
            self.save(report, self.files.files)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
