"""A case's steps as buttons that stay put: the step the case waits for is the one primary button,
always in the first cell; the other steps it lists follow in the loop's fixed order, never in
that cell. Staff click the same spot for 建立案卷, 指派, 开始办理, 处理反馈 ... in turn, as in a bank
client's or WPS's dialogs where the default action does not wander."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ...domain.cases import CaseAction
from ...domain.next_step import StepPlan
from ..case_words import button_label

COLUMNS = 3


class CaseStepBar(QWidget):
    """Buttons: objectName "Primary" for the next step (the theme's primary look), "action_<value>"
    for the others; every one carries its step in the "step" property."""

    def __init__(self, run: Callable[[CaseAction], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column in range(COLUMNS):  # equal columns: the first cell keeps its size whatever the labels
            self.grid.setColumnStretch(column, 1)

    def clear(self) -> None:
        while self.grid.count():
            old = self.grid.takeAt(0).widget()
            old.setParent(None)  # gone now, not at the next event loop turn: no stale button is found
            old.deleteLater()

    def show_plan(self, plan: StepPlan) -> None:
        self.clear()
        if plan.next is None:
            # Nothing moves the case on (closed): the first cell stays empty rather than being
            # taken by whichever step is left, which would then look like the next one.
            idle = QLabel(self.tr("没有待办的环节"))
            idle.setObjectName("PageHint")
            self.grid.addWidget(idle, 0, 0)
        cell = 1
        for action, why in plan.offers:
            button = QPushButton(button_label(action))
            button.setProperty("step", action.value)
            button.setEnabled(not why)
            button.setToolTip(why)
            button.clicked.connect(lambda _=False, a=action: self.run(a))
            if action is plan.next:
                button.setObjectName("Primary")
                button.setDefault(True)
                self.grid.addWidget(button, 0, 0)
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
