"""民情日志: a member's day (日反馈), the month grid of member × day where a day with no entry
shows as missing, and the days waiting for the 网格长's (or the centre's) sign-off."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...domain.changes import Kind
from ...domain.daily_logs import DayMark, LogDay, LogState
from ...domain.errors import GridDeskError
from ...domain.rules import Permission
from ...domain.visits import FINDING_LABELS
from ...services.daily_logs import DailyLogsService
from ...services.patrols import PatrolsService
from ...services.session import UserSession
from ..bundle import SessionBundle
from ..messages import explain
from .header import page_header

# The month grid's colours: a missing day red, a returned one amber, signed green, waiting blue.
COLOURS = {DayMark.MISSING: "#f8d7da", DayMark.RETURNED: "#fff3cd", DayMark.SIGNED: "#d4edda",
           DayMark.ENTERED: "#dbe9fb", DayMark.NOTHING: "#e8f0e8"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DailyLogPage(QWidget):
    SHOWS = frozenset({Kind.DAILY_LOGS, Kind.VISITS, Kind.TEAM, Kind.CALENDAR, Kind.CASES, Kind.PATROLS,
                       Kind.PATROL_RULES, Kind.PLACES})

    def __init__(self, session: "UserSession | SessionBundle") -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)
        self.session = self.ctx.session
        self.service = self.ctx.get(DailyLogsService)
        self.patrols = self.ctx.get(PatrolsService)
        self.reviewer = self.session.may(Permission.REVIEW_LOGS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(page_header(self.tr("民情日志"), self.tr(
            "网格员每个工作日记一篇民情日志（日反馈）：时段与工时、去了哪里、走访的户（取自走访记录）、"
            "发现的问题、当场解决与上报；没有异常也要记“今日无异常”。网格长签核本网格成员的日志，"
            "网格长本人的由中心签核。工作日没有日志的，在月度表里显示为“缺”。")))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._day_tab(), self.tr("一天的日志"))
        self.tabs.addTab(self._month_tab(), self.tr("月度表"))
        self.parts = {"day": self.tabs.widget(0), "month": self.tabs.widget(1)}
        if self.reviewer:
            self.tabs.addTab(self._sign_tab(), self.tr("待签核"))
            self.parts["sign_off"] = self.tabs.widget(2)
        layout.addWidget(self.tabs, 1)
        self.current: LogDay | None = None

    # -- the day -------------------------------------------------------------------------------
    def _day_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.member = QComboBox()
        self.day = QDateEdit(_qdate(self.service.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(_qdate(self.service.today()))
        self.edit_button = QPushButton(self.tr("填写日志…"))
        self.edit_button.setObjectName("Primary")
        self.edit_button.setVisible(self.session.may(Permission.LOG_VISITS))
        self.report_button = QPushButton(self.tr("上报问题…"))
        self.report_button.setVisible(self.session.may(Permission.CASE_REPORT))
        self.member.currentIndexChanged.connect(lambda _i: self.show_day())
        self.day.dateChanged.connect(lambda _d: self.show_day())
        self.edit_button.clicked.connect(self.edit_day)
        self.report_button.clicked.connect(self.report_problem)
        for w in (QLabel(self.tr("网格员")), self.member, QLabel(self.tr("日期")), self.day):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("当天走访的户（取自走访记录）")))
        self.day_visits = QListWidget()
        layout.addWidget(self.day_visits, 2)
        # The member's day holds what they owe on their rounds too (the 巡查 page records them).
        self.patrols_label = QLabel(self.tr("当天应巡查的场所和风险点（按巡查频次和季节）"))
        layout.addWidget(self.patrols_label)
        self.day_patrols = QListWidget()
        layout.addWidget(self.day_patrols, 1)
        return tab

    def _fill_members(self) -> None:
        chosen = self.member.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        members = self.service.members()
        for t in members:
            self.member.addItem(t.member.name, t.id)
        own = self.session.account.member_id
        index = self.member.findData(chosen if chosen is not None else own)
        self.member.setCurrentIndex(max(index, 0))
        self.member.blockSignals(False)

    def show_day(self) -> None:
        member_id = self.member.currentData()
        self.day_visits.clear()
        self.day_patrols.clear()
        self.current = None
        if member_id is None:
            self.summary.setText(self.tr("没有可以查看的网格员。"))
            self.edit_button.setEnabled(False)
            self.report_button.setEnabled(False)
            return
        entry, visits = self.service.day(member_id, _pydate(self.day.date()))
        self.current = entry
        for v in visits:
            self.day_visits.addItem(self.tr("{0} {1}：{2}").format(v.slot, v.grid_code, "、".join(v.household_numbers)))
            for _fid, category, text, case_id in v.findings:
                label = FINDING_LABELS.get(category, category)  # a str enum: its value finds it
                taken = self.tr("（已转案件）") if case_id else ""
                self.day_visits.addItem("    " + self.tr("发现 {0}：{1}{2}").format(label, text, taken))
        self._show_patrols(member_id, _pydate(self.day.date()))
        self.summary.setText(self._describe(entry))
        signed = entry is not None and entry.state is LogState.SIGNED
        self.edit_button.setEnabled(not signed)
        self.edit_button.setText(self.tr("修改日志…") if entry else self.tr("填写日志…"))
        self.report_button.setEnabled(entry is not None and not signed
                                      and entry.found_total > entry.entry.solved_on_spot + len(entry.case_ids))

    def _show_patrols(self, member_id: int, day: date) -> None:
        due = self.patrols.due_for_member(member_id, day)
        for d in due:
            when = (self.tr("漏巡：应于 {0} 巡查").format(f"{d.due_on:%m-%d}") if d.missed(day)
                    else self.tr("当天到期"))
            item = QListWidgetItem(self.tr("{0}（每 {1} 天一次）：{2}").format(d.place_name, d.every_days, when))
            if d.missed(day):
                item.setForeground(QBrush(QColor("#b02a37")))
            self.day_patrols.addItem(item)
        if not due:
            self.day_patrols.addItem(self.tr("没有到期或漏巡的巡查。"))
        self.patrols_label.setText(self.tr("当天应巡查的场所和风险点（按巡查频次和季节）：{0} 处").format(len(due)))

    def _describe(self, entry: LogDay | None) -> str:
        if entry is None:
            return self.tr("这一天还没有日志。")
        states = {LogState.SUBMITTED: self.tr("已提交，待签核"), LogState.SIGNED: self.tr("已签核"),
                  LogState.RETURNED: self.tr("退回待更正")}
        lines = [self.tr("状态：{0}").format(states[entry.state])]
        if entry.state is LogState.SIGNED:
            # A day brought in signed from paper may carry no time of signing.
            when = f"{entry.reviewed_at:%m-%d %H:%M}" if entry.reviewed_at else ""
            lines[0] += self.tr("（{0} {1}）").format(entry.reviewed_by, when).replace(" ）", "）")
        if entry.state is LogState.RETURNED:
            lines.append(self.tr("退回理由：{0}").format(entry.return_reason))
        slots = "，".join(f"{s.start}—{s.end}" for s in entry.entry.slots)
        lines.append(self.tr("时段：{0}（共 {1:.1f} 小时）").format(slots or self.tr("（无）"), entry.hours))
        if entry.entry.places:
            lines.append(self.tr("去了哪里：{0}").format(entry.entry.places))
        if entry.entry.nothing_to_report:
            lines.append(self.tr("今日无异常"))
        else:
            found = "，".join(f"{FINDING_LABELS[c]} {n}" for c, n in entry.entry.found) or self.tr("（无）")
            lines.append(self.tr("发现的问题：{0}；当场解决 {1}，上报 {2}").format(
                found, entry.entry.solved_on_spot, len(entry.case_ids)))
        if entry.entry.notes:
            lines.append(self.tr("备注：{0}").format(entry.entry.notes))
        from ...services.attachments import AttachmentsService
        from ...services.daily_logs import OWNER

        photos = self.ctx.get(AttachmentsService).listed(OWNER, entry.id)
        if photos:
            lines.append(self.tr("照片：{0}").format("、".join(p.name for p in photos)))
        return "\n".join(lines)

    def edit_day(self) -> None:
        from ..dialogs.daily_log_dialog import DailyLogDialog

        member_id = self.member.currentData()
        if member_id is None:
            return
        day = _pydate(self.day.date())
        entry, visits = self.service.day(member_id, day)
        dialog = DailyLogDialog(member_id, self.member.currentText(), day, entry, visits,
                                lambda e, files, reason: self.ctx.publish(
                                    self.service.save(e, files, reason, entry.stamp if entry else ""), self),
                                self, self.session.may(Permission.CERT_OVERRIDE))
        self.dialog = dialog  # for the tests: the open dialog
        if dialog.exec() == DailyLogDialog.DialogCode.Accepted:
            self.refresh()

    def report_problem(self) -> None:
        from ...services.cases import CasesService
        from ..dialogs.finding_case_dialog import FindingCaseDialog

        if self.current is None:
            return
        log_id = self.current.id
        dialog = FindingCaseDialog(self.ctx.get(CasesService).categories(), "",
                                   lambda category, title: self.service.report_problem(log_id, category, title), self)
        dialog.setWindowTitle(self.tr("上报问题"))
        self.dialog = dialog
        if dialog.exec() == FindingCaseDialog.DialogCode.Accepted:
            self.refresh()

    # -- the month -----------------------------------------------------------------------------
    def _month_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        today = self.service.today()
        self.month_of = today.replace(day=1)
        self.previous = QPushButton(self.tr("‹ 上个月"))
        self.next = QPushButton(self.tr("下个月 ›"))
        self.month_title = QLabel()
        self.month_title.setObjectName("PageHint")
        self.previous.clicked.connect(lambda: self.show_month((self.month_of - timedelta(days=1)).replace(day=1)))
        self.next.clicked.connect(lambda: self.show_month((self.month_of + timedelta(days=32)).replace(day=1)))
        for w in (self.previous, self.month_title, self.next):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.legend = QLabel(self.tr("√ 已签核　○ 已提交　无 今日无异常　退 已退回　缺 工作日没有日志；"
                                     "空白为休息日、未任职或当天未结束"))
        self.legend.setObjectName("PageHint")
        layout.addWidget(self.legend)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.cellDoubleClicked.connect(self.open_cell)
        layout.addWidget(self.grid, 1)
        self.month_rows = []
        return tab

    def _symbols(self) -> dict[DayMark, str]:
        return {DayMark.SIGNED: "√", DayMark.ENTERED: "○", DayMark.NOTHING: self.tr("无"),
                DayMark.RETURNED: self.tr("退"), DayMark.MISSING: self.tr("缺"), DayMark.OFF: ""}

    def show_month(self, first: date) -> None:
        today = self.service.today()
        self.month_of = min(first, today.replace(day=1))
        self.next.setEnabled(self.month_of < today.replace(day=1))
        self.month_rows = self.service.month(self.month_of.year, self.month_of.month)
        days = len(self.month_rows[0].marks) if self.month_rows else 0
        missing = sum(r.count(DayMark.MISSING) for r in self.month_rows)
        self.month_title.setText(self.tr("{0}年{1}月：{2} 名网格员，缺 {3} 篇日志").format(
            self.month_of.year, self.month_of.month, len(self.month_rows), missing))
        self.grid.setColumnCount(days + 1)
        self.grid.setRowCount(len(self.month_rows))
        self.grid.setHorizontalHeaderLabels([str(d + 1) for d in range(days)] + [self.tr("缺")])
        self.grid.setVerticalHeaderLabels([r.name for r in self.month_rows])
        symbols = self._symbols()
        for r, row in enumerate(self.month_rows):
            for c, mark in enumerate(row.marks):
                item = QTableWidgetItem(symbols[mark])
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if mark in COLOURS:
                    item.setBackground(QBrush(QColor(COLOURS[mark])))
                self.grid.setItem(r, c, item)
            total = QTableWidgetItem(str(row.count(DayMark.MISSING)))
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.setItem(r, days, total)

    def open_cell(self, row: int, column: int) -> None:
        """A day of the grid opens on the day tab."""
        if row >= len(self.month_rows) or column >= len(self.month_rows[row].marks):
            return
        index = self.member.findData(self.month_rows[row].member_id)
        if index >= 0:
            self.member.setCurrentIndex(index)
        self.day.setDate(_qdate(self.month_of + timedelta(days=column)))
        self.tabs.setCurrentIndex(0)

    # -- sign-off ------------------------------------------------------------------------------
    def _sign_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.waiting = QTableWidget(0, 4)
        self.waiting.setHorizontalHeaderLabels([self.tr("网格员"), self.tr("日期"), self.tr("工时"), self.tr("内容")])
        self.waiting.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.waiting.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.waiting.horizontalHeader().setStretchLastSection(True)
        self.waiting.verticalHeader().hide()
        layout.addWidget(self.waiting, 1)
        bar = QHBoxLayout()
        self.sign_error = QLabel()
        self.sign_error.setObjectName("ErrorLabel")
        self.sign_button = QPushButton(self.tr("签核"))
        self.sign_button.setObjectName("Primary")
        self.return_button = QPushButton(self.tr("退回更正…"))
        self.sign_button.clicked.connect(self.sign_selected)
        self.return_button.clicked.connect(self.return_selected)
        bar.addWidget(self.sign_error, 1)
        bar.addWidget(self.return_button)
        bar.addWidget(self.sign_button)
        layout.addLayout(bar)
        self.waiting_rows = []
        return tab

    def show_waiting(self) -> None:
        self.waiting_rows = self.service.to_sign_off()
        self.waiting.setRowCount(len(self.waiting_rows))
        for r, w in enumerate(self.waiting_rows):
            what = self.tr("今日无异常") if w.nothing_to_report else self.tr("日志")
            for c, value in enumerate((w.name, f"{w.day:%Y-%m-%d}", f"{w.minutes / 60:.1f}", what)):
                self.waiting.setItem(r, c, QTableWidgetItem(value))
        self.tabs.setTabText(2, self.tr("待签核（{0}）").format(len(self.waiting_rows)))

    def _selected(self) -> list[int]:
        rows = sorted({i.row() for i in self.waiting.selectedIndexes()})
        return [self.waiting_rows[r].log_id for r in rows if r < len(self.waiting_rows)]

    def sign_selected(self) -> None:
        self.sign_error.clear()
        try:
            for log_id in self._selected():
                self.ctx.publish(self.service.sign_off(log_id), self)
        except GridDeskError as exc:
            self.sign_error.setText(explain(exc))
        self.refresh()

    def return_selected(self) -> None:
        from ..dialogs.reason_dialog import ReasonDialog

        chosen = self._selected()
        if not chosen:
            return
        dialog = ReasonDialog(self.tr("退回日志"), self.tr("写明退回的理由，网格员更正后重新提交。"), self)
        dialog.reason.setPlaceholderText(self.tr("例如：时段与走访记录对不上"))
        self.dialog = dialog
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return
        self.sign_error.clear()
        try:
            for log_id in chosen:
                self.ctx.publish(self.service.return_day(log_id, dialog.value()), self)
        except GridDeskError as exc:
            self.sign_error.setText(explain(exc))
        self.refresh()

    # -- the page ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_members()
        self.show_day()
        self.show_month(self.month_of)
        if self.reviewer:
            self.show_waiting()

    def show_part(self, part: str) -> None:
        if part in self.parts:
            self.tabs.setCurrentWidget(self.parts[part])

    def show_member_day(self, member_id: int, day: str) -> None:
        """A day opened from elsewhere (the quarterly review's evidence): that member, that day."""
        self.show_part("day")
        index = self.member.findData(member_id)
        if index >= 0:
            self.member.setCurrentIndex(index)
        self.day.setDate(QDate.fromString(day, "yyyy-MM-dd"))
        self.show_day()
