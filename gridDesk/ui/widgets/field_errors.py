"""Errors said at the field they are about: under it, with a red border, gone once it is edited.

A service raises ValidationError(field, code); the dialog knows which widget holds that field.
The message goes in a line under the widget (inserted into the widget's own form row), the
widget gets the `fieldError` property the theme draws in red, and the first edit clears both.
Errors that name no field the dialog shows stay on the dialog's own error line.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QBoxLayout, QComboBox, QDateTimeEdit,
                               QFormLayout, QLabel, QLayout, QLineEdit, QListWidget, QPlainTextEdit,
                               QTabWidget, QTextEdit, QWidget)

from shiboken6 import isValid

from ...domain.errors import GridDeskError, ValidationError
from ..messages import explain


class FieldErrorLabel(QLabel):
    """The red line under one field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldError")
        self.setWordWrap(True)


def _reveal(widget: QWidget) -> None:
    """A field on a tab not shown: the tab comes forward, so the error is seen where it is."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for i in range(parent.count()):
                page = parent.widget(i)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(i)
        parent = parent.parentWidget()


def _set_flag(widget: QWidget, on: bool) -> None:
    if bool(widget.property("fieldError")) == on:
        return
    widget.setProperty("fieldError", on)
    # A dynamic property only takes effect in the style sheet once the widget is polished again.
    for w in (widget, *widget.findChildren(QWidget)):
        w.style().unpolish(w)
        w.style().polish(w)
    widget.update()


def _containing(layout: QLayout, widget: QWidget) -> QLayout | None:
    """The layout (at any depth under `layout`) that holds `widget` directly."""
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is None:
            inner = layout.itemAt(i).widget()
            child = inner.layout() if inner is not None else None
        if child is not None:
            found = _containing(child, widget)
            if found is not None:
                return found
    return None


def _holder(widget: QWidget) -> QLayout | None:
    """The layout that holds `widget`: searched from its parent's, so a field on a tab page or in
    a group box is found as one straight in the dialog is."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    return _containing(layout, widget) if layout is not None else None


def _on_change(widget: QWidget, clear) -> None:
    """Call `clear` on the first edit of `widget`, whatever kind of input it is."""
    if isinstance(widget, (QLineEdit,)):
        widget.textChanged.connect(clear)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(clear)
        if widget.isEditable():
            widget.editTextChanged.connect(clear)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(clear)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(clear)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(clear)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(clear)
        if hasattr(widget, "valueChanged"):
            widget.valueChanged.connect(clear)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(clear)  # ticking an item; not the current row, which focus moves
    else:  # a composite input (a picker): any edit inside it counts
        for child in widget.findChildren(QWidget):
            if isinstance(child, (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton, QListWidget)):
                _on_change(child, clear)


class FieldErrors:
    """The field errors of one dialog: `fields` maps a ValidationError's field name to its widget."""

    def __init__(self, dialog: QWidget, fields: dict[str, QWidget], line: QLabel) -> None:
        self.dialog = dialog
        self.fields = dict(fields)
        self.line = line  # the dialog's own error line, for errors that name no field here
        self.labels: dict[QWidget, FieldErrorLabel] = {}
        self._wired: set[int] = set()

    def add(self, field: str, widget: QWidget) -> None:
        self.fields[field] = widget

    def show(self, error: BaseException) -> None:
        """Say `error` where it belongs; the previous errors go."""
        self.clear()
        field = error.field if isinstance(error, ValidationError) else getattr(error, "field", "")
        widget = self.fields.get(field) if field else None
        if widget is not None and not isValid(widget):
            widget = None
        if widget is None or not isinstance(error, GridDeskError):
            self.line.setText(explain(error))
            self.line.setVisible(True)
            self.fit()
            return
        self.mark(widget, explain(error))

    def mark(self, widget: QWidget, text: str) -> None:
        label = self.labels.get(widget)
        if label is None or not isValid(label):
            label = self._make_label(widget)
        label.setText(text)
        self._show_label(widget, label, True)
        _set_flag(widget, True)
        _reveal(widget)
        if id(widget) not in self._wired:
            self._wired.add(id(widget))
            _on_change(widget, lambda *_a, w=widget: self.clear_field(w))
        widget.setFocus()
        self.fit()

    def clear_field(self, widget: QWidget) -> None:
        label = self.labels.get(widget)
        if label is not None and (not isValid(label) or not isValid(widget)):
            del self.labels[widget]  # its row went with the fields it was under (a kind's own fields)
            return
        if label is None or not label.text():
            return
        label.setText("")
        self._show_label(widget, label, False)
        _set_flag(widget, False)

    def clear(self) -> None:
        for widget in list(self.labels):
            self.clear_field(widget)
        self.line.setText("")
        self.line.setVisible(False)

    def shown(self) -> dict[str, str]:
        """field -> the message under it, for every field showing one now."""
        seen: list[QWidget] = []
        out: dict[str, str] = {}
        for name, w in self.fields.items():  # one widget may be known by two names: said once
            if w in self.labels and self.labels[w].text() and not any(v is w for v in seen):
                out[name] = self.labels[w].text()
                seen.append(w)
        return out

    def label_of(self, field: str) -> FieldErrorLabel | None:
        return self.labels.get(self.fields.get(field))

    def _make_label(self, widget: QWidget) -> FieldErrorLabel:
        label = FieldErrorLabel()
        holder = _holder(widget)
        if isinstance(holder, QFormLayout):
            row, _role = holder.getWidgetPosition(widget)
            holder.insertRow(row + 1, "", label)  # in the field column, right under the field
        elif isinstance(holder, QBoxLayout):
            holder.insertWidget(holder.indexOf(widget) + 1, label)
        else:  # a widget outside any layout we know: say it on the dialog's line instead
            label.setParent(self.dialog)
            label.hide()
        self.labels[widget] = label
        return label

    def _show_label(self, widget: QWidget, label: FieldErrorLabel, on: bool) -> None:
        holder = _holder(label)
        if isinstance(holder, QFormLayout):
            holder.setRowVisible(label, on)  # the whole row, so a hidden one leaves no gap
        elif holder is not None:
            label.setVisible(on)
        elif on:  # no place under the field: the dialog's line carries it
            self.line.setText(label.text())
            self.line.setVisible(True)

    def fit(self) -> None:
        """Grow the dialog to what its content needs now: a wrapped two-line error must push the
        rows below it down, never draw over them (a top-level window's minimum size does not
        follow word-wrapped labels by itself)."""
        layout = self.dialog.layout()
        if layout is None:
            return
        layout.invalidate()
        layout.activate()
        width = self.dialog.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        need = max(need, layout.totalSizeHint().height() if need < 0 else 0, layout.totalMinimumSize().height())
        if self.dialog.height() < need:
            self.dialog.resize(width, need)
