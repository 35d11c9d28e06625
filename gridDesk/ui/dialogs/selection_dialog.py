"""选聘记录 (Measures Art. 11) of a full-time hire: the eight steps with their dates and notes, in
order; a step dated out of order is refused under the date, in words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...domain.errors import GridDeskError
from ...domain.rules import Permission
from ...domain.staffing import STEPS, Selection, SelectionStep
from ..staffing_words import step_label
from ..widgets.forms import FormDialog


class SelectionDialog(FormDialog):
    def __init__(self, staffing, selection_id: int, heading: str, editable: bool, today: date, parent=None) -> None:
        self.staffing = staffing
        self.selection_id = selection_id
        self.table = QTableWidget(len(STEPS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("环节"), self.tr("日期"), self.tr("结果、说明")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.step = QComboBox()
        for step in STEPS:
            self.step.addItem(step_label(step), step.value)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：报名 5 人；合格"))
        self.record_button = QPushButton(self.tr("登记此环节"))
        self.record_button.clicked.connect(self.record_step)
        self.member = QLabel()
        body = QVBoxLayout()
        body.addWidget(QLabel(heading))
        body.addWidget(self.table, 1)
        body.addWidget(self.member)
        form = QFormLayout()
        form.addRow(self.tr("环节"), self.step)
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("结果、说明"), self.note)
        self.print_button = QPushButton(self.tr("打印选聘记录…"))
        self.print_button.clicked.connect(self.preview)
        self.print_button.setVisible(staffing.session.may(Permission.PRINT))
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addStretch(1)
        bar.addWidget(self.record_button)
        if editable:
            body.addLayout(form)
        else:
            self.record_button.hide()
        body.addLayout(bar)
        super().__init__(self.tr("选聘记录"), [], parent=parent, body=body,
                         buttons=QDialogButtonBox.StandardButton.Close, fields={"day": self.day, "step": self.step})
        self.buttons.rejected.connect(self.accept)
        self.resize(620, 520)
        self.show_selection()

    def current(self) -> Selection:
        return next(s for s in self.staffing.selections() if s.id == self.selection_id)

    def show_selection(self) -> None:
        sel = self.current()
        done = {e.step: e for e in sel.steps}
        for row, step in enumerate(STEPS):
            e = done.get(step)
            for col, text in enumerate((step_label(step), e.day.isoformat() if e else "", e.note if e else "")):
                self.table.setItem(row, col, QTableWidgetItem(text))
        nxt = next((i for i, s in enumerate(STEPS) if s not in done), None)
        if nxt is not None:
            self.step.setCurrentIndex(nxt)
        self.member.setText(self.tr("任命：{0}").format(sel.member) if sel.member else
                            self.tr("还没有任命：补缺时在“任命补缺…”里登记新成员。"))

    def record_step(self) -> None:
        d = self.day.date()
        self.clear_errors()
        try:
            self.staffing.record_step(self.selection_id, SelectionStep(self.step.currentData()),
                                      date(d.year(), d.month(), d.day()), self.note.text())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.note.clear()
        self.show_selection()

    def submit(self) -> None:
        self.accept()

    def preview(self) -> None:
        """One page, made in memory (it is small) and looked at before it is printed or saved."""
        from io import BytesIO

        from .print_preview import PrintPreview

        buffer = BytesIO()
        try:
            self.staffing.print_selection(self.selection_id, buffer, record=False)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.preview_dialog = PrintPreview(self.tr("选聘记录"), buffer.getvalue(), "选聘记录.pdf",
                                           lambda how: self.staffing.record_selection_print(self.selection_id, how), self)
        self.preview_dialog.exec()
