"""新增户: a household with its number (the form shown and checked), grid, addresses and head.

The head is registered with the household in one step, so no household stands empty; the rest of
the family is added from the resident form, which then offers this household in its list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from ...domain.errors import GridDeskError
from ...domain.households import HOUSEHOLD_NUMBER_DIGITS
from ...domain.roster import GridNode, Resident
from ..widgets.forms import FormDialog

Save = Callable[[str, Resident], None]  # the household number and its head


class HouseholdDialog(FormDialog):
    def __init__(self, grids: list[GridNode], save: Save, number: str = "", default_grid: str = "",
                 parent=None) -> None:
        self.save = save
        self.saved: tuple[str, Resident] | None = None
        self.number = QLineEdit(number)
        self.number.setMaxLength(32)
        self.number.setPlaceholderText("0" * HOUSEHOLD_NUMBER_DIGITS)
        self.grid = QComboBox()
        for node in grids:
            self.grid.addItem(("    " if node.parent_code else "") + f"{node.name}（{node.code}）", node.code)
        self.grid.setCurrentIndex(max(0, self.grid.findData(default_grid)))
        self.registered_address = QLineEdit()
        self.actual_address = QLineEdit()
        self.actual_address.setPlaceholderText(self.tr("不填则与户籍地址相同"))
        self.head_name = QLineEdit()
        self.head_id = QLineEdit()
        self.head_id.setMaxLength(24)
        self.head_id.setPlaceholderText(self.tr("18 位，出生日期和性别由它得出"))
        self.head_phone = QLineEdit()
        # 一户一代表 (Measures Art. 7 (6)): most heads join the grid's group when the household is registered
        self.in_group = QCheckBox(self.tr("户主已代表本户进入网格微信群"))
        super().__init__(self.tr("新增户"), [
            (self.tr("户号*"), self.number), (self.tr("所属网格*"), self.grid),
            (self.tr("户籍地址"), self.registered_address), (self.tr("现居住地址"), self.actual_address),
            (self.tr("户主姓名*"), self.head_name), (self.tr("户主身份证号*"), self.head_id),
            (self.tr("户主联系电话"), self.head_phone), ("", self.in_group)],
            intro=self.tr("户号为 {0} 位数字：户口簿上的户号，或本村编码后 3 位加 6 位序号（已填好下一个空号）。"
                          "其他家庭成员在“新增居民”中选这一户登记。").format(HOUSEHOLD_NUMBER_DIGITS),
            parent=parent,
            fields={"household_number": self.number, "grid_code": self.grid, "name": self.head_name,
                    "id_number": self.head_id, "phone": self.head_phone,
                    "registered_address": self.registered_address, "actual_address": self.actual_address})
        self.setMinimumWidth(520)

    def value(self) -> tuple[str, Resident]:
        registered = self.registered_address.text()
        head = replace(Resident("", "", "", date(2000, 1, 1), "", None, "", ""),
                       name=self.head_name.text(), id_number=self.head_id.text(), phone=self.head_phone.text(),
                       relation="户主", grid_code=self.grid.currentData() or "",
                       registered_address=registered, actual_address=self.actual_address.text() or registered)
        return self.number.text().strip(), head

    def submit(self) -> None:
        number, head = self.value()
        try:
            self.save(number, head)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.saved = (number, head)
        self.accept()
