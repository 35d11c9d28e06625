"""队伍配备 (issue 19 item 5): the grids whose team is not complete, the vacancies with the days
they have been open, filling one by appointment, and the selection record of a full-time hire."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.roster import TeamRole
from ...domain.rules import Permission
from ...services.roster import RosterService
from ...services.staffing import StaffingService, VacancyView
from ...services.team import TeamService
from ..messages import explain
from ..staffing_words import leave_reason_label, missing_label
from ..widgets.forms import ErrorLabel
from ..words import team_role_label

_RED = QColor("#b3261e")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class StaffingTab(QWidget):
    def __init__(self, roster: RosterService, staffing: StaffingService, team: TeamService) -> None:
        super().__init__()
        self.roster, self.service, self.team = roster, staffing, team
        session = staffing.session
        self.may_staff = session.may(Permission.STAFFING)
        self.may_rules = session.may(Permission.EDIT_RULES)
        self.views: list[VacancyView] = []
        self.incomplete_caption = QLabel()
        self.incomplete_caption.setObjectName("CardLabel")
        self.incomplete = _table([self.tr("网格"), self.tr("缺")])
        self.incomplete.setMaximumHeight(180)
        self.vacancy_caption = QLabel()
        self.vacancy_caption.setObjectName("CardLabel")
        self.show_filled = QCheckBox(self.tr("也显示已补上的空缺"))
        self.show_filled.toggled.connect(lambda _on: self.refresh())
        self.vacancies = _table([self.tr("网格"), self.tr("岗位"), self.tr("离任成员"), self.tr("原因"),
                                 self.tr("空缺起始"), self.tr("已空缺（天）"), self.tr("状态"), self.tr("选聘记录")])
        self.appoint_button = QPushButton(self.tr("任命补缺…"))
        self.appoint_button.clicked.connect(self.appoint)
        self.selection_button = QPushButton(self.tr("选聘记录…"))
        self.selection_button.clicked.connect(self.open_selection)
        self.rules_button = QPushButton(self.tr("配备规则…"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.appoint_button.setVisible(self.may_staff)
        self.rules_button.setVisible(self.may_rules)
        bar = QHBoxLayout()
        for w in (self.appoint_button, self.selection_button, self.show_filled):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.rules_button)
        self.error = ErrorLabel(self)
        note = QLabel(self.tr("每个网格要有网格长和至少一名网格员，城市网格至少一名专职网格员（《办法》第八条）；"
                              "网格员辞职、被解聘或调离的，应及时补充（第十条）。离任在“网格队伍”里登记。"))
        note.setObjectName("PageHint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.incomplete_caption)
        layout.addWidget(self.incomplete)
        layout.addWidget(self.vacancy_caption)
        layout.addLayout(bar)
        layout.addWidget(self.vacancies, 1)
        layout.addWidget(self.error)

    def refresh(self) -> None:
        names = {g.code: g.name for g in self.roster.tree()}
        lacking = self.service.incomplete()
        self.incomplete_caption.setText(self.tr("网格长或网格员不齐的网格：{0} 个").format(len(lacking)))
        self.incomplete.setRowCount(len(lacking))
        for row, (code, lacks) in enumerate(sorted(lacking.items())):
            self.incomplete.setItem(row, 0, QTableWidgetItem(f"{names.get(code, code)}（{code}）"))
            item = QTableWidgetItem("、".join(missing_label(m) for m in lacks))
            item.setForeground(QBrush(_RED))
            self.incomplete.setItem(row, 1, item)
        self.incomplete.setVisible(bool(lacking))
        self.views = self.service.vacancies(include_filled=self.show_filled.isChecked())
        open_ = [v for v in self.views if v.vacancy.filled_on is None]
        overdue = sum(v.overdue for v in open_)
        self.vacancy_caption.setText(self.tr("未补的岗位空缺：{0} 个，其中超期 {1} 个（超过 {2} 天）").format(
            len(open_), overdue, self.service.rules()["vacancy.overdue_days"]))
        self.vacancies.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            v = view.vacancy
            grid = f"{v.grid_name}（{v.grid_code}）" if v.grid_code else self.tr("全村")
            if v.filled_on is not None:
                state = self.tr("{0} 由{1}补上").format(v.filled_on.isoformat(), v.filled_member)
            else:
                state = self.tr("超期未补") if view.overdue else self.tr("未补")
            cells = (grid, team_role_label(v.post), v.left_member, leave_reason_label(v.reason) if v.reason else "",
                     v.opened_on.isoformat(), str(view.days_open), state,
                     self.tr("有") if view.selection_id else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if view.overdue and col in (5, 6):
                    item.setForeground(QBrush(_RED))
                self.vacancies.setItem(row, col, item)

    def selected(self) -> VacancyView | None:
        rows = self.vacancies.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None

    def appoint(self) -> None:
        """A new member for the vacancy's grid and post; the dialog opens with both set."""
        from ..dialogs.team_dialog import TeamDialog

        view = self.selected()
        if view is None or view.vacancy.filled_on is not None:
            self.error.say(self.tr("请先选中一个未补的空缺。"))
            return
        v = view.vacancy
        dialog = TeamDialog(self.roster.tree(), lambda m, pol, edu, ok, preferences=None: self.service.appoint(
            v.id, m, pol, edu, ok, preferences), None, self, staffing=self.service)
        dialog.role.setCurrentIndex(max(0, dialog.role.findData(v.post.value)))
        dialog.grid.setCurrentIndex(max(0, dialog.grid.findData(v.grid_code or "")))
        dialog.setWindowTitle(self.tr("任命补缺：{0}").format(team_role_label(v.post)))
        self.dialog = dialog  # tests drive it
        if dialog.exec() == TeamDialog.DialogCode.Accepted:
            self.error.say("")
            self.refresh()

    def open_selection(self) -> None:
        from ..dialogs.selection_dialog import SelectionDialog

        view = self.selected()
        if view is None:
            self.error.say(self.tr("请先选中一个空缺。"))
            return
        selection = view.selection_id
        if selection is None:
            if not self.may_staff or view.vacancy.post is not TeamRole.FULL_TIME:
                self.error.say(self.tr("选聘记录用于专职网格员的招聘：这个空缺没有。"))
                return
            try:
                changes = self.service.start_selection(view.vacancy.id)
            except GridDeskError as exc:
                self.error.say(explain(exc))
                return
            selection = int(str(changes.ids[0]).split(":")[1])
        v = view.vacancy
        heading = self.tr("{0} · {1} · 空缺自 {2}").format(v.grid_name or self.tr("全村"), team_role_label(v.post),
                                                           v.opened_on.isoformat())
        self.dialog = SelectionDialog(self.service, selection, heading, self.may_staff,
                                      self.service.today(), self)
        self.dialog.exec()
        self.refresh()

    def edit_rules(self) -> None:
        from ..dialogs.staffing_rules_dialog import StaffingRulesDialog

        self.dialog = StaffingRulesDialog(self.service.rules(), self.service.save_rules, self)
        if self.dialog.exec() == StaffingRulesDialog.DialogCode.Accepted:
            self.refresh()
