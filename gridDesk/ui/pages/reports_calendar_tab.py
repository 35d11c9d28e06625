"""报表 › 报送日历: the reports to the township (issue 20 item 3). The reporting calendar (each kind's periods,
due day, filed / due / overdue in colour), a preview of a report's figures, 生成并归档 / 打印 /
导出Excel with progress off the UI thread, and the calendar editor for the director."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.changes import Kind
from ...domain.errors import GridDeskError
from ...domain.reports import dispute_sections
from ...domain.rules import Permission
from ...services.reports import ReportsService
from ...services.session import Changes, UserSession
from .. import file_dialogs
from ..bundle import SessionBundle
from ..messages import explain
from ..report_words import figure_label, section_title
from ..widgets.forms import ErrorLabel

_OVERDUE, _FILED = QColor("#fde2e1"), QColor("#e3f4e5")


class ReportsCalendarTab(QWidget):
    SHOWS = frozenset({Kind.REPORTS, Kind.CASES, Kind.CALENDAR})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)
        self.session = self.ctx.session
        self.service = self.ctx.get(ReportsService)
        self.data = None  # the figures previewed: (kind, period, data)
        self.entries = []
        layout = QVBoxLayout(self)
        self.kinds = {k.kind: k for k in self.service.kinds()}

        calendar = QGroupBox(self.tr("报送日历"))
        cal_layout = QVBoxLayout(calendar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("报表"), self.tr("报告期"), self.tr("应报日期"),
                                              self.tr("状态"), self.tr("归档")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._picked)
        cal_layout.addWidget(self.table)
        self.summary = QLabel()
        self.summary.setObjectName("PageHint")
        cal_layout.addWidget(self.summary)
        layout.addWidget(calendar, 2)

        build = QGroupBox(self.tr("生成报表"))
        build_layout = QVBoxLayout(build)
        row = QHBoxLayout()
        self.kind = QComboBox()
        for k in self.kinds.values():
            self.kind.addItem(self._kind_words(k.kind), k.kind)
        self.period = QLineEdit()
        self.period.setMaxLength(16)
        self.period.setPlaceholderText(self.tr("如 2026-11、2026Q3、2026H1、2026"))
        self.preview_button = QPushButton(self.tr("预览数据"))
        self.file_button = QPushButton(self.tr("生成并归档"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.xlsx_button = QPushButton(self.tr("导出Excel…"))
        self.preview_button.clicked.connect(self.preview)
        self.file_button.clicked.connect(self.file_report)
        self.print_button.clicked.connect(lambda: self.print_report(None))
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx(None))
        row.addWidget(QLabel(self.tr("报表")))
        row.addWidget(self.kind)
        row.addWidget(QLabel(self.tr("报告期")))
        row.addWidget(self.period)
        for b in (self.preview_button, self.file_button, self.print_button, self.xlsx_button):
            row.addWidget(b)
        row.addStretch(1)
        build_layout.addLayout(row)
        self.error = ErrorLabel()
        build_layout.addWidget(self.error)
        self.done = QLabel()
        build_layout.addWidget(self.done)
        self.figures = QTableWidget(0, 4)
        self.figures.setHorizontalHeaderLabels([self.tr("部分"), self.tr("项目"), self.tr("数值"), self.tr("占比")])
        self.figures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.figures.verticalHeader().hide()
        self.figures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        build_layout.addWidget(self.figures)
        layout.addWidget(build, 3)
        self.print_button.setEnabled(self.session.may(Permission.PRINT))
        self.xlsx_button.setEnabled(self.session.may(Permission.EXPORT))

        self.editor = None
        if self.session.may(Permission.EDIT_RULES):
            self.editor = CalendarEditor(self)
            layout.addWidget(self.editor)
        self.refresh()

    def _kind_words(self, kind: str) -> str:
        words = {"monthly": self.tr("月报"), "quarterly": self.tr("季报"), "halfyear": self.tr("半年报"),
                 "yearly": self.tr("年报")}
        return words.get(kind) or self.kinds[kind].title

    def _state_words(self, entry) -> str:
        if entry.state == "filed":
            return self.tr("已归档（第 {0} 版）").format(entry.filed.version)
        if entry.state == "overdue":
            return self.tr("逾期 {0} 天").format(entry.days_overdue)
        return self.tr("待报送")

    # -- the calendar ------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.entries = self.service.calendar()
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        # overdue first, then what is due, then what is filed, newest first within each
        order = {"overdue": 0, "due": 1, "filed": 2}
        self.entries.sort(key=lambda e: (order[e.state], e.due.toordinal() * (1 if e.state != "filed" else -1)))
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            cells = (self._kind_words(e.kind), e.period, f"{e.due:%Y-%m-%d}", self._state_words(e),
                     f"{e.filed.filed_at.replace('T', ' ')} {e.filed.filed_by}" if e.filed else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if e.state == "overdue":
                    item.setBackground(QBrush(_OVERDUE))
                elif e.state == "filed":
                    item.setBackground(QBrush(_FILED))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        overdue = sum(1 for e in self.entries if e.state == "overdue")
        due = sum(1 for e in self.entries if e.state == "due")
        self.summary.setText(self.tr("逾期未报 {0} 份，待报送 {1} 份").format(overdue, due))
        if self.editor is not None:
            self.editor.load()

    def overdue_rows(self) -> list[tuple[str, str]]:
        return [(e.kind, e.period) for e in self.entries if e.state == "overdue"]

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        e = self.entries[rows[0].row()]
        self.pick(e.kind, e.period)

    def pick(self, kind: str, period: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.period.setText(period)

    # -- building ----------------------------------------------------------------------------
    def _chosen(self) -> tuple[str, str]:
        return self.kind.currentData(), self.period.text().strip()

    def _cached(self, kind: str, period: str):
        return self.data[2] if self.data is not None and self.data[:2] == (kind, period) else None

    def _run(self, label: str, work, done) -> None:
        """Long work off the UI thread with the runner's progress; a refusal said under the fields,
        what was typed kept."""
        self.error.say("")
        for b in (self.preview_button, self.file_button, self.print_button, self.xlsx_button):
            b.setEnabled(False)

        def finished(result) -> None:
            self._buttons()
            done(result)

        def failed(exc: BaseException) -> None:
            self._buttons()
            self.error.say(explain(exc))

        self.ctx.runner.run(self, lambda job: work(), label, on_done=finished, on_failed=failed)

    def _buttons(self) -> None:
        self.preview_button.setEnabled(True)
        self.file_button.setEnabled(True)
        self.print_button.setEnabled(self.session.may(Permission.PRINT))
        self.xlsx_button.setEnabled(self.session.may(Permission.EXPORT))

    def preview(self) -> None:
        kind, period = self._chosen()
        self._run(self.tr("统计报表数据"), lambda: self.service.compute(kind, period),
                  lambda data: self._show(kind, period, data))

    def _show(self, kind: str, period: str, data) -> None:
        self.data = (kind, period, data)
        if hasattr(data, "sections"):
            sections, ytd = data.sections, data.ytd_sections
        else:  # the monthly dispute report: a section a row of the paper form
            sections, ytd = dispute_sections(data)
        rows = [(section_title(sec) if n == 0 else "", f) for sec in (*sections, *ytd) for n, f in enumerate(sec.rows)]
        self.figures.setRowCount(len(rows))
        for r, (title, f) in enumerate(rows):
            value = str(f.value) if f.of is None else f"{f.value} / {f.of}"
            for c, text in enumerate((title, figure_label(f), value, f.rate)):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.figures.setItem(r, c, item)
        self.figures.resizeColumnToContents(0)
        self.done.setText(self.tr("{0}：{1}").format(getattr(data, "title", period), self.tr("数据已统计")))

    def file_report(self) -> None:
        kind, period = self._chosen()
        cached = self._cached(kind, period)

        def filed(report) -> None:
            self.done.setText(self.tr("已归档 {0}（第 {1} 版），随下一批档案上报。").format(period, report.version))
            self.ctx.publish(Changes(Kind.REPORTS, (report.id,)), self)
            self.refresh()

        self._run(self.tr("生成并归档报表"), lambda: self.service.file(kind, period, data=cached), filed)

    def print_report(self, path: Path | None) -> None:
        kind, period = self._chosen()
        if path is None:
            path = file_dialogs.save_file(self, file_dialogs.PDF, self.tr("保存报表"),
                                          f"{self._kind_words(kind)}-{period}.pdf", self.tr("PDF (*.pdf)"))
            if path is None:
                return
        cached = self._cached(kind, period)
        self._run(self.tr("打印报表"), lambda: self.service.print_report(kind, period, path, data=cached),
                  lambda pages: self.done.setText(self.tr("已生成 {0} 页：{1}").format(pages, Path(path).name)))

    def export_xlsx(self, path: Path | None) -> None:
        kind, period = self._chosen()
        if path is None:
            path = file_dialogs.save_file(self, file_dialogs.EXPORT, self.tr("导出报表"),
                                          f"{self._kind_words(kind)}-{period}.xlsx", self.tr("Excel (*.xlsx)"))
            if path is None:
                return
        cached = self._cached(kind, period)
        self._run(self.tr("导出报表"), lambda: self.service.export_xlsx(kind, period, path, data=cached),
                  lambda rows: self.done.setText(self.tr("已导出 {0} 项数据：{1}").format(rows, Path(path).name)))


class CalendarEditor(QGroupBox):
    """The director's calendar: per kind, the day of the next month it is due by, whether the
    centre files it, and from which day its periods count (blank: from the centre's set-up)."""

    def __init__(self, page: ReportsCalendarTab) -> None:
        super().__init__()
        self.setTitle(self.tr("报送日历设置（主任）"))
        self.page = page
        layout = QVBoxLayout(self)
        self.rows: dict[str, tuple[QSpinBox, QCheckBox, QLineEdit]] = {}
        for kind in page.kinds:
            row = QHBoxLayout()
            day = QSpinBox()
            day.setRange(1, 28)
            active = QCheckBox(self.tr("报送"))
            start = QLineEdit()
            start.setMaxLength(10)
            start.setPlaceholderText(self.tr("自建库之日"))
            row.addWidget(QLabel(page._kind_words(kind)))
            row.addWidget(QLabel(self.tr("次月")))
            row.addWidget(day)
            row.addWidget(QLabel(self.tr("日前")))
            row.addWidget(active)
            row.addWidget(QLabel(self.tr("起算日期")))
            row.addWidget(start)
            row.addStretch(1)
            layout.addLayout(row)
            self.rows[kind] = (day, active, start)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存报送日历"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addWidget(QLabel(self.tr("遇周末、节假日顺延到下一个工作日。")))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

    def load(self) -> None:
        for r in self.page.service.rules():
            if r.kind in self.rows:
                day, active, start = self.rows[r.kind]
                day.setValue(r.due_day)
                active.setChecked(r.active)
                start.setText(f"{r.starts_on:%Y-%m-%d}" if r.starts_on else "")

    def save(self) -> None:
        """Every kind's row; a refusal is said here and what was typed stays."""
        self.error.say("")
        try:
            for kind, (day, active, start) in self.rows.items():
                text = start.text().strip()
                try:
                    starts = date.fromisoformat(text) if text else None
                except ValueError:
                    starts = text  # the service refuses it in words
                self.page.service.set_rule(kind, day.value(), active.isChecked(), starts)
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.page.ctx.publish(Changes(Kind.REPORTS, ()), self.page)
        self.page.refresh()
