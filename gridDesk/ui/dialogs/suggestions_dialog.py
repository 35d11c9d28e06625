"""What the key-group rules propose; nothing is written until a person ticks and confirms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from ...domain.errors import GridDeskError
from ...services.key_groups import KeyGroupsService
from ..messages import explain
from ..widgets.forms import ErrorLabel
from ..words import key_group_label


class SuggestionsDialog(QDialog):
    def __init__(self, service: KeyGroupsService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.applied = 0
        self.setWindowTitle(self.tr("重点人群提醒"))
        self.resize(620, 460)
        self.suggestions = service.suggestions()
        intro = QLabel(self.tr("根据年龄、户内情况和外出情况，以下人员可能需要登记或解除。请逐项核实后勾选，"
                               "点“确认”才会写入。") if self.suggestions else self.tr("目前没有需要处理的提醒。"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for s in self.suggestions:
            verb = self.tr("登记为") if s.add else self.tr("解除")
            item = QListWidgetItem(f"{s.resident_name}：{verb}{key_group_label(s.group)} —— {s.reason}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def apply(self) -> None:
        try:
            for i, s in enumerate(self.suggestions):
                if self.list.item(i).checkState() == Qt.CheckState.Checked:
                    self.service.apply(s)
                    self.applied += 1
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.accept()
