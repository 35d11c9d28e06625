"""审计: the audit log with filters, and the chain check. Each row is a sentence about people and
records, masked; the stored fields and the row's hash are in the tooltip and the pane below."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.rules import Permission
from ...services.audit import AuditFilter, AuditService
from ..words import all_actions
from ..models.audit_model import AuditModel, ObjectRole, SortRole
from .header import page_header

PAGE_SIZE = 500


class AuditPage(QWidget):
    def __init__(self, service: AuditService) -> None:
        super().__init__()
        self.service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_header(self.tr("审计日志"), self.tr(
            "每一次登录、修改、查看敏感信息、打印和导出都记录在这里。日志只能追加，不能修改；"
            "“校验”会逐条核对，找出第一条被改动的记录。")))

        self.account = QComboBox()
        self.action = QComboBox()
        self.action.addItem(self.tr("全部操作"), "")
        for code, label in all_actions():
            self.action.addItem(label, code)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("对象或说明中包含…"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-6))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search = QPushButton(self.tr("查询"))
        self.search.setObjectName("Primary")
        self.search.clicked.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("校验日志完整性"))
        self.verify_button.clicked.connect(self.verify)
        self.head_button = QPushButton(self.tr("打印链头…"))
        self.head_button.setToolTip(self.tr("打印审计日志现在的条数和摘要，记入月度会议记录"))
        self.head_button.clicked.connect(self.print_head)
        self.unmask_reason = ""  # set for one refresh when the account asked, with a reason
        self.unmask_button = QPushButton(self.tr("显示完整信息…"))
        self.unmask_button.setToolTip(self.tr("显示未遮蔽的姓名和号码；需要写明理由，本次查看会记入审计日志"))
        self.unmask_button.clicked.connect(self.unmask)
        self.unmask_button.setVisible(service.session.may(Permission.UNMASK))

        # Long action names (in English above all) must not set the page's width: the lists open
        # wide enough to read, the boxes stay short; the log's tools get a row of their own.
        for combo in (self.account, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.view().setMinimumWidth(320)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("账号"), self.account), (self.tr("操作"), self.action),
                              (self.tr("从"), self.since), (self.tr("到"), self.until)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.search)
        layout.addLayout(filters)
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.verify_button)
        tools.addWidget(self.head_button)
        tools.addWidget(self.unmask_button)
        layout.addLayout(tools)

        self.model = AuditModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.ID, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(AuditModel.SENTENCE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_technical)
        layout.addWidget(self.table, 1)
        # For the expert: what the log stores for the chosen row, and its place in the chain.
        self.technical = QPlainTextEdit()
        self.technical.setReadOnly(True)
        self.technical.setMaximumHeight(90)
        self.technical.setPlaceholderText(self.tr("选中一条记录，这里显示日志中保存的原始内容和摘要。"))
        layout.addWidget(self.technical)
        self.status = QLabel()
        self.status.setObjectName("PageHint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(account=self.account.currentData() or "",
                           action=self.action.currentData() or "", text=self.text.text().strip(),
                           since=self.since.date().toString("yyyy-MM-dd"),
                           until=self.until.date().toString("yyyy-MM-dd"))

    def refresh(self) -> None:
        chosen = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("全部账号"), "")
        for name in self.service.accounts():
            self.account.addItem(name, name)
        index = self.account.findData(chosen) if chosen else 0
        self.account.setCurrentIndex(max(0, index))
        self.account.blockSignals(False)
        reason, self.unmask_reason = self.unmask_reason, ""
        rows, total = self.service.entries(self.current_filter(), limit=PAGE_SIZE, unmask_reason=reason)
        self.model.set_rows(rows)
        self.technical.clear()
        self.table.resizeColumnsToContents()
        if total > len(rows):
            self.status.setText(self.tr("共 {0} 条，显示最新的 {1} 条。").format(total, len(rows)))
        else:
            self.status.setText(self.tr("共 {0} 条。").format(total))

    def _show_technical(self, current, _previous) -> None:
        row = current.model().data(current, ObjectRole) if current.isValid() else None
        self.technical.setPlainText(self.model.technical(row) if row is not None else "")

    def unmask(self) -> None:
        """The page once more with names and numbers whole: a reason first, and the view is logged."""
        from ..dialogs.reason_dialog import ReasonDialog
        from ..messages import explain

        dialog = ReasonDialog(self.tr("显示完整信息"), self.tr(
            "审计日志中的姓名和号码默认遮蔽。请写明查看理由，本次查看会记入审计日志。"), self)
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        self.unmask_reason = dialog.value()
        try:
            self.refresh()
        except GridDeskError as exc:
            self.unmask_reason = ""
            QMessageBox.warning(self, self.tr("无法查看"), explain(exc))

    def verify(self) -> None:
        report = self.service.verify()
        if report.ok:
            self.status.setObjectName("OkLabel")
            self.status.setText(self.tr("审计日志完好：共校验 {0} 条记录，链头摘要 {1}。").format(
                report.rows_checked, report.head.short))
        else:
            self.status.setObjectName("ErrorLabel")
            self.status.setText(self.tr("审计日志有问题：第 {0} 条记录被改动过或其前面的记录被删除。"
                                        "请立即报告主任和乡镇中心。").format(report.first_broken_id))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def print_head(self) -> None:
        from io import BytesIO

        from ..dialogs.print_preview import PrintPreview
        from ..messages import explain

        buffer = BytesIO()
        try:
            head = self.service.head_sheet(buffer)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能打印"), explain(exc))
            return
        self.refresh()  # the reading itself is on the log
        PrintPreview(self.tr("审计日志链头"), buffer.getvalue(), f"审计日志链头-{head.count}.pdf",
                     lambda how: self.service.record_sheet(head, how), self).exec()
