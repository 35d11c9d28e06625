"""A case's steps as buttons that stay put: the step the case waits for is the one primary button,
always at the left and always as wide (as wide as the longest step's words); the other steps it
lists follow beside it in the loop's fixed order, never in its place. Staff click the same spot for 建立案卷, 指派, 开始办理, 处理反馈 ... in turn, as in a bank
client's or WPS's dialogs where the default action does not wander."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ...domain.cases import TRANSITIONS, CaseAction
from ...domain.next_step import StepPlan
from ..case_words import button_label

COLUMNS = 2  # of the other steps, to the right of the primary one


class CaseStepBar(QWidget):
    """Buttons: objectName "Primary" for the next step (the theme's primary look), "action_<value>"
    for the others; every one carries its step in the "step" property."""

    def __init__(self, run: Callable[[CaseAction], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.head = QHBoxLayout()  # the primary button's place
        self.grid = QGridLayout()  # the other steps
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        row.addLayout(self.head)
        row.addLayout(self.grid, 1)
        # One width for whichever step is next, so its place and size never change: the widest
        # step's button as the style draws it.
        probe = QPushButton(self)
        probe.ensurePolished()
        widths = []
        for action in TRANSITIONS:
            probe.setText(button_label(action))
            widths.append(probe.sizeHint().width())
        probe.setParent(None)
        probe.deleteLater()
        self.head_width = max(widths) + 16

    def clear(self) -> None:
        for layout in (self.head, self.grid):
            while layout.count():
                old = layout.takeAt(0).widget()
                old.setParent(None)  # gone now, not at the next event loop turn: no stale button is found
                old.deleteLater()

    def show_plan(self, plan: StepPlan) -> None:
        self.clear()
        if plan.next is None:
            # Nothing moves the case on (closed): the first cell stays empty rather than being
            # taken by whichever step is left, which would then look like the next one.
            idle = QLabel(self.tr("没有待办的环节"))
            idle.setObjectName("PageHint")
            idle.setFixedWidth(self.head_width)
            self.head.addWidget(idle, 0, Qt.AlignmentFlag.AlignTop)
        cell = 0
        for action, why in plan.offers:
            button = QPushButton(button_label(action))
            button.setProperty("step", action.value)
            button.setEnabled(not why)
            button.setToolTip(why)
            button.clicked.connect(lambda _=False, a=action: self.run(a))
            if action is plan.next:
                button.setObjectName("Primary")
                button.setDefault(True)
                button.setFixedWidth(self.head_width)
                button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                self.head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)  # not centred beside two rows
                continue
            button.setObjectName(f"action_{action.value}")
            self.grid.addWidget(button, cell // COLUMNS, cell % COLUMNS)
            cell += 1

    def button(self, action: CaseAction) -> QPushButton | None:
        for button in self.findChildren(QPushButton):
            if button.property("step") == action.value:
                return button
        return None

    def primary(self) -> QPushButton | None:
        return self.findChild(QPushButton, "Primary")
