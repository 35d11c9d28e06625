"""Making a visit's finding into a reported case: a title and a category are all it asks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit

from ...domain.case_records import Category
from ...domain.errors import GridDeskError
from ..widgets.forms import FormDialog


class FindingCaseDialog(FormDialog):
    def __init__(self, categories: list[Category], finding: str, make: Callable[[int, str], object],
                 parent=None, hint: str = "") -> None:
        self.make = make
        self.title_edit = QLineEdit(finding[:60])
        self.category = QComboBox()
        parents = {c.id: c.name for c in categories if c.parent_id is None}
        for c in categories:
            if c.parent_id is not None:
                self.category.addItem(f"{parents.get(c.parent_id, '')} / {c.name}", c.id)
        super().__init__(self.tr("转为案件"), [(self.tr("问题"), self.title_edit), (self.tr("类别"), self.category)],
                         hint or self.tr("案件会带上这次走访的网格和地点，从“问题上报”开始办理。"), parent,
                         fields={"title": self.title_edit, "category_id": self.category})

    def submit(self) -> None:
        try:
            self.make(self.category.currentData(), self.title_edit.text())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
