"""信访设置 (the director's): the time limits of the 信访工作条例 as the village applies them (days to
decide on acceptance, days to answer, calendar or working days, how many people make a 集体访)
and the two category lists (问题类别, 诉求类别) a petition is filed under. Categories are only
added: petitions already filed under one keep it, so none is renamed or removed here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QListWidget,
                               QPushButton, QSpinBox, QVBoxLayout)

from ...domain.errors import GridDeskError
from ...domain.petitions import CategoryKind, PetitionRules
from ...services.petitions import PetitionsService
from ..widgets.forms import ErrorLabel, FormDialog


class PetitionSettingsDialog(FormDialog):
    def __init__(self, service: PetitionsService, publish: Callable[[object], None], parent=None) -> None:
        self.service = service
        self.publish = publish
        rules = service.rules()
        self.accept_days = QSpinBox()
        self.accept_days.setRange(1, 90)
        self.accept_days.setValue(rules.accept_days)
        self.answer_days = QSpinBox()
        self.answer_days.setRange(1, 365)
        self.answer_days.setValue(rules.answer_days)
        self.collective_people = QSpinBox()
        self.collective_people.setRange(1, 1000)
        self.collective_people.setValue(rules.collective_people)
        self.working_days = QCheckBox(self.tr("按工作日计算（不选：按自然日，最后一天是节假日的顺延到下一个工作日）"))
        self.working_days.setChecked(rules.working_days)
        limits = QGroupBox(self.tr("办理期限"))
        form = QFormLayout(limits)
        form.addRow(self.tr("决定是否受理（日）"), self.accept_days)
        form.addRow(self.tr("受理后答复（日）"), self.answer_days)
        form.addRow("", self.working_days)
        form.addRow(self.tr("集体访起算人数"), self.collective_people)

        cats = QGroupBox(self.tr("类别"))
        cat_layout = QVBoxLayout(cats)
        lists = QHBoxLayout()
        self.lists: dict[CategoryKind, QListWidget] = {}
        for kind, title in ((CategoryKind.SUBJECT, self.tr("问题类别")), (CategoryKind.PURPOSE, self.tr("诉求类别"))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            self.lists[kind] = QListWidget()
            inner.addWidget(self.lists[kind])
            lists.addWidget(box)
        cat_layout.addLayout(lists)
        add = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("问题类别"), CategoryKind.SUBJECT.value)
        self.kind.addItem(self.tr("诉求类别"), CategoryKind.PURPOSE.value)
        self.category = QLineEdit()
        self.category.setMaxLength(64)
        self.category.setPlaceholderText(self.tr("新类别的名称"))
        self.confidential = QCheckBox(self.tr("保密（只有中心能看，网格员看不到）"))
        self.add_button = QPushButton(self.tr("添加类别"))
        self.add_button.clicked.connect(self.add_category)
        for w in (self.kind, self.category, self.confidential, self.add_button):
            add.addWidget(w)
        cat_layout.addLayout(add)
        self.category_error = ErrorLabel()
        cat_layout.addWidget(self.category_error)
        body = QVBoxLayout()
        body.addWidget(limits)
        body.addWidget(cats)
        super().__init__(self.tr("信访设置"), [], self.tr(
            "期限按《信访工作条例》：收到后 15 日内决定是否受理，受理后 60 日内答复。已登记的信访保留登记时的期限。"),
            parent, fields={"accept_days": self.accept_days, "answer_days": self.answer_days,
                            "collective_people": self.collective_people}, body=body)
        self.setMinimumWidth(640)
        self.load_categories()

    def load_categories(self) -> None:
        for kind, widget in self.lists.items():
            widget.clear()
            for c in self.service.categories(kind):
                widget.addItem(c.name + (self.tr("（保密）") if c.confidential else ""))

    def add_category(self) -> None:
        """Added at once (not with 确定): a list the clerk sees grow, kept even if the limits are
        then cancelled."""
        self.category_error.say("")
        try:
            changes = self.service.add_category(CategoryKind(self.kind.currentData()), self.category.text(),
                                                self.confidential.isChecked())
        except GridDeskError as exc:
            from ..messages import explain

            self.category_error.say(explain(exc))
            return
        self.publish(changes)
        self.category.clear()
        self.confidential.setChecked(False)
        self.load_categories()

    def value(self) -> PetitionRules:
        return PetitionRules(self.accept_days.value(), self.answer_days.value(), self.collective_people.value(),
                             self.working_days.isChecked())

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.publish(self.service.set_rules(self.value()))
        except GridDeskError as exc:
            self.show_error(exc)
            return
        self.accept()
