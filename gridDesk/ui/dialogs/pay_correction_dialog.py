"""更正 a locked month: one member, an amount (+ or -), what it corrects and the reason. The
locked lines stay as they were; the correction is a line of its own, on the audit log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit

from ...domain.errors import GridDeskError
from ...domain.pay import MAX_AMOUNT, Correction, MemberPay
from ..widgets.forms import FormDialog
from ..words import team_role_label


class PayCorrectionDialog(FormDialog):
    def __init__(self, month: str, members: tuple[MemberPay, ...], save: Callable[[Correction], None],
                 chosen: int | None = None, parent=None) -> None:
        self.save = save
        self.member = QComboBox()
        for m in members:
            self.member.addItem(f"{m.name}（{team_role_label(m.post)}）", m.member_id)
        if chosen is not None and self.member.findData(chosen) >= 0:
            self.member.setCurrentIndex(self.member.findData(chosen))
        self.amount = QDoubleSpinBox()
        self.amount.setRange(-MAX_AMOUNT / 100, MAX_AMOUNT / 100)
        self.amount.setDecimals(2)
        self.ref = QLineEdit()
        self.ref.setPlaceholderText(self.tr("如：漏计的案件编号、文件文号"))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        super().__init__(self.tr("更正 {0} 的绩效台账").format(month), [
            (self.tr("队伍成员"), self.member), (self.tr("金额（元，扣减写负数）"), self.amount),
            (self.tr("更正依据"), self.ref), (self.tr("理由"), self.reason)],
            intro=self.tr("台账已锁定，原有各行不变；更正作为单独一行记入台账和审计日志。"), parent=parent)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        try:
            self.save(Correction(self.member.currentData(), round(self.amount.value() * 100),
                                 self.reason.toPlainText(), self.ref.text()))
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
