"""上报件: the escalation queue with its working-day clocks, overdue first, filtered waiting /
answered / all; the one selected shows its facts (as the village wrote them), the answers given so
far, and (for those TOWNSHIP_RULES lets answer) the answer form."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidgetItem,
                               QTextBrowser, QVBoxLayout, QWidget)

from ...domain.township import EscalationRow, TownshipAction
from ...services.township_status import township_status
from ...services.township_views import escalation_detail, queue_order
from ..messages import explain
from .answer_form import AnswerForm
from .common import ReadProblem, fit, heading, table
from .context import TownshipContext
from .words import kind_word, state_word

OVERDUE = QColor("#b3261e")
SOON = QColor("#8a5a00")


class QueuePage(QWidget):
    def __init__(self, context: TownshipContext) -> None:
        super().__init__()
        self.context = context
        self.rows: list[EscalationRow] = []
        self.all_rows: tuple[EscalationRow, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading(layout, self.tr("上报件"), self.tr("各村上报乡镇的事件，按答复期限排列，已超期的在最前。"
                                                "期限按工作日计（法定节假日和调休同村里的办理时限）。"))
        self.problem = ReadProblem(self)
        layout.addWidget(self.problem)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示")))
        self.filter = QComboBox()
        self.filter.addItem(self.tr("待答复"), "waiting")
        self.filter.addItem(self.tr("已答复"), "answered")
        self.filter.addItem(self.tr("全部"), "all")
        self.filter.currentIndexChanged.connect(lambda _i: self.show_rows())
        bar.addWidget(self.filter)
        self.summary = QLabel()
        self.summary.setObjectName("PageHint")
        bar.addWidget(self.summary, 1)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        bar.addWidget(refresh)
        layout.addLayout(bar)
        # The clock first: what is overdue must be seen without scrolling sideways.
        self.table = table([self.tr("村"), self.tr("剩余工作日"), self.tr("答复期限"), self.tr("状态"), self.tr("事项"),
                            self.tr("案件编号"), self.tr("次"), self.tr("收到")])
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.setMinimumWidth(360)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        self.facts = QTextBrowser()
        self.facts.setOpenLinks(False)
        side.addWidget(self.facts, 1)
        self.form = AnswerForm(context)
        self.form.set_target(None)
        self.form.answered.connect(self._answered)
        # An auditor reads the queue; the form is not there for them at all (TOWNSHIP_RULES).
        self.form.setVisible(context.may(TownshipAction.ANSWER))
        side.addWidget(self.form)
        self.detail_error = QLabel()
        self.detail_error.setObjectName("ErrorLabel")
        self.detail_error.setWordWrap(True)
        self.detail_error.hide()
        side.addWidget(self.detail_error)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.village_names: dict[str, str] = {}
        context.changed.connect(lambda what: self.refresh() if what != "answer" else None)
        self.refresh()

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.problem.attempt(self._read)

    def _read(self) -> None:
        status = township_status(self.context.session, self.context.today)
        self.village_names = {v.code: v.name for v in status.villages}
        self.all_rows = status.escalations
        self.show_rows()

    def show_rows(self) -> None:
        chosen = self.selected_key()
        self.rows = queue_order(self.all_rows, self.filter.currentData())
        waiting = [e for e in self.all_rows if e.state == "waiting"]
        overdue = sum(e.working_days_left < 0 for e in waiting)
        self.summary.setText(self.tr("待答复 {0} 件，其中已超期 {1} 件").format(len(waiting), overdue))
        t = self.table
        t.setUpdatesEnabled(False)
        t.blockSignals(True)
        try:
            t.setRowCount(len(self.rows))
            for r, e in enumerate(self.rows):
                left = e.working_days_left
                late = e.state == "waiting" and left < 0
                values = (self.village_names.get(e.village, e.village),
                          self.tr("超期 {0} 个工作日").format(-left) if late else str(left) if e.state == "waiting" else "",
                          e.due_on, state_word(e.state), e.title, e.case_number, str(e.ordinal), e.received_on)
                for c, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if late:
                        item.setForeground(QBrush(OVERDUE))
                    elif e.state == "waiting" and left <= 1:
                        item.setForeground(QBrush(SOON))
                    if c == 4:
                        item.setToolTip(e.title)
                    t.setItem(r, c, item)
            again = next((r for r, e in enumerate(self.rows) if (e.village, e.case_number, e.ordinal) == chosen), -1)
            t.clearSelection()
            if again >= 0:
                t.selectRow(again)
            fit(t)
        finally:
            t.blockSignals(False)
            t.setUpdatesEnabled(True)
        self._selected()

    def selected_key(self) -> tuple[str, str, int] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        e = self.rows[rows[0].row()]
        return e.village, e.case_number, e.ordinal

    def select(self, village: str, number: str, ordinal: int = 1) -> bool:
        for r, e in enumerate(self.rows):
            if (e.village, e.case_number, e.ordinal) == (village, number, ordinal):
                self.table.selectRow(r)
                return True
        return False

    def _selected(self) -> None:
        key = self.selected_key()
        self.form.set_target(key)
        self.detail_error.hide()
        if key is None:
            self.facts.setHtml("<p style='color:#5b6b82'>" + escape(self.tr("选中左边的一件，看它的情况并答复。")) + "</p>")
            return
        try:
            detail = escalation_detail(self.context.session, *key)
        except Exception as exc:  # noqa: BLE001 - said in words beside the list, the list stays usable
            self.detail_error.setText(explain(exc))
            self.detail_error.show()
            return
        html = [f"<h3>{escape(detail.title)}</h3>",
                "<p>" + escape(self.tr("{0}（{1}） 案件 {2} 第 {3} 次上报").format(
                    detail.village_name, detail.village, detail.case_number, detail.ordinal)) + "<br>" +
                escape(self.tr("收到 {0}，答复期限 {1}，{2}").format(detail.received_at[:16].replace("T", " "),
                                                                detail.due_at[:10], state_word(detail.state))) + "</p>"]
        if detail.facts:
            html.append("<table cellspacing='0' cellpadding='3'>")
            for name, value in detail.facts:
                if value:
                    html.append(f"<tr><td style='color:#5b6b82' valign='top'>{escape(name)}</td>"
                                f"<td>{escape(value)}</td></tr>")
            html.append("</table>")
        else:
            html.append("<p style='color:#5b6b82'>" + escape(self.tr("这件的详细情况不在乡镇库里（只有队列信息）。")) + "</p>")
        if detail.answers:
            html.append("<h4>" + escape(self.tr("乡镇的答复")) + "</h4>")
            for a in detail.answers:
                sent = self.tr("已发出") if a.sent else self.tr("待写入回复包")
                files = ("<br>" + escape(self.tr("附件：{0}").format("、".join(a.attachments)))) if a.attachments else ""
                html.append(f"<p><b>{escape(kind_word(a.kind))}</b> · {escape(a.by)} · "
                            f"{escape(a.at[:16].replace('T', ' '))} · {escape(sent)}<br>{escape(a.text)}{files}</p>")
        self.facts.setHtml("".join(html))

    def _answered(self, _answered) -> None:
        self.context.changed.emit("answer")
        self.refresh()
