"""走访: the rule "every household of the grid at least once a week", shown grid by week, the
households still to visit, the key-group members due, and logging a visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QListWidget, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...domain.changes import Kind
from ...domain.accounts import Permission, can
from ...services.roster import RosterService
from ...services.session import UserSession
from ...services.team import TeamService
from ...services.visits import VisitsService
from ...domain.visits import FINDING_LABELS, FindingCategory, week_of
from ..dialogs.visit_dialog import VisitDialog
from ..widgets.week_report import WeekReport
from ..words import key_group_label
from .header import page_header
from ..bundle import SessionBundle


def _colour(share: float) -> str:
    return "#d4edda" if share >= 1 else ("#fff3cd" if share >= 0.8 else "#f8d7da")


class VisitsPage(QWidget):
    # Kinds of change this page shows: redrawn on screen when another page makes one.
    SHOWS = frozenset({Kind.VISITS, Kind.ROSTER, Kind.KEY_GROUPS, Kind.VISIT_FREQUENCIES, Kind.TEAM})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.session = session
        self.service = self.ctx.get(VisitsService)
        self.roster = self.ctx.get(RosterService)
        self.team = self.ctx.get(TeamService)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("走访"), self.tr(
            "规定：网格员每周至少把本网格的每一户走访一遍。下表是近 12 周各网格走访到的户数；"
            "绿色为全部走访，黄色为八成以上，红色为不足八成。")))
        bar = QHBoxLayout()
        self.log_button = QPushButton(self.tr("登记走访…"))
        self.log_button.setObjectName("Primary")
        self.log_button.clicked.connect(self.log_visit)
        self.log_button.setVisible(can(session.account.role, Permission.EDIT_ROSTER))
        bar.addStretch(1)
        bar.addWidget(self.log_button)
        layout.addLayout(bar)
        self.matrix = QTableWidget()
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # by the pixel: scrolled by whole columns, the last (this week's) could stay half off the edge
        self.matrix.setHorizontalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.matrix.itemSelectionChanged.connect(self.show_missing)
        self.missing_label = QLabel(self.tr("本周还没走访的户（选中一个网格）"))
        self.missing = QListWidget()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.missing_label)
        side_layout.addWidget(self.missing)
        coverage = QSplitter()
        coverage.addWidget(self.matrix)
        coverage.addWidget(side)
        coverage.setSizes([820, 360])

        self.findings = QListWidget()
        self.to_case = QPushButton(self.tr("转为案件…"))
        self.to_case.clicked.connect(self.finding_to_case)
        self.to_case.setVisible(can(session.account.role, Permission.EDIT_ROSTER))
        findings = QWidget()
        findings_layout = QVBoxLayout(findings)
        findings_layout.addWidget(QLabel(self.tr("走访发现、尚未转为案件的问题（选中一条，转为案件）")))
        findings_layout.addWidget(self.findings, 1)
        findings_layout.addWidget(self.to_case, 0, Qt.AlignmentFlag.AlignLeft)

        self.due = QListWidget()
        due = QWidget()
        due_layout = QVBoxLayout(due)
        due_layout.addWidget(QLabel(self.tr("到了走访时间的重点人群（各类人群的走访频次由主任在“设置”中规定）")))
        due_layout.addWidget(self.due, 1)

        self.report = WeekReport(self.service.week_report, self.service.today())
        self.tabs = QTabWidget()
        self.tabs.addTab(coverage, self.tr("每周覆盖"))
        self.tabs.addTab(self.report, self.tr("周汇报"))
        self.tabs.addTab(findings, self.tr("走访发现"))
        self.tabs.addTab(due, self.tr("重点人群待走访"))
        self.parts = {"coverage": coverage, "report": self.report, "findings": findings, "key_groups": due}
        layout.addWidget(self.tabs, 1)
        self.rows = []

    def refresh(self) -> None:
        self.rows = self.service.matrix()
        weeks = [w.week for w in self.rows[0]] if self.rows else []
        self.matrix.setColumnCount(len(weeks))
        self.matrix.setRowCount(len(self.rows))
        self.matrix.setHorizontalHeaderLabels([f"{w:%m-%d}" for w in weeks])
        this_week = week_of(self.service.today())
        if this_week in weeks:  # the week being worked on stands out from the history before it
            header = self.matrix.horizontalHeaderItem(weeks.index(this_week))
            header.setText(self.tr("本周 {0}").format(f"{this_week:%m-%d}"))
            font = QFont(self.matrix.horizontalHeader().font())  # the header's size (the style sheet's), bold
            font.setBold(True)
            header.setFont(font)
        self.matrix.setVerticalHeaderLabels([r[0].grid_name for r in self.rows])
        for r, row in enumerate(self.rows):
            for c, week in enumerate(row):
                item = QTableWidgetItem(f"{week.visited}/{week.households}")
                item.setBackground(QBrush(QColor(_colour(week.share))))
                item.setToolTip(self.tr("{0} 那一周：{1} 户中走访了 {2} 户").format(
                    f"{week.week:%Y-%m-%d}", week.households, week.visited))
                self.matrix.setItem(r, c, item)
        self.matrix.resizeColumnsToContents()
        if this_week in weeks:  # the bold header is wider than the counts below it: never cut it
            column = weeks.index(this_week)
            header = self.matrix.horizontalHeaderItem(column)
            width = QFontMetrics(header.font()).horizontalAdvance(header.text()) + 24  # the section's padding
            self.matrix.setColumnWidth(column, max(self.matrix.columnWidth(column), width))
        self.show_week(self.service.today())
        self.findings.clear()
        self.open_findings = self.service.open_findings()
        for _visit, _finding, category, text, day, _grid in self.open_findings:
            label = FINDING_LABELS.get(FindingCategory(category), category)
            self.findings.addItem(f"{day:%m-%d} {label}：{text}")
        self.due.clear()
        for d in self.service.key_groups_due():
            last = f"{d.last_visit:%m-%d}" if d.last_visit else self.tr("从未")
            self.due.addItem(self.tr("{0}（{1}）上次走访：{2}").format(d.name, key_group_label(d.group), last))
        self.tabs.setTabText(2, self.tr("走访发现（{0}）").format(len(self.open_findings)))
        self.tabs.setTabText(3, self.tr("重点人群待走访（{0}）").format(self.due.count()))
        self.report.refresh()
        self.show_missing()

    def show_week(self, day: date) -> None:
        """Scroll the coverage table so the week of `day` is in sight: it opens on this week (the
        history runs off to the left), and on the week of a visit just logged."""
        week = week_of(day)
        columns = [w.week for w in self.rows[0]] if self.rows else []
        if week not in columns:
            return
        column = columns.index(week)

        def scroll() -> None:
            item = self.matrix.item(0, column)
            if item is not None:
                self.matrix.scrollToItem(item, QTableWidget.ScrollHint.EnsureVisible)

        scroll()
        # Again once the page is laid out: on the first showing the table does not know its width yet.
        QTimer.singleShot(0, scroll)

    def show_part(self, part: str) -> None:
        """Open the tab a dashboard number stands for."""
        if part in self.parts:
            self.tabs.setCurrentWidget(self.parts[part])

    def show_missing(self) -> None:
        self.missing.clear()
        rows = self.matrix.selectionModel().selectedRows() or [i for i in self.matrix.selectedIndexes()]
        row = rows[0].row() if rows else (0 if self.rows else -1)
        if row < 0:
            return
        code = self.rows[row][0].grid_code
        this_week = self.service.not_visited(code)
        last_week = {n for n, _a in self.service.not_visited(code, last_week=True)}
        self.missing_label.setText(self.tr("{0}：本周还有 {1} 户没走访").format(self.rows[row][0].grid_name,
                                                                        len(this_week)))
        for number, address in this_week:
            carried = self.tr("（上周也未走访）") if number in last_week else ""
            self.missing.addItem(f"{number}  {address}{carried}")

    def finding_to_case(self) -> None:
        from ...services.cases import CasesService
        from ..dialogs.finding_case_dialog import FindingCaseDialog

        row = self.findings.currentRow()
        if row < 0:
            return
        visit_id, finding_id, _c, text, _d, _g = self.open_findings[row]
        dialog = FindingCaseDialog(self.ctx.get(CasesService).categories(), text,
                                   lambda category, title: self.service.finding_to_case(
                                       visit_id, finding_id, category, title), self)
        if dialog.exec() == FindingCaseDialog.DialogCode.Accepted:
            self.refresh()

    def log_visit(self) -> None:
        from ...services.training import TrainingService

        dialog = VisitDialog(self.roster.tree(), self.team.members(), self.service.not_visited_first,
                             self.service.log, self, self.ctx.get(TrainingService).certificate_states(),
                             self.session.may(Permission.CERT_OVERRIDE))
        if dialog.exec() == VisitDialog.DialogCode.Accepted:
            self.refresh()
            day = dialog.day.date()
            self.show_week(date(day.year(), day.month(), day.day()))
