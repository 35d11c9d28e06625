"""Recording a 需审批 matter's next approval link, and its public notice: the dialogs validate
what a person can see is missing and hand the values to the caller, which saves them through
the service (its refusal is said on the dialog's error line)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from ...domain.case_approvals import Decision
from ...domain.errors import GridDeskError
from ..widgets.forms import FormDialog

Do = Callable[[dict], None]


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ApprovalLinkDialog(FormDialog):
    """The next link only: the chain is recorded in order, so the stage is not a choice."""

    def __init__(self, stage_label: str, default_body: str, today: date, do: Do, parent=None) -> None:
        self.do = do
        self.decided_by = QLineEdit(default_body)
        self.decided_by.setMaxLength(64)
        self.decided_on = _date_edit(today)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("同意"), Decision.APPROVED.value)
        self.decision.addItem(self.tr("不同意"), Decision.REFUSED.value)
        self.doc_number = QLineEdit()
        self.doc_number.setMaxLength(64)
        self.doc_number.setPlaceholderText(self.tr("如：小政审〔2026〕21号"))
        super().__init__(self.tr("登记审批环节：{0}").format(stage_label), [
            (self.tr("审批单位（人）"), self.decided_by), (self.tr("日期"), self.decided_on),
            (self.tr("意见"), self.decision), (self.tr("文号"), self.doc_number)],
            intro=self.tr("按村受理、镇审核、区审批的顺序登记；不同意即审批终止，事项按程序终结。"), parent=parent)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        if not self.decided_by.text().strip():
            self.error.say(self.tr("请写明由哪个单位或哪位负责人作出的。"))
            return
        if not self.doc_number.text().strip():
            self.error.say(self.tr("请填写文号。"))
            return
        try:
            self.do({"decided_by": self.decided_by.text(), "decided_on": _day(self.decided_on),
                     "decision": Decision(self.decision.currentData()), "doc_number": self.doc_number.text()})
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()


class NoticeDialog(FormDialog):
    """The public notice: the words for the board, the period, and where to object."""

    def __init__(self, matter: str, where_to_object: str, starts_on: date, do: Do, parent=None,
                 ends_on: date | None = None) -> None:
        self.do = do
        self.matter = QPlainTextEdit(matter)
        self.matter.setFixedHeight(70)
        self.starts_on = _date_edit(starts_on)
        self.ends_on = _date_edit(ends_on or starts_on + timedelta(days=7))
        self.where = QLineEdit(where_to_object)
        self.where.setMaxLength(200)
        super().__init__(self.tr("登记公示"), [
            (self.tr("公示事项"), self.matter), (self.tr("公示开始"), self.starts_on),
            (self.tr("公示结束"), self.ends_on), (self.tr("异议受理（地址、电话）"), self.where)],
            intro=self.tr("公示的内容会贴在公示栏上：只写姓名和事项，不写身份证号。"), parent=parent)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        if not self.matter.toPlainText().strip():
            self.error.say(self.tr("请写明公示的事项。"))
            return
        if _day(self.ends_on) <= _day(self.starts_on):
            self.error.say(self.tr("公示结束日期应晚于开始日期。"))
            return
        try:
            self.do({"matter": self.matter.toPlainText(), "starts_on": _day(self.starts_on),
                     "ends_on": _day(self.ends_on), "where_to_object": self.where.text()})
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
