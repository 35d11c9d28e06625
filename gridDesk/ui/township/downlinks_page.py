"""下发: tasks handed down (交办任务) and training sessions held (培训), each a tab with its form beside
the list of those kept and not yet sent (the village's next reply carries them). Everyone who may
view reads the lists; the forms are for those TOWNSHIP_RULES lets send down (an auditor reads only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from ...domain.township import TownshipAction
from ...services.township_downlinks import admission_list
from ...services.township_pending import VillagePending, known_members, pending_downlinks
from ...services.township_views import registered_villages
from .common import ReadProblem, fit, heading, table
from .context import TownshipContext
from .task_form import TaskForm
from .training_form import TrainingForm


def _pane(form: QWidget, caption: QLabel, listing: QWidget) -> QSplitter:
    right = QWidget()
    side = QVBoxLayout(right)
    side.setContentsMargins(8, 0, 0, 0)
    side.addWidget(caption)
    side.addWidget(listing, 1)
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(form)
    split.addWidget(right)
    split.setStretchFactor(0, 2)
    split.setStretchFactor(1, 3)
    split.setChildrenCollapsible(False)
    return split


class DownlinksPage(QWidget):
    def __init__(self, context: TownshipContext) -> None:
        super().__init__()
        self.context = context
        self.pending: list[VillagePending] = []
        self._reading = False  # inside _read, a members read that fails is said by the read itself
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading(layout, self.tr("下发"), self.tr("向村里交办任务（只能是准入清单上的类型），登记乡镇举办的培训和参加的人。"
                                               "保存后随这个村的下一个回复包发出。"))
        self.problem = ReadProblem(self)
        layout.addWidget(self.problem)
        # The 准入清单 in force, read only here (`griddesk township task-types --set` changes it):
        # a type not on it is refused, so those who send tasks see the list before they choose.
        self.admission = QLabel()
        self.admission.setObjectName("PageHint")
        self.admission.setWordWrap(True)
        layout.addWidget(self.admission)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("PageHint")
        self.summary.setWordWrap(True)
        bar.addWidget(self.summary, 1)
        refresh = QPushButton(self.tr("刷新"))
        refresh.setObjectName("Refresh")
        refresh.clicked.connect(self.refresh)
        bar.addWidget(refresh)
        layout.addLayout(bar)
        self.task_form = TaskForm(context)
        self.task_form.sent.connect(lambda _sent: self._sent())
        self.tasks = table([self.tr("村"), self.tr("任务类型"), self.tr("任务名称"), self.tr("办理期限"), self.tr("文号"),
                            self.tr("网格")])
        self.training_form = TrainingForm(context)
        self.training_form.sent.connect(lambda _sent: self._sent())
        self.training_form.village_changed.connect(self._load_members)
        self.trainings = table([self.tr("村"), self.tr("培训主题"), self.tr("开始时间"), self.tr("学时"), self.tr("参加人数"),
                                self.tr("参加人")])
        self.tabs = QTabWidget()
        self.tabs.addTab(_pane(self.task_form, self._caption(self.tr("已保存、待随回复包发出的任务")), self.tasks),
                         self.tr("交办任务"))
        self.tabs.addTab(_pane(self.training_form, self._caption(self.tr("已登记、待随回复包发出的培训")),
                               self.trainings), self.tr("培训"))
        layout.addWidget(self.tabs, 1)
        self.read_only = not context.may(TownshipAction.SEND_DOWN)
        if self.read_only:  # an auditor reads what waits to go down; the forms are there, closed
            self.task_form.setEnabled(False)
            self.training_form.setEnabled(False)
        context.changed.connect(lambda what: self.refresh() if what in ("import", "reply") else None)
        self.refresh()

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("PageHint")
        return label

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.problem.attempt(self._read)

    def _read(self) -> None:
        self._reading = True
        try:
            self._read_all()
        finally:
            self._reading = False

    def _read_all(self) -> None:
        session = self.context.session
        villages, types, pending = registered_villages(session), admission_list(session), pending_downlinks(session)
        self.pending = pending
        self.task_form.set_choices(villages, types)
        self.admission.setText(self.tr("现行准入清单（{0} 个任务类型，只能交办这些类型）：{1}").format(len(types), "；".join(types)))
        self.training_form.set_villages(villages)  # reads the chosen village's members
        tasks = [(v.name, t) for v in pending for t in v.tasks]
        trainings = [(v.name, t) for v in pending for t in v.trainings]
        self.summary.setText(self.tr("待发出的任务：{0} 件；培训：{1} 次").format(len(tasks), len(trainings)))
        self.tasks.setRowCount(len(tasks))
        for r, (name, t) in enumerate(tasks):
            values = (name, t.type_name, t.title, t.due_on, t.document, " ".join(t.grids) or self.tr("全部网格"))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2 and t.details:
                    item.setToolTip(t.details)
                self.tasks.setItem(r, c, item)
        fit(self.tasks)
        self.trainings.setRowCount(len(trainings))
        for r, (name, t) in enumerate(trainings):
            people = "、".join(p.name for p in t.people)
            values = (name, t.topic, t.starts_at.replace("T", " "), t.hours, str(len(t.people)), people)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 5:
                    item.setToolTip(people)
                self.trainings.setItem(r, c, item)
        fit(self.trainings)

    def _load_members(self, village: str) -> None:
        if not village:
            self.training_form.set_members([])
            return
        def read() -> None:
            self.training_form.set_members(known_members(self.context.session, village))

        if self._reading:
            read()
        else:
            self.problem.attempt(read)

    def _sent(self) -> None:
        self.context.changed.emit("down")
        self.refresh()
