"""The director's task admission list (准入清单): the task types the county has approved for grid
members, each with its approving document and whether it is in force; and the exceptions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import GridDeskError
from ...services.task_types import TaskTypesService
from ..messages import explain
from .forms import ErrorLabel

NAME, DOCUMENT, IN_FORCE, SOURCE, USED = range(5)


class AdmissionListPanel(QWidget):
    def __init__(self, service: TaskTypesService) -> None:
        super().__init__()
        self.service = service
        self.types = []
        note = QLabel(self.tr(
            "县里批准可以交给网格员的任务类型。乡镇交办的任务要从这里选类型；清单之外的，须写明准许它的文件文号，"
            "按例外登记。标为“GridDesk 示例”的几项不是县里的清单，也没有启用：请对照县里的文件修改，"
            "写上批准文件后启用，或删除。"))
        note.setObjectName("PageHint")
        note.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("任务类型"), self.tr("批准文件（文号）"), self.tr("启用"),
                                              self.tr("来源"), self.tr("交办件数")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(180)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("删除所选"))
        self.delete_button.clicked.connect(self.delete)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("任务类型名称"))
        self.new_document = QLineEdit()
        self.new_document.setPlaceholderText(self.tr("批准文件文号"))
        self.new_in_force = QCheckBox(self.tr("启用"))
        self.add_button = QPushButton(self.tr("新增"))
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        for w in (self.new_name, self.new_document, self.new_in_force, self.add_button):
            add_row.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.exceptions_label = QLabel()
        self.exceptions = QListWidget()
        self.exceptions.setMaximumHeight(110)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.exceptions_label)
        layout.addWidget(self.exceptions)

    def refresh(self) -> None:
        self.types = self.service.types()
        usage = self.service.usage()
        self.table.setRowCount(len(self.types))
        for row, t in enumerate(self.types):
            self.table.setItem(row, NAME, QTableWidgetItem(t.name))
            self.table.setItem(row, DOCUMENT, QTableWidgetItem(t.document))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if t.in_force else Qt.CheckState.Unchecked)
            self.table.setItem(row, IN_FORCE, check)
            for col, text in ((SOURCE, self.tr("GridDesk 示例") if t.example else self.tr("主任录入")),
                              (USED, str(usage.per_type.get(t.id, 0)))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        self.exceptions_label.setText(self.tr("按例外登记的交办任务（不在清单上，凭文件交办）：{0} 件")
                                      .format(len(usage.exceptions)))
        self.exceptions.clear()
        for _id, number, title, task in usage.exceptions:
            self.exceptions.addItem(self.tr("{0} {1}：{2}（依据：{3}）").format(number, title, task.name,
                                                                          task.exception_document))

    def row_values(self, row: int) -> tuple[str, str, bool]:
        return (self.table.item(row, NAME).text(), self.table.item(row, DOCUMENT).text(),
                self.table.item(row, IN_FORCE).checkState() == Qt.CheckState.Checked)

    def _run(self, work) -> bool:
        try:
            work()
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return False
        self.error.say("")
        self.refresh()
        return True

    def save(self) -> None:
        def work() -> None:
            for row, t in enumerate(self.types):
                values = self.row_values(row)
                if values != (t.name, t.document, t.in_force):
                    self.service.save(t.id, *values)
        self._run(work)

    def add(self) -> None:
        if self._run(lambda: self.service.save(None, self.new_name.text(), self.new_document.text(),
                                               self.new_in_force.isChecked())):
            self.new_name.clear()
            self.new_document.clear()
            self.new_in_force.setChecked(False)

    def delete(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.types):
            self.error.say(self.tr("请先选中要删除的一项。"))
            return
        self._run(lambda: self.service.delete(self.types[row].id))
