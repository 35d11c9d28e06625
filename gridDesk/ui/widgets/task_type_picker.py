"""A township task's type at intake: one in force on the 准入清单, or an exception with the
document that allows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.task_types import TaskChoice, TaskType

EXCEPTION = -1


class TaskTypePicker(QWidget):
    def __init__(self, types: Sequence[TaskType]) -> None:
        super().__init__()
        self.type = QComboBox()
        for t in types:
            if t.in_force:
                self.type.addItem(t.name, t.id)
        self.type.addItem(self.tr("不在清单上（凭文件按例外登记）"), EXCEPTION)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("任务类型"))
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("准许交办的文件文号（必填）"))
        self.hint = QLabel(self.tr("准入清单上还没有启用的任务类型：请主任在“设置”中录入县里批准的清单。"
                                   "在此之前，乡镇交办的任务只能凭文件按例外登记。"))
        self.hint.setObjectName("PageHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(self.type.count() == 1)
        exception = QHBoxLayout()
        exception.setContentsMargins(0, 0, 0, 0)
        exception.addWidget(self.name)
        exception.addWidget(self.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.type)
        layout.addLayout(exception)
        layout.addWidget(self.hint)
        self.type.currentIndexChanged.connect(self._update)
        self._update()

    def is_exception(self) -> bool:
        return self.type.currentData() == EXCEPTION

    def _update(self) -> None:
        self.name.setVisible(self.is_exception())
        self.document.setVisible(self.is_exception())

    def choice(self) -> TaskChoice:
        if self.is_exception():
            return TaskChoice(name=self.name.text(), document=self.document.text())
        return TaskChoice(type_id=self.type.currentData())
