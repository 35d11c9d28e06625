"""Fields made from FieldSpecs (the per-kind extras of key groups and places)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from ...domain.key_groups import FieldSpec


class SpecFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}

    def set_specs(self, specs: tuple[FieldSpec, ...], values: dict[str, str] | None = None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        values = values or {}
        for spec in specs:
            if spec.kind == "choice":
                widget: QLineEdit | QComboBox = QComboBox()
                widget.addItem("")
                widget.addItems(list(spec.choices))
                widget.setCurrentText(values.get(spec.key, ""))
            else:
                widget = QLineEdit(values.get(spec.key, ""))
                if spec.kind == "date":
                    widget.setPlaceholderText("2024-05-01")
            self.inputs[spec.key] = widget
            self.form.addRow(spec.label, widget)

    def values(self) -> dict[str, str]:
        out = {}
        for key, widget in self.inputs.items():
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            if text.strip():
                out[key] = text.strip()
        return out
