"""离任: a member leaves the team with the date and why, who decided it and the document (Measures
Art. 10); the service opens the vacancy. Dismissal and every departure are the centre's to record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit

from ...domain.errors import GridDeskError
from ...domain.roster import TeamRecord
from ...domain.staffing import Departure, LeaveReason
from ..staffing_words import leave_reason_label
from ..words import team_role_label
from ..widgets.forms import FormDialog


class DepartureDialog(FormDialog):
    def __init__(self, record: TeamRecord, save: Callable[[Departure], object], today: date, parent=None) -> None:
        self.save = save
        self.record = record
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.reason = QComboBox()
        for reason in LeaveReason:
            self.reason.addItem(leave_reason_label(reason), reason.value)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("选“其他”时必填，如：病故、退休"))
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(self.tr("如：村两委、镇网格化服务管理中心"))
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("文件编号或名称"))
        m = record.member
        super().__init__(self.tr("登记离任：{0}").format(m.name), [
            (self.tr("离任日期"), self.on), (self.tr("原因"), self.reason), (self.tr("说明"), self.words),
            (self.tr("决定人（单位）"), self.decided_by), (self.tr("文件"), self.document)],
            self.tr("{0}，{1}起任职。离任后不再出现在公示牌上，记录保留；岗位随即登记为空缺，"
                    "直到有人任命到这个网格和岗位。").format(team_role_label(m.role), m.appointed_on.isoformat()),
            parent, fields={"on": self.on, "words": self.words})
        self.setMinimumWidth(480)

    def prefill(self, on: date, reason: LeaveReason, decided_by: str = "", document: str = "") -> None:
        """What another record already says (a 解聘 decision): the clerk checks it and saves."""
        self.on.setDate(QDate(on.year, on.month, on.day))
        self.reason.setCurrentIndex(max(0, self.reason.findData(reason.value)))
        self.decided_by.setText(decided_by)
        self.document.setText(document)

    def value(self) -> Departure:
        d = self.on.date()
        return Departure(self.record.id, date(d.year(), d.month(), d.day()), LeaveReason(self.reason.currentData()),
                         self.words.text(), self.decided_by.text(), self.document.text())

    def submit(self) -> None:
        try:
            self.save(self.value())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
