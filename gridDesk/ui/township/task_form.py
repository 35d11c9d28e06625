"""A task the township hands down (交办任务): one village or every registered one, typed from the
township's 准入清单, title, due date, 文号, details, grids; handed to send_task. A refusal is said
under the form and nothing typed is lost; only a task that was kept clears the form."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QLineEdit, QPlainTextEdit,
                               QPushButton, QWidget)

from ...services.township_downlinks import send_task
from ..messages import explain
from ..widgets.forms import ErrorLabel
from .common import form_frame
from .context import TownshipContext


class TaskForm(QWidget):
    sent = Signal(object)  # the TaskSent the service returned

    def __init__(self, context: TownshipContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.village = QComboBox()
        self.task_type = QComboBox()
        self.task_type.setMinimumContentsLength(16)
        self.task_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("任务名称"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        soon = date.today() + timedelta(days=7)  # the service refuses a day already past
        self.due.setDate(QDate(soon.year, soon.month, soon.day))
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("如：小综治〔2026〕3号（可不填）"))
        self.details = QPlainTextEdit()
        self.details.setPlaceholderText(self.tr("任务内容和要求（可不填）"))
        self.details.setMinimumHeight(56)
        self.details.setMaximumHeight(110)
        self.grids = QLineEdit()
        self.grids.setPlaceholderText(self.tr("网格代码，用空格分开；不填为全部网格"))
        self.grids.setToolTip(self.grids.placeholderText())  # the placeholder is cut short in English
        self.error = ErrorLabel(self)
        self.submit_button = QPushButton(self.tr("下发任务"))
        self.submit_button.setObjectName("Primary")
        self.submit_button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("交给"), self.village)
        form.addRow(self.tr("任务类型"), self.task_type)
        form.addRow(self.tr("任务名称"), self.title)
        form.addRow(self.tr("办理期限"), self.due)
        form.addRow(self.tr("文号"), self.document)
        form.addRow(self.tr("任务内容"), self.details)
        form.addRow(self.tr("网格"), self.grids)
        layout = form_frame(self, form, self.error, self.submit_button)
        layout.addStretch(1)

    def set_choices(self, villages: list[tuple[str, str]], types: tuple[str, ...]) -> None:
        """The villages and the 准入清单, keeping what was chosen when it is still there."""
        chosen, kind = self.village.currentData(), self.task_type.currentText()
        self.village.clear()
        self.village.addItem(self.tr("每个村（各一件）"), "")
        for code, name in villages:
            self.village.addItem(f"{name}（{code}）", code)
        self.village.setCurrentIndex(max(0, self.village.findData(chosen)))
        self.task_type.clear()
        self.task_type.addItems(list(types))
        self.task_type.setCurrentIndex(max(0, self.task_type.findText(kind)))

    def submit(self) -> None:
        d = self.due.date()
        village = self.village.currentData() or None
        args = (self.task_type.currentText(), self.title.text(), date(d.year(), d.month(), d.day()),
                self.document.text(), self.details.toPlainText(), self.grids.text().replace(",", " ").split())
        self.error.say("")
        self.submit_button.setEnabled(False)
        self.context.runner.run(self, lambda job: send_task(self.context.session, village, *args),
                                self.tr("下发任务"), on_done=self._done, on_failed=self._failed)

    def _done(self, sent) -> None:
        for field in (self.title, self.document, self.grids):
            field.clear()
        self.details.clear()
        self.submit_button.setEnabled(True)
        self.sent.emit(sent)

    def _failed(self, exc: BaseException) -> None:
        self.error.say(explain(exc))  # what was typed stays where it was
        self.submit_button.setEnabled(True)
