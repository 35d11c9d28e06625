"""季评议: each member's quarter (items, total, grade, where the review stands), the year's
appraisal below, and from here the member's quarter, the rules, the sheets, the summary and the xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.assessment import MemberQuarter, Quarter
from ...domain.roster import TeamRole
from ...domain.rules import Permission
from ...services.assessment import AssessmentService
from ...services.review_printouts import ReviewPrintService
from .. import file_dialogs
from ..bundle import SessionBundle
from ..review_words import GRADE_COLOURS, STATE_COLOURS, grade_label, points_cell, state_label
from ..saved_notice import tell_saved
from ..words import team_role_label
from ..widgets.flow_row import flow_row


def quarter_choice(today_quarter: Quarter, back: int = 7) -> QComboBox:
    """This quarter and the `back` before it, the last full one chosen (the one being reviewed)."""
    box = QComboBox()
    q = today_quarter
    for _ in range(back + 1):
        box.addItem(QCoreApplication.translate("ReviewTab", "{0}年第{1}季度").format(q.year, q.n), q)
        q = q.previous()
    box.setCurrentIndex(1)
    return box


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


class ReviewTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(AssessmentService)
        self.members: list[MemberQuarter] = []
        session = ctx.session
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.quarter = quarter_choice(Quarter.of(self.service.today()))
        self.quarter.currentIndexChanged.connect(self.refresh)
        self.summary_line = QLabel()
        self.summary_line.setObjectName("PageHint")
        self.open_button = QPushButton(self.tr("打开…"))
        self.open_button.clicked.connect(self.open_selected)
        self.rules_button = QPushButton(self.tr("考核规则…"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.rules_button.setVisible(session.may(Permission.EDIT_RULES))
        self.print_button = QPushButton(self.tr("打印评议表…"))
        self.print_button.clicked.connect(lambda: self.print_pdf("sheets"))
        self.summary_button = QPushButton(self.tr("打印汇总表…"))
        self.summary_button.clicked.connect(lambda: self.print_pdf("summary"))
        for w in (self.print_button, self.summary_button):
            w.setVisible(session.may(Permission.PRINT))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(session.may(Permission.EXPORT))
        bar.addWidget(self.quarter)
        bar.addWidget(self.summary_line, 1)
        self.summary_line.setWordWrap(True)
        layout.addLayout(bar)
        layout.addWidget(flow_row(self.open_button, self.rules_button, self.print_button, self.summary_button,
                                  self.export_button))
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = _table([])
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        split.addWidget(self.table)
        year_box = QWidget()
        year_layout = QVBoxLayout(year_box)
        year_layout.setContentsMargins(0, 6, 0, 0)
        self.year_caption = QLabel()
        self.year_caption.setObjectName("CardLabel")
        year_layout.addWidget(self.year_caption)
        self.year_table = _table([self.tr("姓名"), self.tr("一季度"), self.tr("二季度"), self.tr("三季度"),
                                  self.tr("四季度"), self.tr("年度平均"), self.tr("年度等次")])
        year_layout.addWidget(self.year_table)
        split.addWidget(year_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

    def current_quarter(self) -> Quarter:
        return self.quarter.currentData()

    def refresh(self) -> None:
        quarter = self.current_quarter()
        self.members = self.service.quarter(quarter)
        names: list[tuple[str, float]] = []
        for mq in self.members:
            for i in mq.items:
                if (i.name, i.max_points) not in names:
                    names.append((i.name, i.max_points))
        headers = [self.tr("姓名"), self.tr("岗位"), self.tr("网格"),
                   *[f"{n}\n({p:g})" for n, p in names], self.tr("总分"), self.tr("等次"), self.tr("评议")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.members))
        for r, mq in enumerate(self.members):
            mine = {(i.name, i.max_points): i for i in mq.items}
            total = f"{mq.standing.total:g}" if mq.standing.complete else self.tr("{0}（未完）").format(
                f"{mq.standing.total:g}")
            cells = [mq.name, team_role_label(TeamRole(mq.role)), "、".join(mq.grids),
                     *[points_cell(mine[k]) if k in mine else "" for k in names], total,
                     grade_label(mq.standing.grade), state_label(mq.state)]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == len(cells) - 2 and mq.standing.grade is not None:
                    item.setForeground(QBrush(QColor(GRADE_COLOURS[mq.standing.grade])))
                if c == len(cells) - 1:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[mq.state])))
                if 3 <= c < 3 + len(names) or c == len(cells) - 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        done = sum(1 for mq in self.members if mq.state.value == "closed")
        self.summary_line.setText(self.tr("{0} 人；已复评 {1} 人。双击一行查看明细、录入评议。").format(
            len(self.members), done))
        self._show_year(quarter.year)

    def _show_year(self, year: int) -> None:
        rows = self.service.year(year)
        self.year_caption.setText(self.tr("{0} 年度评定：各季度总分的平均（只计各项均已评分的季度）").format(year))
        self.year_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row.name]
            for total, grade, _state in row.quarters:
                cells.append("" if total is None else f"{total:g} {grade_label(grade)}")
            cells += ["" if row.mean is None else f"{row.mean:g}", grade_label(row.grade) if row.grade else ""]
            for c, value in enumerate(cells):
                self.year_table.setItem(r, c, QTableWidgetItem(value))
        self.year_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.year_table.horizontalHeader().setStretchLastSection(True)

    def selected(self) -> MemberQuarter | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.members[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        from ..dialogs.member_quarter_dialog import MemberQuarterDialog

        mq = self.selected()
        if mq is None:
            return
        dialog = MemberQuarterDialog(self.ctx, mq.member_id, self.current_quarter(), self)
        self.dialog = dialog
        dialog.exec()
        self.refresh()

    def edit_rules(self) -> None:
        from ...services.assessment_rules import AssessmentRulesService
        from ..dialogs.assessment_rules_dialog import AssessmentRulesDialog

        items, grades = self.service.rules()
        rules = self.ctx.get(AssessmentRulesService)

        def save(new_items, new_grades) -> None:
            self.ctx.publish(rules.save(new_items, new_grades), self)

        self.rules_dialog = AssessmentRulesDialog(items, grades, save, self)
        if self.rules_dialog.exec() == AssessmentRulesDialog.DialogCode.Accepted:
            self.refresh()

    def print_pdf(self, what: str) -> None:
        quarter = self.current_quarter()
        default = self.tr("{0}考核评议表.pdf").format(quarter) if what == "sheets" else \
            self.tr("{0}考核汇总表.pdf").format(quarter)
        path = file_dialogs.save_file(self, file_dialogs.PDF, self.tr("保存为 PDF"), default, self.tr("PDF 文件 (*.pdf)"))
        if path is not None:
            self.print_to(what, path)

    def print_to(self, what: str, path: Path):
        quarter = self.current_quarter()
        mq = self.selected() if what == "sheets" else None
        service = self.ctx.get(ReviewPrintService)

        def work(_job):
            if what == "sheets":
                return service.print_sheets(path, quarter, mq.name if mq else "")
            return service.print_summary(path, quarter)

        return self.ctx.runner.run(self, work, self.tr("打印季度考核"), on_done=lambda _n: tell_saved(
            self, self.tr("已保存"), self.tr("已保存到 {0}。").format(path), path.parent))

    def export(self) -> None:
        quarter = self.current_quarter()
        path = file_dialogs.save_file(self, file_dialogs.EXPORT, self.tr("导出"), self.tr("{0}考核评议汇总.xlsx").format(
            quarter), self.tr("Excel 表格 (*.xlsx)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path):
        quarter = self.current_quarter()
        service = self.ctx.get(ReviewPrintService)
        return self.ctx.runner.run(self, lambda _job: service.export_xlsx(path, quarter), self.tr("导出季度考核"),
                                   on_done=lambda n: tell_saved(self, self.tr("已导出"), self.tr(
                                       "已导出 {0} 行到 {1}。").format(n, path), path.parent))
