"""A 需审批 matter's approval chain and public notice under the case's details, with the buttons
to record the next link, register the notice and print it. Each button is greyed, with the
reason on hover, when the service says this account may not (or not yet)."""

from __future__ import annotations

from html import escape
from io import BytesIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...domain.case_approvals import STAGES, Decision, Stage
from ...domain.case_records import CaseView
from ...domain.cases import WorkKind
from ...domain.errors import GridDeskError
from ...services.case_approvals import ApprovalFile, CaseApprovalsService
from ...services.session import UserSession
from ..messages import explain
from ..bundle import SessionBundle

_STAGES = {Stage.VILLAGE: QT_TRANSLATE_NOOP("ApprovalPanel", "村受理"),
           Stage.TOWNSHIP: QT_TRANSLATE_NOOP("ApprovalPanel", "镇审核"),
           Stage.DISTRICT: QT_TRANSLATE_NOOP("ApprovalPanel", "区审批")}
_DECISIONS = {Decision.APPROVED: QT_TRANSLATE_NOOP("ApprovalPanel", "同意"),
              Decision.REFUSED: QT_TRANSLATE_NOOP("ApprovalPanel", "不同意")}


class ApprovalPanel(QWidget):
    changed = Signal(int)  # the case whose chain or notice was just recorded

    def __init__(self, session: "UserSession | SessionBundle", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.session = session
        self.service = self.ctx.get(CaseApprovalsService)
        self.file: ApprovalFile | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("approval_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.link_button = self._button("approval_link", self.tr("登记审批环节…"), self.record_link, row)
        self.notice_button = self._button("approval_notice", self.tr("登记公示…"), self.record_notice, row)
        self.print_button = self._button("approval_print", self.tr("打印公示…"), self.print_notice, row)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def _button(self, name: str, text: str, run, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(run)
        row.addWidget(button)
        return button

    def _stage(self, stage: Stage) -> str:
        return self.tr(_STAGES[stage])

    def show_for(self, case: CaseView | None) -> None:
        """Shown for a 需审批 matter only; hidden for every other case and for none."""
        self.file = None
        if case is None or case.work_kind is not WorkKind.APPROVAL:
            self.hide()
            return
        try:
            self.file = self.service.file(case.id)
        except GridDeskError:
            self.hide()
            return
        self._render(self.file)
        self.show()

    def _render(self, f: ApprovalFile) -> None:
        recorded = {link.stage: link for link in f.links}
        title, notice_word = self.tr("审批"), self.tr("公示")
        html = [f"<b>{escape(title)}</b><table>"]
        for stage in STAGES:
            link = recorded.get(stage)
            if link is None:
                words = self.tr("待登记") if stage is f.next_stage else "—"
            else:
                words = self.tr("{0}　{1}　{2}　文号 {3}").format(
                    self.tr(_DECISIONS[link.decision]), link.decided_by, f"{link.decided_on:%Y-%m-%d}", link.doc_number)
            html.append(f"<tr><td style='color:#5b6b82;padding-right:8px'>{escape(self._stage(stage))}</td>"
                        f"<td>{escape(words)}</td></tr>")
        html.append("</table>")
        if f.notice is not None:
            n = f.notice
            period = self.tr("{0} 至 {1}").format(f"{n.starts_on:%Y-%m-%d}", f"{n.ends_on:%Y-%m-%d}")
            html.append(f"<p><b>{escape(notice_word)}</b>　{escape(period)}　{escape(n.matter)}</p>")
        else:
            none = self.tr("未登记")
            html.append(f"<p><b>{escape(notice_word)}</b>　{escape(none)}</p>")
        if f.closing:
            before = self.tr("结案前还需：")
            html.append(f"<p style='color:#8a5a00'>{escape(before)}{escape(f.closing)}</p>")
        self.summary.setText("".join(html))
        for button, why in ((self.link_button, f.link_refusal), (self.notice_button, f.notice_refusal),
                            (self.print_button, f.print_refusal)):
            button.setEnabled(not why)
            button.setToolTip(why)
        if f.next_stage is not None:
            self.link_button.setText(self.tr("登记{0}…").format(self._stage(f.next_stage)))
        else:
            self.link_button.setText(self.tr("登记审批环节…"))

    def _default_body(self, stage: Stage) -> str:
        centre = self.session.centre
        if stage is Stage.VILLAGE:
            return centre.village_name
        if stage is Stage.TOWNSHIP and centre.township:
            return self.tr("{0}人民政府").format(centre.township)
        return ""

    def record_link(self) -> None:
        from ..dialogs.approval_dialog import ApprovalLinkDialog

        f = self.file
        if f is None or f.next_stage is None:
            return
        stage, case_id = f.next_stage, f.case.id

        def do(values: dict) -> None:
            self.service.record_link(case_id, stage, **values)

        dialog = ApprovalLinkDialog(self._stage(stage), self._default_body(stage), f.today, do, self)
        if dialog.exec() == ApprovalLinkDialog.DialogCode.Accepted:
            self.changed.emit(case_id)

    def record_notice(self) -> None:
        from ..dialogs.approval_dialog import NoticeDialog

        f = self.file
        if f is None:
            return
        case_id = f.case.id

        def do(values: dict) -> None:
            self.service.record_notice(case_id, **values)

        if f.notice is not None:  # registered again: start from what is on the board
            n = f.notice
            dialog = NoticeDialog(n.matter, n.where_to_object, n.starts_on, do, self, n.ends_on)
        else:
            start = max(f.today, f.links[-1].decided_on) if f.links else f.today
            dialog = NoticeDialog(f.case.title, f.objection_default, start, do, self)
        if dialog.exec() == NoticeDialog.DialogCode.Accepted:
            self.changed.emit(case_id)

    def print_notice(self) -> None:
        from ...services.printouts import PrintService
        from ..dialogs.print_preview import PrintPreview

        f = self.file
        if f is None:
            return
        buffer = BytesIO()
        try:
            self.service.print_notice(f.case.id, buffer, record=False)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能打印"), explain(exc))
            return
        number = f.case.number
        PrintPreview(self.tr("公示 {0}").format(number), buffer.getvalue(), self.tr("公示-{0}.pdf").format(number),
                     lambda how: self.ctx.get(PrintService).record(f"case:{f.case.id} {number}", f"public_notice {how}"),
                     self).exec()
