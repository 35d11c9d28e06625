"""巡查: the places and risk points due and missed (per grid), the patrol log, recording a patrol,
a finding made into a case, the patrol rules (the director's) and the month's patrol calendar."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...domain.accounts import Permission
from ...domain.changes import Kind
from ...domain.errors import GridDeskError
from ...domain.patrols import DuePatrol, PatrolOutcome, PatrolRecord
from ...services.patrol_printouts import PatrolPrintService
from ...services.patrol_rules import PatrolRulesService
from ...services.patrols import PatrolsService
from ...services.roster import RosterService
from ...services.session import Changes, UserSession
from ...services.team import TeamService
from ...services.clock import local_dt
from ..bundle import SessionBundle
from ..messages import explain
from ..patrol_words import outcome_label, target_label
from .header import page_header

LOG_DAYS = 92  # the log shows about a quarter back: the season and the monthly meetings look that far
_MISSED, _TODAY = "#f8d7da", "#fff3cd"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


class PatrolsPage(QWidget):
    # Kinds of change this page shows: redrawn on screen when another page makes one.
    SHOWS = frozenset({Kind.PATROLS, Kind.PATROL_RULES, Kind.PLACES, Kind.TEAM, Kind.GRIDS, Kind.CASES,
                       Kind.CERTIFICATES})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        self.session = self.ctx.session
        self.service = self.ctx.get(PatrolsService)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("巡查"), self.tr(
            "出租房屋、单位场所和风险点按规定的频次巡查；汛期、防火期、冬春等季节里更勤。"
            "过了应巡日期还没巡查的算漏巡，由责任人（没有指定时由本网格的网格员）补上。")))
        bar = QHBoxLayout()
        self.grid = QComboBox()
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.print_button = QPushButton(self.tr("打印巡查日历…"))
        self.print_button.clicked.connect(self.preview_calendar)
        self.print_button.setVisible(self.session.may(Permission.PRINT))
        self.rules_button = QPushButton(self.tr("巡查规则…"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.rules_button.setVisible(self.session.may(Permission.EDIT_RULES))
        self.log_button = QPushButton(self.tr("登记巡查…"))
        self.log_button.setObjectName("Primary")
        self.log_button.clicked.connect(lambda: self.log_patrol())
        self.log_button.setVisible(self.session.may(Permission.LOG_VISITS))
        for w in (QLabel(self.tr("巡查日历：")), self.grid, self.month, self.print_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.rules_button)
        bar.addWidget(self.log_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("PageHint")
        layout.addWidget(self.summary)

        self.due_table = _table([self.tr("网格"), self.tr("场所或风险点"), self.tr("类别"), self.tr("频次"),
                                 self.tr("上次巡查"), self.tr("应巡日期"), self.tr("状态")])
        self.due_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.due_table.cellDoubleClicked.connect(lambda row, _c: self.log_patrol(self.due_rows[row].place_id))
        self.patrol_this = QPushButton(self.tr("登记这一处的巡查…"))
        self.patrol_this.clicked.connect(self.log_selected)
        self.patrol_this.setVisible(self.session.may(Permission.LOG_VISITS))
        due = QWidget()
        due_layout = QVBoxLayout(due)
        due_layout.addWidget(self.due_table, 1)
        due_layout.addWidget(self.patrol_this, 0, Qt.AlignmentFlag.AlignLeft)

        self.log_table = _table([self.tr("时间"), self.tr("场所或风险点"), self.tr("网格"), self.tr("网格员"),
                                 self.tr("情况"), self.tr("案件")])
        self.log_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.to_case = QPushButton(self.tr("发现转为案件…"))
        self.to_case.clicked.connect(self.finding_to_case)
        self.to_case.setVisible(self.session.may(Permission.CASE_REPORT))
        log = QWidget()
        log_layout = QVBoxLayout(log)
        log_layout.addWidget(self.log_table, 1)
        log_layout.addWidget(self.to_case, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget()
        self.tabs.addTab(due, self.tr("应巡与漏巡"))
        self.tabs.addTab(log, self.tr("巡查记录"))
        self.parts = {"missed": due, "due": due, "log": log}
        layout.addWidget(self.tabs, 1)
        self.due_rows: list[DuePatrol] = []
        self.log_rows: list[PatrolRecord] = []
        self.names: dict[str, str] = {}
        self.shown_once = False

    def refresh(self) -> None:
        today = self.service.today()
        if not self.shown_once:  # the calendar's month starts at the session's month, then stays as chosen
            self.shown_once = True
            self.month.setDate(QDate(today.year, today.month, 1))
        tree = self.ctx.get(RosterService).tree()
        self.names = {n.code: n.name for n in tree}
        keep = self.grid.currentData()
        self.grid.clear()
        self.grid.addItem(self.tr("全部网格"), "")
        for n in tree:
            if n.parent_code is None:
                self.grid.addItem(n.name, n.code)
        self.grid.setCurrentIndex(max(0, self.grid.findData(keep)))
        self.due_rows = self.service.due(today)
        missed = sum(1 for d in self.due_rows if d.missed(today))
        self.summary.setText(self.tr("今天 {0}：漏巡 {1} 处，今天应巡 {2} 处。").format(
            f"{today:%Y-%m-%d}", missed, len(self.due_rows) - missed))
        self.due_table.setRowCount(len(self.due_rows))
        for r, d in enumerate(self.due_rows):
            late = d.missed(today)
            state = self.tr("漏巡 {0} 天").format((today - d.due_on).days) if late else self.tr("今天应巡")
            values = (self.names.get(d.grid_code, d.grid_code), d.place_name, target_label(d.kind),
                      self.tr("每 {0} 天").format(d.every_days),
                      f"{d.last_patrol:%Y-%m-%d}" if d.last_patrol else self.tr("从未"), f"{d.due_on:%Y-%m-%d}", state)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setBackground(QBrush(QColor(_MISSED if late else _TODAY)))
                self.due_table.setItem(r, c, item)
        self.due_table.resizeColumnsToContents()
        self.tabs.setTabText(0, self.tr("应巡与漏巡（{0}）").format(len(self.due_rows)))
        self.log_rows = self.service.log_list(today - timedelta(days=LOG_DAYS), today)
        self.log_table.setRowCount(len(self.log_rows))
        for r, p in enumerate(self.log_rows):
            text = outcome_label(p.outcome, p.category) + (f"：{p.finding}" if p.finding else "")
            case = self.tr("案件 {0}").format(p.case_id) if p.case_id else ""
            for c, v in enumerate((f"{p.at:%Y-%m-%d %H:%M}", p.place_name, self.names.get(p.grid_code, p.grid_code),
                                   p.member_name, text, case)):
                self.log_table.setItem(r, c, QTableWidgetItem(v))
        self.log_table.resizeColumnsToContents()

    def show_part(self, part: str) -> None:
        """Open the tab a dashboard number stands for."""
        if part in self.parts:
            self.tabs.setCurrentWidget(self.parts[part])

    def log_selected(self) -> None:
        rows = self.due_table.selectionModel().selectedRows()
        self.log_patrol(self.due_rows[rows[0].row()].place_id if rows else None)

    def log_patrol(self, place_id: int | None = None) -> bool:
        from ...services.training import TrainingService
        from ..dialogs.patrol_dialog import PatrolDialog

        states = self.ctx.get(TrainingService).certificate_states() if self.session.may(Permission.TRAINING) else None
        member = self.session.account.member_id
        dialog = PatrolDialog(self.service.places(), self.ctx.get(TeamService).members(),
                              lambda patrol, files, reason: self.ctx.publish(self.service.log(patrol, files, reason), self),
                              self, states, self.session.may(Permission.CERT_OVERRIDE), place_id, member,
                              local_dt(self.session.clock()))
        self.dialog = dialog  # a test drives it while it is open
        if dialog.exec() != PatrolDialog.DialogCode.Accepted:
            return False
        self.refresh()
        return True

    def selected_patrol(self) -> PatrolRecord | None:
        rows = self.log_table.selectionModel().selectedRows()
        return self.log_rows[rows[0].row()] if rows else None

    def finding_to_case(self) -> None:
        from ...services.cases import CasesService
        from ..dialogs.finding_case_dialog import FindingCaseDialog

        patrol = self.selected_patrol()
        if patrol is None:
            return
        if patrol.outcome is not PatrolOutcome.FINDING or patrol.case_id is not None:
            QMessageBox.information(self, self.tr("不能转为案件"), self.tr(
                "请选一条“发现问题”且还没转为案件的巡查记录。") if patrol.case_id is None else
                self.tr("这条巡查的发现已经是案件 {0}。").format(patrol.case_id))
            return

        def make(category: int, title: str) -> None:
            case_id = self.service.finding_to_case(patrol.id, category, title)
            self.ctx.publish(Changes(Kind.CASES, (case_id,)), self)  # the cases page shows the new one

        dialog = FindingCaseDialog(self.ctx.get(CasesService).categories(), patrol.finding, make, self,
                                   hint=self.tr("案件会带上这次巡查的网格、场所和看到的情况，从“问题上报”开始办理。"))
        self.dialog = dialog
        if dialog.exec() == FindingCaseDialog.DialogCode.Accepted:
            self.refresh()

    def edit_rules(self) -> None:
        from ..dialogs.patrol_rules_dialog import PatrolRulesDialog

        dialog = PatrolRulesDialog(self.ctx.get(PatrolRulesService), lambda changes: self.ctx.publish(changes, self), self)
        self.dialog = dialog
        dialog.exec()
        self.refresh()

    def preview_calendar(self) -> None:
        from ..dialogs.print_preview import PrintPreview

        chosen = self.month.date()
        year, month, code = chosen.year(), chosen.month(), self.grid.currentData() or ""
        prints = self.ctx.get(PatrolPrintService)
        buffer = BytesIO()
        title = self.tr("巡查日历 {0}").format(f"{year}-{month:02d}")

        def done(_pages) -> None:
            def recorded(how: str) -> None:
                try:
                    prints.record_print(year, month, code, how)
                except GridDeskError as exc:
                    QMessageBox.warning(self, self.tr("没有记录"), explain(exc))

            self.preview = PrintPreview(title, buffer.getvalue(), f"巡查日历-{year}-{month:02d}-{code or '全部'}.pdf",
                                        recorded, self)
            self.preview.exec()

        self.ctx.runner.run(self, lambda _job: prints.print_calendars(buffer, year, month, code, record=False), title,
                            on_done=done, on_failed=lambda exc: QMessageBox.warning(self, self.tr("没有生成"), explain(exc)))
