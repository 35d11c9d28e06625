"""联户规则: DB3208/T 200 7.1.7's rhythm as the director sets it (the standard's: a visit every 7
days, an exchange every month, an appraisal every year)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox

from ...domain.errors import GridDeskError
from ...domain.party import RULE_LIMITS, PartyRules
from ..widgets.forms import FormDialog


class PartyRulesDialog(FormDialog):
    def __init__(self, rules: PartyRules, save: Callable[[dict[str, int]], None], parent=None) -> None:
        self.save = save
        self.spins: dict[str, QSpinBox] = {}
        for key in RULE_LIMITS:
            spin = QSpinBox()
            spin.setRange(*RULE_LIMITS[key])
            spin.setValue(getattr(rules, key))
            self.spins[key] = spin
        self.spins["visit_days"].setSuffix(self.tr(" 天"))
        self.spins["exchange_months"].setSuffix(self.tr(" 个月"))
        self.spins["appraisal_years"].setSuffix(self.tr(" 年"))
        super().__init__(self.tr("联户规则"), [
            (self.tr("入户走访，每"), self.spins["visit_days"]), (self.tr("集中交流，每"), self.spins["exchange_months"]),
            (self.tr("民主评议，每"), self.spins["appraisal_years"])],
            intro=self.tr("规范 7.1.7：党员联系农户，每周入户走访一次、每月集中交流一次、每年民主评议一次。"),
            parent=parent, fields={"rules": self.spins["visit_days"]})

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save({key: spin.value() for key, spin in self.spins.items()})
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
