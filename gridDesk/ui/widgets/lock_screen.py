"""What the window shows while locked: who it belongs to and a password field, nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from .forms import ErrorLabel, password_field


class LockScreen(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, user_line: str) -> None:
        super().__init__()
        self.setObjectName("LockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title = QLabel(self.tr("已锁定"))
        title.setObjectName("LockTitle")
        hint = QLabel(self.tr("为保护居民信息，长时间无操作后自动锁定。{0}，请输入密码解锁。").format(user_line))
        hint.setObjectName("LockHint")
        hint.setWordWrap(True)
        self.password = password_field(self, self.tr("密码"))
        self.password.setFixedWidth(320)
        self.password.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("解锁"))
        self.button.setObjectName("Primary")
        self.button.setFixedWidth(320)
        self.button.clicked.connect(self._submit)
        self.error = ErrorLabel(self)
        self.error.setFixedWidth(320)
        self.waiting = QLabel()  # work still running: the database closes when it ends
        self.waiting.setObjectName("LockHint")
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for w in (title, hint, self.waiting, self.password, self.button, self.error):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _submit(self) -> None:
        if not self.password.text():
            self.error.say(self.tr("请输入密码。"))
            return
        self.unlock_requested.emit(self.password.text())

    def wait_for(self, words: str) -> None:
        """While work runs under the lock the password is not taken yet; say what it waits for."""
        self.waiting.setText(words)
        self.waiting.setVisible(bool(words))
        self.password.setEnabled(not words)
        self.button.setEnabled(not words)
        if not words:
            self.password.setFocus()

    def reset(self) -> None:
        self.password.clear()
        self.error.say("")
        self.password.setFocus()
