"""One step of a case: what that step needs (who, the result, the reason, satisfaction, days, how
it went to the township, how it ended)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDateTimeEdit, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QSpinBox)

from ...domain.case_flows import SELF_SOLVE_CLOSURES, ClosureType, HandoverChannel
from ...domain.case_inputs import (STEP_INPUTS, AssignInput, CloseInput, EscalateInput, ExtensionInput, RevisitInput,
                                   SelfSolveInput, StepInput)
from ...domain.cases import CaseAction
from ...domain.errors import GridDeskError
from ...domain.roster import TeamRecord
from ...services.cases import SATISFACTION
from ..case_words import action_label, button_label, closure_label, handover_label
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog
from ..widgets.member_combo import MemberCombo
from . import cert_override

Do = Callable[[StepInput], None]
A = CaseAction


class CaseActionDialog(FormDialog):
    """`members`: for ASSIGN, (the team in post, grid names, certificate states) to choose from;
    `may_override`: this account is the director's, who may allow an uncertified member once."""

    def __init__(self, action: CaseAction, do: Do, parent=None,
                 members: tuple[list[TeamRecord], dict[str, str], dict[int, str]] | None = None,
                 may_override: bool = False, now: datetime | None = None, hint: str = "") -> None:
        self.action = action
        self.do = do
        self.may_override = may_override
        team, grid_names, states = members or ([], {}, {})
        self.member = MemberCombo(team, self.tr("（选择承办人；交给村里的部门时写在下面）"), grid_names, states)
        self.assignee = QLineEdit()  # a village body, in words
        self.assignee.setPlaceholderText(self.tr("如 村调委会、村民委员会"))
        self.member.currentIndexChanged.connect(
            lambda _i: self.assignee.setEnabled(self.member.member_id() is None))
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(90)
        self.satisfaction = QComboBox()
        self.satisfaction.addItems(["", *SATISFACTION])
        self.days = QSpinBox()
        self.days.setRange(1, 60)
        self.days.setValue(5)
        # An escalation: how it reached the township, who took it (for a call, who answered), when.
        self.channel = QComboBox()
        self.channel.addItem("", "")
        for channel in HandoverChannel:
            self.channel.addItem(handover_label(channel), channel.value)
        self.taken_by = QLineEdit()
        self.taken_by.setPlaceholderText(self.tr("电话上报写接电话的人，如：镇应急办值班员刘强"))
        self.when = QDateTimeEdit(QDateTime(now or datetime.now()))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self._when_shown = self.when.dateTime()
        # The deadline the village asks of the township, if any (it travels in the 上报件).
        self.asked_due = QDateEdit()
        self.asked_due.setDisplayFormat("yyyy-MM-dd")
        self.asked_due.setCalendarPopup(True)
        self.asked_due.setMinimumDate(QDate(2000, 1, 1))
        self.asked_due.setSpecialValueText(self.tr("不要求"))
        self.asked_due.setDate(self.asked_due.minimumDate())
        # Closing: how the case ended (RULES.md "Closing"); nothing is preselected.
        self.closure = QComboBox()
        self.closure.addItem("", "")
        for closure in SELF_SOLVE_CLOSURES if action is A.SELF_SOLVE else ClosureType:
            self.closure.addItem(closure_label(closure.value), closure.value)
        rows = []
        if action is A.ASSIGN:
            rows.append((self.tr("交给"), self.member))
            rows.append((self.tr("村里的部门"), self.assignee))
        if action is A.REVISIT:
            rows.append((self.tr("满意度"), self.satisfaction))
        if action is A.REQUEST_EXTENSION:
            rows.append((self.tr("延长工作日"), self.days))
        if action is A.ESCALATE:
            rows += [(self.tr("上报方式"), self.channel), (self.tr("乡镇接收人"), self.taken_by),
                     (self.tr("上报时间"), self.when), (self.tr("要求办结时限"), self.asked_due)]
        if action in (A.CLOSE, A.SELF_SOLVE):
            rows.append((self.tr("办结类型"), self.closure))
        self.hint = QLabel(hint)  # e.g. how a case whose mediation ended usually closes
        self.hint.setWordWrap(True)
        self.hint.setObjectName("PageHint")
        if hint:
            rows.append(("", self.hint))
        label = {A.FEEDBACK: self.tr("处理结果"), A.SELF_SOLVE: self.tr("处理结果"),
                 A.TOWNSHIP_SOLVED: self.tr("乡镇处置结果"), A.ESCALATE: self.tr("说明"),
                 A.RETURN: self.tr("退回原因"), A.REQUEST_EXTENSION: self.tr("延期原因"),
                 A.NOTE: self.tr("说明"), A.TOWNSHIP_INSTRUCTS: action_label(A.TOWNSHIP_INSTRUCTS)}.get(action, self.tr("备注"))
        rows.append((label, self.text))
        self.files = AttachmentPicker()
        rows.append((self.tr("照片和文件"), self.files))
        super().__init__(button_label(action), rows, parent=parent)
        self.setMinimumWidth(480)

    def _close_confirmed(self) -> bool:
        """Closing cannot be undone (a closed case takes only notes): asked once more, in plain
        words, with 取消 the default so a stray Enter does not close it."""
        step = button_label(A.CLOSE)  # the step's own words, from the one table
        box = QMessageBox(QMessageBox.Icon.Question, step, self.tr(
            "{0}后，这个案件就办完了：不能再指派、反馈或回访，只能追加说明，结案卷宗随后生成。\n"
            "确定{0}吗？").format(step), parent=self)
        close = box.addButton(step, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is close

    def step(self) -> StepInput:
        """The typed input of this step, from what the form holds."""
        text = self.text.toPlainText().strip()
        common = {"attachments": tuple(self.files.files)}
        a = self.action
        if a in (A.FEEDBACK, A.TOWNSHIP_SOLVED):
            return STEP_INPUTS[a](result=text, **common)
        if a is A.SELF_SOLVE:
            return SelfSolveInput(result=text, closure=self.closure.currentData(), **common)
        if a is A.CLOSE:
            return CloseInput(detail=text, closure=self.closure.currentData(), **common)
        if a is A.ASSIGN:
            member = self.member.member_id()
            return AssignInput(detail=text, member_id=member, body="" if member is not None else self.assignee.text(),
                               **common)
        if a is A.REVISIT:
            return RevisitInput(detail=text, satisfaction=self.satisfaction.currentText(), **common)
        if a is A.REQUEST_EXTENSION:
            return ExtensionInput(detail=text, days=self.days.value(), **common)
        if a is A.ESCALATE:
            # A call made earlier names its time; otherwise the step's own time.
            at = self.when.dateTime().toPython().replace(second=0, microsecond=0) \
                if self.when.dateTime() != self._when_shown else None
            asked = self.asked_due.date()
            return EscalateInput(detail=text, channel=self.channel.currentData(), taken_by=self.taken_by.text(),
                                 at=at, asked_due=None if asked == self.asked_due.minimumDate() else asked.toPython(),
                                 **common)
        return STEP_INPUTS[a](detail=text, **common)

    def submit(self) -> None:
        step = self.step()
        if self.action is A.CLOSE and step.closure and not self._close_confirmed():
            return  # the form stays as it was: nothing is closed
        try:
            if not cert_override.attempt(
                    self, self.may_override,
                    lambda reason: self.do(replace(step, cert_override=reason) if reason else step)):
                return
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
