"""The 工作台's lines of the monthly meeting and its tasks: the meeting not yet held late in the
month (after the 20th), overdue follow-up tasks in red, and a grid member's own open tasks (the
tasks of their person are theirs to see here: the 例会考核 page is the centre's)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.meetings import TaskState
from ...domain.rules import Permission
from ...services.tasks import TasksService
from ..bundle import SessionBundle
from .banner import Banner

REMIND_AFTER_DAY = 20  # the meeting is due within the month; from the 21st the dashboard reminds


class MeetingLines(QWidget):
    def __init__(self, ctx: SessionBundle, navigate: Callable[[str, str], None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.centre = ctx.session.may(Permission.VIEW_ASSESSMENT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.no_meeting = Banner("NoticeBanner", self.tr("登记月例会"), lambda: navigate("cycle", "meetings"))
        self.no_meeting.button.setVisible(ctx.session.may(Permission.MEETINGS))
        layout.addWidget(self.no_meeting)
        self.overdue = Banner("Banner", self.tr("查看任务"), lambda: navigate("cycle", "meetings"))
        self.overdue.button.setVisible(self.centre)
        layout.addWidget(self.overdue)
        self.mine = QLabel()  # a grid member's own open tasks, one a line
        self.mine.setObjectName("PageHint")
        self.mine.setWordWrap(True)
        self.mine.hide()
        layout.addWidget(self.mine)

    def show_status(self, status: dict, today: date) -> None:
        late = status.get("meeting_this_month") is False and today.day > REMIND_AFTER_DAY
        self.no_meeting.text.setText(self.tr("本月（{0}）还没有登记月例会：规范要求每月召开一次工作例会。").format(
            f"{today:%Y-%m}"))
        self.no_meeting.setVisible(late)
        overdue = int(status.get("tasks_overdue") or 0)
        self.overdue.text.setText(self.tr("月例会落实任务超期 {0} 项，未完成共 {1} 项。").format(
            overdue, int(status.get("tasks_open") or 0)))
        self.overdue.setVisible(overdue > 0)
        if self.centre:
            return
        tasks = self.ctx.get(TasksService).list([TaskState.OPEN])
        lines = [self.tr("{0}（{1} 前完成）").format(t.title, f"{t.due_on:%Y-%m-%d}")
                 + (self.tr(" 已超期") if t.overdue(today) else "") for t in tasks]
        self.mine.setText(self.tr("我的落实任务：") + "\n" + "\n".join(f"· {line}" for line in lines))
        self.mine.setVisible(bool(tasks))
