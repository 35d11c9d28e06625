"""The people involved in a case: found on the roster as you type, or named when they are not on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from ...services.search import SearchHit

Search = Callable[[str], list[SearchHit]]


class _Query(QLineEdit):
    """Enter adds the person; it must not also press the dialog's OK button."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class PeoplePicker(QWidget):
    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.chosen: list[tuple[int | None, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.query = _Query()
        self.query.setPlaceholderText(self.tr("输入姓名、拼音或身份证后几位查找；不在花名册上的，写好名字按回车"))
        self.query.textChanged.connect(self._find)
        self.query.returnPressed.connect(self._enter)
        self.results = QListWidget()
        self.results.setMaximumHeight(96)
        self.results.hide()
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("PageHint")
        self.undo = QPushButton(self.tr("去掉最后一位"))
        self.undo.clicked.connect(lambda: self.remove(len(self.chosen) - 1))
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.undo)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addLayout(row)
        self._show_chosen()

    def _find(self, text: str) -> None:
        self.results.clear()
        hits = [h for h in self.search(text) if h.kind == "resident"][:8] if text.strip() else []
        for h in hits:
            item = QListWidgetItem(f"{h.title}  {h.detail}  {h.grid_name}")
            item.setData(Qt.ItemDataRole.UserRole, (h.id, h.title))
            self.results.addItem(item)
        self.results.setVisible(bool(hits))

    def _pick(self, item: QListWidgetItem) -> None:
        self.add(*item.data(Qt.ItemDataRole.UserRole))

    def _enter(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._pick(item)
        elif self.query.text().strip():
            self.add(None, self.query.text().strip()[:32])

    def add(self, resident_id: int | None, name: str) -> None:
        if resident_id is None or all(rid != resident_id for rid, _n in self.chosen):
            self.chosen.append((resident_id, name))
        self.query.clear()
        self._show_chosen()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.chosen):
            del self.chosen[index]
        self._show_chosen()

    def _show_chosen(self) -> None:
        self.undo.setEnabled(bool(self.chosen))
        if not self.chosen:
            self.label.setText(self.tr("当事人：（未填）"))
            return
        names = [n if rid is not None else self.tr("{0}（不在花名册）").format(n) for rid, n in self.chosen]
        self.label.setText(self.tr("当事人：{0}").format("、".join(names)))
