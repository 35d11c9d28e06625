"""A hidden-until-needed line across a page: a sentence and the one button that deals with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QWidget):
    def __init__(self, style: str, button: str, on_click: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName(style)  # "Banner" (red, trouble) or "NoticeBanner" (yellow, a reminder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(button)
        self.button.clicked.connect(on_click)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()
