"""Asked at the first backup: where should it go? A backup left on this PC dies with it, so the
dialog asks for a stick or another disk and says why; backing up here anyway stays possible."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

STICK, THIS_PC = "stick", "this_pc"


class BackupPlaceDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("第一次备份：备份到哪里？"))
        text = QLabel(self.tr(
            "请插上 U 盘或移动硬盘，把备份放在上面。\n\n"
            "备份如果只放在这台电脑上，电脑硬盘坏了、电脑被盗或中了勒索病毒时，备份会和数据一起丢失，"
            "全村的台账就找不回来了。\n\n"
            "备份是加密的，U 盘丢了别人也打不开。备份好的 U 盘请和恢复密钥分开保管。"))
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        self.stick_button = QPushButton(self.tr("选择 U 盘或移动硬盘…"))
        self.stick_button.setObjectName("Primary")
        self.stick_button.setDefault(True)
        self.stick_button.clicked.connect(lambda: self._done(STICK))
        self.pc_button = QPushButton(self.tr("先备份到这台电脑"))
        self.pc_button.clicked.connect(lambda: self._done(THIS_PC))
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pc_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.stick_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()
