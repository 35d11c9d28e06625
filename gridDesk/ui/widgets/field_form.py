"""Fields made from FieldSpecs (the per-kind extras of key groups and places): a dropdown for a
list, a date edit for a date (blank until a date is picked), a line edit for the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QWidget

from ...domain.key_groups import FieldSpec

# A date edit cannot be empty: its lowest date stands for "no date" and shows blank.
_NO_DATE = QDate(1900, 1, 1)


def _date_edit(value: str) -> QDateEdit:
    widget = QDateEdit()
    widget.setCalendarPopup(True)
    widget.setDisplayFormat("yyyy-MM-dd")
    widget.setMinimumDate(_NO_DATE)
    widget.setSpecialValueText(" ")
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        day = None
    widget.setDate(QDate(day.year, day.month, day.day) if day else _NO_DATE)
    return widget


class SpecFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.inputs: dict[str, QLineEdit | QComboBox | QDateEdit] = {}

    def set_specs(self, specs: tuple[FieldSpec, ...], values: dict[str, str] | None = None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        values = values or {}
        for spec in specs:
            widget: QLineEdit | QComboBox | QDateEdit
            if spec.kind == "choice":
                widget = QComboBox()
                widget.addItem("")
                widget.addItems(list(spec.choices))
                widget.setCurrentText(values.get(spec.key, ""))
            elif spec.kind == "date":
                widget = _date_edit(values.get(spec.key, ""))
            else:
                widget = QLineEdit(values.get(spec.key, ""))
            self.inputs[spec.key] = widget
            self.form.addRow(spec.label, widget)

    def values(self) -> dict[str, str]:
        out = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QDateEdit):
                if widget.date() != _NO_DATE:
                    out[key] = widget.date().toString("yyyy-MM-dd")
                continue
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            if text.strip():
                out[key] = text.strip()
        return out
