"""The performance-pay rules as data (EDIT_RULES): amounts in yuan, counts as counts; a value
still at GridDesk's example says so until the director saves the centre's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from ...domain.errors import GridDeskError
from ...domain.pay import MAX_AMOUNT, MONEY_KEYS, RULE_LIMITS, PayRules, rule_keys
from ..pay_words import rule_label
from ..widgets.forms import FormDialog


class PayRulesDialog(FormDialog):
    def __init__(self, rules: PayRules, save: Callable[[dict[str, int]], None], parent=None) -> None:
        self.save = save
        self.boxes: dict[str, QDoubleSpinBox | QSpinBox] = {}
        form = QFormLayout()
        for key in rule_keys():
            if key in MONEY_KEYS:
                box = QDoubleSpinBox()
                box.setRange(0, MAX_AMOUNT / 100)
                box.setDecimals(2)
                box.setGroupSeparatorShown(True)
                box.setValue(rules[key] / 100)
            else:
                box = QSpinBox()
                box.setRange(*RULE_LIMITS[key])
                box.setValue(rules[key])
            self.boxes[key] = box
            label = rule_label(key) + (self.tr("（示例）") if key in rules.examples else "")
            form.addRow(label, box)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        body = QVBoxLayout()
        note = QLabel(self.tr("标“示例”的是 GridDesk 给的示例数，请按本县（乡镇）的绩效办法改成本中心的数。"
                              "专职网格员的待遇不低于当地最低工资标准（《办法》第十八条）：请录入当地标准。"))
        note.setWordWrap(True)
        body.addWidget(note)
        body.addWidget(scroll, 1)
        super().__init__(self.tr("绩效规则"), [], parent=parent, body=body)
        self.resize(620, 640)

    def values(self) -> dict[str, int]:
        return {k: round(b.value() * 100) if k in MONEY_KEYS else int(b.value()) for k, b in self.boxes.items()}

    def submit(self) -> None:
        try:
            self.save(self.values())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
