"""The staffing rules as data (EDIT_RULES): what makes a grid's team complete, when a vacancy is
overdue, and the hire guidance of DB3208/T 200 6.1; a value still at GridDesk's default says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from ...domain.dictionaries.education import EDUCATION_LEVELS
from ...domain.errors import GridDeskError
from ...domain.staffing import RULE_LIMITS, StaffingRules
from ..staffing_words import rule_label
from ..widgets.forms import FormDialog


class StaffingRulesDialog(FormDialog):
    def __init__(self, rules: StaffingRules, save: Callable[[dict[str, int]], object], parent=None) -> None:
        self.save = save
        self.boxes: dict[str, QWidget] = {}
        rows = []
        for key, (_default, low, high) in RULE_LIMITS.items():
            if key == "hire.education_code":
                box = QComboBox()
                for e in EDUCATION_LEVELS.entries:
                    if e.code and e.code.endswith("0"):
                        box.addItem(e.name, int(e.code))
                box.setCurrentIndex(max(0, box.findData(rules[key])))
            else:
                box = QSpinBox()
                box.setRange(low, high)
                box.setValue(rules[key])
            self.boxes[key] = box
            rows.append((rule_label(key) + (self.tr("（默认）") if key in rules.examples else ""), box))
        super().__init__(self.tr("队伍配备规则"), rows, self.tr(
            "网格长、网格员的配备和空缺补充按《网格员管理办法》第八至十条；年龄和学历是 DB3208/T 200 6.1 的"
            "“宜”，只作提示，不拦保存。"), parent)
        self.setMinimumWidth(560)

    def values(self) -> dict[str, int]:
        return {k: (b.currentData() if isinstance(b, QComboBox) else b.value()) for k, b in self.boxes.items()}

    def submit(self) -> None:
        try:
            self.save(self.values())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
