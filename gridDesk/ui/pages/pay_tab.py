"""奖惩与绩效: the month's performance-pay ledger (drawn up by the centre, reviewed and locked by
the director, corrected after locking by a line of its own, exported for the township's finance
office) and the team's commendations and warnings with their documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.pay import Ledger, LedgerState, MemberPay, PaySource, add_months, month_text, yuan
from ...domain.rewards import Reward, RewardKind, RewardRecord
from ...domain.rules import Permission
from ...domain.staffing import LeaveReason
from ...services.attachments import AttachmentsService
from ...services.clock import local_dt
from ...services.pay import PayService
from ...services.pay_export import export_pay
from ...services.rewards import RewardsService
from ...services.roster import RosterService
from ...services.staffing import StaffingService
from ...services.team import TeamService
from .. import file_dialogs
from ..bundle import SessionBundle
from ..dialogs.pay_correction_dialog import PayCorrectionDialog
from ..dialogs.pay_rules_dialog import PayRulesDialog
from ..dialogs.reward_dialog import RewardDialog
from ..messages import explain
from ..pay_words import basis_label, line_note, reward_kind_label, reward_level_label, source_label
from ..saved_notice import tell_saved
from ..widgets.attachment_list import AttachmentList
from ..words import team_role_label

_SUMMED = (PaySource.BASE, PaySource.CASE, PaySource.GRADE, PaySource.DEDUCTION, PaySource.CORRECTION)


def _table(columns: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    # every column as wide as what it holds, the one that may take the rest of the room stretched:
    # a squeezed 姓名 read "…" at 1400 px
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, money: bool = False, warn: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if money:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if warn:
        item.setForeground(Qt.GlobalColor.darkRed)
    return item


class PayTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        session = ctx.session
        self.pay = ctx.get(PayService)
        self.rewards = ctx.get(RewardsService)
        self.team = ctx.get(TeamService)
        self.ledger: Ledger | None = None
        self.records: list[RewardRecord] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.month = QComboBox()
        this = local_dt(session.clock()).date().replace(day=1)
        for n in range(0, 13):
            self.month.addItem(month_text(add_months(this, -n)), month_text(add_months(this, -n)))
        self.month.setCurrentIndex(1)  # last month: the one to draw up and lock
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(QLabel(self.tr("月份")))
        bar.addWidget(self.month)
        self.state = QLabel()  # on a line of its own below: beside the buttons it pushed them off the page
        self.state.setObjectName("PageHint")
        self.state.setWordWrap(True)
        bar.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, permission in (("draw", self.tr("编制台账"), Permission.PAY),
                                      ("lock", self.tr("审核并锁定"), Permission.PAY_LOCK),
                                      ("correct", self.tr("更正…"), Permission.PAY_LOCK),
                                      ("export", self.tr("导出 Excel…"), Permission.EXPORT),
                                      ("rules", self.tr("绩效规则…"), Permission.EDIT_RULES)):
            button = QPushButton(text)
            button.setVisible(session.may(permission))
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["draw"].clicked.connect(self.draw_up)
        self.buttons["lock"].clicked.connect(self.lock)
        self.buttons["correct"].clicked.connect(self.correct)
        self.buttons["export"].clicked.connect(self.export)
        self.buttons["rules"].clicked.connect(self.edit_rules)
        layout.addLayout(bar)
        layout.addWidget(self.state)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("PageHint")
        layout.addWidget(self.notice)
        self.members = _table([self.tr("姓名"), self.tr("岗位"), self.tr("基础补贴"), self.tr("以案定补"),
                               self.tr("以奖代补"), self.tr("扣减"), self.tr("更正"), self.tr("合计"),
                               self.tr("最低工资标准")], 0)
        self.members.itemSelectionChanged.connect(self.show_lines)
        self.lines = _table([self.tr("来源"), self.tr("依据"), self.tr("规则"), self.tr("金额（元）"), self.tr("说明")], 4)
        ledger_split = QSplitter()
        ledger_split.addWidget(self.members)
        ledger_split.addWidget(self.lines)
        ledger_split.setSizes([760, 400])
        rewards = QWidget()
        rewards_layout = QVBoxLayout(rewards)
        rewards_layout.setContentsMargins(0, 0, 0, 0)
        rbar = QHBoxLayout()
        caption = QLabel(self.tr("表彰与警示"))
        caption.setObjectName("CardLabel")
        rbar.addWidget(caption)
        self.member_filter = QComboBox()
        self.member_filter.currentIndexChanged.connect(lambda _i: self.show_rewards())
        rbar.addWidget(self.member_filter)
        rbar.addStretch(1)
        self.add_reward = QPushButton(self.tr("登记表彰或警示…"))
        self.edit_reward = QPushButton(self.tr("修改…"))
        for button in (self.add_reward, self.edit_reward):
            button.setVisible(session.may(Permission.REWARDS))
            rbar.addWidget(button)
        self.add_reward.clicked.connect(lambda: self.open_reward(None))
        self.edit_reward.clicked.connect(lambda: self.open_reward(self.current_reward()))
        rewards_layout.addLayout(rbar)
        self.reward_table = _table([self.tr("日期"), self.tr("姓名"), self.tr("类别"), self.tr("级别"), self.tr("事由"),
                                    self.tr("文号"), self.tr("文件")], 4)
        self.reward_table.itemSelectionChanged.connect(self.show_reward_files)
        self.files = AttachmentList(AttachmentsService(session), lambda _s: "")
        rewards_layout.addWidget(self.reward_table, 1)
        rewards_layout.addWidget(self.files)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(ledger_split)
        split.addWidget(rewards)
        split.setSizes([420, 260])
        layout.addWidget(split, 1)

    # -- showing ---------------------------------------------------------------------------
    def current_month(self) -> str:
        return self.month.currentData()

    def refresh(self) -> None:
        selected = self.current_member()
        self.ledger = ledger = self.pay.ledger(self.current_month())
        self.state.setText(self.state_text(ledger))
        locked = ledger.state is LedgerState.LOCKED
        self.buttons["draw"].setEnabled(not locked)
        self.buttons["lock"].setEnabled(ledger.state is LedgerState.DRAFT)
        self.buttons["correct"].setEnabled(locked and bool(ledger.members))
        self.notice.setText(self.notice_text(ledger))
        self.members.setRowCount(len(ledger.members) + 1)
        for r, m in enumerate(ledger.members):
            sums = [sum(x.amount for x in m.lines if x.source is s) for s in _SUMMED]
            wage = yuan(ledger.minimum_wage) if ledger.minimum_wage and m.post.value == "full_time" else ""
            values = [m.name, team_role_label(m.post), *map(yuan, sums), yuan(m.total),
                      wage + (self.tr("（低于）") if m.below_minimum else "")]
            for c, value in enumerate(values):
                self.members.setItem(r, c, _cell(value, c >= 2, m.below_minimum and c in (7, 8)))
        last = len(ledger.members)
        totals = [self.tr("合计"), self.tr("{0} 人").format(last),
                  *(yuan(ledger.by_source(s)) for s in _SUMMED), yuan(ledger.total), ""]
        for c, value in enumerate(totals):
            item = _cell(value, c >= 2)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.members.setItem(last, c, item)
        self.members.resizeColumnsToContents()
        if selected is not None:
            for r, m in enumerate(ledger.members):
                if m.member_id == selected:
                    self.members.selectRow(r)
        self.show_lines()
        self.fill_member_filter()
        self.show_rewards()

    def state_text(self, ledger: Ledger) -> str:
        if ledger.state is LedgerState.LOCKED:
            return self.tr("已锁定：{0} 于 {1} 审核锁定，台账已冻结，改动只能登记更正。").format(
                ledger.locked_by, f"{ledger.locked_at:%Y-%m-%d %H:%M}")
        if ledger.state is LedgerState.DRAFT:
            return self.tr("草稿：{0} 于 {1} 编制，待主任审核锁定。").format(ledger.drawn_by,
                                                                 f"{ledger.drawn_at:%Y-%m-%d %H:%M}")
        return self.tr("未编制：下面是按现行规则和记录试算的结果。")

    def notice_text(self, ledger: Ledger) -> str:
        said = []
        if not ledger.minimum_wage:
            said.append(self.tr("当地最低工资标准还没有录入，专职网格员的待遇无法对照（《办法》第十八条）。"))
        elif ledger.below_minimum:
            said.append(self.tr("{0} 名专职网格员本月合计低于当地最低工资标准 {1} 元：{2}。").format(
                len(ledger.below_minimum), yuan(ledger.minimum_wage), "、".join(m.name for m in ledger.below_minimum)))
        if ledger.examples:
            said.append(self.tr("绩效规则中仍有 {0} 项是 GridDesk 的示例数，请主任按本地办法修改。").format(len(ledger.examples)))
        return " ".join(said)

    def current_member(self) -> int | None:
        rows = self.members.selectionModel().selectedRows()
        if not rows or self.ledger is None or rows[0].row() >= len(self.ledger.members):
            return None
        return self.ledger.members[rows[0].row()].member_id

    def _member(self, member_id: int | None) -> MemberPay | None:
        return next((m for m in self.ledger.members if m.member_id == member_id), None) if self.ledger else None

    def show_lines(self) -> None:
        m = self._member(self.current_member())
        lines = m.lines if m else ()
        self.lines.setRowCount(len(lines))
        for r, x in enumerate(lines):
            for c, value in enumerate((source_label(x.source), x.ref, basis_label(x), yuan(x.amount), line_note(x))):
                self.lines.setItem(r, c, _cell(value, c == 3, x.amount < 0 and c == 3))
        self.lines.resizeColumnsToContents()

    def fill_member_filter(self) -> None:
        chosen = self.member_filter.currentData()
        self.member_filter.blockSignals(True)
        self.member_filter.clear()
        self.member_filter.addItem(self.tr("全部成员"), None)
        for t in self.team.members(include_left=True):
            self.member_filter.addItem(t.member.name, t.id)
        if chosen is not None and self.member_filter.findData(chosen) >= 0:
            self.member_filter.setCurrentIndex(self.member_filter.findData(chosen))
        self.member_filter.blockSignals(False)

    def show_rewards(self) -> None:
        self.records = self.rewards.listed(self.member_filter.currentData())
        self.reward_table.setRowCount(len(self.records))
        for r, rec in enumerate(self.records):
            x = rec.reward
            values = (f"{x.day:%Y-%m-%d}", rec.member_name, reward_kind_label(x.kind), reward_level_label(x.level),
                      x.reason, x.document_number, str(rec.files or ""))
            for c, value in enumerate(values):
                self.reward_table.setItem(r, c, _cell(value))
        self.reward_table.resizeColumnToContents(0)
        self.show_reward_files()

    def current_reward(self) -> RewardRecord | None:
        rows = self.reward_table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows and rows[0].row() < len(self.records) else None

    def show_reward_files(self) -> None:
        rec = self.current_reward()
        self.edit_reward.setEnabled(rec is not None)
        if rec is None:
            self.files.hide()
        else:
            self.files.show_for("reward", rec.id)

    # -- doing -----------------------------------------------------------------------------
    def _run(self, work, label: str) -> None:
        self.notice.setText(self.tr("正在{0}……").format(label))
        self.ctx.runner.run(self, lambda _job: work(), label, on_done=lambda _r: self.refresh(),
                            on_failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        self.notice.setText(explain(exc))

    def draw_up(self) -> None:
        month = self.current_month()
        self._run(lambda: self.pay.draw_up(month), self.tr("编制 {0} 绩效台账").format(month))

    def lock(self) -> None:
        month, seen = self.current_month(), self.ledger.drawn_at if self.ledger else None
        self._run(lambda: self.pay.lock(month, seen), self.tr("锁定 {0} 绩效台账").format(month))

    def correct(self) -> None:
        if self.ledger is None:
            return
        month = self.current_month()
        dialog = PayCorrectionDialog(month, self.ledger.members,
                                     lambda c: self.ctx.publish(self.pay.correct(month, c), self),
                                     self.current_member(), self)
        if dialog.exec() == PayCorrectionDialog.DialogCode.Accepted:
            self.refresh()

    def export(self) -> None:
        month = self.current_month()
        path = file_dialogs.save_file(self, file_dialogs.EXPORT, self.tr("导出绩效台账"),
                                      self.tr("{0}绩效补贴发放表.xlsx").format(month), self.tr("Excel 表格 (*.xlsx)"))
        if path is not None:
            self.ctx.runner.run(self, lambda _job: export_pay(self.pay, month, Path(path)),
                                self.tr("导出绩效台账"), on_done=lambda _n: self._exported(Path(path)),
                                on_failed=self._failed)

    def _exported(self, path: Path) -> None:
        self.exported = path
        tell_saved(self, self.tr("已导出"), self.tr("已导出 {0} 的绩效台账到 {1}。").format(self.current_month(), path),
                   path.parent)

    def edit_rules(self) -> None:
        dialog = PayRulesDialog(self.pay.rules(), lambda v: self.ctx.publish(self.pay.save_rules(v), self), self)
        if dialog.exec() == PayRulesDialog.DialogCode.Accepted:
            self.refresh()

    def open_reward(self, rec: RewardRecord | None) -> None:
        members = self.team.members(include_left=rec is not None)
        today = local_dt(self.ctx.session.clock()).date()
        dialog = RewardDialog(members, lambda r, files: self.ctx.publish(
            self.rewards.save(rec.id if rec else None, r, files), self), rec.reward if rec else None, today, self,
            {n.code: n.name for n in self.ctx.get(RosterService).tree()})
        if dialog.exec() == RewardDialog.DialogCode.Accepted:
            self.refresh()
            self._dismissal_departure(dialog.value(), members)

    def _dismissal_departure(self, reward: Reward, members) -> None:
        """A 解聘 is a decision; the member's leaving (and the vacancy it opens) is the staffing
        record's. Offered at once, filled in from the decision, for a member still in post."""
        member = next((m for m in members if m.id == reward.member_id), None)
        if reward.kind is not RewardKind.DISMISSAL or member is None or member.left_on is not None:
            return
        if not self.ctx.session.may(Permission.STAFFING):
            return
        from ..dialogs.departure_dialog import DepartureDialog

        staffing = self.ctx.get(StaffingService)
        self.departure = DepartureDialog(member, lambda d: self.ctx.publish(staffing.record_departure(d), self),
                                         staffing.today(), self)
        self.departure.prefill(reward.day, LeaveReason.DISMISSED, reward_level_label(reward.level),
                               reward.document_number)
        self.departure.exec()
