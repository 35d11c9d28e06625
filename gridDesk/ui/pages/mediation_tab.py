"""人民调解: the mediations of a year (number, case, parties, state, what comes next) and the
selected one's whole record; its next steps from here: investigation, session, outcome and
agreement, the printed 人民调解协议书, the follow-up visits, the parties' full numbers on the
record. A mediation is registered on its dispute case: from the 事件 page (open_intake), or here
with 登记调解…, which offers the open dispute cases no mediation has taken yet."""

from __future__ import annotations

from html import escape
from io import BytesIO

from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QInputDialog, QMessageBox, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)
from PySide6.QtCore import QCoreApplication, Qt

from ...domain.errors import GridDeskError
from ...domain.mediation import ALLOWED, Mediation, MediationLine, MediationState, Step
from ...domain.rules import Permission
from ...services.mediation import MediationService
from ...services.search import SearchService
from ...services.team import TeamService
from ..bundle import SessionBundle
from ..mediation_words import (next_label, performance_label, referral_label, severity_label, source_label,
                               state_label)
from ..messages import explain
from .training_sessions_tab import year_choice


def open_intake(ctx: SessionBundle, case_id: int, case_title: str, parent: QWidget) -> int | None:
    """受理登记 on a dispute case; the new mediation's id, or None when nothing was saved."""
    from ..dialogs.mediation_dialogs import IntakeDialog

    service = ctx.get(MediationService)
    saved: list[int] = []

    def save(intake) -> None:
        changes = service.register(intake)
        saved.append(int(changes.ids[0]))
        ctx.publish(changes, parent)

    dialog = IntakeDialog(case_id, case_title, ctx.get(SearchService).search, save, service.today(), parent)
    parent.intake_dialog = dialog  # for tests and the page: the dialog open now
    dialog.exec()
    return saved[-1] if saved else None


def record_html(m: Mediation) -> str:
    """The whole mediation as the record pane shows it."""
    words = {"parties": QCoreApplication.translate("MediationTab", "当事人"),
             "investigations": QCoreApplication.translate("MediationTab", "调查"),
             "sessions": QCoreApplication.translate("MediationTab", "调解"),
             "mediators": QCoreApplication.translate("MediationTab", "调解员"),
             "attended": QCoreApplication.translate("MediationTab", "参加"),
             "outcome": QCoreApplication.translate("MediationTab", "调解结果"),
             "agreed": QCoreApplication.translate("MediationTab", "达成协议"),
             "performance": QCoreApplication.translate("MediationTab", "履行方式"),
             "referred": QCoreApplication.translate("MediationTab", "未达成协议，引导至"),
             "followups": QCoreApplication.translate("MediationTab", "履行回访")}
    w = {k: escape(v) for k, v in words.items()}
    rows = [(QCoreApplication.translate("MediationTab", "调解编号"), m.number),
            (QCoreApplication.translate("MediationTab", "事件编号"), m.case_number),
            (QCoreApplication.translate("MediationTab", "状态"), state_label(m.state)),
            (QCoreApplication.translate("MediationTab", "纠纷来源"), source_label(m.source)),
            (QCoreApplication.translate("MediationTab", "纠纷等级"), severity_label(m.severity)),
            (QCoreApplication.translate("MediationTab", "发生时间"), f"{m.occurred_on:%Y-%m-%d}"),
            (QCoreApplication.translate("MediationTab", "受理日期"), f"{m.accepted_on:%Y-%m-%d}"),
            (QCoreApplication.translate("MediationTab", "地点"), m.place),
            (QCoreApplication.translate("MediationTab", "涉及人数"), str(m.people)),
            (QCoreApplication.translate("MediationTab", "纠纷类型"), m.dispute_type)]
    html = [f"<h3>{escape(m.number)}</h3><p>{escape(m.summary)}</p><table>"]
    html += [f"<tr><td style='color:#5b6b82;padding-right:8px'>{escape(k)}</td><td>{escape(v or '—')}</td></tr>"
             for k, v in rows]
    html.append(f"</table><h4>{w['parties']}</h4><ul>")
    html += [f"<li>{escape(p.name)} {escape(p.id_number)} {escape(p.phone)} {escape(p.address)}</li>" for p in m.parties]
    html.append(f"</ul><h4>{w['investigations']}</h4><ul>")
    html += [f"<li>{v.on:%Y-%m-%d} {escape(v.by)}：{escape(v.found)}</li>" for v in m.investigations]
    html.append(f"</ul><h4>{w['sessions']}</h4><ul>")
    html += [f"<li>{s.on:%Y-%m-%d} {escape(s.place)}，{w['mediators']}：{escape('、'.join(s.mediators))}；"
             f"{w['attended']}：{escape(s.attended or '—')}；{escape(s.said)}</li>" for s in m.sessions]
    html.append("</ul>")
    if m.outcome is not None:
        o = m.outcome
        html.append(f"<h4>{w['outcome']}</h4>")
        if o.agreed and o.agreement is not None:
            a = o.agreement
            due = f"{a.perform_by:%Y-%m-%d}" if a.perform_by else "—"
            html.append(f"<p>{o.on:%Y-%m-%d} {w['agreed']}：{escape(a.terms)}<br/>{w['performance']}："
                        f"{escape(a.performance)}（{due}）</p>")
        else:
            where = referral_label(o.referral) if o.referral else "—"
            html.append(f"<p>{o.on:%Y-%m-%d} {w['referred']}{escape(where)}。{escape(o.note)}</p>")
    if m.followups:
        html.append(f"<h4>{w['followups']}</h4><ul>")
        html += [f"<li>{f.on:%Y-%m-%d} {escape(f.by)}：{escape(performance_label(f.performance))}。{escape(f.notes)}</li>"
                 for f in m.followups]
        html.append("</ul>")
    return "".join(html)


class MediationTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(MediationService)
        self.lines: list[MediationLine] = []
        self.current: Mediation | None = None
        session = ctx.session
        may = session.may(Permission.MEDIATION)
        layout = QVBoxLayout(self)
        bar, more = QHBoxLayout(), QHBoxLayout()
        self.year = year_choice(self.service.today().year, self.tr("全部年份"))
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, shown in (
                ("register", self.tr("登记调解…"), self.register, may),
                ("investigate", self.tr("调查…"), self.investigate, may),
                ("session", self.tr("调解…"), self.hold_session, may),
                ("outcome", self.tr("调解结果…"), self.record_outcome, may),
                ("print", self.tr("打印协议书…"), self.print_agreement, session.may(Permission.PRINT)),
                ("follow_up", self.tr("履行回访…"), self.follow_up, may),
                ("unmask", self.tr("查看完整号码…"), self.unmask, session.may(Permission.UNMASK))):
            button = QPushButton(text)
            button.setObjectName(f"mediation_{key}")
            button.setVisible(shown)
            button.clicked.connect(slot)
            # the flow's steps beside the year; printing and unmasking on a row below, so the tab
            # fits a 1280-wide window in English too
            (more if key in ("print", "unmask") else bar).addWidget(button)
            self.buttons[key] = button
        more.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(more)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("调解编号"), self.tr("事件"), self.tr("当事人"), self.tr("状态"),
                                              self.tr("下一步"), self.tr("受理日期")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_current)
        self.record = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.record)
        split.setSizes([260, 320])
        layout.addWidget(split, 1)
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current.id if self.current else None
        year = self.year.currentData() or None
        self.lines = self.service.listed(year)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for col, value in enumerate((line.number, line.case_number, line.parties, state_label(line.state),
                                         next_label(line.next_step), f"{line.accepted_on:%Y-%m-%d}")):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.current = None
        if selected is not None:
            self.select(selected)
        self.show_current()

    def select(self, mediation_id: int) -> None:
        for row, line in enumerate(self.lines):
            if line.id == mediation_id:
                self.table.selectRow(row)

    def show_current(self, unmasked: Mediation | None = None) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.current = None
        if rows and rows[0].row() < len(self.lines):
            try:
                self.current = unmasked or self.service.get(self.lines[rows[0].row()].id)
            except GridDeskError as exc:
                self.record.setPlainText(explain(exc))
        if self.current is not None:
            self.record.setHtml(record_html(self.current))
        elif not rows:
            hint = self.tr("选一件调解查看记录。新的调解点“登记调解…”，从还没有调解的矛盾纠纷事件里选一件受理登记"
                           "（也可以在“事件”页对这件事点“人民调解…”）。")
            self.record.setHtml(f"<p style='color:#5b6b82'>{escape(hint)}</p>")
        state = self.current.state if self.current else None
        for key, step in (("investigate", Step.INVESTIGATE), ("session", Step.SESSION), ("outcome", Step.OUTCOME),
                          ("follow_up", Step.FOLLOW_UP), ("print", Step.PRINT)):
            self.buttons[key].setEnabled(state is not None and step in ALLOWED[state])
        self.buttons["unmask"].setEnabled(self.current is not None)

    # -- acting ---------------------------------------------------------------------------
    def register(self) -> None:
        """登记调解: pick one of the open dispute cases without a mediation, then its intake."""
        try:
            awaiting = self.service.awaiting()
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能登记"), explain(exc))
            return
        if not awaiting:
            QMessageBox.information(self, self.tr("登记调解"), self.tr(
                "没有待调解的矛盾纠纷事件。调解总是办在一件事件上：先在“事件”页登记这件纠纷"
                "（类别选“矛盾纠纷”下的一类），再回来登记调解。"))
            return
        items = [f"{c.number}  {c.title}  ({c.reported_at:%Y-%m-%d})" for c in awaiting]
        picked, ok = QInputDialog.getItem(self, self.tr("登记调解"), self.tr("选择要调解的矛盾纠纷事件："),
                                          items, 0, False)
        if not ok or picked not in items:
            return
        case = awaiting[items.index(picked)]
        mediation_id = open_intake(self.ctx, case.case_id, case.title, self)
        if mediation_id is not None:
            self.year.setCurrentIndex(0)  # the new one shows whatever year was picked
            self.refresh()
            self.select(mediation_id)

    def _open(self, dialog_type, call, *args, **kwargs) -> None:
        m = self.current
        if m is None:
            return

        def save(value) -> None:
            self.ctx.publish(call(m.id, m.version, value), self)

        self.dialog = dialog_type(save, self.service.today(), *args, parent=self, **kwargs)
        if self.dialog.exec():
            self.refresh()

    def _me(self) -> str:
        return self.ctx.session.account.display_name

    def investigate(self) -> None:
        from ..dialogs.mediation_dialogs import InvestigationDialog

        self._open(InvestigationDialog, self.service.investigate, self._me())

    def hold_session(self) -> None:
        from ..dialogs.mediation_dialogs import SessionDialog

        m = self.current
        if m is None:
            return

        def save(value) -> None:
            self.ctx.publish(self.service.hold_session(m.id, m.version, value), self)

        team = [t for t in self.ctx.get(TeamService).members() if t.left_on is None]
        self.dialog = SessionDialog(team, save, self.service.today(), self)
        if self.dialog.exec():
            self.refresh()

    def record_outcome(self) -> None:
        from ..dialogs.mediation_dialogs import OutcomeDialog

        m = self.current
        if m is not None:
            self._open(OutcomeDialog, self.service.record_outcome, m.summary, self._me())

    def follow_up(self) -> None:
        from ..dialogs.mediation_dialogs import FollowUpDialog

        self._open(FollowUpDialog, self.service.follow_up, self._me())

    def agreement_pdf(self, mediation_id: int) -> bytes:
        buffer = BytesIO()
        self.service.print_agreement(mediation_id, buffer, record=False)
        return buffer.getvalue()

    def print_agreement(self) -> None:
        from ..dialogs.print_preview import PrintPreview

        m = self.current
        if m is None:
            return
        try:
            pdf = self.agreement_pdf(m.id)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能打印"), explain(exc))
            return
        name = f"人民调解协议书-{m.accepted_on.year}-{m.number[-5:-1]}.pdf"
        self.preview = PrintPreview(self.tr("人民调解协议书 {0}").format(m.number), pdf, name,
                                    lambda how: self.service.record_print(m.id, how), self)
        self.preview.exec()

    def unmask(self) -> None:
        from ..dialogs.reason_dialog import ReasonDialog

        m = self.current
        if m is None:
            return
        self.reason_dialog = ReasonDialog(self.tr("查看完整号码"), self.tr("查看当事人完整身份证号和电话的理由（记入审计日志）"),
                                          self)
        if not self.reason_dialog.exec():
            return
        try:
            full = self.service.unmask(m.id, self.reason_dialog.value())
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能查看"), explain(exc))
            return
        self.show_current(full)

    def shown_state(self) -> MediationState | None:
        return self.current.state if self.current else None
