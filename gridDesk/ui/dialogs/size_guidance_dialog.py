"""The grid size guidance as data (EDIT_RULES): the households a rural, an urban grid and a
micro-grid aim at (DB3208/T 200 4.2: about 300, 500, 100) and the band outside which the grids tab
and the dashboard warn. A warning, never a block: the dialog says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox

from ...domain.division import DEFAULT_GUIDANCE, GUIDANCE_LIMITS, SizeGuidance
from ...domain.errors import GridDeskError
from ..widgets.forms import FormDialog


class SizeGuidanceDialog(FormDialog):
    def __init__(self, guidance: SizeGuidance, save: Callable[[dict[str, int]], object], parent=None) -> None:
        self.save = save
        now = {"households.rural": guidance.rural, "households.urban": guidance.urban,
               "households.micro": guidance.micro, "band.low_percent": guidance.low_percent,
               "band.high_percent": guidance.high_percent}
        labels = {"households.rural": self.tr("农村网格（户）"), "households.urban": self.tr("城镇网格（户）"),
                  "households.micro": self.tr("微网格（户）"), "band.low_percent": self.tr("少于参考值的百分之几算偏小"),
                  "band.high_percent": self.tr("多于参考值的百分之几算偏大")}
        self.boxes: dict[str, QSpinBox] = {}
        rows = []
        for key, (low, high) in GUIDANCE_LIMITS.items():
            box = QSpinBox()
            box.setRange(low, high)
            box.setValue(now[key])
            box.setSuffix("%" if key.startswith("band.") else "")
            box.setToolTip(self.tr("规范的参考值：{0}").format(DEFAULT_GUIDANCE[key]))
            self.boxes[key] = box
            rows.append((labels[key], box))
        super().__init__(self.tr("网格规模参考值"), rows, self.tr(
            "DB3208/T 200 4.2：农村网格约 300 户，城镇约 500 户，微网格约 100 户；农村网格也可按村民小组划分。"
            "超出范围只作提醒，不拦保存。"), parent, fields=dict(self.boxes))
        self.setMinimumWidth(520)

    def values(self) -> dict[str, int]:
        return {k: b.value() for k, b in self.boxes.items()}

    def submit(self) -> None:
        try:
            self.save(self.values())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
