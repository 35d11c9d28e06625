"""Recording a review (初评 or 复评): who, when, the decision, and any points changed with the
reason, item by item. The dialog hands the values to `save`; the service decides."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from ...domain.assessment import ItemScore, ReviewLevel
from ...domain.errors import GridDeskError
from ...services.quarter_reviews import PointsChange
from ..review_words import level_label, points_cell
from ..widgets.forms import FormDialog

Save = Callable[[str, date, str, list[PointsChange]], None]
NEW, REASON = 3, 4  # the editable columns


class ReviewDecisionDialog(FormDialog):
    def __init__(self, level: ReviewLevel, items: list[ItemScore], today: date, save: Save, parent=None) -> None:
        self.level, self.items, self.save = level, items, save
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("如 杏花村党总支 王书记") if level is ReviewLevel.FIRST
                                         else self.tr("如 小店镇党委 李副书记"))
        self.decided_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("yyyy-MM-dd")
        self.decision = QPlainTextEdit()
        self.decision.setPlaceholderText(self.tr("评议意见，如：同意，等次称职"))
        self.decision.setFixedHeight(60)
        self.table = QTableWidget(len(items), 5)
        self.table.setHorizontalHeaderLabels([self.tr("考核项目"), self.tr("分值"), self.tr("现得分"),
                                              self.tr("调整为"), self.tr("调整理由")])
        self.table.verticalHeader().hide()
        for r, item in enumerate(items):
            for c, value in enumerate((item.name, f"{item.max_points:g}", points_cell(item))):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, cell)
            self.table.setItem(r, NEW, QTableWidgetItem(""))
            self.table.setItem(r, REASON, QTableWidgetItem(""))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        body = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("评议人"), self.reviewer)
        form.addRow(self.tr("评议日期"), self.decided_on)
        form.addRow(self.tr("评议意见"), self.decision)
        body.addLayout(form)
        hint = QLabel(self.tr("要调整某项分数，在“调整为”填新分数并写明理由；没有分数的项目须在这里给出。"))
        hint.setObjectName("PageHint")
        hint.setWordWrap(True)
        body.addWidget(hint)
        body.addWidget(self.table)
        super().__init__(level_label(level), [], parent=parent, body=body,
                         fields={"reviewer": self.reviewer, "decision": self.decision, "decided_on": self.decided_on,
                                 "points": self.table, "reason": self.table, "item": self.table})
        self.resize(760, 560)

    def set_change(self, name: str, points: float, reason: str) -> None:
        """Fill one item's new points and reason (what a person types into the table)."""
        row = next(r for r, i in enumerate(self.items) if i.name == name)
        self.table.item(row, NEW).setText(f"{points:g}")
        self.table.item(row, REASON).setText(reason)

    def changes(self) -> list[PointsChange]:
        out = []
        for r, item in enumerate(self.items):
            typed = self.table.item(r, NEW).text().strip()
            if not typed:
                continue
            try:
                points = float(typed)
            except ValueError:
                points = -1.0  # the service refuses it with the item's range
            out.append(PointsChange(item.item_id, points, self.table.item(r, REASON).text()))
        return out

    def submit(self) -> None:
        d = self.decided_on.date()
        try:
            self.save(self.reviewer.text(), date(d.year(), d.month(), d.day()), self.decision.toPlainText(),
                      self.changes())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
