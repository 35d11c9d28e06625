"""达标情况: the yearly rule against what each member attended, what is missing, and the exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.accounts import Permission, can
from ...domain.errors import GridDeskError
from ...domain.roster import TeamRole
from ...domain.training import ComplianceRow
from ...services.training import TrainingService
from ...services.training_export import export_compliance, export_register
from ..dialogs.training_rules_dialog import TrainingRulesDialog
from .. import file_dialogs
from ..messages import explain
from ..saved_notice import tell_saved
from ..training_words import CERT_COLOURS, cert_label, level_label
from ..words import team_role_label
from .training_sessions_tab import year_choice


class ComplianceTab(QWidget):
    def __init__(self, service: TrainingService) -> None:
        super().__init__()
        self.service = service
        self.rows: list[ComplianceRow] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = year_choice(service.now().year)
        self.year.currentIndexChanged.connect(self.refresh)
        self.short_only = QCheckBox(self.tr("只看未达标的"))
        self.short_only.toggled.connect(self.refresh)
        self.rule = QLabel()
        self.rule.setObjectName("PageHint")
        self.rule.setWordWrap(True)  # the year's rule in words: it wraps rather than widen the page
        self.edit_rules = QPushButton(self.tr("修改本年要求…"))
        self.edit_rules.clicked.connect(self.change_rules)
        self.edit_rules.setVisible(service.session.may(Permission.EDIT_RULES))
        may_export = can(service.session.account.role, Permission.EXPORT)
        self.export_register = QPushButton(self.tr("导出培训台账…"))
        self.export_register.clicked.connect(lambda: self.export("register"))
        self.export_table = QPushButton(self.tr("导出达标表…"))
        self.export_table.clicked.connect(lambda: self.export("compliance"))
        for w in (self.export_register, self.export_table):
            w.setVisible(may_export)
        for w in (self.year, self.short_only):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.edit_rules, self.export_register, self.export_table):
            bar.addWidget(w)
        layout.addLayout(bar)
        layout.addWidget(self.rule)  # on its own line: the year's rule in words is long in English
        self.table = QTableWidget()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        year = self.year.currentData()
        rules, own = self.service.rules(year)
        text = self.tr("，").join(self.tr("{0}不少于 {1} 次").format(level_label(lv), n) for lv, n in rules.items())
        self.rule.setText(self.tr("要求：{0}（{1}）").format(
            text or self.tr("无"), self.tr("本中心设定") if own else self.tr("《办法》默认")))
        self.rows = [r for r in self.service.compliance(year) if r.short or not self.short_only.isChecked()]
        levels = [lv for lv, n in rules.items() if n]
        headers = [self.tr("姓名"), self.tr("岗位"), *[self.tr("{0}（参加/应参加）").format(level_label(lv)) for lv in levels],
                   self.tr("仍缺"), self.tr("持证"), self.tr("说明")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        red = QBrush(QColor("#b3261e"))
        for r, row in enumerate(self.rows):
            counts = {c.level: c for c in row.levels}
            cells = [row.name, team_role_label(TeamRole(row.role))]
            cells += [f"{counts[lv].attended} / {counts[lv].required}" if lv in counts else "—" for lv in levels]
            missing = self.tr("、").join(self.tr("{0} {1} 次").format(level_label(c.level), c.missing)
                                        for c in row.levels if c.missing)
            note = self.tr("年中在岗 {0} 个月，要求按月折算").format(row.months_in_post) if row.prorated else ""
            cells += [missing or self.tr("已达标"), cert_label(row.certificate), note]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == len(cells) - 3 and missing:
                    item.setForeground(red)
                if c == len(cells) - 2:
                    item.setForeground(QBrush(QColor(CERT_COLOURS[row.certificate])))
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

    def change_rules(self) -> None:
        year = self.year.currentData()
        rules, _own = self.service.rules(year)
        dialog = TrainingRulesDialog(year, rules, lambda new: self.service.set_rules(year, new), self)
        if dialog.exec() == TrainingRulesDialog.DialogCode.Accepted:
            self.refresh()

    def export(self, what: str) -> None:
        year = self.year.currentData()
        default = self.tr("{0}年培训台账.xlsx").format(year) if what == "register" else \
            self.tr("{0}年培训达标情况.xlsx").format(year)
        path = file_dialogs.save_file(self, file_dialogs.EXPORT, self.tr("导出"), default, self.tr("Excel 表格 (*.xlsx)"))
        if path is not None:
            self.export_to(what, path)

    def export_to(self, what: str, path: Path) -> bool:
        try:
            write = export_register if what == "register" else export_compliance
            count = write(self.service, self.year.currentData(), path)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("没有导出"), explain(exc))
            return False
        tell_saved(self, self.tr("已导出"), self.tr("已导出 {0} 行到 {1}。").format(count, path), path.parent)
        return True
