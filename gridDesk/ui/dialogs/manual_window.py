"""帮助 → 使用说明: the first week's "how do I", read offline in a window of the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget


class ManualWindow(QDialog):
    def __init__(self, page: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        self.resize(820, 680)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: the manual links only within itself
        if page.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(page)))
        else:  # an installation without its resources: say so rather than show a blank page
            self.browser.setPlainText(self.tr("找不到使用说明（{0}）。请重新安装 GridDesk。").format(page))
        bar = QHBoxLayout()
        back = QPushButton(self.tr("返回"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(self.tr("目录"))
        home.clicked.connect(self.browser.home)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        for w in (back, home):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
