"""A sidebar entry whose work a later version brings; it says so and what it will do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .header import page_header


class ComingSoonPage(QWidget):
    def __init__(self, title: str, plans: list[str]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_header(title, self.tr("此功能将在后续版本提供。")))
        body = QLabel("\n".join(f"•  {p}" for p in plans))
        body.setObjectName("PageHint")
        body.setWordWrap(True)
        layout.addWidget(body)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing to reload yet."""
