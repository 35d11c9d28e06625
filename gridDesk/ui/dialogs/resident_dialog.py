"""Adding or editing a resident: two columns of fields, each error under its field.

The dialog checks what it can (the domain rules) and hands back a Resident; the caller saves
through the service and, if the service says no, shows the reason here without closing. The
household is picked from the grid's own (or 新增户); picking one brings its addresses, and
保存并新增同户成员 keeps the household, the grid and the addresses for the next member.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget)

from ...domain.dictionaries.household_status import HUKOU_KINDS
from ...domain.errors import GridDeskError, ValidationError
from ...domain.households import check_household_number
from ...domain.resident_rules import check_resident, parse_date
from ...domain.roster import (EDUCATION, ETHNICITY, MARITAL, POLITICAL, RELATIONS, RESIDENCE_STATUSES, GridNode,
                              HouseholdChoice, Resident)
from ..widgets.forms import FormDialog
from ..widgets.household_picker import NEW, HouseholdPicker

Save = Callable[[Resident], None]
Households = Callable[[str], list[HouseholdChoice]]
_ANY_VALID_ID = "11010519491231002X"
_LEFT = (
    ("name", QT_TRANSLATE_NOOP("ResidentDialog", "姓名*")),
    ("id_number", QT_TRANSLATE_NOOP("ResidentDialog", "身份证号*")),
    ("phone", QT_TRANSLATE_NOOP("ResidentDialog", "联系电话")),
    ("phone2", QT_TRANSLATE_NOOP("ResidentDialog", "备用电话")),
    ("household_number", QT_TRANSLATE_NOOP("ResidentDialog", "户号")),
    ("relation", QT_TRANSLATE_NOOP("ResidentDialog", "与户主关系")),
    ("grid_code", QT_TRANSLATE_NOOP("ResidentDialog", "所属网格*")),
    ("ethnicity", QT_TRANSLATE_NOOP("ResidentDialog", "民族")),
    ("political_status", QT_TRANSLATE_NOOP("ResidentDialog", "政治面貌")),
    ("education", QT_TRANSLATE_NOOP("ResidentDialog", "文化程度")),
    ("marital_status", QT_TRANSLATE_NOOP("ResidentDialog", "婚姻状况")),
)
_RIGHT = (
    ("registered_address", QT_TRANSLATE_NOOP("ResidentDialog", "户籍地址")),
    ("actual_address", QT_TRANSLATE_NOOP("ResidentDialog", "现居住地址")),
    ("residence_status", QT_TRANSLATE_NOOP("ResidentDialog", "人户状态")),
    ("away", QT_TRANSLATE_NOOP("ResidentDialog", "外出")),
    ("away_reason", QT_TRANSLATE_NOOP("ResidentDialog", "外出原因")),
    ("away_since", QT_TRANSLATE_NOOP("ResidentDialog", "外出时间")),
    ("away_destination", QT_TRANSLATE_NOOP("ResidentDialog", "外出去向")),
    ("employer", QT_TRANSLATE_NOOP("ResidentDialog", "工作单位或学校")),
    ("occupation", QT_TRANSLATE_NOOP("ResidentDialog", "职业")),
    ("notes", QT_TRANSLATE_NOOP("ResidentDialog", "备注")),
)
# The county template's other person columns (HOUSEHOLDSTAFF.xls): a tab of their own, so the
# first one stays what a visit needs.
_MORE_LEFT = (
    ("former_name", QT_TRANSLATE_NOOP("ResidentDialog", "曾用名")),
    ("relation_note", QT_TRANSLATE_NOOP("ResidentDialog", "与户主关系备注")),
    ("registered_place", QT_TRANSLATE_NOOP("ResidentDialog", "户籍地")),
    ("police_station", QT_TRANSLATE_NOOP("ResidentDialog", "户籍派出所")),
    ("hukou_kind", QT_TRANSLATE_NOOP("ResidentDialog", "户口类别")),
    ("temporary_residence", QT_TRANSLATE_NOOP("ResidentDialog", "临时居所")),
    ("other_address", QT_TRANSLATE_NOOP("ResidentDialog", "其他地址")),
)
_MORE_RIGHT = (
    ("home_phone", QT_TRANSLATE_NOOP("ResidentDialog", "住宅电话")),
    ("email", QT_TRANSLATE_NOOP("ResidentDialog", "电子邮箱")),
    ("religion", QT_TRANSLATE_NOOP("ResidentDialog", "宗教信仰")),
    ("blood_type", QT_TRANSLATE_NOOP("ResidentDialog", "血型")),
    ("height_cm", QT_TRANSLATE_NOOP("ResidentDialog", "身高(厘米)")),
    ("family_honour", QT_TRANSLATE_NOOP("ResidentDialog", "家庭称号")),
    ("away_address", QT_TRANSLATE_NOOP("ResidentDialog", "外出详址")),
)
_MORE_TEXT = tuple(key for key, _label in (*_MORE_LEFT, *_MORE_RIGHT) if key not in ("hukou_kind", "blood_type"))
_BLOOD_TYPES = ("A", "B", "O", "AB", "不明")


def _combo(choices: tuple[str, ...], editable: bool = True) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    box.addItem("")
    box.addItems(list(choices))
    return box


# What the next member of the same household starts with (the rest is the person's own).
_KEPT_FOR_NEXT_MEMBER = ("grid_code", "household_number", "registered_address", "actual_address",
                         "residence_status", "registered_place", "police_station", "hukou_kind", "home_phone",
                         "family_honour")


class ResidentDialog(FormDialog):
    def __init__(self, grids: list[GridNode], save: Save, resident: Resident | None = None,
                 default_grid: str = "", parent=None, households: Households | None = None,
                 next_number: Callable[[], str] | None = None) -> None:
        self.save = save
        self.original = resident
        self.saved: Resident | None = None
        self.saved_count = 0
        self.households_of = households or (lambda _code: [])
        f = self.fields = {
            "name": QLineEdit(), "id_number": QLineEdit(), "phone": QLineEdit(), "phone2": QLineEdit(),
            "household_number": HouseholdPicker(next_number), "relation": _combo(RELATIONS, editable=False),
            "grid_code": QComboBox(), "ethnicity": _combo(ETHNICITY), "political_status": _combo(POLITICAL),
            "education": _combo(EDUCATION), "marital_status": _combo(MARITAL),
            "registered_address": QLineEdit(), "actual_address": QLineEdit(),
            "residence_status": _combo(RESIDENCE_STATUSES), "away": QCheckBox(self.tr("目前外出")),
            "away_reason": QLineEdit(), "away_since": QLineEdit(), "away_destination": QLineEdit(),
            "employer": QLineEdit(), "occupation": QLineEdit(), "notes": QPlainTextEdit(),
            **{key: QLineEdit() for key in _MORE_TEXT},
            "hukou_kind": _combo(HUKOU_KINDS.names), "blood_type": _combo(_BLOOD_TYPES),
        }
        f["height_cm"].setPlaceholderText("170")
        f["id_number"].setMaxLength(24)
        f["id_number"].setPlaceholderText(self.tr("18 位，出生日期和性别由它得出"))
        f["away_since"].setPlaceholderText("2024-05-01")
        f["notes"].setFixedHeight(60)
        for node in grids:
            indent = "    " if node.parent_code else ""
            f["grid_code"].addItem(f"{indent}{node.name}（{node.code}）", node.code)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._columns(_LEFT, _RIGHT), self.tr("基本信息"))
        self.tabs.addTab(self._columns(_MORE_LEFT, _MORE_RIGHT), self.tr("户籍及其他"))
        body = QVBoxLayout()
        body.addWidget(self.tabs)
        super().__init__(self.tr("编辑居民信息") if resident else self.tr("新增居民"), [], parent=parent,
                         fields=f, body=body,
                         buttons=QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.setMinimumWidth(760)
        self.next_member = None
        if resident is None:  # entering a family one after another, as the household register lists it
            self.next_member = self.buttons.addButton(self.tr("保存并新增同户成员"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.next_member.clicked.connect(self.submit_and_next)
        f["away"].toggled.connect(self._away_changed)
        f["grid_code"].currentIndexChanged.connect(lambda _i: self._grid_changed())
        f["household_number"].chosen.connect(self._household_chosen)
        if resident is not None:
            self._load(resident)
        else:
            if default_grid:
                f["grid_code"].setCurrentIndex(max(0, f["grid_code"].findData(default_grid)))
            self._grid_changed()
        self._away_changed(f["away"].isChecked())

    def _columns(self, left_rows, right_rows) -> QWidget:
        page = QWidget()
        columns = QHBoxLayout(page)
        for rows in (left_rows, right_rows):
            form = QFormLayout()
            for key, label in rows:
                form.addRow(self.tr(label), self.fields[key])
            columns.addLayout(form)
        return page

    def _grid_changed(self, keep: str = "") -> None:
        picker: HouseholdPicker = self.fields["household_number"]
        picker.set_households(self.households_of(self.fields["grid_code"].currentData() or ""),
                              keep or (picker.number() if not picker.is_new() else ""))

    def _household_chosen(self, choice) -> None:
        """Picking a household brings its 户籍 and home address to an empty form (a member shares
        them); a new household makes this person its head."""
        f = self.fields
        if choice == NEW:
            if not f["relation"].currentText():
                f["relation"].setCurrentText("户主")
            return
        if isinstance(choice, HouseholdChoice):
            if not f["registered_address"].text().strip():
                f["registered_address"].setText(choice.registered_address or choice.address)
            if not f["actual_address"].text().strip():
                f["actual_address"].setText(choice.address)

    def _away_changed(self, away: bool) -> None:
        for key in ("away_reason", "away_since", "away_destination"):
            self.fields[key].setEnabled(away)

    def _load(self, r: Resident) -> None:
        f = self.fields
        for key in ("name", "id_number", "phone", "phone2", "registered_address",
                    "actual_address", "away_reason", "away_destination", "employer", "occupation"):
            f[key].setText(getattr(r, key) or "")
        for key in _MORE_TEXT:
            f[key].setText(getattr(r, key) or "")
        for key in ("relation", "ethnicity", "political_status", "education", "marital_status", "residence_status",
                    "hukou_kind", "blood_type"):
            f[key].setCurrentText(getattr(r, key) or "")
        f["grid_code"].setCurrentIndex(max(0, f["grid_code"].findData(r.grid_code)))
        self._grid_changed(keep=r.household_number or "")
        f["away"].setChecked(r.away)
        f["away_since"].setText(r.away_since.isoformat() if r.away_since else "")
        f["notes"].setPlainText(r.notes)

    def value(self) -> Resident:
        f = self.fields
        away = f["away"].isChecked()
        since = parse_date(f["away_since"].text(), "away_since") if away else None
        base = self.original or Resident("", "", "", date(2000, 1, 1), "", None, "", "")
        return replace(
            base, name=f["name"].text(), id_number=f["id_number"].text(), phone=f["phone"].text(),
            phone2=f["phone2"].text(), household_number=f["household_number"].number() or None,
            relation=f["relation"].currentText(), grid_code=f["grid_code"].currentData() or "",
            ethnicity=f["ethnicity"].currentText(), political_status=f["political_status"].currentText(),
            education=f["education"].currentText(), marital_status=f["marital_status"].currentText(),
            registered_address=f["registered_address"].text(), actual_address=f["actual_address"].text(),
            residence_status=f["residence_status"].currentText(), away=away,
            away_reason=f["away_reason"].text() if away else "", away_since=since,
            away_destination=f["away_destination"].text() if away else "",
            employer=f["employer"].text(), occupation=f["occupation"].text(),
            notes=f["notes"].toPlainText(), hukou_kind=f["hukou_kind"].currentText(),
            blood_type=f["blood_type"].currentText(), **{key: f[key].text() for key in _MORE_TEXT})

    def submit(self) -> None:
        if self._save():
            self.accept()

    def submit_and_next(self) -> None:
        """Save this member and start the next one of the same household, its addresses kept."""
        if not self._save():
            return
        f = self.fields
        kept = self.saved
        for key, widget in f.items():
            if key in _KEPT_FOR_NEXT_MEMBER or key == "away":
                continue
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QPlainTextEdit):
                widget.clear()
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
        self._grid_changed(keep=kept.household_number or "")  # a new household is one of the list now
        f["away"].setChecked(False)
        self.clear_errors()
        self.tabs.setCurrentIndex(0)
        f["name"].setFocus()

    def _save(self) -> bool:
        try:
            value = self.value()
            # A number left masked is kept as stored by the service; check everything else here.
            probe = value
            if "*" in value.id_number:
                probe = replace(probe, id_number=_ANY_VALID_ID)
            for key in ("phone", "phone2", "home_phone"):
                if "*" in getattr(value, key):
                    probe = replace(probe, **{key: ""})
            check_resident(probe)
            if self.fields["household_number"].is_new():
                check_household_number(value.household_number or "")
        except ValidationError as exc:
            self.show_error(exc)
            return False
        try:
            self.save(value)
        except GridDeskError as exc:
            self.show_error(exc)
            return False
        self.saved = value
        self.saved_count += 1
        self.clear_errors()
        return True
