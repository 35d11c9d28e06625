"""The director's yearly rule: at least how many sessions per level."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox

from ...domain.errors import GridDeskError
from ...domain.training import TrainingLevel
from ..training_words import level_label
from ..widgets.forms import FormDialog

Save = Callable[[dict[TrainingLevel, int]], None]


class TrainingRulesDialog(FormDialog):
    def __init__(self, year: int, rules: dict[TrainingLevel, int], save: Save, parent=None) -> None:
        self.save = save
        self.spins: dict[TrainingLevel, QSpinBox] = {}
        rows = []
        for level in TrainingLevel:
            spin = QSpinBox()
            spin.setRange(0, 24)
            spin.setValue(rules.get(level, 0))
            spin.setSuffix(self.tr(" 次"))
            self.spins[level] = spin
            rows.append((level_label(level), spin))
        super().__init__(self.tr("{0} 年培训要求").format(year), rows, intro=self.tr(
            "每名网格员每年至少参加的培训次数。《办法》要求：县级不少于 2 次，乡镇级不少于 3 次。"
            "填 0 表示这一级不作要求。年中任职的，按在岗月数折算。"), parent=parent)

    def submit(self) -> None:
        try:
            self.save({level: spin.value() for level, spin in self.spins.items() if spin.value() > 0})
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
