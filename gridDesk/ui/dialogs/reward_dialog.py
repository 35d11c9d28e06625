"""A commendation or warning of a team member: date, kind, level, reason, document number and the
document itself (PDF or photo). Refusals are said under the field; what was typed stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from ...domain.attachments import NewAttachment
from ...domain.errors import GridDeskError
from ...domain.rewards import Reward, RewardKind, RewardLevel
from ...domain.roster import TeamRecord
from ..pay_words import reward_kind_label, reward_level_label
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog
from ..widgets.member_combo import MemberCombo

Save = Callable[[Reward, list[NewAttachment]], None]


class RewardDialog(FormDialog):
    def __init__(self, members: list[TeamRecord], save: Save, current: Reward | None = None,
                 today: date | None = None, parent=None, grid_names: dict[str, str] | None = None) -> None:
        self.save = save
        self.member = MemberCombo(members, grid_names=grid_names, chosen=current.member_id if current else None)
        self.day = QDateEdit(QDate(today or date.today()))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.kind = QComboBox()
        for kind in RewardKind:
            self.kind.addItem(reward_kind_label(kind), kind.value)
        self.level = QComboBox()
        for level in RewardLevel:
            self.level.addItem(reward_level_label(level), level.value)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(self.tr("如：汛期连续值守，及时转移危房住户"))
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(self.tr("如：某镇委〔2026〕12号"))
        self.files = AttachmentPicker()
        if current is not None:
            self.day.setDate(QDate(current.day))
            self.kind.setCurrentIndex(self.kind.findData(current.kind.value))
            self.level.setCurrentIndex(self.level.findData(current.level.value))
            self.reason.setPlainText(current.reason)
            self.document_number.setText(current.document_number)
        super().__init__(self.tr("修改奖惩记录") if current else self.tr("登记表彰或警示"), [
            (self.tr("队伍成员"), self.member), (self.tr("日期"), self.day), (self.tr("类别"), self.kind),
            (self.tr("级别"), self.level), (self.tr("事由"), self.reason), (self.tr("文号"), self.document_number),
            (self.tr("文件或照片"), self.files)], intro=self.tr(
                "表彰、警示、通报批评，以及不能胜任时的调整岗位或解聘（《办法》第十六条）。警示和通报批评按绩效规则扣减当月补贴。"),
            parent=parent, fields={"member": self.member, "attachment": self.files})
        self.setMinimumWidth(520)

    def value(self) -> Reward:
        d = self.day.date()
        return Reward(self.member.member_id() or 0, date(d.year(), d.month(), d.day()),
                      RewardKind(self.kind.currentData()), RewardLevel(self.level.currentData()),
                      self.reason.toPlainText(), self.document_number.text())

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.value(), self.files.files)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
