"""开始使用: a new centre's five first steps on the 工作台, each ticked from the data and each with
a button that goes where the step is done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...services.first_steps import FirstSteps

Go = Callable[[str, str], None]  # (page, part), as the dashboard's numbers open their lists


class FirstStepsPanel(QFrame):
    def __init__(self, go: Go, hide: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("Card")
        # step -> (title, what it means, the button's words, the page, the part of it)
        self.words = {
            "grids": (self.tr("建网格"), self.tr("按村民小组划好网格，写上四至边界。"), self.tr("去建网格"), "roster", "grids"),
            "team": (self.tr("加队伍"), self.tr("录入网格长和网格员，每个网格至少一人。"), self.tr("去加队伍"), "roster", "team"),
            "ledger": (self.tr("导入台账"), self.tr("把现有的居民花名册（Excel）导入，或逐户录入。"), self.tr("去导入"),
                       "roster", "residents"),
            "backup": (self.tr("备份到 U 盘"), self.tr("插上 U 盘备份一次；U 盘和恢复密钥分开放。"), self.tr("去备份"),
                       "settings", "backup"),
            "signs": (self.tr("打印公示牌"), self.tr("每个网格一张，公示网格员和联系电话。"), self.tr("去打印"), "printing", ""),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        top = QHBoxLayout()
        title = QLabel(self.tr("开始使用"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.progress = QLabel()
        self.progress.setObjectName("PageHint")
        self.hide_button = QPushButton(self.tr("不再显示"))
        self.hide_button.setFlat(True)
        self.hide_button.clicked.connect(hide)
        top.addWidget(title)
        top.addWidget(self.progress, 1)
        top.addWidget(self.hide_button)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.marks: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, (name, hint, button, page, part)) in enumerate(self.words.items()):
            mark = QLabel()
            mark.setFixedWidth(22)
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(f"{row + 1}. {name}")
            explain = QLabel(hint)
            explain.setObjectName("PageHint")
            go_there = QPushButton(button)
            go_there.clicked.connect(lambda _=False, p=page, a=part: go(p, a))
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(explain, row, 2)
            grid.addWidget(go_there, row, 3)
            self.marks[key], self.titles[key], self.buttons[key] = mark, label, go_there
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

    def show_steps(self, steps: FirstSteps) -> None:
        done = sum(1 for s in steps.steps if s.done)
        self.progress.setText(self.tr("新中心的五步，已完成 {0} 步；做完一步，这里自动打勾。").format(done))
        first_open = next((s.key for s in steps.steps if not s.done), None)
        for step in steps.steps:
            mark = self.marks[step.key]
            mark.setText("✓" if step.done else "○")
            mark.setStyleSheet("color: #1e7d32; font-weight: bold;" if step.done else "color: #8a94a6;")
            self.titles[step.key].setStyleSheet("color: #8a94a6;" if step.done else "font-weight: bold;")
            # the next step to take is the one button that stands out
            button = self.buttons[step.key]
            button.setObjectName("Primary" if step.key == first_open else "")
            button.style().unpolish(button)  # the style sheet reads the object name again
            button.style().polish(button)
        self.setVisible(steps.shown)

    def is_ticked(self, key: str) -> bool:
        return self.marks[key].text() == "✓"
