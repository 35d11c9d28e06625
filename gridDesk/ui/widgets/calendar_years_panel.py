"""Whose word each year of the calendar rests on, and the director's "the notice is entered"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.calendar_years import CalendarYear, YearSource
from ...domain.errors import GridDeskError
from ...services.work_calendar import CalendarService
from ..messages import explain


class CalendarYearsPanel(QWidget):
    def __init__(self, service: CalendarService, may_edit: bool, say: Callable[[str], None],
                 changed: Callable[[object], None] = lambda changes: None) -> None:
        super().__init__()
        self.service = service
        self.may_edit = may_edit
        self.say = say
        self.changed = changed
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.rows: dict[int, tuple[QLabel, QLineEdit, QPushButton]] = {}

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows.clear()
        for row, year in enumerate(self.service.years()):
            label = QLabel(self._words(year))
            label.setWordWrap(True)
            notice = QLineEdit()
            notice.setPlaceholderText(self.tr("通知文号，例如：国办发明电〔2026〕X号"))
            button = QPushButton(self.tr("撤销确认") if year.source is YearSource.ENTERED
                                 else self.tr("已按通知录入完毕"))
            button.clicked.connect(lambda _=False, y=year: self._toggle(y))
            shown = self.may_edit and year.source is not YearSource.PUBLISHED
            notice.setVisible(shown and year.source is YearSource.ESTIMATED)
            button.setVisible(shown)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(notice, row, 1)
            self.grid.addWidget(button, row, 2)
            self.rows[year.year] = (label, notice, button)
        self.grid.setColumnStretch(0, 1)

    def _words(self, year: CalendarYear) -> str:
        if year.source is YearSource.PUBLISHED:
            return self.tr("{0} 年：GridDesk 内置的日历已含国务院的放假通知。").format(year.year)
        if year.source is YearSource.ENTERED:
            return self.tr("{0} 年：已按国务院通知录入（{1}，{2} 确认于 {3:%Y-%m-%d}）。").format(
                year.year, year.notice or self.tr("未写文号"), year.entered_by, year.entered_at)
        return self.tr("{0} 年：还没有录入国务院的放假通知，这一年的办理期限按周末推算。"
                       "请在上面逐日添加放假和调休上班的日子，然后点“已按通知录入完毕”。").format(year.year)

    def _toggle(self, year: CalendarYear) -> None:
        try:
            if year.source is YearSource.ENTERED:
                changes = self.service.withdraw_year(year.year)
            else:
                changes = self.service.confirm_year(year.year, self.rows[year.year][1].text())
        except GridDeskError as exc:
            self.say(explain(exc))
            return
        self.say("")
        self.refresh()
        self.changed(changes)  # to the change bus: due dates lose or gain their 按周末推算
