"""A party member: a roster member's organisation and 党员中心户 flag, or a member written in
(流动党员: where they are now; 双报到: their own unit) with name, ID number and phone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from ...domain.errors import GridDeskError
from ...domain.party import MemberKind, PartyMember, PartyOrg
from ..widgets.forms import FormDialog


class PartyMemberDialog(FormDialog):
    def __init__(self, kind: MemberKind, orgs: list[PartyOrg], save: Callable[[PartyMember], None],
                 current: PartyMember | None = None, parent=None) -> None:
        self.kind, self.save, self.current = kind, save, current
        self.org = QComboBox()
        self.org.addItem(self.tr("（未编入）"), None)
        for o in orgs:
            self.org.addItem(o.name, o.id)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.phone = QLineEdit()
        self.whereabouts = QLineEdit()
        self.whereabouts.setPlaceholderText(self.tr("如：江苏省苏州市（务工）"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("如：某镇人民政府农业农村办"))
        self.probationary = QCheckBox(self.tr("预备党员"))
        self.central = QCheckBox(self.tr("本人所在户为党员中心户"))
        if kind is MemberKind.ROSTER:
            shown = QLabel(current.name if current else "")
            rows = [(self.tr("姓名"), shown), (self.tr("所在支部 / 党小组"), self.org), ("", self.central)]
            title = self.tr("修改党员")
        else:
            rows = [(self.tr("姓名"), self.name), (self.tr("身份证号"), self.id_number), (self.tr("手机"), self.phone)]
            rows += ([(self.tr("现所在地"), self.whereabouts)] if kind is MemberKind.FLOWING
                     else [(self.tr("工作单位"), self.unit)])
            rows += [(self.tr("所在支部 / 党小组"), self.org), ("", self.probationary)]
            title = self.tr("登记流动党员") if kind is MemberKind.FLOWING else self.tr("登记双报到党员")
        super().__init__(title, rows, parent=parent,
                         fields={"name": self.name, "id_number": self.id_number, "phone": self.phone,
                                 "whereabouts": self.whereabouts, "unit": self.unit, "org": self.org,
                                 "central": self.central})
        self.setMinimumWidth(480)
        if current is not None:
            self.org.setCurrentIndex(max(0, self.org.findData(current.org_id)))
            self.central.setChecked(current.central)
            self.name.setText(current.name)
            self.id_number.setText(current.id_number)
            self.phone.setText(current.phone)
            self.whereabouts.setText(current.whereabouts)
            self.unit.setText(current.unit)
            self.probationary.setChecked(current.probationary)

    def value(self) -> PartyMember:
        c = self.current
        return PartyMember(self.kind, self.name.text(), self.id_number.text(), self.phone.text(), self.org.currentData(),
                           self.whereabouts.text(), self.unit.text(), c.resident_id if c else None,
                           self.central.isChecked(), self.probationary.isChecked(), c.id if c else None)

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.value())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
