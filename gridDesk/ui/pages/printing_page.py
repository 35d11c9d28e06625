"""打印: grid signs (with which are out of date and why), contact cards, ledgers. Every printout
opens in the preview first; printing or saving it is what goes on the audit log."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.changes import Kind
from ...domain.accounts import Permission, can
from ...domain.errors import GridDeskError
from ...domain.key_groups import KeyGroup
from ...services.key_groups import KeyGroupsService
from ...services.printouts import PrintService, SignStatus
from ...services.report_printouts import ReportPrintouts
from ...services.session import UserSession
from ..dialogs.print_preview import PrintPreview
from ..widgets.staffing_warning import staffing_warning
from ..messages import explain
from ..words import key_group_label
from .header import page_header
from ..bundle import SessionBundle
from ..widgets.flow_row import flow_row

Make = Callable[[BytesIO, Callable[[int, int], None]], object]


class PrintingPage(QWidget):
    # Kinds of change this page shows: redrawn on screen when another page makes one.
    SHOWS = frozenset({Kind.PRINTS, Kind.GRIDS, Kind.TEAM, Kind.CERTIFICATES})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.sign_warning = ""  # issue 19: said over the next sign preview when a grid's team is not complete
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.ctx.session
        self.session = session
        self.service = self.ctx.get(PrintService)
        self.reports = ReportPrintouts(session)
        self.status: list[SignStatus] = []
        self.task = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("打印"), self.tr(
            "公示牌、联系卡和台账都先预览，再打印或存为 PDF。公示牌上从不印身份证号；网格有变动（人员、电话）"
            "而公示牌还没重印的，下表标为“需重印”。")))

        signs = QGroupBox(self.tr("网格公示牌"))
        signs_layout = QVBoxLayout(signs)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("网格"), self.tr("上次打印"), self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # The grid and the print time are sized to their text (a time is never cut); the state takes the rest.
        for col in (0, 1):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        signs_layout.addWidget(self.table, 1)
        self.size = QComboBox()
        for size in ("A3", "A4", "A2", "A1"):
            self.size.addItem(self.tr("{0} 横向").format(size), size)
        self.sign_one = QPushButton(self.tr("预览所选网格的公示牌…"))
        self.sign_one.clicked.connect(self.preview_sign)
        self.sign_all = QPushButton(self.tr("预览全部网格的公示牌…"))
        self.sign_all.clicked.connect(lambda: self.preview_sign(every=True))
        self.cards = QPushButton(self.tr("预览所选网格的联系卡…"))
        self.cards.clicked.connect(self.preview_cards)
        signs_layout.addWidget(flow_row(self.size, self.sign_one, self.sign_all, self.cards))
        # 持证上岗: the uncertified are left off; only the director may put them on, once, with a reason.
        exception = QHBoxLayout()
        self.sign_override = QCheckBox(self.tr("未持证人员也印上（主任准许的例外）"))
        self.sign_reason = QLineEdit()
        self.sign_reason.setPlaceholderText(self.tr("理由（记入审计日志，列在工作台的“持证上岗例外”里）"))
        self.sign_reason.setEnabled(False)
        self.sign_override.toggled.connect(self.sign_reason.setEnabled)
        for w in (self.sign_override, self.sign_reason):
            w.setVisible(session.may(Permission.CERT_OVERRIDE))
            exception.addWidget(w)
        signs_layout.addLayout(exception)
        layout.addWidget(signs, 2)

        ledgers = QGroupBox(self.tr("台账"))
        ledger_bar = QHBoxLayout(ledgers)
        self.ledger = QComboBox()
        for key, label in (("residents", self.tr("居民花名册（所选网格）")), ("keygroup", self.tr("重点人群登记表（全部）")),
                           ("team", self.tr("网格队伍花名册")), ("week", self.tr("本周走访周报")),
                           ("training", self.tr("本年培训台账"))):
            self.ledger.addItem(label, key)
        for group in self.ctx.get(KeyGroupsService).groups():  # only the groups this role may see
            self.ledger.addItem(self.tr("{0}登记表").format(key_group_label(group)), f"keygroup:{group.value}")
        self.unmask = QCheckBox(self.tr("印完整身份证号和电话"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("原因（记入审计日志）"))
        self.reason.setEnabled(False)
        self.unmask.toggled.connect(self.reason.setEnabled)
        may_unmask = can(session.account.role, Permission.UNMASK)
        self.unmask.setVisible(may_unmask)
        self.reason.setVisible(may_unmask)
        preview = QPushButton(self.tr("预览…"))
        preview.clicked.connect(self.preview_ledger)
        for w in (self.ledger, self.unmask, self.reason, preview):
            ledger_bar.addWidget(w)
        ledger_bar.addStretch(1)
        layout.addWidget(ledgers)

    def refresh(self) -> None:
        self.status = self.service.sign_status()
        self.table.setRowCount(len(self.status))
        stale = QBrush(QColor("#b3261e"))
        for r, s in enumerate(self.status):
            state = self.tr("最新") if not s.out_of_date else \
                self.tr("需重印：{0}").format("；".join(s.changes)) if s.printed_at else self.tr("还没有打印过")
            if s.left_off:  # 持证上岗: said here, so nobody wonders where they went
                state += self.tr("；未持证，不上牌：{0}").format("、".join(s.left_off))
            if s.excepted:
                state += self.tr("；未持证，经主任准许印上：{0}").format("、".join(s.excepted))
            for c, value in enumerate((f"{s.grid_name}（{s.grid_code}）", s.printed_at.replace("T", " "), state)):
                item = QTableWidgetItem(value)
                if c == 2 and s.out_of_date:
                    item.setForeground(stale)
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        if self.status and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.status[rows[0].row()].grid_code if rows else None

    # -- making a PDF in memory, with progress, then the preview -----------------------------
    def _make(self, title: str, name: str, make: Make, recorded: Callable[[str], None]) -> None:
        buffer = BytesIO()

        def done(_result) -> None:
            self.task = None
            self.show_preview(title, buffer.getvalue(), name, recorded)

        def failed(exc: BaseException) -> None:
            self.task = None
            QMessageBox.warning(self, self.tr("没有生成"), explain(exc))

        self.task = self.ctx.runner.run(self, lambda job: make(buffer, job), self.tr("生成 {0}").format(title),
                                        on_done=done, on_failed=failed)

    def show_preview(self, title: str, pdf: bytes, name: str, recorded: Callable[[str], None]) -> None:
        warning, self.sign_warning = self.sign_warning, ""  # the sign's, once (issue 19)
        PrintPreview(title, pdf, name, lambda how: self._recorded(recorded, how), self, warning).exec()

    def _recorded(self, recorded: Callable[[str], None], how: str) -> None:
        try:
            recorded(how)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("没有记录"), explain(exc))
        self.refresh()

    def preview_sign(self, every: bool = False) -> None:
        code = None if every else self.selected_code()
        if not every and code is None:
            return
        codes = None if every else [code]
        size = self.size.currentData()
        reason = self.sign_reason.text().strip() if self.sign_override.isChecked() else ""
        title = self.tr("全部网格公示牌") if every else self.tr("公示牌 {0}").format(code)
        self.sign_warning = staffing_warning(self.ctx, codes)  # a band over the preview, not on the sign
        self._make(title, f"公示牌-{'全部' if every else code}.pdf",
                   lambda buffer, report: self.service.print_signs(buffer, codes, size, report, record=False,
                                                                   cert_override=reason),
                   lambda how: self.service.record_signs(codes, f"{size} {how}", reason))

    def preview_cards(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        self._make(self.tr("联系卡 {0}").format(code), f"联系卡-{code}.pdf",
                   lambda buffer, report: self.service.print_cards(buffer, code, report, record=False),
                   lambda how: self.service.record(f"contact cards {code}", how))

    def preview_ledger(self) -> None:
        kind = self.ledger.currentData()
        reason = self.reason.text().strip() if self.unmask.isChecked() else ""
        if self.unmask.isChecked() and len(reason) < 2:
            QMessageBox.information(self, self.tr("请写明原因"), self.tr("印完整身份证号和电话，需要写明原因。"))
            return
        code = self.selected_code() or ""
        title = self.ledger.currentText()
        if kind == "week":
            make = lambda buffer, _r: self.reports.week_report(buffer, record=False)  # noqa: E731
        elif kind == "training":
            year = self.reports_year()
            make = lambda buffer, _r: self.reports.training_register(buffer, year, record=False)  # noqa: E731
        else:
            grid = code if kind == "residents" else ""
            kind, _, group = kind.partition(":")
            chosen = KeyGroup(group) if group else None
            make = lambda buffer, _r: self.service.print_ledger(  # noqa: E731
                buffer, kind, grid, reason, record=False, group=chosen)
        self._make(title, f"{title}.pdf", make, lambda how: self.service.record(f"ledger {kind} {code}", how))

    def reports_year(self) -> int:
        from ...services.clock import local_dt

        return local_dt(self.session.clock()).year
