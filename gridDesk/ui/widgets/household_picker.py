"""Choosing a person's household: one of the grid's households (type to search) or a new one.

A household used to appear only by typing a number nobody could guess; now the form lists the
grid's households by number, head and address, and 新增户 shows the next free number and its form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QVBoxLayout, QLabel, QWidget

from ...domain.households import HOUSEHOLD_NUMBER_DIGITS
from ...domain.roster import HouseholdChoice

NEW = "+new"


class HouseholdPicker(QWidget):
    chosen = Signal(object)  # the HouseholdChoice picked, the string NEW, or None (no household)

    def __init__(self, next_number=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_number = next_number  # () -> str, the suggestion for a new household
        self.choices: list[HouseholdChoice] = []
        self.box = QComboBox()
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.box.lineEdit().setPlaceholderText(self.tr("输入户号、户主姓名或地址查找"))
        completer = QCompleter(self.box.model(), self.box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.box.setCompleter(completer)
        self.new_number = QLineEdit()
        self.new_number.setMaxLength(32)
        self.new_number.setPlaceholderText("0" * HOUSEHOLD_NUMBER_DIGITS)
        self.hint = QLabel(self.tr("新户的户号：{0} 位数字（户口簿上的户号，或本村编码后 3 位加 6 位序号）")
                           .format(HOUSEHOLD_NUMBER_DIGITS))
        self.hint.setObjectName("PageHint")
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 3)
        row.addWidget(self.new_number, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.box.activated.connect(lambda _i: self._changed())
        self.box.currentIndexChanged.connect(lambda _i: self._changed())
        self.set_households([])

    def set_households(self, choices: list[HouseholdChoice], keep: str = "") -> None:
        self.choices = list(choices)
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(self.tr("（不入户）"), None)
        for c in self.choices:
            label = self.tr("{0}　户主 {1}　{2}　{3} 人").format(c.number, c.head or "—", c.address, c.members)
            self.box.addItem(label, c.number)
        self.box.addItem(self.tr("新增户…"), NEW)
        self.box.blockSignals(False)
        self.set_number(keep)

    def set_number(self, number: str) -> None:
        """Show `number` chosen; one not in the grid's list (another grid's, on edit) is added."""
        index = self.box.findData(number) if number else 0
        if index < 0:
            self.box.insertItem(self.box.count() - 1, number, number)
            index = self.box.findData(number)
        self.box.setCurrentIndex(index)
        self._changed()

    def start_new(self) -> None:
        self.box.setCurrentIndex(self.box.findData(NEW))
        self._changed()

    def _changed(self) -> None:
        data = self.box.currentData()
        is_new = data == NEW
        self.new_number.setVisible(is_new)
        self.hint.setVisible(is_new)
        if is_new and not self.new_number.text() and self.next_number is not None:
            self.new_number.setText(self.next_number())
        self.chosen.emit(NEW if is_new else self.choice())

    def is_new(self) -> bool:
        return self.box.currentData() == NEW

    def choice(self) -> HouseholdChoice | None:
        data = self.box.currentData()
        return next((c for c in self.choices if c.number == data), None)

    def number(self) -> str:
        if self.is_new():
            return self.new_number.text().strip()
        data = self.box.currentData()
        if data and self.box.currentText() == self.box.itemText(self.box.currentIndex()):
            return data
        typed = self.box.currentText().strip().split()
        return typed[0] if typed and typed[0] != self.box.itemText(0) else ""
