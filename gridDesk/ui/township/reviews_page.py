"""考核复核: the villages' quarterly reviews waiting for the township's second review (each village's
own result: total, grade, decision); the one selected shows the village's review and the form to
record the second review. Below, the second reviews recorded here that the village's next reply will
carry (待随回复包发出). Only for those TOWNSHIP_RULES lets review (pages.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout, QWidget)

from ...services.township_pending import pending_downlinks
from ...services.township_reviews import WaitingReview, waiting_reviews
from .common import ReadProblem, fit, heading, table
from .context import TownshipContext
from .review_form import ReviewForm


class ReviewsPage(QWidget):
    def __init__(self, context: TownshipContext) -> None:
        super().__init__()
        self.context = context
        self.rows: list[WaitingReview] = []
        self.pending: list[tuple[str, object]] = []  # (village name, PendingReview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading(layout, self.tr("考核复核"), self.tr("各村党组织已初评、等待乡镇党委复评的网格员季度考核。"
                                                  "复评保存后随这个村的下一个回复包发回村里。"))
        self.problem = ReadProblem(self)
        layout.addWidget(self.problem)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("PageHint")
        bar.addWidget(self.summary, 1)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setObjectName("Refresh")
        refresh.clicked.connect(self.refresh)
        bar.addWidget(refresh)
        layout.addLayout(bar)
        self.table = table([self.tr("村"), self.tr("季度"), self.tr("网格员"), self.tr("总分"), self.tr("等次"),
                            self.tr("村里的评议意见")])
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.setMinimumWidth(360)
        self.sent_label = QLabel(self.tr("已复评，待随回复包发出"))
        self.sent_label.setObjectName("PageHint")
        self.unsent = table([self.tr("村"), self.tr("季度"), self.tr("网格员"), self.tr("复评结论"), self.tr("复评人"),
                             self.tr("复评日期")])
        left = QWidget()
        lists = QVBoxLayout(left)
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addWidget(self.table, 3)
        lists.addWidget(self.sent_label)
        lists.addWidget(self.unsent, 2)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        self.facts = QTextBrowser()
        self.facts.setOpenLinks(False)
        side.addWidget(self.facts, 1)
        self.form = ReviewForm(context)
        self.form.recorded.connect(self._recorded)
        side.addWidget(self.form)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        context.changed.connect(lambda what: self.refresh() if what in ("import", "reply") else None)
        self.refresh()

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.problem.attempt(self._read)

    def _read(self) -> None:
        rows = waiting_reviews(self.context.session)
        pending = [(v.name, r) for v in pending_downlinks(self.context.session) for r in v.reviews]
        self.rows, self.pending = rows, pending
        self.show_rows()

    def show_rows(self) -> None:
        chosen = self.selected_key()
        self.summary.setText(self.tr("等待复评 {0} 项；已复评待发出 {1} 项").format(len(self.rows), len(self.pending)))
        t = self.table
        t.blockSignals(True)
        try:
            t.setRowCount(len(self.rows))
            for r, w in enumerate(self.rows):
                for c, value in enumerate((w.village_name, w.quarter, w.member, w.total, w.grade, w.decision)):
                    item = QTableWidgetItem(value)
                    if c == 5:
                        item.setToolTip(value)
                    t.setItem(r, c, item)
            again = next((r for r, w in enumerate(self.rows) if (w.village, w.quarter, w.member) == chosen), -1)
            t.clearSelection()
            if again >= 0:
                t.selectRow(again)
            fit(t)
        finally:
            t.blockSignals(False)
        u = self.unsent
        u.setRowCount(len(self.pending))
        for r, (name, p) in enumerate(self.pending):
            for c, value in enumerate((name, p.quarter, p.member, p.decision, p.reviewer, p.decided_on)):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setToolTip(value)
                u.setItem(r, c, item)
        fit(u)
        self._selected()

    def selected_key(self) -> tuple[str, str, str] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        w = self.rows[rows[0].row()]
        return w.village, w.quarter, w.member

    def select(self, village: str, quarter: str, member: str) -> bool:
        for r, w in enumerate(self.rows):
            if (w.village, w.quarter, w.member) == (village, quarter, member):
                self.table.selectRow(r)
                return True
        return False

    def _selected(self) -> None:
        key = self.selected_key()
        self.form.set_target(key)
        if key is None:
            self.facts.setHtml("<p style='color:#5b6b82'>" + escape(self.tr("选中左边的一项，看村里的初评并复评。")) + "</p>")
            return
        w = next(w for w in self.rows if (w.village, w.quarter, w.member) == key)
        rows = ((self.tr("村"), f"{w.village_name}（{w.village}）"), (self.tr("季度"), w.quarter),
                (self.tr("网格员"), w.member), (self.tr("初评机构"), w.reviewer), (self.tr("初评日期"), w.decided_on),
                (self.tr("总分"), w.total), (self.tr("等次"), w.grade), (self.tr("初评意见"), w.decision))
        title = self.tr("{0} {1} 的季度考核").format(w.member, w.quarter)
        html = [f"<h3>{escape(title)}</h3>", "<table cellspacing='0' cellpadding='3'>"]
        for name, value in rows:
            html.append(f"<tr><td style='color:#5b6b82' valign='top'>{escape(name)}</td>"
                        f"<td>{escape(value or '—')}</td></tr>")
        html.append("</table>")
        self.facts.setHtml("".join(html))

    def _recorded(self, _recorded) -> None:
        self.context.changed.emit("review")
        self.refresh()
