"""The director's patrol rules: every N days for each place kind, risk-point type and hazard level,
and the seasons (汛期、防火期、冬春 …) with their dates and the frequency each sets in season. The
tightest rule that applies to a place on a day is the one its plan follows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...domain.errors import GridDeskError
from ...domain.patrols import MAX_EVERY_DAYS, SEASON_TARGETS, TARGETS, PatrolRules, Season
from ...services.patrol_rules import PatrolRulesService
from ...services.session import Changes
from ..messages import explain
from ..patrol_words import target_label
from ..widgets.forms import ErrorLabel


class PatrolRulesDialog(QDialog):
    def __init__(self, service: PatrolRulesService, publish: Callable[[Changes], None], parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.publish = publish
        self.setWindowTitle(self.tr("巡查规则"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("平时每几天巡查一次（0 表示不单独安排）；季节里可以更勤。"
                               "一处场所同时适用几条规则时，按最勤的一条。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.every = self._target_table(TARGETS, self.tr("平时每几天"))
        left = QVBoxLayout()
        left.addWidget(self.every, 1)
        self.save_every = QPushButton(self.tr("保存平时频次"))
        self.save_every.clicked.connect(self.save_frequencies)
        left.addWidget(self.save_every)
        row.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("季节（日期写 月-日；跨年的如 11-01 至 03-31）")))
        self.seasons = QListWidget()
        self.seasons.setFixedHeight(90)
        self.seasons.currentRowChanged.connect(self.show_season)
        right.addWidget(self.seasons)
        form = QFormLayout()
        self.name = QLineEdit()
        self.starts = QLineEdit()
        self.starts.setPlaceholderText("06-01")
        self.ends = QLineEdit()
        self.ends.setPlaceholderText("09-30")
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("开始"), self.starts)
        form.addRow(self.tr("结束"), self.ends)
        right.addLayout(form)
        self.in_season = self._target_table(SEASON_TARGETS, self.tr("季节里每几天"))
        right.addWidget(self.in_season, 1)
        buttons = QHBoxLayout()
        self.new_season = QPushButton(self.tr("新增季节"))
        self.new_season.clicked.connect(lambda: self.seasons.setCurrentRow(-1) or self.show_season(-1))
        self.save_season_button = QPushButton(self.tr("保存季节"))
        self.save_season_button.clicked.connect(self.save_season)
        self.delete_season_button = QPushButton(self.tr("删除季节"))
        self.delete_season_button.clicked.connect(self.delete_season)
        for b in (self.new_season, self.save_season_button, self.delete_season_button):
            buttons.addWidget(b)
        right.addLayout(buttons)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 560)
        self.rules = PatrolRules({})
        self.load()

    def _target_table(self, targets: tuple[str, ...], days: str) -> QTableWidget:
        table = QTableWidget(len(targets), 2)
        table.setHorizontalHeaderLabels([self.tr("类别"), days])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for r, target in enumerate(targets):
            table.setItem(r, 0, QTableWidgetItem(target_label(target)))
            spin = QSpinBox()
            spin.setRange(0, MAX_EVERY_DAYS)
            spin.setSpecialValueText(self.tr("—"))
            spin.setProperty("target", target)
            table.setCellWidget(r, 1, spin)
        return table

    @staticmethod
    def _values(table: QTableWidget) -> dict[str, int]:
        return {table.cellWidget(r, 1).property("target"): table.cellWidget(r, 1).value()
                for r in range(table.rowCount())}

    @staticmethod
    def _fill(table: QTableWidget, values: dict[str, int]) -> None:
        for r in range(table.rowCount()):
            spin = table.cellWidget(r, 1)
            spin.setValue(values.get(spin.property("target"), 0))

    def load(self, keep: int | None = None) -> None:
        self.rules = self.service.rules()
        self._fill(self.every, dict(self.rules.every_days))
        self.seasons.blockSignals(True)
        self.seasons.clear()
        for s in self.rules.seasons:
            self.seasons.addItem(f"{s.name}  {s.starts} ~ {s.ends}")
        self.seasons.blockSignals(False)
        ids = [s.id for s in self.rules.seasons]
        self.seasons.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.show_season(self.seasons.currentRow())

    def show_season(self, row: int) -> None:
        season = self.rules.seasons[row] if 0 <= row < len(self.rules.seasons) else Season(None, "", "", "")
        self.current = season
        self.name.setText(season.name)
        self.starts.setText(season.starts)
        self.ends.setText(season.ends)
        self._fill(self.in_season, dict(season.every_days))
        self.delete_season_button.setEnabled(season.id is not None)

    def _try(self, act: Callable[[], Changes | None]) -> Changes | None:
        try:
            changes = act()
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return None
        self.error.say("")
        if changes is not None:
            self.publish(changes)
        return changes

    def save_frequencies(self) -> None:
        stored = dict(self.rules.every_days)
        for target, days in self._values(self.every).items():
            if stored.get(target, 0) != days and self._try(lambda t=target, d=days: self.service.set_frequency(t, d)) is None:
                return
        self.load(self.current.id)

    def save_season(self) -> None:
        season = Season(self.current.id, self.name.text(), self.starts.text(), self.ends.text(),
                        {t: d for t, d in self._values(self.in_season).items() if d})
        changes = self._try(lambda: self.service.save_season(season))
        if changes is not None:  # an error keeps what was typed; a save shows the season as stored
            self.load(int(changes.ids[0]))

    def delete_season(self) -> None:
        if self.current.id is not None and self._try(lambda: self.service.delete_season(self.current.id)) is not None:
            self.load()
