"""A member's quarter: the items with their figures and the records behind them, the appraisals
and self-assessment entered from the paper forms, and the two reviews (recorded by the director)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.assessment import ItemKind, MemberQuarter, Quarter, ReviewLevel, ReviewState
from ...domain.errors import GridDeskError
from ...domain.roster import TeamRole
from ...domain.rules import Permission
from ...services.assessment import AssessmentService
from ..bundle import SessionBundle
from ..review_words import (GRADE_COLOURS, figure_cell, grade_label, kind_label, level_label, points_cell,
                            state_label)
from ..widgets.forms import ErrorLabel
from ..words import team_role_label

_EVIDENCE_HEADS = {
    "visits": (QT_TRANSLATE_NOOP("MemberQuarterDialog", "周"), QT_TRANSLATE_NOOP("MemberQuarterDialog", "网格"),
               QT_TRANSLATE_NOOP("MemberQuarterDialog", "已走访 / 户数")),
    "cases": (QT_TRANSLATE_NOOP("MemberQuarterDialog", "结案时间"), QT_TRANSLATE_NOOP("MemberQuarterDialog", "案件"),
              QT_TRANSLATE_NOOP("MemberQuarterDialog", "办结时限")),
    "training": (QT_TRANSLATE_NOOP("MemberQuarterDialog", "日期"), QT_TRANSLATE_NOOP("MemberQuarterDialog", "培训主题"),
                 QT_TRANSLATE_NOOP("MemberQuarterDialog", "学时")),
    "daily_logs": (QT_TRANSLATE_NOOP("MemberQuarterDialog", "日期"), QT_TRANSLATE_NOOP("MemberQuarterDialog", "日志状态"),
                   QT_TRANSLATE_NOOP("MemberQuarterDialog", "备注")),
    "patrols": (QT_TRANSLATE_NOOP("MemberQuarterDialog", "日期"), QT_TRANSLATE_NOOP("MemberQuarterDialog", "场所/风险点"),
                QT_TRANSLATE_NOOP("MemberQuarterDialog", "备注"))}
# The daily log's states as the 民情日志 page names them (the service gives the code).
_LOG_STATES = {"submitted": QT_TRANSLATE_NOOP("MemberQuarterDialog", "已提交"),
               "signed": QT_TRANSLATE_NOOP("MemberQuarterDialog", "已签核"),
               "returned": QT_TRANSLATE_NOOP("MemberQuarterDialog", "退回待更正")}
# Where a record of each kind is opened: the page, and the part or record on it.
_OPEN_ON = {"visits": ("visits", "coverage"), "training": ("training", "sessions"), "patrols": ("patrols", "log")}


class MemberQuarterDialog(QDialog):
    def __init__(self, ctx: SessionBundle, member_id: int, quarter: Quarter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id, self.quarter = ctx, member_id, quarter
        self.service = ctx.get(AssessmentService)
        self.mq: MemberQuarter | None = None
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        self.head = QLabel()
        self.head.setObjectName("CardLabel")
        self.head.setWordWrap(True)
        layout.addWidget(self.head)
        self.items = QTableWidget(0, 6)
        self.items.setHorizontalHeaderLabels([self.tr("考核项目"), self.tr("评分方式"), self.tr("分值"),
                                              self.tr("完成情况"), self.tr("得分"), self.tr("评议意见")])
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.items.itemSelectionChanged.connect(self.item_chosen)
        layout.addWidget(self.items, 2)
        self.evidence_caption = QLabel()
        self.evidence_caption.setObjectName("PageHint")
        layout.addWidget(self.evidence_caption)
        self.evidence = QTableWidget(0, 3)
        self.evidence.verticalHeader().hide()
        self.evidence.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.evidence.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.evidence.cellDoubleClicked.connect(lambda row, _col: self.open_evidence(row))
        self.evidence_rows: list = []
        layout.addWidget(self.evidence, 2)
        # Entering what the appraisals and the member's own account gave (the centre's staff).
        self.entry = QGroupBox(self.tr("录入评议分数"))
        form = QFormLayout(self.entry)
        self.points = QDoubleSpinBox()
        self.points.setDecimals(1)
        self.participants = QSpinBox()
        self.participants.setRange(0, 10_000)
        self.participants.setSuffix(self.tr(" 人"))
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("评议意见或自评要点"))
        self.save_entry_button = QPushButton(self.tr("保存这一项"))
        self.save_entry_button.clicked.connect(self.save_entry)
        self.entry_error = ErrorLabel(self)
        form.addRow(self.tr("得分"), self.points)
        form.addRow(self.tr("参加评议人数"), self.participants)
        form.addRow(self.tr("意见"), self.words)
        form.addRow("", self.save_entry_button)
        form.addRow("", self.entry_error)
        layout.addWidget(self.entry)
        self.reviews = QLabel()
        self.reviews.setWordWrap(True)
        self.reviews.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reviews)
        buttons = QHBoxLayout()
        self.first_button = QPushButton(self.tr("记录村党组织初评…"))
        self.first_button.clicked.connect(lambda: self.record(ReviewLevel.FIRST))
        self.second_button = QPushButton(self.tr("记录乡镇党委复评…"))
        self.second_button.clicked.connect(lambda: self.record(ReviewLevel.SECOND))
        may_decide = ctx.session.may(Permission.REVIEW_DECISIONS)
        for b in (self.first_button, self.second_button):
            b.setVisible(may_decide)
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        mq = self.mq = self.service.member_quarter(self.member_id, self.quarter)
        self.setWindowTitle(self.tr("{0} · {1}年第{2}季度").format(mq.name, self.quarter.year, self.quarter.n))
        total = f"{mq.standing.total:g}" if mq.standing.complete else self.tr("{0}（{1} 项未评分）").format(
            f"{mq.standing.total:g}", len(mq.standing.missing))
        self.head.setText(self.tr("{0}　{1}　网格 {2}　　总分 {3}　等次 {4}　　{5}").format(
            mq.name, team_role_label(TeamRole(mq.role)), "、".join(mq.grids) or "—", total,
            grade_label(mq.standing.grade), state_label(mq.state)))
        self.items.setRowCount(len(mq.items))
        for r, i in enumerate(mq.items):
            words = i.words
            cells = [i.name, kind_label(i.kind), f"{i.max_points:g}", figure_cell(i), points_cell(i), words]
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if c == 4 and i.points is None:
                    cell.setForeground(QBrush(QColor("#a66300")))
                self.items.setItem(r, c, cell)
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.items.horizontalHeader().setStretchLastSection(True)
        self._show_reviews(mq)
        editable = mq.state is ReviewState.OPEN and self.ctx.session.may(Permission.ASSESS)
        self.entry.setVisible(editable)
        self.first_button.setEnabled(mq.state is ReviewState.OPEN)
        self.second_button.setEnabled(mq.state is ReviewState.FIRST_DONE)
        self.item_chosen()

    def _show_reviews(self, mq: MemberQuarter) -> None:
        if not mq.reviews:
            self.reviews.setText(self.tr("尚未评议：先录入群众代表、党员评议和本人自评，再由村党组织初评、乡镇党委复评。"))
            return
        lines = []
        for r in mq.reviews:
            changed = self.tr("；").join(self.tr("{0} {1} → {2}（{3}）").format(
                c.item_name, "—" if c.before is None else f"{c.before:g}", f"{c.after:g}", c.reason) for c in r.changes)
            lines.append(self.tr("{0}：{1}，{2}，意见：{3}；总分 {4}，{5}。{6}").format(
                level_label(r.level), r.reviewer, r.decided_on.isoformat(), r.decision, f"{r.total:g}",
                grade_label(r.grade), self.tr("调整：{0}").format(changed) if changed else self.tr("未调整分数。")))
        self.reviews.setText("\n".join(lines))
        if mq.standing.grade is not None:
            self.reviews.setStyleSheet(f"color: {GRADE_COLOURS[mq.standing.grade]};")

    def current_item(self):
        rows = self.items.selectionModel().selectedRows() if self.items.selectionModel() else []
        return self.mq.items[rows[0].row()] if rows and self.mq else None

    def item_chosen(self) -> None:
        item = self.current_item()
        self.evidence.setRowCount(0)
        entering = item is not None and item.kind is not ItemKind.METRIC
        self.save_entry_button.setEnabled(entering)
        if entering:
            self.points.setRange(0, item.max_points)
            self.points.setValue(item.points or 0)
            self.participants.setValue(item.participants)
            self.participants.setEnabled(item.kind is not ItemKind.SELF)
            self.words.setText(item.words)
            self.entry.setTitle(self.tr("录入：{0}（满分 {1}）").format(item.name, f"{item.max_points:g}"))
        if item is None or item.evidence is None:
            self.evidence.setHorizontalHeaderLabels(["", "", ""])
            self.evidence_caption.setText(self.tr("选一个按台账计算的项目，下面列出它依据的记录。"))
            return
        rows = self.service.evidence(item.evidence)
        self.evidence_rows = rows
        heads = _EVIDENCE_HEADS.get(item.evidence.kind, ("", "", ""))
        self.evidence.setHorizontalHeaderLabels([self.tr(h) for h in heads])
        self.evidence_caption.setText(self.tr("{0}依据的记录：{1} 条（{2} 至 {3}）").format(
            item.name, len(rows), item.evidence.start.isoformat(), item.evidence.end.isoformat())
            + (self.tr("　双击一条记录打开它。") if self.ctx.navigate and rows else ""))
        self.evidence.setRowCount(len(rows))
        late = QBrush(QColor("#b3261e"))
        for r, row in enumerate(rows):
            what = self.tr(_LOG_STATES[row.what]) if row.kind == "daily_logs" and row.what in _LOG_STATES else row.what
            for c, value in enumerate((row.when, what, row.detail or "—")):
                cell = QTableWidgetItem(value)
                if not row.counted:
                    cell.setForeground(late)
                    cell.setToolTip(self.tr("本周没有走访到每一户") if row.kind == "visits" else self.tr("超过办结时限"))
                self.evidence.setItem(r, c, cell)
        self.evidence.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.evidence.horizontalHeader().setStretchLastSection(True)

    def open_evidence(self, row: int) -> None:
        """Click through to the record behind a figure: the case itself, the member's day; a
        visit round, a training session or a patrol on its page's list."""
        if self.ctx.navigate is None or not 0 <= row < len(self.evidence_rows):
            return
        record = self.evidence_rows[row]
        if record.kind == "cases":
            target = ("cases", f"case:{record.record_id}")
        elif record.kind == "daily_logs":
            target = ("daily_logs", f"day:{self.member_id}:{record.when}")
        elif record.kind in _OPEN_ON:
            target = _OPEN_ON[record.kind]
        else:
            return
        self.accept()  # the scores are saved item by item: closing loses nothing typed
        self.ctx.navigate(*target)

    def save_entry(self) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            changes = self.service.save_entry(self.member_id, self.quarter, item.item_id, self.points.value(),
                                              self.words.text(), self.participants.value())
        except GridDeskError as exc:
            from ..messages import explain

            self.entry_error.say(explain(exc))
            return
        self.entry_error.say("")
        self.ctx.publish(changes, self)
        row = self.items.currentRow()
        self.load()
        self.items.selectRow(row)

    def record(self, level: ReviewLevel) -> None:
        from ...services.quarter_reviews import QuarterReviewsService
        from .review_decision_dialog import ReviewDecisionDialog

        reviews = self.ctx.get(QuarterReviewsService)

        def save(reviewer, decided_on, decision, changes) -> None:
            self.ctx.publish(reviews.record(self.member_id, self.quarter, level, reviewer, decided_on, decision,
                                            changes), self)

        self.decision_dialog = ReviewDecisionDialog(level, list(self.mq.items), self.service.today(), save, self)
        if self.decision_dialog.exec() == QDialog.DialogCode.Accepted:
            self.load()
