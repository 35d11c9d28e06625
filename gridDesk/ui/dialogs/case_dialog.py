"""Taking in a case (问题上报): what, which category, what kind of work, where, who."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit

from ...domain.attachments import NewAttachment
from ...domain.case_records import CaseReport, Category
from ...domain.cases import Channel, WorkKind
from ...domain.errors import GridDeskError
from ...domain.roster import GridNode
from ..case_words import channel_label, kind_label
from ..messages import explain
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog
from ..widgets.people_picker import PeoplePicker, Search

Save = Callable[[CaseReport, list[NewAttachment]], None]


class CaseDialog(FormDialog):
    def __init__(self, categories: list[Category], grids: list[GridNode], search: Search, save: Save,
                 parent=None) -> None:
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
        self.grid = QComboBox()
        for g in grids:
            self.grid.addItem(("    " if g.parent_code else "") + g.name, g.code)
        self.place = QLineEdit()
        self.reporter = QLineEdit()
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        self.people = PeoplePicker(search)
        self.files = AttachmentPicker()
        super().__init__(self.tr("问题上报"), [
            (self.tr("问题"), self.title_edit), (self.tr("类别"), self.category), (self.tr("事项类型"), self.kind),
            (self.tr("来源"), self.channel), (self.tr("网格"), self.grid), (self.tr("地点"), self.place),
            (self.tr("上报人"), self.reporter), (self.tr("上报时间"), self.when),
            (self.tr("当事人"), self.people), (self.tr("情况描述"), self.description),
            (self.tr("照片和文件"), self.files)], parent=parent)
        self.setMinimumWidth(560)

    def submit(self) -> None:
        qt = self.when.dateTime()
        at = datetime(qt.date().year(), qt.date().month(), qt.date().day(), qt.time().hour(), qt.time().minute())
        report = CaseReport(self.title_edit.text(), self.category.currentData(), WorkKind(self.kind.currentData()),
                            Channel(self.channel.currentData()), at, self.grid.currentData() or "",
                            self.place.text(), self.reporter.text(), self.description.toPlainText(),
                            tuple(self.people.chosen))
        try:
            self.save(report, self.files.files)
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.accept()
