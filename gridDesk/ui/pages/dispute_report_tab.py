"""矛盾纠纷排查调处情况统计表: the month picked, the table as on the paper form (the two-row head with
its merged cells, one row per category, 小计 and 年度累计), 打印 through the preview and 导出Excel,
each made off the UI thread with progress and on the audit log.
A tab of the 报表 page (reports_page.py)."""

from __future__ import annotations

from io import BytesIO

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.dispute_report import COLUMN_GROUPS, PEOPLE_GROUP, DisputeTable
from ...domain.errors import GridDeskError
from ...services.dispute_report import DisputeReportService
from ...services.session import UserSession
from ..bundle import SessionBundle
from ..messages import explain

HEAD = QColor("#eef2f8")
TOTAL = QColor("#f2f2f2")


class DisputeReportTab(QWidget):
    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)
        self.session = self.ctx.session
        self.service = self.ctx.get(DisputeReportService)
        self.task = None
        self.data: DisputeTable | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("填报月份")))
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        from ...services.clock import local_dt

        today = local_dt(self.session.clock()).date()
        self.month.setMinimumDate(QDate(2000, 1, 1))
        self.month.setMaximumDate(QDate(today.year, today.month, 1))
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        bar.addWidget(self.month)
        bar.addWidget(QLabel(self.tr("填报人")))
        self.filled_by = QLineEdit()
        self.filled_by.setMaxLength(32)
        bar.addWidget(self.filled_by)
        bar.addWidget(QLabel(self.tr("审核人")))
        self.reviewed_by = QLineEdit()
        self.reviewed_by.setMaxLength(32)
        bar.addWidget(self.reviewed_by)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_report)
        self.export_button = QPushButton(self.tr("导出Excel…"))
        self.export_button.clicked.connect(self.export_report)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)
        from ...domain.rules import Permission

        self.layout_button = QPushButton(self.tr("统计表设置…"))  # the rows and bands: the director's
        self.layout_button.setVisible(self.session.may(Permission.EDIT_RULES))
        self.layout_button.clicked.connect(self.edit_layout)
        bar.addWidget(self.layout_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 1)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.explained = QLabel(self.tr(
            "排查数：本月发现、受理的纠纷；调处数：本月调解有结果或结案的纠纷；调处成功数：其中达成协议，"
            "或以实质性办结、实质性化解结案的；涉及人数：本月排查的纠纷按所涉人数分档计起数。"))
        self.explained.setWordWrap(True)
        layout.addWidget(self.explained)

    def period(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def refresh(self) -> None:
        try:
            self.data = self.service.table(self.period())
        except GridDeskError as exc:
            self.data = None
            self.table.setRowCount(0)
            self.note.setText(explain(exc))
            return
        self.note.setText(self.tr("{0}年{1}月，年度累计自1月1日起").format(self.data.year, self.data.month))
        self.show_table(self.data)

    def show_table(self, data: DisputeTable) -> None:
        bands = data.band_labels
        columns = 1 + 6 + len(bands)
        body = [*data.rows, (self.tr("小计"), data.subtotal), (self.tr("年度累计"), data.year_to_date)]
        self.table.clearSpans()
        self.table.setColumnCount(columns)
        self.table.setRowCount(2 + len(body))

        def put(r: int, c: int, text: str, colour: QColor | None = None) -> None:
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter if c else Qt.AlignmentFlag.AlignVCenter)
            if colour is not None:
                item.setBackground(QBrush(colour))
            self.table.setItem(r, c, item)

        put(0, 0, self.tr("类别"), HEAD)
        self.table.setSpan(0, 0, 2, 1)
        words = {"found": self.tr("排查数"), "handled": self.tr("调处数"), "succeeded": self.tr("调处成功数")}
        for n, (_label, key) in enumerate(COLUMN_GROUPS):
            put(0, 1 + 2 * n, words[key], HEAD)
            self.table.setSpan(0, 1 + 2 * n, 1, 2)
            put(1, 1 + 2 * n, self.tr("总数"), HEAD)
            put(1, 2 + 2 * n, self.tr("其中重大"), HEAD)
        put(0, 7, self.tr("涉及人数（起）") if PEOPLE_GROUP else "", HEAD)
        if len(bands) > 1:
            self.table.setSpan(0, 7, 1, len(bands))
        for n, label in enumerate(bands):
            put(1, 7 + n, label, HEAD)
        for r, (name, figures) in enumerate(body, 2):
            colour = TOTAL if r >= 2 + len(data.rows) else None
            put(r, 0, name, colour)
            for c, value in enumerate(figures.cells(), 1):
                put(r, c, str(value), colour)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, columns):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)

    def edit_layout(self) -> None:
        from ..dialogs.dispute_layout_dialog import DisputeLayoutDialog

        self.layout_dialog = DisputeLayoutDialog(self.service, self)
        self.layout_dialog.exec()
        if self.layout_dialog.changed:
            self.refresh()

    # -- 打印 and 导出Excel: made off the UI thread, with progress -----------------------------
    def print_report(self) -> None:
        from ...services.printouts import PrintService
        from ..dialogs.print_preview import PrintPreview

        period, filled, reviewed = self.period(), self.filled_by.text(), self.reviewed_by.text()
        buffer = BytesIO()

        def done(_pages) -> None:
            self.task = None
            title = self.tr("矛盾纠纷排查调处情况统计表 {0}").format(period)
            self.preview = PrintPreview(title, buffer.getvalue(), f"矛盾纠纷排查调处情况统计表-{period}.pdf",
                                        lambda how: self.ctx.get(PrintService).record(
                                            f"dispute_report:{period}", f"矛盾纠纷排查调处情况统计表 {how}"), self)
            self.preview.exec()

        def failed(exc: BaseException) -> None:
            self.task = None
            QMessageBox.warning(self, self.tr("没有生成"), explain(exc))

        self.task = self.ctx.runner.run(
            self, lambda _job: self.service.print_pdf(period, buffer, filled, reviewed, record=False),
            self.tr("生成 {0}").format(self.tr("矛盾纠纷排查调处情况统计表")), on_done=done, on_failed=failed)

    def export_report(self, path=None) -> None:
        from ..file_dialogs import save_file

        period, filled, reviewed = self.period(), self.filled_by.text(), self.reviewed_by.text()
        if path is None:
            path = save_file(self, "export", self.tr("导出Excel"), f"矛盾纠纷排查调处情况统计表-{period}.xlsx",
                             self.tr("Excel 工作簿 (*.xlsx)"))
            if path is None:
                return

        def done(_result) -> None:
            self.task = None
            QMessageBox.information(self, self.tr("已导出"), self.tr("已导出到 {0}").format(str(path)))

        def failed(exc: BaseException) -> None:
            self.task = None
            QMessageBox.warning(self, self.tr("没有导出"), explain(exc))

        self.task = self.ctx.runner.run(
            self, lambda _job: self.service.export_xlsx(period, path, filled, reviewed),
            self.tr("导出 {0}").format(self.tr("矛盾纠纷排查调处情况统计表")), on_done=done, on_failed=failed)

