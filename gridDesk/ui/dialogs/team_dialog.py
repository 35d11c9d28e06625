"""A member of the grid team: real-name data, the role and grid, the Article 9 declaration."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...domain.errors import GridDeskError
from ...domain.roster import EDUCATION, POLITICAL, GridNode, TeamMember, TeamRecord, TeamRole
from ...domain.dictionaries.education import EDUCATION_LEVELS
from ...domain.staffing import SOCIAL_WORK_LEVELS, HireHint, Preferences
from ..widgets.forms import FormDialog
from ..words import team_role_label

Save = Callable[[TeamMember, str, str, bool], None]


class TeamDialog(FormDialog):
    def __init__(self, grids: list[GridNode], save: Save, record: TeamRecord | None = None, parent=None,
                 staffing=None, preferences: Preferences | None = None) -> None:
        """`staffing` (a StaffingService, issue 19): the preference facts of Art. 9 (5) are asked too
        and handed to `save` as `preferences=`, and a full-time appointment shows the hire hint."""
        self.save = save
        self.staffing = staffing
        m = record.member if record else None
        self.name = QLineEdit(m.name if m else "")
        self.id_number = QLineEdit(m.id_number if m else "")
        self.phone = QLineEdit(m.phone if m else "")
        self.role = QComboBox()
        for role in TeamRole:
            self.role.addItem(team_role_label(role), role.value)
        self.grid = QComboBox()
        self.grid.addItem(self.tr("全村（网格长）"), "")
        for g in grids:
            self.grid.addItem(("    " if g.parent_code else "") + f"{g.name}（{g.code}）", g.code)
        self.appointed = QDateEdit(QDate.currentDate())
        self.appointed.setCalendarPopup(True)
        self.appointed.setDisplayFormat("yyyy-MM-dd")
        self.political = QComboBox()
        self.political.setEditable(True)
        self.political.addItems(["", *POLITICAL])
        self.education = QComboBox()
        self.education.setEditable(True)
        self.education.addItems(["", *EDUCATION])
        self.duties = QPlainTextEdit(m.duties if m else "")
        self.duties.setFixedHeight(60)
        self.declaration = QCheckBox(self.tr("已核实：未在接受调查，未受过刑事或行政处罚，未被开除党籍或公职"))
        if record is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(m.role.value)))
            self.grid.setCurrentIndex(max(0, self.grid.findData(m.grid_code or "")))
            self.appointed.setDate(QDate(m.appointed_on.year, m.appointed_on.month, m.appointed_on.day))
            self.political.setCurrentText(record.political_status)
            self.education.setCurrentText(record.education)
            # A member taken from a county ledger has not declared yet: the box waits for a person.
            self.declaration.setChecked(record.declared)
        self.member_id = record.id if record else None
        self.record = record
        rows = self._staffing_rows(preferences or Preferences()) if staffing is not None else []
        super().__init__(self.tr("编辑网格队伍成员") if record else self.tr("新增网格队伍成员"), [
            (self.tr("姓名"), self.name), (self.tr("身份证号"), self.id_number), (self.tr("手机号码"), self.phone),
            (self.tr("岗位"), self.role), (self.tr("负责网格"), self.grid), (self.tr("任职日期"), self.appointed),
            (self.tr("政治面貌"), self.political), (self.tr("文化程度"), self.education),
            (self.tr("主要职责"), self.duties), ("", self.declaration), *rows], parent=parent,
            fields={"grid_code": self.grid, "appointed_on": self.appointed, "political_status": self.political})
        self.setMinimumWidth(560)
        if staffing is not None:
            self.show_hint()

    # -- issue 19: preference facts and the hire hint ------------------------------------------
    def _staffing_rows(self, p: Preferences) -> list[tuple[str, QWidget]]:
        self.rules = self.staffing.rules()
        self.title = QLineEdit(p.title)
        self.title.setPlaceholderText(self.tr("如：助理工程师、经济师"))
        self.sw_level = QComboBox()
        self.sw_level.addItem(self.tr("无"), "")
        for level in SOCIAL_WORK_LEVELS:
            self.sw_level.addItem(level, level)
        self.sw_level.setCurrentIndex(max(0, self.sw_level.findData(p.social_work_level)))
        self.sw_number = QLineEdit(p.social_work_number)
        self.sw_number.setPlaceholderText(self.tr("证书编号"))
        sw = QWidget()
        box = QHBoxLayout(sw)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.sw_level)
        box.addWidget(self.sw_number, 1)
        self.veteran = QCheckBox(self.tr("退役军人"))
        self.veteran.setChecked(p.veteran)
        self.dibao = QCheckBox(self.tr("低保对象"))
        self.dibao.setChecked(p.dibao)
        flags = QWidget()
        box = QHBoxLayout(flags)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.veteran)
        box.addWidget(self.dibao)
        box.addStretch(1)
        self.hint = QLabel()
        self.hint.setObjectName("PageHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a5300;")
        # A wrapped label in a form row asks for one line's height: room for three, so it never overlaps.
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 3 + 6)
        self.hint.hide()
        for signal in (self.role.currentIndexChanged, self.id_number.textChanged, self.appointed.dateChanged,
                       self.education.currentTextChanged):
            signal.connect(lambda *_a: self.show_hint())
        return [(self.tr("专业技术职称"), self.title), (self.tr("社会工作者证书"), sw), (self.tr("优先条件"), flags),
                ("", self.hint)]

    def preferences(self) -> Preferences:
        return Preferences(self.title.text(), self.sw_level.currentData() or "", self.sw_number.text(),
                           self.veteran.isChecked(), self.dibao.isChecked())

    def _member(self) -> TeamMember:
        d = self.appointed.date()
        return TeamMember(self.name.text(), self.id_number.text(), self.phone.text(),
                          TeamRole(self.role.currentData()), self.grid.currentData() or None,
                          date(d.year(), d.month(), d.day()), self.duties.toPlainText())

    def show_hint(self) -> None:
        """DB3208/T 200 6.1 on a full-time appointment: a hint to weigh, never a refusal."""
        member = self._member()
        appointing = self.record is None or self.record.member.role is not TeamRole.FULL_TIME \
            or self.record.member.appointed_on != member.appointed_on
        hints = self.staffing.hints(member, self.education.currentText(), self.rules) if appointing else ()
        words = []
        if HireHint.AGE in hints:
            words.append(self.tr("新选聘的专职网格员宜在 {0} 周岁以下").format(self.rules["hire.max_age"]))
        if HireHint.EDUCATION in hints:
            floor = next((e.name for e in EDUCATION_LEVELS.entries if e.code == f"{self.rules['hire.education_code']}"),
                         str(self.rules["hire.education_code"]))  # the national list's own word
            words.append(self.tr("文化程度宜在{0}及以上").format(floor))
        if HireHint.EDUCATION_UNKNOWN in hints:
            words.append(self.tr("还没有填文化程度"))
        self.hint.setText(self.tr("提示（DB3208/T 200 6.1）：{0}。因工作需要或素质能力优秀的，可适当放宽，"
                                  "不影响保存。").format("；".join(words)) if words else "")
        if self.hint.isHidden() == bool(words):
            self.hint.setVisible(bool(words))
            if self.isVisible():  # room for the two lines, not squeezed over the rows above
                self.layout().activate()
                self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def submit(self) -> None:
        d = self.appointed.date()
        member = TeamMember(self.name.text(), self.id_number.text(), self.phone.text(),
                            TeamRole(self.role.currentData()), self.grid.currentData() or None,
                            date(d.year(), d.month(), d.day()), self.duties.toPlainText())
        try:
            if self.staffing is None:
                self.save(member, self.political.currentText(), self.education.currentText(),
                          self.declaration.isChecked())
            else:
                self.save(member, self.political.currentText(), self.education.currentText(),
                          self.declaration.isChecked(), preferences=self.preferences())
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
