"""A grid member's certificate: number, issuer, date of issue and expiry (or none)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit

from ...domain.errors import GridDeskError
from ...domain.training import Certificate
from ..widgets.forms import FormDialog

Save = Callable[[Certificate], None]


def _date_edit(value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class CertificateDialog(FormDialog):
    def __init__(self, member_id: int, name: str, save: Save, parent=None) -> None:
        self.member_id = member_id
        self.save = save
        self.number = QLineEdit()
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(self.tr("如：县委政法委"))
        today = QDate.currentDate()
        self.issued = _date_edit(today)
        self.expires = _date_edit(today.addYears(3))
        self.forever = QCheckBox(self.tr("长期有效"))
        self.forever.toggled.connect(lambda on: self.expires.setEnabled(not on))
        super().__init__(self.tr("登记证书：{0}").format(name), [
            (self.tr("证书编号"), self.number), (self.tr("发证单位"), self.issuer),
            (self.tr("发证日期"), self.issued), (self.tr("有效期至"), self.expires), ("", self.forever)],
            parent=parent, fields={"issued_on": self.issued, "expires_on": self.expires})

    def submit(self) -> None:
        expires = None if self.forever.isChecked() else self.expires.date().toPython()
        try:
            self.save(Certificate(self.member_id, self.number.text(), self.issuer.text(),
                                  self.issued.date().toPython(), expires))
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
