"""工作台: the centre at a glance; every number opens the list behind it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGridLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.changes import Kind
from ...domain.accounts import Permission, can
from ...services.dashboard import DashboardService
from ...services.first_steps import FirstStepsService
from ...services.session import UserSession
from ..widgets.pay_notice import PayNotice
from ..widgets.division_notice import DivisionNotice
from ..widgets.wechat_notice import WechatNotice
from ..widgets.banner import Banner
from ..widgets.first_steps_panel import FirstStepsPanel
from ..widgets.meeting_lines import MeetingLines
from ...services.tasks import TasksService
from .header import page_header
from ..bundle import SessionBundle

Navigate = Callable[[str, str], None]
_ZERO = "#9aa5b5"  # a zero card's grey: nothing to see, so it does not catch the eye


class _Card(QPushButton):
    def __init__(self, label: str, warn: bool = False) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(86)
        layout = QVBoxLayout(self)
        self.warn = warn
        self.value = QLabel("–")
        self.value.setObjectName("CardValue")
        self.caption = QLabel(label)
        self.caption.setObjectName("CardLabel")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_value(self, n: int) -> None:
        """Red only for a count of something wrong; a zero is grey (nothing yet, or nothing amiss)."""
        self.value.setText(f"{n:,}")
        self.value.setStyleSheet(f"color: {_ZERO};" if n == 0 else ("color: #b3261e;" if self.warn else ""))


class DashboardPage(QWidget):
    # Kinds of change this page shows: redrawn on screen when another page makes one.
    SHOWS = frozenset({Kind.ROSTER, Kind.GRIDS, Kind.TEAM, Kind.CASES, Kind.CALENDAR,
                       Kind.VISITS, Kind.TRAINING, Kind.CERTIFICATES, Kind.BACKUPS,
                       Kind.DAILY_LOGS, Kind.PATROLS, Kind.PATROL_RULES, Kind.MEETINGS, Kind.TASKS, Kind.PAY,
                       Kind.STAFFING, Kind.PARTY_CONTACTS, Kind.WECHAT, Kind.PETITIONS})

    def __init__(self, session: "UserSession | SessionBundle", service: DashboardService, village: str, user: str,
                 navigate: Navigate | None = None) -> None:
        super().__init__()
        self.ctx = SessionBundle.of(session)  # this session's services, bus and runner
        session = self.session = self.ctx.session
        self.service = service
        self.navigate = navigate or (lambda _page, _arg: None)
        # The page scrolls rather than grow the window past a 1280x800 screen (the first steps, the
        # notices and the cards together can be taller than the room left for them).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)  # the window's own background shows through
        body.setAutoFillBackground(False)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_header(self.tr("工作台"),
                                     self.tr("{0}，您好。这里是{1}的概况；点一个数字，看它背后的名单。").format(user, village)))
        self.backup_notice = Banner("NoticeBanner", self.tr("现在备份"), lambda: self.navigate("settings", "backup"))
        self.backup_text = self.backup_notice.text
        layout.addWidget(self.backup_notice)
        self.backup_line = QLabel()  # where the last backup went, when it is not overdue
        self.backup_line.setObjectName("PageHint")
        self.backup_line.hide()
        layout.addWidget(self.backup_line)
        self.calendar_notice = Banner("NoticeBanner", self.tr("录入节假日"),
                                      lambda: self.navigate("settings", "calendar"))
        layout.addWidget(self.calendar_notice)
        self.meeting_lines = MeetingLines(self.ctx, self.navigate)  # the monthly meeting and its tasks
        layout.addWidget(self.meeting_lines)
        self.pay_notice = PayNotice(lambda: self.navigate("cycle", "pay"))  # issue 18: pay not locked, below minimum
        layout.addWidget(self.pay_notice)
        self.division_notice = DivisionNotice(lambda: self.navigate("roster", "grids"))  # issue 19: division report, sizes
        layout.addWidget(self.division_notice)
        self.wechat_notice = WechatNotice(lambda: self.navigate("roster", "wechat"))  # issue 19: 一户一代表
        layout.addWidget(self.wechat_notice)
        # 开始使用: a new centre's first steps, for those who set the centre up (director, staff).
        self.first_steps = None
        if session.may(Permission.SETTINGS):
            self.first_steps = FirstStepsPanel(self.navigate, self.hide_first_steps)
            self.first_steps.hide()
            layout.addWidget(self.first_steps)
        cards = QGridLayout()
        specs = (("grids", self.tr("网格"), False, "roster", ""), ("households", self.tr("户"), False, "roster", ""),
                 ("residents", self.tr("人口"), False, "roster", ""), ("team", self.tr("网格队伍（人）"), False, "roster", "team"),
                 ("cases_open", self.tr("在办案件"), False, "cases", "open"),
                 ("cases_overdue", self.tr("已超期案件"), True, "cases", "overdue"),
                 ("cases_due_this_week", self.tr("本周到期"), False, "cases", "due_this_week"),
                 ("emergencies_unescalated", self.tr("紧急事项未上报"), True, "cases", "unescalated"),
                 ("grids_not_fully_visited", self.tr("本周未走访完的网格"), True, "visits", "coverage"),
                 ("key_groups_due", self.tr("待走访的重点人群"), True, "visits", "key_groups"),
                 ("patrols_missed", self.tr("漏巡的场所和风险点"), True, "patrols", "missed"),
                 ("training_short", self.tr("本年培训未达标"), True, "training", "compliance"),
                 ("uncertified", self.tr("未持证的网格员"), True, "training", "members"),
                 ("certificates_expiring", self.tr("60 天内到期的证书"), True, "training", "members"),
                 ("logs_missing_yesterday", self.tr("上个工作日缺日志"), True, "daily_logs", "month"),
                 ("logs_to_sign_off", self.tr("待签核的民情日志"), False, "daily_logs", "sign_off"),
                 ("grids_incomplete", self.tr("队伍不齐的网格"), True, "roster", "incomplete"),
                 ("vacancies", self.tr("未补的岗位空缺"), True, "roster", "vacancies"))
        if session.may(Permission.VIEW_ASSESSMENT):  # 季评议: quarters ended that the township has not closed
            specs += (("reviews_open", self.tr("未结束的季度评议"), True, "cycle", "review"),)
        specs += (("party_members_behind", self.tr("联户落后的党员"), True, "party", "contacts"),)  # issue 19: 7.1.7
        if session.may(Permission.VIEW_PETITIONS):  # issue 20: petitions past their time limit, not answered
            specs += (("petitions_overdue", self.tr("超期的信访"), True, "disputes", "overdue"),)
        if session.may(Permission.REPORTS):  # issue 20: reports past the calendar's due day, not filed
            specs += (("reports_overdue", self.tr("逾期未报的报表"), True, "reports", ""),)
        self.cards: dict[str, _Card] = {}
        for i, (key, label, warn, page, arg) in enumerate(specs):
            card = _Card(label, warn)
            card.clicked.connect(lambda _=False, p=page, a=arg: self.navigate(p, a))
            self.cards[key] = card
            cards.addWidget(card, i // 6, i % 6)
        # 持证上岗例外: the director's one-off exceptions, counted here and listed on a click.
        self.overrides = []
        card = _Card(self.tr("持证上岗例外"), True)
        card.clicked.connect(self.show_overrides)
        self.cert_card = card
        cards.addWidget(card, len(specs) // 6, len(specs) % 6)
        layout.addLayout(cards)
        self.closures = QLabel()  # this year's closed cases by how they ended, and satisfaction
        self.closures.setObjectName("PageHint")
        self.closures.setWordWrap(True)
        layout.addWidget(self.closures)
        # QtCharts is loaded with the first figures, after the window has painted.
        self.charts = None
        self.charts_slot = QVBoxLayout()
        self.no_charts = QLabel(self.tr("还没有案件。上报第一件后，这里按月、按类别画出案件数和结案用时。"))
        self.no_charts.setObjectName("PageHint")
        self.no_charts.hide()
        self.charts_slot.addWidget(self.no_charts)
        layout.addLayout(self.charts_slot, 2)
        self.table_caption = caption = QLabel(self.tr("各网格户数与人口"))
        caption.setObjectName("CardLabel")
        layout.addSpacing(12)
        layout.addWidget(caption)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("网格编码"), self.tr("网格名称"),
                                              self.tr("户数"), self.tr("人口")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        self.table.setMinimumHeight(120)

    def refresh(self) -> None:
        # Imported here: the cases and visits services are not needed before the first paint.
        from ...services.status import current_status

        self._show_backup_notice()
        self._show_calendar_notice()
        status = current_status(self.session).as_dict()
        self.pay_notice.show_status(status, self.session.may(Permission.VIEW_ASSESSMENT))
        self._show_wechat()
        self._show_first_steps()
        self.meeting_lines.show_status(status, self.ctx.get(TasksService).today())
        self.division_notice.show_status(status, self.ctx.get(TasksService).today())
        for key, card in self.cards.items():
            value = status[key]
            card.show_value(len(value) if isinstance(value, (list, dict)) else value)  # the staffing lists: counted
        self.overrides = self.service.cert_overrides()
        self.cert_card.show_value(len(self.overrides))
        self._show_closures()
        counts = self.service.counts()
        self.table.setRowCount(len(counts.per_grid))
        for row, g in enumerate(counts.per_grid):
            for col, value in enumerate((g.code, g.name, f"{g.households:,}", f"{g.residents:,}")):
                item = QTableWidgetItem(value)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        # The grids card counts the table's rows; micro-grids are said, not silently added.
        micro = counts.micro_grids
        self.cards["grids"].caption.setText(self.tr("网格（不含微网格）") if micro else self.tr("网格"))
        said = self.tr("另有微网格 {0} 个，其户数与人口计入所属网格").format(micro) if micro else ""
        self.cards["grids"].setToolTip(said)
        self.table_caption.setText(self.tr("各网格户数与人口（{0}）").format(said) if micro
                                   else self.tr("各网格户数与人口"))
        self._show_charts()

    def _show_wechat(self) -> None:
        from ...services.wechat_groups import WechatGroupsService

        if not self.session.may(Permission.VIEW_ROSTER):  # the auditor sees no households
            self.wechat_notice.hide()
            return
        wechat = self.ctx.get(WechatGroupsService)
        self.wechat_notice.show_grids(wechat.below(), wechat.threshold())

    def _show_first_steps(self) -> None:
        if self.first_steps is not None:
            self.first_steps.show_steps(self.ctx.get(FirstStepsService).steps())

    def hide_first_steps(self) -> None:
        self.ctx.publish(self.ctx.get(FirstStepsService).hide(), self)
        self.first_steps.hide()

    def show_overrides(self) -> None:
        from ..dialogs.cert_overrides_dialog import CertOverridesDialog

        CertOverridesDialog(self.overrides, self).exec()

    def _show_closures(self) -> None:
        from ...services.cases import CasesService
        from ..case_words import closure_label

        figures = self.ctx.get(CasesService).closures()
        if not figures.total:  # a new centre: one plain sentence, not a line of empty lists
            self.closures.setText(self.tr("{0} 年还没有结案的案件。").format(figures.year))
            return
        kinds = " · ".join(f"{closure_label(how)} {n}" for how, n in figures.by_type)
        unvisited = self.tr("未回访")
        said = " · ".join(f"{word or unvisited} {n}" for word, n in figures.by_satisfaction)
        self.closures.setText(self.tr("{0} 年已结案 {1} 件：{2}。回访满意度：{3}。").format(
            figures.year, figures.total, kinds, said))

    def _show_backup_notice(self) -> None:
        from ...services.backups import BackupService
        from ..widgets.backup_panel import last_backup_line

        if not can(self.session.account.role, Permission.BACKUP):
            return
        state = self.ctx.get(BackupService).state()
        if state.days is not None:  # the centre's last backup that left the PC
            text = (self.tr("上次备份到 U 盘或另一块磁盘是 {0} 天前（{1}）。请每周至少备份一次。").format(
                state.days, state.last_medium.place) if state.overdue else last_backup_line(state.days, state.last_medium))
        elif state.on_pc_at:
            text = self.tr("备份只留在这台电脑上：电脑坏了、被盗或中了病毒，备份会和数据一起丢失。请备份到 U 盘或移动硬盘。")
        else:
            text = self.tr("还没有备份过。一台电脑坏了，全村的数据就没了：请现在备份一次，最好到 U 盘。")
        self.backup_text.setText(text)
        self.backup_line.setText(text)
        self.backup_notice.setVisible(state.overdue)
        self.backup_line.setVisible(not state.overdue)

    def _show_calendar_notice(self) -> None:
        from ...services.work_calendar import CalendarService

        year = self.ctx.get(CalendarService).year_to_enter()
        if year is not None:
            may = self.session.may(Permission.EDIT_RULES)
            self.calendar_notice.text.setText(self.tr(
                "{0} 年的法定节假日和调休还没有录入（国务院一般在 11、12 月公布）。在录入之前，"
                "办理期限落在 {0} 年的案件按周末推算，可能差几天。").format(year)
                + ("" if may else self.tr("请告诉主任录入。")))
            self.calendar_notice.button.setVisible(may)
        self.calendar_notice.setVisible(year is not None)

    def _show_charts(self) -> None:
        from ...services.case_charts import case_charts
        from ...services.cases import CasesService
        from ..widgets.case_charts import CaseChartsView

        if self.charts is None:
            self.charts = CaseChartsView()
            self.charts.monthClicked.connect(lambda month: self.navigate("cases", f"month:{month}"))
            self.charts_slot.addWidget(self.charts)
        self.charts_data = case_charts(self.ctx.get(CasesService))
        self.charts.show_charts(self.charts_data)
        # No case in a year yet (a new centre): a sentence instead of two empty frames of axes.
        empty = not any(any(counts) for _name, counts in self.charts_data.by_category) \
            and not any(self.charts_data.closure_counts)
        self.charts.setVisible(not empty)
        self.no_charts.setVisible(empty)
