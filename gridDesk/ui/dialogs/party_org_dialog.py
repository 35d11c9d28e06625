"""A party organisation: the village's, a grid party branch or a micro-grid party group. Its
name is proposed in the standard's form from the village's and the grid's names; a typed name
that does not follow it is warned about under the field, and kept. Refusals show under their field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.attachments import NewAttachment
from ...domain.errors import GridDeskError
from ...domain.party import OrgLevel, PartyMember, PartyOrg, follows_form
from ...domain.roster import GridNode
from ..widgets.attachment_picker import AttachmentPicker
from ..widgets.forms import FormDialog

Save = Callable[[PartyOrg, list[NewAttachment]], None]


class PartyOrgDialog(FormDialog):
    def __init__(self, level: OrgLevel, grids: list[GridNode], members: list[PartyMember],
                 propose: Callable[[OrgLevel, str | None], str], village: str, save: Save,
                 current: PartyOrg | None = None, today: date | None = None, parent=None) -> None:
        self.level, self.propose, self.village, self.save = level, propose, village, save
        self.current = current
        self.grid = QComboBox()
        for g in grids:
            self.grid.addItem(f"{g.code}  {g.name}", g.code)
        self.name = QLineEdit()
        self.name.setMaxLength(200)  # the service refuses past 64, in words, rather than cut silently
        self.propose_button = QPushButton(self.tr("按规范命名"))
        self.propose_button.clicked.connect(self.use_proposed)
        self.form_warning = QLabel()
        self.form_warning.setObjectName("FieldWarning")
        self.form_warning.setWordWrap(True)
        self.form_warning.setStyleSheet("color: #9a6700;")
        name_box = QWidget()
        name_layout = QVBoxLayout(name_box)
        name_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.propose_button)
        name_layout.addLayout(row)
        name_layout.addWidget(self.form_warning)
        self.secretary = QComboBox()
        self.secretary.addItem(self.tr("（暂未确定）"), None)
        for m in members:
            where = f"  {m.org_name}" if m.org_name else ""
            self.secretary.addItem(f"{m.name}{where}", m.id)
        self.set_up_on = QDateEdit(QDate(today or date.today()))
        self.set_up_on.setDisplayFormat("yyyy-MM-dd")
        self.set_up_on.setCalendarPopup(True)
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(self.tr("如：某镇党委〔2022〕21号"))
        self.files = AttachmentPicker()
        rows = [(self.tr("名称"), name_box)]
        if level is not OrgLevel.VILLAGE:
            rows.insert(0, (self.tr("覆盖的网格") if level is OrgLevel.BRANCH else self.tr("覆盖的微网格"), self.grid))
        rows += [(self.tr("书记") if level is not OrgLevel.GROUP else self.tr("党小组长"), self.secretary),
                 (self.tr("成立日期"), self.set_up_on), (self.tr("批复文号"), self.document_number),
                 (self.tr("批复文件"), self.files)]
        titles = {OrgLevel.VILLAGE: self.tr("村党组织"), OrgLevel.BRANCH: self.tr("网格党支部"),
                  OrgLevel.GROUP: self.tr("微网格党小组")}
        intros = {OrgLevel.VILLAGE: self.tr("村党总支（党委）是全村党组织的上级，网格党支部设在它之下。"),
                  OrgLevel.BRANCH: self.tr("网格党支部建在网格上，名称如“XX村XX网格党支部”；书记一般由村党组织委员担任。"),
                  OrgLevel.GROUP: self.tr("微网格党小组建在微网格上，属于所在网格的党支部，名称如“XX微网格党小组”；"
                                          "组长从村干部、村民小组长、党员中心户中产生。")}
        super().__init__((self.tr("修改{0}") if current else self.tr("新建{0}")).format(titles[level]), rows,
                         intro=intros[level], parent=parent,
                         fields={"name": self.name, "grid": self.grid, "secretary": self.secretary,
                                 "set_up_on": self.set_up_on, "document_number": self.document_number,
                                 "level": self.grid, "attachment": self.files})
        self.setMinimumWidth(560)
        if current is not None:
            self.grid.setCurrentIndex(max(0, self.grid.findData(current.grid_code)))
            self.grid.setEnabled(False)  # another grid is another organisation
            self.name.setText(current.name)
            self.secretary.setCurrentIndex(max(0, self.secretary.findData(current.secretary_id)))
            if current.set_up_on:
                self.set_up_on.setDate(QDate(current.set_up_on))
            self.document_number.setText(current.document_number)
        else:
            self.use_proposed()
        self.grid.currentIndexChanged.connect(lambda _i: self.use_proposed())
        self.name.textChanged.connect(lambda _t: self.check_form())
        self.check_form()

    def use_proposed(self) -> None:
        self.name.setText(self.propose(self.level, self.grid.currentData() if self.level is not OrgLevel.VILLAGE
                                       else None))

    def check_form(self) -> None:
        """A warning, never a block: a centre may have good reason for another name."""
        text = self.name.text().strip()
        ok = not text or follows_form(self.level, text, self.village)
        self.form_warning.setText("" if ok else self.tr("名称不符合规范的写法（{0}），仍可保存。").format(
            self.propose(self.level, self.grid.currentData() if self.level is not OrgLevel.VILLAGE else None)))
        self.form_warning.setVisible(not ok)

    def value(self) -> PartyOrg:
        d = self.set_up_on.date()
        c = self.current
        return PartyOrg(self.level, self.name.text(), self.grid.currentData() if self.level is not OrgLevel.VILLAGE
                        else None, self.secretary.currentData(), date(d.year(), d.month(), d.day()),
                        self.document_number.text(), c.id if c else None, c.parent_id if c else None)

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.save(self.value(), self.files.files)
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
