"""Cases as a table model: thousands of open cases without thousands of item objects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.case_records import CaseView
from ..case_words import awaiting_label, clock_label, due_text, state_label
from .base import ObjectRole, ReadOnlyTableModel

_CLOCK_COLOURS = {"overdue": QColor("#f8d7da"), "warning": QColor("#fff3cd")}


class CaseModel(ReadOnlyTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cases: list[CaseView] = []
        self.texts: list[tuple[str, ...]] = []
        self.headers = [self.tr("编号"), self.tr("问题"), self.tr("类别"), self.tr("环节"), self.tr("上报时间"),
                        self.tr("办理期限"), self.tr("时限")]

    def set_cases(self, cases: list[CaseView]) -> None:
        self.beginResetModel()
        self.cases = cases
        self.texts = [(short_number(c.number), c.title, c.category, self._state(c), f"{c.reported_at:%Y-%m-%d %H:%M}",
                       due_text(c.due_at, c.due_estimated), _clock_text(c)) for c in cases]
        self.endResetModel()

    def _state(self, c: CaseView) -> str:
        """The step; a case waiting at the township says whether its 上报件 has left and been received."""
        if not c.escalations:
            return state_label(c.state)
        last = c.escalations[-1]
        mark = self.tr("乡镇已签收") if last.received else self.tr("已导出") if last.left else self.tr("未导出")
        return f"{state_label(c.state)} · {mark}"

    def row_count(self) -> int:
        return len(self.cases)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            case = self.cases[index.row()]
            # An emergency not yet handed to the township is red from its report (RULES.md).
            colour = _CLOCK_COLOURS["overdue"] if case.awaiting_escalation else _CLOCK_COLOURS.get(case.clock)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.cases[index.row()].number  # the whole number, as the detail and the printouts show it
        if role == ObjectRole:
            return self.cases[index.row()]
        return None


def short_number(number: str) -> str:
    """The case number as the table shows it: every case of the village starts with the same
    12-digit division code, so only the year and serial (the part that differs) are shown."""
    prefix, dash, rest = number.partition("-")
    return rest if dash and len(prefix) == 12 and prefix.isdigit() and rest else number


def _clock_text(case: CaseView) -> str:
    if not case.awaiting_escalation:
        return clock_label(case.clock)
    return " · ".join(filter(None, (awaiting_label(), clock_label(case.clock) if case.clock == "overdue" else "")))
