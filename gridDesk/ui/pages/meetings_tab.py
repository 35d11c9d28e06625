"""月例会: the year's monthly meetings (recorded, made final, their minutes printed) and the
follow-up tasks they set (open ones by due date, the overdue in red; done or cancelled here)."""

from __future__ import annotations

from io import BytesIO

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...domain.meetings import Meeting, Task, TaskState
from ...domain.rules import Permission
from ...services.meetings import MeetingsService
from ...services.search import SearchService
from ...services.tasks import TasksService
from ...services.team import TeamService
from ..bundle import SessionBundle
from ..messages import explain
from .training_sessions_tab import year_choice

RED = QColor("#b3261e")


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def task_state_label(task: Task, today) -> str:
    if task.state is TaskState.DONE:
        return QCoreApplication.translate("MeetingsTab", "已完成 {0}").format(f"{task.closed_on:%Y-%m-%d}")
    if task.state is TaskState.CANCELLED:
        return QCoreApplication.translate("MeetingsTab", "已取消")
    if task.overdue(today):
        return QCoreApplication.translate("MeetingsTab", "超期 {0} 天").format((today - task.due_on).days)
    return QCoreApplication.translate("MeetingsTab", "进行中")


class MeetingsTab(QWidget):
    def __init__(self, ctx: SessionBundle) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.get(MeetingsService)
        self.tasks_service = ctx.get(TasksService)
        self.meetings: list[Meeting] = []
        self.tasks: list[Task] = []
        may = ctx.session.may(Permission.MEETINGS)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = year_choice(self.service.today().year)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, shown in (
                ("new", self.tr("登记月例会…"), self.new_meeting, may), ("edit", self.tr("修改…"), self.edit_meeting, may),
                ("final", self.tr("定稿"), self.make_final, may), ("delete", self.tr("删除草稿"), self.delete_draft, may),
                ("print", self.tr("打印会议纪要…"), self.print_minutes, ctx.session.may(Permission.PRINT))):
            button = QPushButton(text)
            button.setVisible(shown)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["new"].setObjectName("Primary")
        layout.addLayout(bar)
        self.table = _table([self.tr("日期"), self.tr("地点"), self.tr("主持人"), self.tr("参会人数"),
                             self.tr("落实事项"), self.tr("状态")], 1)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _i: self.edit_meeting())
        tasks = QWidget()
        tasks_layout = QVBoxLayout(tasks)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        task_bar = QHBoxLayout()
        self.tasks_caption = QLabel(self.tr("落实任务"))
        self.tasks_caption.setObjectName("CardLabel")
        task_bar.addWidget(self.tasks_caption)
        self.which = QComboBox()
        self.which.addItem(self.tr("未完成"), "open")
        self.which.addItem(self.tr("全部"), "all")
        self.which.currentIndexChanged.connect(lambda _i: self.show_tasks())
        task_bar.addWidget(self.which)
        task_bar.addStretch(1)
        self.done_button = QPushButton(self.tr("办结…"))
        self.cancel_button = QPushButton(self.tr("取消任务…"))
        for button, slot in ((self.done_button, self.task_done), (self.cancel_button, self.task_cancel)):
            button.setVisible(may)
            button.clicked.connect(slot)
            task_bar.addWidget(button)
        tasks_layout.addLayout(task_bar)
        self.task_table = _table([self.tr("任务"), self.tr("责任人"), self.tr("完成时限"), self.tr("来源"),
                                  self.tr("状态"), self.tr("完成情况")], 0)
        self.task_table.itemSelectionChanged.connect(self._enable)
        tasks_layout.addWidget(self.task_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(tasks)
        layout.addWidget(split, 1)
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.meetings = self.service.of_year(self.year.currentData())
        self.table.setRowCount(len(self.meetings))
        for row, m in enumerate(self.meetings):
            state = self.tr("已定稿") if m.final else self.tr("草稿")
            for col, value in enumerate((f"{m.held_on:%Y-%m-%d}", m.place, m.host, str(len(m.attendees)),
                                         str(len(m.followups)), state)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnToContents(0)
        self.show_tasks()
        self._enable()

    def show_tasks(self) -> None:
        states = [TaskState.OPEN] if self.which.currentData() == "open" else None
        self.tasks = self.tasks_service.list(states)
        today = self.tasks_service.today()
        self.task_table.setRowCount(len(self.tasks))
        for row, t in enumerate(self.tasks):
            source = self.tr("{0} 月例会").format(f"{t.meeting_on:%Y-%m-%d}") if t.meeting_on else ""
            for col, value in enumerate((t.title, t.owner_name, f"{t.due_on:%Y-%m-%d}", source,
                                         task_state_label(t, today), t.result)):
                item = QTableWidgetItem(value)
                if t.overdue(today):
                    item.setForeground(QBrush(RED))
                self.task_table.setItem(row, col, item)
        counts = self.tasks_service.counts()
        self.tasks_caption.setText(self.tr("落实任务：未完成 {0} 项，其中超期 {1} 项").format(counts.open, counts.overdue))

    def _enable(self) -> None:
        m = self.selected()
        self.buttons["edit"].setEnabled(m is not None and not m.final)
        self.buttons["final"].setEnabled(m is not None and not m.final)
        self.buttons["delete"].setEnabled(m is not None and not m.final)
        self.buttons["print"].setEnabled(m is not None)
        t = self.selected_task()
        for button in (self.done_button, self.cancel_button):
            button.setEnabled(t is not None and t.state is TaskState.OPEN)

    def selected(self) -> Meeting | None:
        rows = self.table.selectionModel().selectedRows()
        return self.meetings[rows[0].row()] if rows else None

    def selected_task(self) -> Task | None:
        rows = self.task_table.selectionModel().selectedRows()
        return self.tasks[rows[0].row()] if rows else None

    def select(self, meeting_id: int) -> None:
        for row, m in enumerate(self.meetings):
            if m.id == meeting_id:
                self.table.selectRow(row)

    # -- acting ---------------------------------------------------------------------------
    def dialog(self, current: Meeting | None = None):
        from ..dialogs.meeting_dialog import MeetingDialog

        saved: list[int] = []

        def save(m: Meeting) -> None:
            changes = self.service.save(m)
            saved.append(int(changes.ids[0]))
            self.ctx.publish(changes, self)

        team = self.ctx.get(TeamService).members()
        search = self.ctx.get(SearchService).search
        dialog = MeetingDialog(team, search, self.service.figures, save, self.service.today(), current, self)
        dialog.saved = saved
        return dialog

    def new_meeting(self) -> None:
        dialog = self.dialog()
        if dialog.exec() and dialog.saved:
            self.refresh()
            self.select(dialog.saved[-1])

    def edit_meeting(self) -> None:
        m = self.selected()
        if m is None or m.final or not self.ctx.session.may(Permission.MEETINGS):
            return
        dialog = self.dialog(m)
        if dialog.exec():
            self.refresh()
            self.select(m.id)

    def make_final(self) -> None:
        m = self.selected()
        if m is None:
            return
        asked = QMessageBox.question(self, self.tr("定稿"), self.tr(
            "定稿后这次会议不能再修改；本月数据按现在的统计固定下来，勾选“转为任务”的落实事项成为任务。确定定稿吗？"))
        if asked != QMessageBox.StandardButton.Yes:
            return
        self._act(lambda: self.service.make_final(m.id), self.tr("不能定稿"))
        self.select(m.id)

    def delete_draft(self) -> None:
        m = self.selected()
        if m is None:
            return
        if QMessageBox.question(self, self.tr("删除草稿"), self.tr("删除 {0} 的会议草稿吗？").format(
                f"{m.held_on:%Y-%m-%d}")) == QMessageBox.StandardButton.Yes:
            self._act(lambda: self.service.delete_draft(m.id), self.tr("不能删除"))

    def _act(self, call, title: str) -> None:
        try:
            changes = call()
        except GridDeskError as exc:
            QMessageBox.warning(self, title, explain(exc))
            return
        self.ctx.publish(changes, self)
        self.refresh()

    def minutes_pdf(self, meeting_id: int) -> bytes:
        buffer = BytesIO()
        self.service.print_minutes(meeting_id, buffer, record=False)
        return buffer.getvalue()

    def print_minutes(self) -> None:
        from ...services.printouts import PrintService
        from ..dialogs.print_preview import PrintPreview

        m = self.selected()
        if m is None:
            return
        try:
            pdf = self.minutes_pdf(m.id)
        except GridDeskError as exc:
            QMessageBox.warning(self, self.tr("不能打印"), explain(exc))
            return
        name = f"会议纪要-{m.held_on:%Y-%m-%d}.pdf"
        self.preview = PrintPreview(self.tr("会议纪要 {0}").format(f"{m.held_on:%Y-%m-%d}"), pdf, name,
                                    lambda how: self.ctx.get(PrintService).record(f"meeting:{m.id} {m.held_on}",
                                                                                  f"会议纪要 {how}"), self)
        self.preview.exec()

    def _close_task(self, done: bool) -> None:
        from ..dialogs.task_close_dialog import TaskCloseDialog

        t = self.selected_task()
        if t is None:
            return

        def close(text: str) -> None:
            call = self.tasks_service.done if done else self.tasks_service.cancel
            self.ctx.publish(call(t.id, text), self)

        title, label = ((self.tr("办结任务"), self.tr("完成情况")) if done else (self.tr("取消任务"), self.tr("取消原因")))
        self.close_dialog = TaskCloseDialog(title, label, t.title, close, self)
        if self.close_dialog.exec():
            self.refresh()

    def task_done(self) -> None:
        self._close_task(True)

    def task_cancel(self) -> None:
        self._close_task(False)
