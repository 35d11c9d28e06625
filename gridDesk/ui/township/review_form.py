"""The township's second review (复评) of one member's quarter: decision, date, reviewer (the
township's name unless another is typed) and optional points changes (item, points, reason), handed
to record_second_review. A refusal is said under the form and nothing typed is lost; only a review
that was kept clears the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QPlainTextEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QWidget)

from ...services.township_reviews import PointsChangeIn, record_second_review
from ..messages import explain
from ..widgets.forms import ErrorLabel
from .common import form_frame
from .context import TownshipContext


class ReviewForm(QWidget):
    recorded = Signal(object)  # the SecondReviewRecorded the service returned

    def __init__(self, context: TownshipContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.target: tuple[str, str, str] | None = None  # (village, quarter, member)
        self.decision = QPlainTextEdit()
        self.decision.setPlaceholderText(self.tr("复评结论（最多 500 字），如：同意村党组织初评结果"))
        self.decision.setMinimumHeight(56)
        self.decision.setMaximumHeight(90)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = date.today()  # the service refuses a day after the real today, whatever the page shows
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("不填则为乡镇名称：{0}").format(context.session.name))
        self.changes = QTableWidget(0, 3)
        self.changes.setHorizontalHeaderLabels([self.tr("考核项目"), self.tr("调整后分值"), self.tr("理由")])
        self.changes.verticalHeader().setVisible(False)
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.setMaximumHeight(96)
        add = QPushButton(self.tr("添加调整"))
        add.clicked.connect(lambda: self.add_change())
        remove = QPushButton(self.tr("删除所选调整"))
        remove.clicked.connect(self._remove_change)
        change_buttons = QHBoxLayout()
        change_buttons.addWidget(add)
        change_buttons.addWidget(remove)
        change_buttons.addStretch(1)
        self.error = ErrorLabel(self)
        self.submit_button = QPushButton(self.tr("保存复评"))
        self.submit_button.setObjectName("Primary")
        self.submit_button.clicked.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("复评结论"), self.decision)
        form.addRow(self.tr("复评日期"), self.day)
        form.addRow(self.tr("复评人"), self.reviewer)
        form.addRow(self.tr("分值调整"), self.changes)
        form.addRow("", change_buttons)
        form_frame(self, form, self.error, self.submit_button)
        self.set_target(None)

    def set_target(self, target: tuple[str, str, str] | None) -> None:
        if target != self.target:
            self.error.say("")
        self.target = target
        self.submit_button.setEnabled(target is not None)

    def add_change(self, item: str = "", points: str = "", reason: str = "") -> None:
        row = self.changes.rowCount()
        self.changes.insertRow(row)
        for c, value in enumerate((item, points, reason)):
            self.changes.setItem(row, c, QTableWidgetItem(value))

    def _remove_change(self) -> None:
        for row in sorted({i.row() for i in self.changes.selectedIndexes()}, reverse=True):
            self.changes.removeRow(row)

    def typed_changes(self) -> list[PointsChangeIn]:
        """Each row as typed (the service says what is wrong with one); a row left empty is no change."""
        out = []
        for r in range(self.changes.rowCount()):
            cells = [(self.changes.item(r, c).text() if self.changes.item(r, c) else "").strip() for c in range(3)]
            if any(cells):
                out.append(PointsChangeIn(cells[0], cells[1], cells[2]))  # type: ignore[arg-type]
        return out

    def submit(self) -> None:
        if self.target is None:
            return
        village, quarter, member = self.target
        d = self.day.date()
        decision, reviewer = self.decision.toPlainText(), self.reviewer.text()
        day, changes = date(d.year(), d.month(), d.day()), self.typed_changes()
        self.error.say("")
        self.submit_button.setEnabled(False)
        self.context.runner.run(
            self, lambda job: record_second_review(self.context.session, village, quarter, member, decision,
                                                   reviewer or None, day, changes),
            self.tr("保存复评"), on_done=self._done, on_failed=self._failed)

    def _done(self, recorded) -> None:
        self.decision.clear()
        self.changes.setRowCount(0)
        self.submit_button.setEnabled(self.target is not None)
        self.recorded.emit(recorded)

    def _failed(self, exc: BaseException) -> None:
        self.error.say(explain(exc))  # what was typed stays where it was
        self.submit_button.setEnabled(self.target is not None)
