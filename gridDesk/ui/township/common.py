"""Small pieces the township pages share: a page title with its hint, a figure card, a read-only
table."""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QAbstractItemView, QFrame, QHeaderView, QLabel, QTableWidget, QVBoxLayout,
                               QWidget)


def heading(layout, title: str, hint: str = "") -> QLabel:
    label = QLabel(title)
    label.setObjectName("PageTitle")
    layout.addWidget(label)
    if hint:
        words = QLabel(hint)
        words.setObjectName("PageHint")
        words.setWordWrap(True)
        layout.addWidget(words)
    return label


class Card(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel("—")
        self.value.setObjectName("CardValue")
        caption = QLabel(label)
        caption.setObjectName("CardLabel")
        caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(caption)

    def set(self, value: int | str, alarm: bool = False) -> None:
        self.value.setText(str(value))
        self.value.setStyleSheet("color: #b3261e;" if alarm else "")


def table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    # Not ResizeToContents: it measures the whole column again at every cell set, which made the
    # queue of 600 escalations take minutes to fill. The pages call fit() once, when filled.
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setResizeContentsPrecision(100)  # the first rows decide the widths: what is seen
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fit(t: QTableWidget) -> None:
    t.resizeColumnsToContents()


class ReadProblem(QLabel):
    """Above a page's tables: why it could not read (the server went away, the file is locked),
    in words; the page keeps what it showed before, and 刷新 tries again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setWordWrap(True)
        self.hide()

    def attempt(self, read) -> bool:
        from ...domain.errors import GridDeskError
        from ..messages import explain

        try:
            read()
        except GridDeskError as exc:
            self.setText(explain(exc))
            self.show()
            return False
        self.hide()
        return True


def form_frame(owner, form, error, submit) -> QVBoxLayout:
    """A township form's frame, the same for the answer, the second review, the task and the
    training: the fields, the refusal in words under them, the save button bottom right."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(form)
    layout.addWidget(error)
    bottom = QHBoxLayout()
    bottom.addStretch(1)
    bottom.addWidget(submit)
    layout.addLayout(bottom)
    return layout
