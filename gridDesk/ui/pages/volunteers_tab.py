"""志愿者与信息员: the register of volunteers, 微格员, information officers and 五老 of the grids
(phones masked; the full number for a stated reason), and below it what they have passed on,
each piece one click from becoming a case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.outreach import VolunteerRecord, VolunteerReport
from ...domain.rules import Permission
from ...services.cases import CasesService
from ...services.roster import RosterService
from ...services.volunteers import VolunteersService
from ..bundle import SessionBundle
from ..dialogs.finding_case_dialog import FindingCaseDialog
from ..dialogs.reason_dialog import ReasonDialog
from ..dialogs.volunteer_dialog import ReportDialog, VolunteerDialog, kind_words
from ..messages import explain
from ..widgets.forms import ErrorLabel


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


class VolunteersTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(VolunteersService)
        self.roster = ctx.get(RosterService)
        session = ctx.session
        self.records: list[VolunteerRecord] = []
        self.reports: list[VolunteerReport] = []
        self.table = _table([self.tr("姓名"), self.tr("类别"), self.tr("网格"), self.tr("做什么"), self.tr("联系电话"),
                             self.tr("参与日期"), self.tr("状态"), self.tr("报送条数")], 3)
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        self.add_button = QPushButton(self.tr("登记…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.unmask_button = QPushButton(self.tr("查看完整电话…"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected(), required=True))
        self.unmask_button.clicked.connect(self.unmask)
        editable = session.may(Permission.EDIT_ROSTER)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("志愿者、微格员、信息员和“五老”登记册")), 1)
        for b, shown in ((self.add_button, editable), (self.edit_button, editable),
                         (self.unmask_button, session.may(Permission.UNMASK))):
            b.setVisible(shown)
            bar.addWidget(b)
        self.report_table = _table([self.tr("日期"), self.tr("报送人"), self.tr("网格"), self.tr("内容"),
                                    self.tr("转为事件")], 3)
        self.report_button = QPushButton(self.tr("登记报送的信息…"))
        self.case_button = QPushButton(self.tr("转为事件…"))
        self.report_button.clicked.connect(self.add_report)
        self.case_button.clicked.connect(self.to_case)
        lower_bar = QHBoxLayout()
        lower_bar.addWidget(QLabel(self.tr("报送的民情信息")), 1)
        for b, shown in ((self.report_button, editable), (self.case_button, session.may(Permission.CASE_REPORT))):
            b.setVisible(shown)
            lower_bar.addWidget(b)
        upper, lower = QWidget(), QWidget()
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addLayout(bar)
        up.addWidget(self.table, 1)
        down = QVBoxLayout(lower)
        down.setContentsMargins(0, 0, 0, 0)
        down.addLayout(lower_bar)
        down.addWidget(self.report_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        words = kind_words()
        self.records = self.service.listed()
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            v = r.volunteer
            for col, text in enumerate((v.name, words[v.kind], r.grid_name, v.duties, v.phone, str(v.since or ""),
                                        self.tr("在册") if v.active else self.tr("已退出"), str(r.reports))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        names = {g.code: g.name for g in self.roster.tree()}
        self.reports = self.service.reports()
        self.report_table.setRowCount(len(self.reports))
        for row, p in enumerate(self.reports):
            for col, text in enumerate((str(p.day), p.volunteer_name, names.get(p.grid_code, p.grid_code), p.content,
                                        self.tr("已转，案件 {0}").format(p.case_id) if p.case_id else "")):
                self.report_table.setItem(row, col, QTableWidgetItem(text))

    def selected(self) -> VolunteerRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def selected_report(self) -> VolunteerReport | None:
        rows = self.report_table.selectionModel().selectedRows()
        return self.reports[rows[0].row()] if rows else None

    def edit(self, record: VolunteerRecord | None, required: bool = False) -> None:
        if record is None and required:
            self.error.say(self.tr("请先选中一位。"))
            return
        from ...services.search import SearchService

        dialog = VolunteerDialog(self.roster.tree(), lambda v: self._saved(self.service.save(record.id if record else None, v)),
                                 record, self, self.ctx.get(SearchService).search)
        dialog.exec()

    def _saved(self, changes) -> None:
        self.ctx.publish(changes, self)
        self.error.say("")
        self.refresh()

    def unmask(self) -> None:
        record = self.selected()
        if record is None:
            self.error.say(self.tr("请先选中一位。"))
            return
        dialog = ReasonDialog(self.tr("查看完整电话"), self.tr("写明查看的理由；这次查看会记入操作日志。"), self)
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        try:
            full = self.service.unmask(record.id, dialog.value())
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        QMessageBox.information(self, self.tr("完整电话"), f"{full.volunteer.name}：{full.volunteer.phone}")

    def add_report(self) -> None:
        def save(volunteer_id, day, content, grid_code):
            self._saved(self.service.add_report(VolunteerReport(volunteer_id, day, content, grid_code)))

        ReportDialog(self.records, self.roster.tree(), save, self).exec()

    def to_case(self) -> None:
        report = self.selected_report()
        if report is None:
            self.error.say(self.tr("请先在下方选中一条信息。"))
            return
        if report.case_id:
            self.error.say(self.tr("这条信息已经转为事件了。"))
            return
        cases = self.ctx.get(CasesService)

        def make(category_id: int, title: str) -> None:
            case_id = self.service.to_case(report.id, category_id, title)
            self.ctx.publish(_case_changes(case_id), self)

        dialog = FindingCaseDialog(cases.categories(), report.content, make, self,
                                   self.tr("事件会带上这条信息的网格和报送人，从“问题上报”开始办理。"))
        if dialog.exec() == FindingCaseDialog.DialogCode.Accepted:
            self.error.say("")
            self.refresh()


def _case_changes(case_id: int):
    from ...services.session import Changes

    return Changes("cases", (case_id,))
