"""A resident's key-group tags: the ones in force, adding one with its own fields, ending one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout)

from ...domain.errors import GridDeskError, ValidationError
from ...domain.key_group_registers import register
from ...domain.key_groups import AttentionLevel, KeyGroupTag
from ...domain.resident_rules import parse_date
from ...services.key_groups import KeyGroupsService
from ..messages import explain
from ..widgets.field_form import SpecFields
from ..widgets.field_errors import FieldErrors
from ..widgets.forms import ErrorLabel
from ..words import key_group_label


class KeyGroupDialog(QDialog):
    def __init__(self, service: KeyGroupsService, resident_id: int, resident_name: str, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.resident_id = resident_id
        self.changed = False
        self.setWindowTitle(self.tr("重点人群：{0}").format(resident_name))
        self.setMinimumWidth(720)
        self.current = QListWidget()
        self.end_button = QPushButton(self.tr("解除所选"))
        self.end_button.clicked.connect(self.end_selected)
        box = QGroupBox(self.tr("已登记"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.current)
        inner.addWidget(self.end_button)

        self.group = QComboBox()
        for g in service.groups():
            self.group.addItem(key_group_label(g), g.value)
        self.level = QComboBox()
        for level in AttentionLevel:
            self.level.addItem(level.value, level.value)
        self.since = QLineEdit(date.today().isoformat())
        self.notes = QLineEdit()
        self.extra = SpecFields(self)
        self.group.currentIndexChanged.connect(self._group_changed)
        add_box = QGroupBox(self.tr("新登记"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("类别"), self.group)
        form.addRow(self.tr("关注程度"), self.level)
        form.addRow(self.tr("列管日期"), self.since)
        # A register's own fields (刑满释放人员 has fourteen) scroll within the box, not the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.extra)
        scroll.setMinimumHeight(280)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.addRow(scroll)
        form.addRow(self.tr("备注"), self.notes)
        self.add_button = QPushButton(self.tr("登记"))
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        self.error = ErrorLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QHBoxLayout()
        layout.addWidget(box, 2)
        layout.addWidget(add_box, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        self.field_errors = FieldErrors(self, {"group": self.group, "level": self.level, "since": self.since,
                                               "notes": self.notes}, self.error)
        self._group_changed()
        self.reload()

    def _group_changed(self) -> None:
        from ...domain.key_groups import KeyGroup

        value = self.group.currentData()
        # The group's own fields in its county register's order (domain/key_group_registers.py).
        self.extra.set_specs(register(KeyGroup(value)).own if value else ())

    def reload(self) -> None:
        self.current.clear()
        self.tags = [t for t in self.service.tags(self.resident_id) if t.active]
        for tag in self.tags:
            text = f"{key_group_label(tag.group)}（{tag.level.value}）{tag.since or ''}"
            item = QListWidgetItem(text)
            item.setData(256, tag.id)
            self.current.addItem(item)
        self.end_button.setEnabled(bool(self.tags))

    def add(self) -> None:
        from ...domain.key_groups import KeyGroup

        try:
            since = parse_date(self.since.text(), "since")
            group = KeyGroup(self.group.currentData())
            if any(t.group is group for t in self.tags):
                raise ValidationError("group", "key_groups.already")
            self.service.save(KeyGroupTag(None, self.resident_id, group, AttentionLevel(self.level.currentData()),
                                          since, None, self.extra.values(), self.notes.text().strip()))
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.field_errors.clear()
        self.changed = True
        self.reload()

    def show_error(self, exc: GridDeskError) -> None:
        self.field_errors.fields.update(self.extra.inputs)  # the group's own fields, as now shown
        self.field_errors.show(exc)

    def error_text(self) -> str:
        return "\n".join(t for t in (self.error.text(), *self.field_errors.shown().values()) if t)

    def end_selected(self) -> None:
        row = self.current.currentRow()
        if row < 0:
            self.error.say(self.tr("请先在左边选中要解除的一项。"))
            return
        try:
            self.service.end(self.tags[row], self.tr("人工解除"))
        except GridDeskError as exc:
            self.error.say(explain(exc))
            return
        self.changed = True
        self.reload()
