"""Attendance of one session: tick the people from the team list; presence, hours, score, reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...domain.errors import GridDeskError
from ...domain.roster import TeamRecord
from ...domain.training import Attendance, Presence, TrainingSession
from ..messages import explain
from ..training_words import presence_label
from ..widgets.forms import ErrorLabel

Save = Callable[[list[Attendance]], None]
NAME, PRESENCE, HOURS, SCORE, PASSED, REASON = range(6)


def _number(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise GridDeskError("number.unreadable", value=text) from None


class AttendanceDialog(QDialog):
    def __init__(self, training: TrainingSession, team: list[TeamRecord], current: list[Attendance], save: Save,
                 states: dict[int, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.training = training
        self.save = save
        self.setWindowTitle(self.tr("登记出勤：{0}").format(training.topic))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("勾选参加或请假的人；学时不填即按本次培训的 {0} 学时计。").format(
            f"{training.hours:g}")))
        by_member = {a.member_id: a for a in current}
        self.members = team
        self.table = QTableWidget(len(team), 6)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("出勤"), self.tr("学时"), self.tr("成绩"),
                                              self.tr("考核"), self.tr("请假原因")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for row, t in enumerate(team):
            a = by_member.get(t.id)
            note = self.tr("（未持证）") if states and states.get(t.id) in ("none", "expired") else ""
            name = QTableWidgetItem(t.member.name + note)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if a else Qt.CheckState.Unchecked)
            self.table.setItem(row, NAME, name)
            presence = QComboBox()
            for p in Presence:
                presence.addItem(presence_label(p), p.value)
            presence.setCurrentIndex(presence.findData((a.presence if a else Presence.PRESENT).value))
            self.table.setCellWidget(row, PRESENCE, presence)
            passed = QComboBox()
            passed.addItems(["", self.tr("合格"), self.tr("不合格")])
            passed.setEnabled(training.assessed)
            if a and a.passed is not None:
                passed.setCurrentIndex(1 if a.passed else 2)
            self.table.setCellWidget(row, PASSED, passed)
            for col, value in ((HOURS, a.hours if a else None), (SCORE, a.score if a else None)):
                edit = QLineEdit("" if value is None else f"{value:g}")
                edit.setEnabled(col != SCORE or training.assessed)
                self.table.setCellWidget(row, col, edit)
            self.table.setCellWidget(row, REASON, QLineEdit(a.reason if a else ""))
        self.table.resizeColumnToContents(NAME)
        layout.addWidget(self.table, 1)
        tools = QHBoxLayout()
        everyone = QPushButton(self.tr("全部勾选"))
        everyone.clicked.connect(lambda: self.tick_all(True))
        nobody = QPushButton(self.tr("全部取消"))
        nobody.clicked.connect(lambda: self.tick_all(False))
        tools.addWidget(everyone)
        tools.addWidget(nobody)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def tick_all(self, on: bool) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, NAME).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def rows(self) -> list[Attendance]:
        out = []
        for row, t in enumerate(self.members):
            if self.table.item(row, NAME).checkState() != Qt.CheckState.Checked:
                continue
            passed = self.table.cellWidget(row, PASSED).currentIndex()
            try:
                hours = _number(self.table.cellWidget(row, HOURS).text())
                score = _number(self.table.cellWidget(row, SCORE).text())
            except GridDeskError as exc:
                raise GridDeskError("training.member_problem", name=t.member.name, problem=exc) from None
            out.append(Attendance(t.id, Presence(self.table.cellWidget(row, PRESENCE).currentData()), hours, score,
                                  None if passed == 0 else passed == 1, self.table.cellWidget(row, REASON).text()))
        return out

    def submit(self) -> None:
        try:
            self.save(self.rows())
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.accept()
