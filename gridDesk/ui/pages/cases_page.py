"""事件: cases by the clock (overdue first), a case's timeline, and only the steps its state allows."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget)

from ...domain.changes import Kind
from ...domain.accounts import Permission, can
from ...domain.case_inputs import STEP_INPUTS, StepInput, asks
from ...domain.case_records import CaseView
from ...domain.cases import CaseAction, CaseState
from ...domain.errors import Conflict, GridDeskError
from ...domain.step_words import STEP_WORDS
from ...services.cases import CasesService
from ...services.clock import local_dt
from ...services.attachments import AttachmentsService
from ...services.roster import RosterService
from ...services.volunteers import VolunteersService
from ...services.search import SearchService
from ...services.task_types import TaskTypesService
from ...services.session import UserSession
from ..mediation_words import state_label as mediation_state_label
from ..case_words import (action_label, awaiting_label, channel_label, closure_label, due_text,
                          kind_label, state_label, step_label)
from ..dialogs.case_action_dialog import CaseActionDialog
from ..dialogs.case_dialog import CaseDialog
from ..messages import explain
from ..models.case_model import CaseModel
from ..widgets.approval_panel import ApprovalPanel
from ..widgets.attachment_list import AttachmentList
from ..widgets.case_step_bar import CaseStepBar
from .header import page_header
from ..bundle import SessionBundle


class CasesPage(QWidget):
    # Kinds of change this page shows: redrawn on screen when another page makes one.
    SHOWS = frozenset({Kind.CASES, Kind.CALENDAR, Kind.CATEGORIES, Kind.TEAM, Kind.TASK_TYPES})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.session = session
        self.service = self.ctx.get(CasesService)
        self.roster = self.ctx.get(RosterService)
        self.cases: list[CaseView] = []
        self.current: CaseView | None = None
        self.making_files: set[int] = set()  # closed cases whose file is being made right now
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("事件"), self.tr(
            "六步闭环：{0}。未上报乡镇的紧急事项和超期的排在最前；"
            "黄色为已用七成时限，红色为已超期或紧急事项尚未上报乡镇。").format(
                self.tr("、").join(step_label(step) for step in STEP_WORDS))))
        bar = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.addItem(self.tr("在办案件"), "open")
        self.scope.addItem(awaiting_label(), "unescalated")
        self.scope.addItem(self.tr("已超期"), "overdue")
        self.scope.addItem(self.tr("本周到期"), "due_this_week")
        self.scope.addItem(self.tr("全部案件"), "all")
        for state in CaseState:
            self.scope.addItem(state_label(state), state.value)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("PageHint")
        self.new_button = QPushButton(step_label("report") + "…")
        self.new_button.setObjectName("Primary")
        self.new_button.clicked.connect(self.new_case)
        self.new_button.setVisible(can(session.account.role, Permission.CASE_REPORT))
        bar.addWidget(self.scope)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = CaseModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # The short number, the report time and the deadline are sized to their text so they are never
        # cut; the title takes what is left (its whole text is in the detail beside it).
        for col in (0, 2, 3, 4, 5, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_current())
        self.detail = QTextBrowser()
        self.actions = QWidget()
        self.actions_layout = QGridLayout(self.actions)
        self.actions_layout.setContentsMargins(0, 0, 0, 0)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # The steps on top, where the case's height never moves them; the printouts below.
        self.steps_bar = CaseStepBar(self.run)
        right_layout.addWidget(self.steps_bar)
        right_layout.addWidget(self.detail, 1)
        self.attachments = AttachmentList(self.ctx.get(AttachmentsService), action_label)
        self.attachments.hide()
        right_layout.addWidget(self.attachments)
        self.approval = ApprovalPanel(self.ctx)  # a 需审批 matter's chain and notice
        self.approval.changed.connect(lambda _case_id: self.refresh())
        right_layout.addWidget(self.approval)
        right_layout.addWidget(self.actions)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([760, 420])
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        scope = self.scope.currentData()
        selected = self.current.id if self.current else None
        self.cases = self.service.in_scope(scope)
        counts = self.service.summarise(self.cases) if scope == "open" else self.service.counts()
        self.summary.setText(self.tr("在办 {0} 件，已超期 {1} 件，本周到期 {2} 件").format(
            counts["open"], counts["overdue"], counts["due_this_week"]))
        self.model.set_cases(self.cases)
        if selected is not None:
            self.select_case(selected)
        else:
            self.current = None
            self._show(None)

    def show_scope(self, scope: str) -> None:
        """Open the list a dashboard number or chart bar stands for."""
        if scope.startswith("month:") and self.scope.findData(scope) < 0:
            self.scope.addItem(self.tr("{0} 上报的案件").format(scope[6:]), scope)
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))

    def select_case(self, case_id: int) -> bool:
        for row, c in enumerate(self.cases):
            if c.id == case_id:
                self.table.selectRow(row)
                self.show_current()  # the same row may already be selected: no signal then
                return True
        return False

    def show_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.cases):
            return
        try:
            self.current = self.service.get(self.cases[rows[0].row()].id)
        except GridDeskError as exc:
            self.detail.setPlainText(explain(exc))
            return
        self._show(self.current)

    def _show(self, c: CaseView | None) -> None:
        while self.actions_layout.count():
            old = self.actions_layout.takeAt(0).widget()
            old.setParent(None)  # gone now, not at the next event loop turn: no stale button is found
            old.deleteLater()
        self.steps_bar.clear()
        self.approval.show_for(c)
        if c is None:
            self.attachments.hide()
            hint = self.tr("选一个案件查看办理经过。")
            self.detail.setHtml(f"<p style='color:#5b6b82'>{escape(hint)}</p>")
            return
        rows = [(self.tr("编号"), c.number), (self.tr("环节"), state_label(c.state)), (self.tr("类别"), c.category),
                (self.tr("事项类型"), kind_label(c.work_kind)), (self.tr("来源"), channel_label(c.channel)),
                (self.tr("地点"), c.place), (self.tr("当事人"), "、".join(c.people)), (self.tr("承办"), c.assignee),
                (self.tr("办理期限"), due_text(c.due_at, c.due_estimated, with_time=True) or "—"),
                (self.tr("处理结果"), c.result), (self.tr("满意度"), c.satisfaction)]
        if c.state is CaseState.CLOSED:
            rows.append((self.tr("办结类型"), closure_label(c.closure_type)))
        rows += [self._escalation_row(e, len(c.escalations)) for e in c.escalations]  # 上报件 (issue 21)
        origin = self._volunteer_origin(c.id)
        if origin is not None:  # made from what a volunteer or 微格员 passed on: who, and when
            rows.insert(5, (self.tr("信息员报送"), self.tr("{0} 于 {1} 报送：{2}").format(
                origin.volunteer_name, f"{origin.day:%Y-%m-%d}", origin.content[:60])))
        if c.task is not None:  # a township task's type (准入清单), or the exception and its document
            task = c.task.name if not c.task.exception else self.tr("{0}（不在准入清单上，依据：{1}）").format(
                c.task.name, c.task.exception_document)
            rows.insert(5, (self.tr("任务类型"), task))
        mediation = self._mediation(c)
        if mediation is not None:  # 人民调解 (issue 20): its number and state
            rows.insert(2, (self.tr("人民调解"), f"{mediation.number}（{mediation_state_label(mediation.state)}）"))
        html = [f"<h3>{escape(c.title)}</h3>"]
        if c.awaiting_escalation:
            urgent = self.tr("紧急事项：请立即上报乡镇（电话上报也可以），记下接电话的人。")
            html.append(f"<p style='color:#b3261e;font-weight:bold'>{escape(urgent)}</p>")
        html.append(f"<p>{escape(c.description)}</p><table>")
        html += [f"<tr><td style='color:#5b6b82;padding-right:8px'>{escape(k)}</td><td>{escape(str(v or '—'))}</td></tr>"
                 for k, v in rows]
        steps = self.tr("办理经过")
        html.append(f"</table><h4>{escape(steps)}</h4><ol>")
        self.attachments.show_for("case", c.id)
        files_of = {}
        for a in self.attachments.items:
            files_of[a.event_id] = files_of.get(a.event_id, 0) + 1
        for e in c.events:
            files = self.tr("（附件 {0} 个）").format(files_of[e.id]) if e.id in files_of else ""
            html.append(f"<li>{e.at:%Y-%m-%d %H:%M} {escape(action_label(e.action))}（{escape(e.account)}）"
                        f" {escape(e.detail)}{escape(files)}</li>")
        html.append("</ol>")
        file_missing = c.state is CaseState.CLOSED and self._case_file_missing(c.id)
        if file_missing:
            missing = (self.tr("正在生成结案卷宗…") if c.id in self.making_files else
                       self.tr("结案卷宗还没有生成。案件已经结案，可以点“重新生成案卷”再试；打印或上报档案时也会生成。"))
            html.append(f"<p style='color:#b3261e'>{escape(missing)}</p>")
        self.detail.setHtml("".join(html))
        if not can(self.session.account.role, Permission.VIEW_CASES):
            return
        try:  # the service asks the rules table: each step the state allows, '' or why not this account
            plan = self.service.step_plan(c.id)
        except GridDeskError as exc:
            self.detail.append(explain(exc))
            return
        self.steps_bar.show_plan(plan)
        self._mediation_button(c, mediation)
        if not can(self.session.account.role, Permission.PRINT):
            return
        row = 0
        printouts = [("filing_form", self.tr("立案登记表…"), lambda: self.preview_form("filing_form"))]
        if c.state is CaseState.CLOSED:
            printouts.append(("case_file", self.tr("结案卷宗…"), lambda: self.preview_form("case_file")))
        if any(e.action == CaseAction.ESCALATE.value for e in c.events):
            printouts.append(("print_slip", self.tr("打印上报单…"), lambda: self.preview_form("slip")))
        for i, (name, text, run) in enumerate(printouts):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(run)
            self.actions_layout.addWidget(button, row, i)
        if file_missing and c.id not in self.making_files:
            remake = QPushButton(self.tr("重新生成案卷"))
            remake.setObjectName("remake_case_file")
            remake.clicked.connect(lambda _=False, case_id=c.id: self.make_case_file(case_id))
            self.actions_layout.addWidget(remake, row + 1, 0)

    def _escalation_row(self, e, count: int) -> tuple[str, str]:
        """An escalation and how far its 上报件 got: exported in which batch, received by the township."""
        label = action_label(CaseAction.ESCALATE) if count == 1 else self.tr("第 {0} 次上报乡镇").format(e.ordinal)
        parts = [f"{e.escalated_at:%Y-%m-%d %H:%M}"]
        if e.asked_due is not None:
            parts.append(self.tr("要求 {0} 前办结").format(f"{e.asked_due:%Y-%m-%d}"))
        if not e.left:
            parts.append(self.tr("未随上报包导出"))
        else:
            parts.append(self.tr("上报包 {0} 已导出 {1}").format(e.batch, f"{e.exported_at:%Y-%m-%d %H:%M}"))
            if e.received:
                parts.append(self.tr("乡镇回执 {0}，乡镇已签收").format(f"{e.received_at:%Y-%m-%d %H:%M}"))
        return label, self.tr("；").join(parts)

    def _volunteer_origin(self, case_id: int):
        if not self.session.may(Permission.VIEW_ROSTER):
            return None
        try:
            return self.ctx.get(VolunteersService).report_of_case(case_id)
        except GridDeskError:  # the link is a note beside the case: the case shows without it
            return None

    # -- 人民调解 (issue 20) -------------------------------------------------------------------
    def _mediation(self, c: CaseView):
        from ...services.mediation import MediationService

        try:
            return self.ctx.get(MediationService).of_case(c.id)
        except GridDeskError:
            return None

    def _closure_hint(self, action: CaseAction) -> str:
        """Closing a dispute case whose mediation has ended: how such a case usually closes, said
        beside the 办结类型 (the choice stays the closer's)."""
        from ...domain.mediation import closure_for
        from ..mediation_words import referral_label

        if action is not CaseAction.CLOSE or self.current is None:
            return ""
        m = self._mediation(self.current)
        closure = closure_for(m) if m is not None else None
        if closure is None:
            return ""
        if closure == "resolved":
            return self.tr("人民调解{0}：协议已履行完毕，一般按“{1}”结案。").format(m.number, closure_label(closure))
        return self.tr("人民调解{0}：未达成协议，已引导至{1}，一般按“{2}”结案。").format(
            m.number, referral_label(m.outcome.referral), closure_label(closure))

    def _mediation_button(self, c: CaseView, mediation) -> None:
        """On a dispute case: 人民调解… registers one (the case still open), or opens the one it has."""
        from ...services.mediation import MediationService

        if mediation is None and (c.state is CaseState.CLOSED or not self.session.may(Permission.MEDIATION)
                                  or not self.ctx.get(MediationService).is_dispute(c.id)):
            return
        button = QPushButton(self.tr("人民调解…"))
        button.setObjectName("mediation")
        button.clicked.connect(lambda _=False, case=c, found=mediation: self.open_mediation(case, found))
        self.actions_layout.addWidget(button, 2, 0)

    def open_mediation(self, c: CaseView, mediation=None) -> None:
        from .mediation_tab import open_intake

        mediation_id = mediation.id if mediation is not None else open_intake(self.ctx, c.id, c.title, self)
        if mediation_id is None:
            return
        self.show_current()
        if self.ctx.navigate is not None:  # on to the 人民调解 page, the mediation selected
            self.ctx.navigate("disputes", str(mediation_id))

    def _case_file_missing(self, case_id: int) -> bool:
        from ...services.case_printouts import CasePrintouts  # printing loads once a closed case is shown

        try:
            return not self.ctx.get(CasePrintouts).case_file_current(case_id)
        except GridDeskError:
            return False

    def make_case_file(self, case_id: int) -> None:
        """The close is committed; its file follows as its own operation off the UI thread. When it
        fails the case says so and offers to try again (the close itself stands)."""
        from ...services.case_printouts import CasePrintouts

        if case_id in self.making_files:
            return
        printouts = self.ctx.get(CasePrintouts)
        self.making_files.add(case_id)

        def ended() -> None:
            self.making_files.discard(case_id)
            if self.current is not None and self.current.id == case_id and not self.session.locked:
                self._show(self.current)

        def failed(exc: BaseException) -> None:
            ended()
            if self.session.locked:  # the session ended under it (outside the main window's care)
                return
            QMessageBox.warning(self, self.tr("结案卷宗没能生成"), self.tr(
                "案件已经结案归档，但结案卷宗没能生成：{0}\n可以点“重新生成案卷”再试；打印或上报档案时也会生成。")
                .format(explain(exc)))

        if self.current is not None and self.current.id == case_id:
            self._show(self.current)  # "正在生成结案卷宗…" rather than the button
        self.ctx.runner.run(self, lambda _job: printouts.make_case_file(case_id), self.tr("生成结案卷宗"),
                            progress=False, on_done=lambda _changes: ended(), on_failed=failed)

    def action_button(self, action: CaseAction) -> QPushButton | None:
        return self.steps_bar.button(action)

    def run(self, action: CaseAction) -> None:
        if self.current is None:
            return
        case_id, version = self.current.id, self.current.version

        def do(step: StepInput) -> None:
            done = self.service.act(case_id, version, step)
            self.ctx.publish(done, self)  # the dashboard, the archive's pending count
            if done.warning:
                QMessageBox.information(self, self.tr("已办理"), done.warning)

        try:
            if asks(action):  # the domain says which steps need a form
                members = self._assignable() if action is CaseAction.ASSIGN else None
                dialog = CaseActionDialog(action, do, self, members, self.session.may(Permission.CERT_OVERRIDE),
                                          local_dt(self.session.clock()), self._closure_hint(action))
                if dialog.exec() != CaseActionDialog.DialogCode.Accepted:
                    return
            else:
                do(STEP_INPUTS[action]())
        except Conflict as exc:
            QMessageBox.information(self, self.tr("案件已变化"), explain(exc))
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能办理"), explain(exc))
        self.refresh()
        if not self.select_case(case_id):  # e.g. just closed, and the list shows open cases
            self.current = self.service.get(case_id)
            self._show(self.current)
        if self.current is not None and self.current.id == case_id and self.current.state is CaseState.CLOSED \
                and self.current.version != version and self._case_file_missing(case_id):
            self.make_case_file(case_id)  # a close, or a correction to a closed case: its file follows

    def _assignable(self):
        """The team in post, the case's own grid's members first, with grid names and 持证 states."""
        from ...services.team import TeamService
        from ...services.training import TrainingService

        grid = self.current.grid_code if self.current else ""
        team = sorted(self.ctx.get(TeamService).members(), key=lambda t: grid not in t.grid_codes)
        names = {n.code: n.name for n in self.roster.tree()}
        return team, names, self.ctx.get(TrainingService).certificate_states()

    def preview_form(self, which: str) -> None:
        """The form made off the UI thread (a case file may have to be rendered first), then shown."""
        from io import BytesIO

        from ...services.case_printouts import CasePrintouts
        from ...services.printouts import PrintService
        from ..dialogs.print_preview import PrintPreview

        if self.current is None:
            return
        case, buffer = self.current, BytesIO()
        printouts = self.ctx.get(CasePrintouts)
        title = {"filing_form": self.tr("立案登记表"), "case_file": self.tr("结案卷宗"), "slip": self.tr("上报单")}[which]

        def work(_job) -> None:
            if which == "slip":
                self.service.print_escalation_slip(case.id, buffer, record=False)
            else:
                getattr(printouts, which)(case.id, buffer, record=False)

        def show(_result) -> None:
            if which == "case_file" and self.current is not None and self.current.id == case.id:
                self._show(self.current)  # a missing file was just made: the page stops saying so
            PrintPreview(f"{title} {case.number}", buffer.getvalue(), f"{title}-{case.number}.pdf",
                         lambda how: self.ctx.get(PrintService).record(f"case:{case.id} {case.number}",
                                                                       f"{which} {how}"),
                         self).exec()

        self.ctx.runner.run(self, work, self.tr("生成 {0}").format(title), on_done=show,
                            on_failed=lambda exc: QMessageBox.warning(self, self.tr("不能打印"), explain(exc)))

    def new_case(self) -> None:
        created: list[int] = []

        def save(report, files) -> None:
            created.extend(self.service.report(report, files).ids)

        from ...services.team import TeamService
        from ...services.training import TrainingService

        team, states = self.ctx.get(TeamService).members(), self.ctx.get(TrainingService).certificate_states()
        dialog = CaseDialog(self.service.categories(), self.roster.tree(), self.ctx.get(SearchService).search, save,
                            self, self.ctx.get(TaskTypesService).types(), team, states)
        if dialog.exec() == CaseDialog.DialogCode.Accepted and created:
            self.refresh()
            self.select_case(int(created[0]))
