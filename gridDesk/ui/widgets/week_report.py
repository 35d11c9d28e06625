"""周汇报: each grid member's week of visits, day by day (日反馈), one week at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.visits import MemberWeek, week_of

Load = Callable[[date], list[MemberWeek]]
_LOGGED = ("signed", "entered", "nothing", "returned")  # daily_logs.DayMark values of a day with a log


class WeekReport(QWidget):
    def __init__(self, load: Load, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load = load
        self.this_week = week_of(today)
        self.week = self.this_week
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.previous = QPushButton(self.tr("‹ 上一周"))
        self.next = QPushButton(self.tr("下一周 ›"))
        self.title = QLabel()
        self.title.setObjectName("PageHint")
        self.previous.clicked.connect(lambda: self.show_week(self.week - timedelta(weeks=1)))
        self.next.clicked.connect(lambda: self.show_week(self.week + timedelta(weeks=1)))
        self.title.setWordWrap(True)  # the week's sentence wraps rather than widen the page (English)
        bar.addWidget(self.previous)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next)
        layout.addLayout(bar)
        days = [self.tr("周一"), self.tr("周二"), self.tr("周三"), self.tr("周四"), self.tr("周五"),
                self.tr("周六"), self.tr("周日")]
        self.headers = [self.tr("网格员"), self.tr("网格"), *days, self.tr("走访次数"), self.tr("走访户数"),
                        self.tr("发现问题"), self.tr("当场解决"), self.tr("转为案件"),
                        self.tr("日志工时"), self.tr("日志发现"), self.tr("日志当场解决"), self.tr("日志上报"),
                        self.tr("缺日志（天）")]
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.rows: list[MemberWeek] = []

    def refresh(self) -> None:
        self.show_week(self.week)

    def show_week(self, week: date) -> None:
        self.week = min(week_of(week), self.this_week)
        self.next.setEnabled(self.week < self.this_week)
        end = self.week + timedelta(days=6)
        self.rows = self.load(self.week)
        out = sum(1 for r in self.rows if r.visits)
        self.title.setText(self.tr("{0} 至 {1}：{2} 名网格员中 {3} 名有走访；数字为当天走访的户数，"
                                   "√ ○ 无 退 缺 为当天民情日志的状态").format(
            f"{self.week:%Y-%m-%d}", f"{end:%m-%d}", len(self.rows), out))
        self.table.setRowCount(len(self.rows))
        idle = QBrush(QColor("#f8d7da"))
        for r, row in enumerate(self.rows):
            grids = "、".join(row.grids) if len(row.grids) <= 2 else self.tr("{0} 等 {1} 个网格").format(
                row.grids[0], len(row.grids))
            # Each day: the households visited, then the day's log (日反馈): √ signed, ○ entered,
            # 无 nothing to report, 退 returned, 缺 a working day with no log.
            marks = {"signed": "√", "entered": "○", "nothing": self.tr("无"), "returned": self.tr("退"),
                     "missing": self.tr("缺")}
            day_cells = [" ".join(p for p in (str(n) if n else "", marks.get(m, "")))
                         for n, m in zip(row.households_per_day, row.log_marks or ("",) * 7)]
            values = [row.name, grids or self.tr("全村"), *[c.strip() for c in day_cells],
                      str(row.visits), str(row.households), str(row.findings), str(row.solved_on_spot),
                      str(row.reported), f"{row.log_minutes / 60:.1f}", str(row.log_found), str(row.log_solved),
                      str(row.log_reported), str(row.missing_days)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not row.visits and not any(m in _LOGGED for m in row.log_marks):
                    item.setBackground(idle)  # neither a visit nor a log: a week not seen working
                self.table.setItem(r, c, item)
